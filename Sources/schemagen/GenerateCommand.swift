import Foundation
import SchemaGenCore

enum GenerateCommand {
  static let help = """
    OVERVIEW: Generates Swift types from a schema folder.

    USAGE: schemagen generate <schema-folder-or-file>... --output <output-folder> [--only swift|docs]

    ARGUMENTS:
      <schema-folder-or-file>
                          .schema files, or folders of them (searched recursively).

    OPTIONS:
      --output <folder>   Where to write: Swift to <folder>/Swift, reference pages to
                          <folder>/Docs.
      --only swift|docs   Generate only the Swift files or only the reference pages.

    Only files whose bytes change are written, and generated files that the schema no longer
    produces are removed. A file in the way that schemagen did not write is never replaced:
    the run stops before writing anything. Nothing is written when the schema has errors
    (exit status 1).
    """

  static func run(_ arguments: [String]) -> ExitStatus {
    runCommand(arguments, help: help) {
      let parsed = try Arguments(arguments, options: ["--output", "--only"])
      guard let output = parsed.options["--output"] else {
        throw UsageError("missing '--output <output-folder>'")
      }
      let sources = try SchemaFiles.read(parsed.positional)
      var outputs = Set(Pipeline.Output.allCases)
      if let only = parsed.options["--only"] {
        guard let output = Pipeline.Output(rawValue: only) else {
          throw UsageError("'--only' takes 'swift' or 'docs', not '\(only)'")
        }
        outputs = [output]
      }
      let (files, diagnostics) = Pipeline.generate(sources, outputs)
      if SchemaFiles.report(diagnostics) { return .failure }
      let summary = try OutputFolder(output).write(files)
      print(summary.description)
      return .success
    }
  }
}
