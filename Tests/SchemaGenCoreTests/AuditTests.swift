import Foundation
import SchemaGenCore
import Testing

/// `schemagen audit`: each kind of difference between a schema and an OpenAPI document is a
/// warning at the declaration it concerns, with the spec's JSON pointer and both sides' values.
/// `Audit/things.openapi.json` and `Audit/things.schema` hold one of each.
@Suite("Spec audit")
struct AuditTests {
  private static let folder = "Tests/SchemaGenCoreTests/Audit"

  private func audit(schema: String, spec: String) throws -> [String] {
    let (checked, diagnostics) = Pipeline.check([SourceFile(path: "test.schema", text: schema)])
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    let document = try OpenAPIDocument(json: Array(spec.utf8))
    return SchemaAudit.compare(try #require(checked), with: document).map(\.description)
  }

  @Test func everyKindOfDifferenceIsFound() throws {
    let schema = try #require(PackageFiles.text("\(Self.folder)/things.schema"))
    let spec = try #require(PackageFiles.text("\(Self.folder)/things.openapi.json"))
    let path = "#/paths/~1things~1{thing_id}/get/parameters"
    #expect(
      try audit(schema: schema, spec: spec) == [
        // objects: undeclared properties, a property missing here, types, required, nullable
        "test.schema:2:8: warning: Thing accepts undeclared properties; the spec says 'additionalProperties: false' (mark it @closed) (spec: #/components/schemas/SpecThing)",
        "test.schema:2:8: warning: Thing has no field 'extra' (spec: #/components/schemas/SpecThing/properties/extra)",
        "test.schema:5:3: warning: Thing.size is a string here; the spec says integer (spec: #/components/schemas/SpecThing/properties/size)",
        "test.schema:5:3: warning: Thing.size is optional here and required in the spec (spec: #/components/schemas/SpecThing/properties/size)",
        "test.schema:6:3: warning: Thing.label is required here and optional in the spec (spec: #/components/schemas/SpecThing/properties/label)",
        "test.schema:7:3: warning: Thing.note is not nullable here and nullable in the spec (spec: #/components/schemas/SpecThing/properties/note)",
        "test.schema:8:3: warning: Thing.tags[] is an integer here; the spec says string (spec: #/components/schemas/SpecThing/properties/tags/items)",
        "test.schema:11:3: warning: Thing.gone is not in the spec (spec: #/components/schemas/SpecThing/properties)",
        // constants and enums
        "test.schema:12:3: warning: Thing.version is the constant \"v2\" here; the spec allows \"v1\" (spec: #/components/schemas/SpecThing/properties/version)",
        "test.schema:15:6: warning: Kind is missing value \"new\" (spec: #/components/schemas/Kind)",
        "test.schema:18:3: warning: Kind has value \"old\", which the spec does not list (spec: #/components/schemas/Kind)",
        // tagged unions
        "test.schema:21:7: warning: Shape has no variant tagged \"square\" (spec: #/components/schemas/Square)",
        "test.schema:23:3: warning: Shape has the variant tagged \"triangle\", which the spec does not list (spec: #/components/schemas/Shape)",
        "test.schema:28:3: warning: Circle.radius is an integer here; the spec says number (spec: #/components/schemas/Circle/properties/radius)",
        // coverage: a type matching nothing, an operation and a schema not described
        "test.schema:31:8: warning: Triangle corresponds to no schema of the spec; name one with @spec(\"…\") or record why (spec: #/components/schemas)",
        // endpoints: parameters on either side, defaults, operations on either side
        "test.schema:35:10: warning: endpoint getThing has no query parameter 'order' (spec: \(path)/2/schema)",
        "test.schema:35:10: warning: the spec's operation 'POST /things' has no endpoint here (spec: #/paths/~1things/post)",
        "test.schema:35:10: warning: the spec's schema 'Square', used by POST /things, is described by no type here (spec: #/components/schemas/Square)",
        "test.schema:37:9: warning: parameter 'limit' of endpoint getThing defaults to 10 here and to 20 in the spec (spec: \(path)/1/schema)",
        "test.schema:38:9: warning: query parameter 'page' of endpoint getThing is not in the spec (spec: \(path))",
        "test.schema:42:10: warning: the spec has no operation 'DELETE /things/{id}' (spec: #/paths)",
      ])
  }

