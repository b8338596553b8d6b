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
  /// The differences, split into drift and what `@deviation`s record.
  public struct Result: Sendable {
    /// Differences no deviation records: the schema should follow the spec.
    public var drift: [Diagnostic]
    /// Differences at a declaration with a `@deviation`, with it.
    public var deviations: [(finding: Diagnostic, deviation: Deviation)]
    /// Deviations where the audit finds no difference any more: the spec has caught up.
    public var staleDeviations: [Diagnostic]
  }

  /// Every difference, in file order.
  public static func compare(_ schema: Schema, with document: OpenAPIDocument) -> [Diagnostic] {
    var auditor = Auditor(schema: schema, document: document)
    auditor.run()
    return auditor.findings.sorted { lhs, rhs in
      lhs.location == rhs.location ? lhs.message < rhs.message : lhs.location < rhs.location
    }
  }

  /// The differences, with those at a declaration that records a `@deviation` set apart.
  public static func audit(_ schema: Schema, with document: OpenAPIDocument) -> Result {
    let recorded = deviations(in: schema)
    var result = Result(drift: [], deviations: [], staleDeviations: [])
    var covered: Set<SourceLocation> = []
    for finding in compare(schema, with: document) {
      if let deviation = recorded[finding.location] {
        result.deviations.append((finding, deviation))
        covered.insert(finding.location)
      } else {
        result.drift.append(finding)
      }
    }
    for (location, deviation) in recorded.sorted(by: { $0.key < $1.key })
    where !covered.contains(location) {
      result.staleDeviations.append(
        .warning(
          "a deviation is recorded here (\(deviation.reason)), but the spec no longer differs; remove it",
          at: location))
    }
    return result
  }

  /// Every `@deviation` of the schema, by the place of what it is written on.
  static func deviations(in schema: Schema) -> [SourceLocation: Deviation] {
    var result: [SourceLocation: Deviation] = [:]
    func add(_ deviation: Deviation?, _ location: SourceLocation) {
      if let deviation { result[location] = deviation }
    }
    for type in schema.types {
      add(type.deviation, type.location)
      switch type {
      case .object(let object): for field in object.fields { add(field.deviation, field.location) }
      case .enumeration(let enumeration):
        for enumCase in enumeration.cases { add(enumCase.deviation, enumCase.location) }
      case .union(let union):
        for variant in union.variants { add(variant.deviation, variant.location) }
      }
    }
    for endpoint in schema.endpoints {
      add(endpoint.deviation, endpoint.location)
      for parameter in endpoint.parameters {
        add(parameter.field.deviation, parameter.field.location)
      }
    }
    return result
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
      // `@spec` names a component, or gives the pointer of an inline schema.
      let pointer =
        type.specName.hasPrefix("#/")
        ? type.specName : OpenAPIDocument.componentPointer(type.specName)
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
