import Foundation
import SchemaGenCore

/// Reads `.schema` files given as files or folders (searched recursively), with paths that
/// start as the user wrote them, so diagnostics and generated headers name them that way.
enum SchemaFiles {
  static func read(_ paths: [String]) throws -> [SourceFile] {
    guard !paths.isEmpty else { throw UsageError("expected a schema folder or schema files") }
    return try paths.flatMap(files(at:)).map(source(at:))
  }

  /// The file as UTF-8 text, a leading byte-order mark dropped.
  private static func source(at path: String) throws(FileError) -> SourceFile {
    var bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path)
    } catch {
      throw FileError(path, "cannot read the schema file", error)
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let (line, column, byte) = firstInvalidUTF8(in: bytes)
      throw FileError(
        path,
        "byte 0x\(String(byte, radix: 16, uppercase: true)) is not UTF-8; schema files are UTF-8 text",
        line: line, column: column)
    }
    return SourceFile(path: path, text: text)
  }

  /// Where decoding as UTF-8 fails first: 1-based line and byte column, and the byte.
  private static func firstInvalidUTF8(in bytes: [UInt8]) -> (Int, Int, UInt8) {
    var line = 1
    var lineStart = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let length =
        switch byte {
        case 0..<0x80: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
      let end = index + length
      guard length > 0, end <= bytes.count,
        String(validating: bytes[index..<end], as: UTF8.self) != nil
      else { return (line, index - lineStart + 1, byte) }
      if byte == UInt8(ascii: "\n") {
        line += 1
        lineStart = end
      }
      index = end
    }
    return (line, index - lineStart + 1, 0)
  }

  private static func files(at path: String) throws -> [String] {
    switch FileSystem.kind(of: path, followingLinks: true) {
    case nil: throw FileError(path, "no such file or folder")
    case .directory: break
    default: return [path]
    }
    let base = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    var relativePaths: [String] = []
    try collectSchemaPaths(in: base, as: "", into: &relativePaths)
    // A link to a schema file counts; a link to nothing, or a folder named `.schema`, does not.
    return relativePaths.sorted().map { base + "/" + $0 }.filter {
      FileSystem.kind(of: $0, followingLinks: true).map { $0 != .directory } ?? false
    }
  }

  /// Adds the paths, relative to the searched folder, of the entries named `*.schema` in
  /// `folder` and in the folders inside it; a link to a folder is not followed.
  private static func collectSchemaPaths(
    in folder: String, as relativeFolder: String, into paths: inout [String]
  ) throws(FileError) {
    let names: [String]
    do {
      names = try FileSystem.names(in: folder)
    } catch {
      throw FileError(folder, "cannot list the folder", error)
    }
    for name in names {
      let relative = relativeFolder + name
      if name.hasSuffix(".schema") { paths.append(relative) }
      if FileSystem.kind(of: folder + "/" + name) == .directory {
        try collectSchemaPaths(in: folder + "/" + name, as: relative + "/", into: &paths)
      }
    }
  }

  /// Prints diagnostics to standard error; returns whether any is an error.
  static func report(_ diagnostics: [Diagnostic]) -> Bool {
    for diagnostic in diagnostics { printError(diagnostic.description) }
    let errors = diagnostics.filter { $0.severity == .error }.count
    if errors > 0 { printError("\(errors) error\(errors == 1 ? "" : "s") generated.") }
    return errors > 0
  }
}
