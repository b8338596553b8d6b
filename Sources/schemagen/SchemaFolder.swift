import Foundation
import SchemaGenCore

/// Reads the `.schema` files of a folder (recursively), with paths that start with the folder
/// as given, so diagnostics and generated headers name them the way the user wrote them.
enum SchemaFolder {
  static func read(_ folder: String) throws -> [SourceFile] {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      throw UsageError("schema folder '\(folder)' does not exist")
    }
    let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    guard let relativePaths = manager.subpaths(atPath: base) else { return [] }
    return try relativePaths.filter { $0.hasSuffix(".schema") }.sorted().map { relative in
      let path = base + "/" + relative
      return SourceFile(path: path, text: try String(contentsOfFile: path, encoding: .utf8))
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
