import Foundation
import SchemaGenCore

/// Reads `.schema` files given as files or folders (searched recursively), with paths that
/// start as the user wrote them, so diagnostics and generated headers name them that way.
enum SchemaFiles {
  static func read(_ paths: [String]) throws -> [SourceFile] {
    guard !paths.isEmpty else { throw UsageError("expected a schema folder or schema files") }
    return try paths.flatMap(files(at:)).map { path in
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      guard let text = String(data: data, encoding: .utf8) else {
        throw UsageError("'\(path)' is not UTF-8 text")
      }
      return SourceFile(path: path, text: text)
    }
  }

  private static func files(at path: String) throws -> [String] {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw UsageError("'\(path)' does not exist")
    }
    guard isDirectory.boolValue else { return [path] }
    let base = path.hasSuffix("/") ? String(path.dropLast()) : path
    let relativePaths = manager.subpaths(atPath: base) ?? []
    return relativePaths.filter { $0.hasSuffix(".schema") }.sorted().map { base + "/" + $0 }
  }

  /// Prints diagnostics to standard error; returns whether any is an error.
  static func report(_ diagnostics: [Diagnostic]) -> Bool {
    for diagnostic in diagnostics { printError(diagnostic.description) }
    let errors = diagnostics.filter { $0.severity == .error }.count
    if errors > 0 { printError("\(errors) error\(errors == 1 ? "" : "s") generated.") }
    return errors > 0
  }
}
