import Foundation
import Testing

@testable import SchemaGenCore

/// What reaches generated files from a schema's text stays text: in a comment, a string literal
/// or an identifier made of letters and digits, never code.
@Suite("Generated text")
struct GeneratedTextTests {
  /// The torture schema's strings would each add a member or end a comment if copied raw.
  @Test func schemaTextNeverBecomesCode() throws {
    let sources = try PackageFiles.schemaSources("Tests/TortureSchema")
    let (files, diagnostics) = Pipeline.generate(sources)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    #expect(files.count == 3)
    for file in files {
      for scalar in file.contents.unicodeScalars where scalar != "\n" {
        #expect(!scalar.isUnsafeInSource, "\(file.path) holds U+\(String(scalar.value, radix: 16))")
      }
      guard file.path.hasSuffix(".swift") else { continue }
      for (number, line) in file.contents.split(separator: "\n").enumerated() {
        let code = Self.code(of: String(line))
        for marker in ["let injected", "boom", "evil"] {
          #expect(
            !code.contains(marker), "\(file.path):\(number + 1): schema text in code: \(line)")
        }
      }
    }
  }

  /// Every public type of SchemaRuntime is a reserved type name: a schema type of that name
  /// would shadow it in the generated code.
  @Test func runtimeTypesAreReserved() throws {
    let folder = PackageFiles.root.appendingPathComponent("Sources/SchemaRuntime")
    let paths = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".swift") }
    var names: Set<String> = []
    for path in paths {
      let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
      for line in text.split(separator: "\n") {
        let words = line.split(separator: " ")
        guard words.first == "public", words.count > 2,
          ["struct", "enum", "protocol", "class", "typealias", "final"].contains(words[1])
        else { continue }
        let name = words[words[1] == "final" ? 3 : 2]
        names.insert(String(name.prefix { $0.isLetter || $0.isNumber }))
      }
    }
    #expect(names.count > 10)
    #expect(names.subtracting(ReservedNames.types).isEmpty)
  }

  /// The line with comments and the contents of string literals removed.
  private static func code(of line: String) -> String {
    var code = ""
    var inString = false
    var escaped = false
    var previous: Character = " "
    for character in line {
      if inString {
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          inString = false
        }
      } else if character == "\"" {
        inString = true
      } else if character == "/", previous == "/" {
        code.removeLast()
        break
      } else {
        code.append(character)
      }
      previous = character
    }
    return code
  }
}
