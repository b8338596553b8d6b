import SchemaGenCore

enum CheckCommand {
  static let help = """
    OVERVIEW: Checks schema files and reports every error, writing nothing.

    USAGE: schemagen check <schema-folder-or-file>...

    Errors are printed as 'path:line:column: error: message'. The exit status is 1 when the
    schema has errors, 0 otherwise.
    """

  static func run(_ arguments: [String]) -> ExitStatus {
    runCommand(arguments, help: help) {
      let parsed = try Arguments(arguments, options: [])
      let sources = try SchemaFiles.read(parsed.positional)
      let (_, diagnostics) = Pipeline.check(sources)
      return SchemaFiles.report(diagnostics) ? .failure : .success
    }
  }
}
