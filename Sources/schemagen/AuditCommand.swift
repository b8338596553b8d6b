import Foundation
import SchemaGenCore

enum AuditCommand {
  static let help = """
    OVERVIEW: Compares a schema with an OpenAPI document and reports every difference.

    USAGE: schemagen audit <schema-folder-or-file>... --openapi <openapi.json> [options]

    OPTIONS:
      --openapi <path>      The OpenAPI 3.0 or 3.1 document, in JSON, as published.
      --format text|json    Output format (default: text).
      --fail-on drift|none  Exit with status 1 when the audit finds a difference (default:
                            drift), or never.

    Each difference is a warning at the schema declaration it concerns, naming the spec's JSON
    pointer and both sides' values: fields, required and nullable, types, enum values,
    constants, unions and their tags, constraints, endpoints with their parameters, defaults,
    bodies and responses, and what the spec describes in the schema's area that the schema
    does not. Differences at a declaration with a @deviation are listed apart, as notes with the
    recorded reason; they do not fail the audit. A @deviation where the spec no longer differs
    is drift.
    """

  static func run(_ arguments: [String]) -> ExitStatus {
    runCommand(arguments, help: help) {
      let parsed = try Arguments(arguments, options: ["--openapi", "--format", "--fail-on"])
      guard let path = parsed.options["--openapi"] else {
        throw UsageError("missing '--openapi <openapi.json>'")
      }
      let format = parsed.options["--format"] ?? "text"
      guard ["text", "json"].contains(format) else {
        throw UsageError("'--format' takes 'text' or 'json', not '\(format)'")
      }
      let failOn = parsed.options["--fail-on"] ?? "drift"
      guard ["drift", "none"].contains(failOn) else {
        throw UsageError("'--fail-on' takes 'drift' or 'none', not '\(failOn)'")
      }
      let sources = try SchemaFiles.read(parsed.positional)
      let (schema, diagnostics) = Pipeline.check(sources)
      if SchemaFiles.report(diagnostics) { return .failure }
      guard let schema else { return .failure }
      let bytes: [UInt8]
      do {
        bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
      } catch {
        throw FileError(path, "cannot read the OpenAPI document", error)
      }
      let document: OpenAPIDocument
      do {
        document = try OpenAPIDocument(json: bytes)
      } catch let error as OpenAPIDocument.ReadError {
        printError("\(path):\(error.description)")
        return .failure
      }
      let result = SchemaAudit.audit(schema, with: document)
      print(format == "json" ? AuditReport.json(result, document: path) : AuditReport.text(result))
      let drift = result.drift.count + result.staleDeviations.count
      return failOn == "drift" && drift > 0 ? .failure : .success
    }
  }
}
