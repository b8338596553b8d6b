// The names of generated files, derived in one place. The build-tool and command plugins
// compile this same file (through a symbolic link), so they agree with the generator.

/// Where the generator writes the output of each schema file, relative to the output folder.
enum OutputFileNames {
  static let schemaExtension = "schema"
  static let swiftFolder = "Swift"
  static let docsFolder = "Docs"
  static let docsIndexName = "README.md"
  /// The index of the reference pages.
  static let docsIndex = "\(docsFolder)/\(docsIndexName)"

  /// `Schema/Graders.schema` → `Swift/Graders.swift`.
  static func swiftFile(forSchema path: String) -> String {
    "\(swiftFolder)/\(stem(of: path)).swift"
  }

  /// `Schema/Graders.schema` → `Docs/Graders.md`.
  static func docsPage(forSchema path: String) -> String {
    "\(docsFolder)/\(stem(of: path)).md"
  }

  /// The file name without folders or the `.schema` extension.
  static func stem(of path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let suffix = "." + schemaExtension
    return name.hasSuffix(suffix) ? String(name.dropLast(suffix.count)) : name
  }
}
