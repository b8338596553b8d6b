// Shared by the build-tool and the command plugin (each links this folder in as `Shared`).

/// How the plugins call `schemagen`: one place for the command line both use.
enum SchemagenInvocation {
  /// `schemagen generate <schema files> --output <folder> [--only swift]`.
  static func generate(schemaFiles: [String], output: String, swiftOnly: Bool = false) -> [String] {
    ["generate"] + schemaFiles + ["--output", output] + (swiftOnly ? ["--only", "swift"] : [])
  }

  /// The schema files among a target's or folder's files, in a stable order.
  static func schemaFiles(among paths: [String]) -> [String] {
    paths.filter { $0.hasSuffix("." + OutputFileNames.schemaExtension) }.sorted()
  }
}
