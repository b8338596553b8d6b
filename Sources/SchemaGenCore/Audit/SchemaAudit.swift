/// Compares a checked schema with an OpenAPI document and reports where they differ, each
/// difference a warning at the schema declaration it concerns that names the spec's JSON
/// pointer and both sides' values.
///
/// Types are matched by name (`@spec("Name")` when the spec's differs), endpoints by method and
/// path; from there the comparison follows fields, variants, parameters, bodies and responses
/// into the spec's schemas, inline ones included. What the spec describes in the schema's area
/// (the paths that start like the schema's endpoints, and webhooks named alike) and the schema
/// does not is reported too.
public enum SchemaAudit {
  public static func compare(_ schema: Schema, with document: OpenAPIDocument) -> [Diagnostic] {
    var auditor = Auditor(schema: schema, document: document)
    auditor.run()
    return auditor.findings.sorted { lhs, rhs in
      lhs.location == rhs.location ? lhs.message < rhs.message : lhs.location < rhs.location
    }
  }
}

/// The state of one comparison.
struct Auditor {
  let schema: Schema
  let document: OpenAPIDocument
  var findings: [Diagnostic] = []
  /// The findings so far, to report each once.
  var reported: Set<Diagnostic> = []
  /// Pairs of a type and a spec schema already compared (`Name@pointer`).
  var compared: Set<String> = []
  /// Component schemas some type was compared with.
  var matchedComponents: Set<String> = []
  /// Types compared with some spec schema.
  var matchedTypes: Set<String> = []

  mutating func run() {
    for type in schema.types {
      let pointer = OpenAPIDocument.componentPointer(type.specName)
      if let spec = document.schema(at: pointer) {
        compare(type, with: spec)
      } else if type.specName != type.name {
        report(
          "'@spec(\"\(type.specName)\")' names no schema of the spec", at: type.location, pointer)
      }
    }
    for endpoint in schema.endpoints { compare(endpoint) }
    checkCoverage()
  }

  /// Records a finding once: a type reached through several spec schemas is compared with each.
  mutating func report(_ message: String, at location: SourceLocation, _ pointer: String) {
    let finding = Diagnostic.warning("\(message) (spec: \(pointer))", at: location)
    if reported.insert(finding).inserted { findings.append(finding) }
  }
}