  @Test(arguments: [
    #"{"type": "string", "nullable": true}"#,
    #"{"type": ["string", "null"]}"#,
    #"{"anyOf": [{"type": "string"}, {"type": "null"}]}"#,
    ##"{"oneOf": [{"$ref": "#/components/schemas/Text"}, {"type": "null"}]}"##,
  ])
  func everySpellingOfNullableIsUnderstood(_ property: String) throws {
    let spec = """
      {"openapi": "3.1.0", "components": {"schemas": {
        "Text": {"type": "string"},
        "A": {"type": "object", "required": ["a"], "properties": {"a": \(property)}}}}}
      """
    #expect(try audit(schema: "object A {\n  a: string | null\n}", spec: spec) == [])
    #expect(
      try audit(schema: "object A {\n  a: string\n}", spec: spec).first?.contains(
        "A.a is not nullable here and nullable in the spec") == true)
  }

  @Test func mapsAutoUnionsAndInlineObjects() throws {
    let spec = """
      {"openapi": "3.1.0", "components": {"schemas": {
        "Job": {"type": "object", "required": ["error"], "properties": {
          "n_epochs": {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "integer"}]},
          "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
          "error": {"type": "object", "required": ["code"], "properties": {"code": {"type": "string"}}}}}}}}
      """
    let schema = """
      object Job {
        n_epochs?: "auto" | int
        metadata?: [string: int]
        error: JobError
      }
      object JobError {
        code?: string
      }
      """
    #expect(
      try audit(schema: schema, spec: spec) == [
        "test.schema:3:3: warning: Job.metadata[key] is an integer here; the spec says string (spec: #/components/schemas/Job/properties/metadata/additionalProperties)",
        "test.schema:7:3: warning: JobError.code is optional here and required in the spec (spec: #/components/schemas/Job/properties/error/properties/code)",
      ])
  }

  @Test func constraintsInBothVersionsSpellings() throws {
    let spec = """
      {"openapi": "3.1.0", "components": {"schemas": {"A": {"type": "object", "properties": {
        "old_style": {"type": "number", "minimum": 0, "exclusiveMinimum": true, "maximum": 2},
        "new_style": {"type": "number", "exclusiveMinimum": 0},
        "name": {"type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[a-z]+$"},
        "list": {"type": "array", "items": {"type": "string"}, "maxItems": 5},
        "map": {"type": "object", "additionalProperties": {"type": "string"}, "maxProperties": 16},
        "epochs": {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "integer", "minimum": 1, "maximum": 50}]}}}}}}
      """
    let schema = """
      object A {
        old_style?: number @exclusiveMin(0) @max(2)
        new_style?: number @min(0)
        name?: string @minLength(1) @maxLength(32) @pattern("^[a-z]+$")
        list?: [string]
        map?: [string: string] @maxEntries(16)
        epochs?: "auto" | int @min(1)
      }
      """
    #expect(
      try audit(schema: schema, spec: spec) == [
        "test.schema:3:3: warning: A.new_style must be at least 0 here and greater than 0 in the spec (spec: #/components/schemas/A/properties/new_style)",
        "test.schema:4:3: warning: A.name must be at most 32 characters long here and at most 64 characters long in the spec (spec: #/components/schemas/A/properties/name)",
        "test.schema:5:3: warning: A.list has no @maxItems here; the spec says it must be at most 5 items (spec: #/components/schemas/A/properties/list)",
        "test.schema:7:3: warning: A.epochs has no @max here; the spec says it must be at most 50 (spec: #/components/schemas/A/properties/epochs)",
      ])
  }

  @Test func deviationsAreListedApartAndStaleOnesAreDrift() throws {
    let spec = """
      {"openapi": "3.1.0", "components": {"schemas": {
        "Status": {"type": "string", "enum": ["queued", "running"]},
        "Job": {"type": "object", "required": ["id", "seed"], "properties": {
          "id": {"type": "string"}, "seed": {"type": "integer"}, "name": {"type": "string"}}}}}}
      """
    let schema = """
      enum Status {
        "queued"
        "running"
        "created" @deviation("jobs from 2023 carry it", "a 2023 job payload")
      }
      object Job {
        id: string
        seed?: int @deviation("jobs created before seeds were recorded have none")
        name?: string @deviation("was optional once")
      }
      """
    let (checked, diagnostics) = Pipeline.check([SourceFile(path: "test.schema", text: schema)])
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    let result = SchemaAudit.audit(
      try #require(checked), with: try OpenAPIDocument(json: Array(spec.utf8)))
    #expect(result.drift.isEmpty)
    #expect(
      result.deviations.map { "\($0.finding.location): \($0.deviation.reason)" } == [
        "test.schema:4:3: jobs from 2023 carry it",
        "test.schema:8:3: jobs created before seeds were recorded have none",
      ])
    #expect(
      result.staleDeviations.map(\.description) == [
        "test.schema:9:3: warning: a deviation is recorded here (was optional once), but the spec no longer differs; remove it"
      ])
    #expect(AuditReport.summary(result) == "1 difference from the spec; 2 recorded deviations.")
    let model = try #require(checked)
    let page = try #require(Pipeline.render(model, [.docs]).first { $0.path == "Docs/test.md" })
    #expect(
      page.contents.contains(
        "**Deviations from the published spec**\n\n- `\"created\"`: jobs from 2023 carry it Evidence: a 2023 job payload\n"
      ))
    #expect(
      AuditReport.text(result).contains(
        "test.schema:4:3: note: recorded deviation: Status has value \"created\", which the spec does not list (spec: #/components/schemas/Status); because jobs from 2023 carry it (evidence: a 2023 job payload)"
      ))
  }

  @Test func discriminatorsUnresolvableRefsAndTheJSONReport() throws {
    let spec = """
      {"openapi": "3.1.0", "components": {"schemas": {
        "U": {"oneOf": [{"$ref": "#/components/schemas/A"}], "discriminator": {"propertyName": "kind"}},
        "A": {"type": "object", "required": ["type"], "properties": {
          "type": {"type": "string", "enum": ["a"]}, "b": {"$ref": "#/components/schemas/Missing"}}}}}}
      """
    let schema = """
      union U by "type" {
        A
      }
      object A {
        type: "a"
        b?: string
      }
      """
    #expect(
      try audit(schema: schema, spec: spec) == [
        "test.schema:1:7: warning: U is told apart by \"type\" here and by \"kind\" in the spec (spec: #/components/schemas/U/discriminator)",
        "test.schema:6:3: warning: A.b has a schema the audit cannot read: '$ref' #/components/schemas/Missing points at nothing (spec: #/components/schemas/A/properties/b)",
      ])
    let (checked, _) = Pipeline.check([SourceFile(path: "test.schema", text: schema)])
    let result = SchemaAudit.audit(
      try #require(checked), with: try OpenAPIDocument(json: Array(spec.utf8)))
    let report = try #require(
      try JSONSerialization.jsonObject(
        with: Data(AuditReport.json(result, document: "spec.json").utf8))
        as? [String: Any])
    #expect(report["document"] as? String == "spec.json")
    #expect((report["summary"] as? [String: Int]) == ["drift": 2, "deviations": 0])
    let first = try #require((report["drift"] as? [[String: Any]])?.first)
    #expect(first["pointer"] as? String == "#/components/schemas/U/discriminator")
    #expect(first["line"] as? Int == 1)
    #expect(
      first["message"] as? String == "U is told apart by \"type\" here and by \"kind\" in the spec")
  }

  @Test(arguments: [
    ("{\"openapi\": \"3.1.0\", ", "1:22: error: expected a property name in double quotes"),
    (
      "{\"swagger\": \"2.0\"}",
      "1:1: error: not an OpenAPI 3.0 or 3.1 document: expected an \"openapi\" property such as \"3.1.0\""
    ),
    ("[1, 2", "1:6: error: expected ',' or ']'"),
    ("{\"openapi\": \"3.0.0\", \"x\": 1e999}", "1:27: error: '1e999' is not a number"),
  ])
  func unreadableDocumentsAreOneClearError(_ text: String, _ message: String) {
    #expect {
      try OpenAPIDocument(json: Array(text.utf8))
    } throws: { error in
      (error as? OpenAPIDocument.ReadError)?.description == message
    }
  }
}
