import SchemaGenCore
import Testing

/// Every schema the generator cannot turn into Swift that compiles with the schema's meaning is
/// rejected with a diagnostic at the place of the problem. One test per class of rejection.
@Suite("Rejections")
struct RejectionTests {
  private func diagnose(_ text: String) -> [String] {
    Pipeline.check([SourceFile(path: "test.schema", text: text)]).diagnostics.map(\.description)
  }

  private static func nested(_ open: String, _ inner: String, _ close: String, _ depth: Int)
    -> String
  {
    String(repeating: open, count: depth) + inner + String(repeating: close, count: depth)
  }

  // MARK: Limits that keep the generator and the compiler bounded

  @Test func arraysNestedPastTheLimit() {
    let expected = [
      "test.schema:2:14: error: arrays and maps are nested more than 8 deep here; declare a named object for an inner level"
    ]
    #expect(diagnose("object A {\n  a: \(Self.nested("[", "string", "]", 9))\n}") == expected)
    // Far past any stack: one diagnostic, no crash.
    #expect(diagnose("object A {\n  a: \(Self.nested("[", "string", "]", 10_000))\n}") == expected)
  }

  @Test func jsonNestedPastTheLimit() {
    #expect(
      diagnose("object A {\n  a?: unknown = \(Self.nested("[", "", "]", 65))\n}") == [
        "test.schema:2:81: error: this JSON value is nested more than 64 arrays and objects deep; a schema's values nest at most that deep"
      ])
    #expect(
      diagnose("object A { a: unknown }\nexample A \(Self.nested(#"{"a": "#, "1", "}", 9_000))")
        == [
          "test.schema:2:395: error: this JSON value is nested more than 64 arrays and objects deep; a schema's values nest at most that deep"
        ])
    #expect(
      diagnose("object A {\n  a?: int @min(\(Self.nested("[", "", "]", 9_000)))\n}") == [
        "test.schema:2:80: error: this JSON value is nested more than 64 arrays and objects deep; a schema's values nest at most that deep"
      ])
  }

  @Test func nameTooLong() {
    #expect(
      diagnose("object A {\n  \(String(repeating: "n", count: 257)): string\n}") == [
        "test.schema:2:3: error: name of 257 bytes is too long; names have at most 256"
      ])
  }

  @Test func tooManyFieldsOrVariants() {
    let fields = (0...500).map { "  f\($0): int" }.joined(separator: "\n")
    #expect(
      diagnose("object A {\n\(fields)\n}") == [
        "test.schema:1:8: error: object 'A' has 501 fields; an object has at most 500 (split it into nested objects)"
      ])
    let variants = (0...64).map { "  c\($0): [int]" }.joined(separator: "\n")
    #expect(
      diagnose("union U {\n\(variants)\n}") == [
        "test.schema:1:7: error: union 'U' has 65 variants; an untagged union has at most 64"
      ])
    let objects = (0...500).map { "object V\($0) { kind: \"v\($0)\" }" }.joined(separator: "\n")
    let tagged = (0...500).map { "  V\($0)" }.joined(separator: "\n")
    #expect(
      diagnose("union T by \"kind\" {\n\(tagged)\n}\n\(objects)") == [
        "test.schema:1:7: error: union 'T' has 501 variants; a tagged union has at most 500"
      ])
    let values = (0...1_000).map { "  \"v\($0)\"" }.joined(separator: "\n")
    #expect(
      diagnose("enum E {\n\(values)\n}") == [
        "test.schema:1:6: error: enum 'E' has 1001 values; an enum has at most 1000"
      ])
  }

  // MARK: Text

  @Test func backtrackingPatternIsCheckedInLinearTime() {
    let example = String(repeating: "a", count: 30) + "!"
    #expect(
      diagnose("object A {\n  a?: string = \"\(example)\" @pattern(\"^(a+)+$\")\n}") == [
        "test.schema:2:16: error: invalid default for 'a' in 'A': a: must be a match of /^(a+)+$/ (pattern), found \"\(example)\""
      ])
  }

  @Test func patternOutsideTheSupportedSyntax() {
    #expect(
      diagnose("object A {\n  a?: string @pattern(\"(?=x)\")\n}") == [
        "test.schema:2:23: error: '@pattern' argument is not a regular expression the validators can use: look-around and other '(?' groups are not supported (at offset 0)"
      ])
  }

  @Test func rawControlCharacterInAString() {
    #expect(
      diagnose("object A {\n  a?: string = \"x\u{1}y\"\n}") == [
        "test.schema:2:18: error: control character U+0001 in a string; write it as the escape \\u0001"
      ])
  }

  @Test func escapesAreJSONs() throws {
    #expect(
      diagnose("object A {\n  a?: string = \"x\\qy\"\n}") == [
        "test.schema:2:18: error: invalid escape sequence in string; expected one of \\\" \\\\ \\/ \\n \\t \\r \\b \\f \\uXXXX"
      ])
    #expect(
      diagnose("object A {\n  a?: string = \"\\ud83d!\"\n}") == [
        "test.schema:2:17: error: half of a UTF-16 surrogate pair in string; write the character, or both halves as \\uD8XX\\uDCXX"
      ])
    let checked = Pipeline.check([
      SourceFile(
        path: "test.schema", text: "object A {\n  a?: string = \"\\ud83d\\ude00\\u00e9\"\n}")
    ])
    #expect(checked.diagnostics.isEmpty)
    guard case .object(let object)? = checked.schema?.types.first else {
      Issue.record("expected the object")
      return
    }
    #expect(object.fields.first?.defaultValue?.compactText == "\"\u{1F600}\u{E9}\"")
  }

  @Test func carriageReturnsEndLines() {
    #expect(
      diagnose("object A {\r  a: string\r  b: strin\r}\r") == [
        "test.schema:3:6: error: unknown type 'strin'; did you mean 'string'?"
      ])
    #expect(
      diagnose("object A {\r\n  b: strin\r\n}") == [
        "test.schema:2:6: error: unknown type 'strin'; did you mean 'string'?"
      ])
  }

  @Test func quotedTextStaysOnOneLine() {
    #expect(
      diagnose("enum E {\n  \"a\\nb\\u2028\"\n  \"a\\nb\\u2028\"\n}") == [
        "test.schema:3:3: error: duplicate value \"a\\u{A}b\\u{2028}\" in enum 'E'\ntest.schema:2:3: note: \"a\\u{A}b\\u{2028}\" is first listed here"
      ])
  }

  @Test func nonASCIICharacterOutsideAString() {
    #expect(
      diagnose("object A {\n  a: string é\n}") == [
        "test.schema:2:13: error: unexpected character 'é'; expected a declaration, a type or a value"
      ])
  }

  @Test func numbersOutsideJSONOrDouble() {
    #expect(
      diagnose(
        """
        object A {
          a?: number = 1e
          b?: number = 1e999
          c?: number = 1e-400
          d?: int = 01
        }
        """) == [
          "test.schema:2:16: error: '1e' is not a number; expected JSON's form, such as 42, -1.5 or 2e-3",
          "test.schema:3:16: error: number 1e999 is too large for a 64-bit floating-point value",
          "test.schema:4:16: error: number 1e-400 is too small: a 64-bit floating-point value rounds it to 0",
          "test.schema:5:13: error: '01' is not a number; expected JSON's form, such as 42, -1.5 or 2e-3",
        ])
  }

  // MARK: Names

  @Test func namesThatMeetAfterSwiftNaming() {
    #expect(
      diagnose(
        """
        object A {
          first_name: string
          firstName: string
          self_: int
          self: int
        }
        """) == [
          "test.schema:3:3: error: field 'firstName' and field 'first_name' both become the Swift name 'firstName' in 'A'\ntest.schema:2:3: note: field 'first_name' is here",
          "test.schema:5:3: error: field 'self' and field 'self_' both become the Swift name 'self_' in 'A'\ntest.schema:4:3: note: field 'self_' is here",
        ])
    #expect(
      diagnose("enum E {\n  \"unknown\"\n  \"unknown_\"\n  \"a-b\"\n  \"a b\"\n}") == [
        "test.schema:3:3: error: value \"unknown_\" and value \"unknown\" both become the Swift name 'unknown_' in 'E'\ntest.schema:2:3: note: value \"unknown\" is here",
        "test.schema:5:3: error: value \"a b\" and value \"a-b\" both become the Swift name 'aB' in 'E'\ntest.schema:4:3: note: value \"a-b\" is here",
      ])
    #expect(
      diagnose(
        "union U by \"type\" {\n  A\n  B\n}\nobject A { type: \"a-b\" }\nobject B { type: \"a_b\" }"
      )
        == [
          "test.schema:3:3: error: tag \"a_b\" and tag \"a-b\" both become the Swift name 'aB' in 'U'\ntest.schema:2:3: note: tag \"a-b\" is here"
        ])
    #expect(
      diagnose("union U {\n  foo_bar: string\n  fooBar: [int]\n}") == [
        "test.schema:3:3: error: case 'fooBar' and case 'foo_bar' both become the Swift name 'fooBar' in 'U'\ntest.schema:2:3: note: case 'foo_bar' is here"
      ])
  }

  @Test func endpointNamesThatMeet() {
    #expect(
      diagnose(
        """
        object A { id: string }
        endpoint list_jobs GET "/a" {
          response A
        }
        endpoint listJobs GET "/b" {
          response A
        }
        object FooEndpoint { id: string }
        endpoint foo GET "/c" {
          response A
        }
        endpoint paginated GET "/d" {
          response A
        }
        """) == [
          "test.schema:5:10: error: endpoint 'listJobs' and endpoint 'list_jobs' both become the Swift name 'ListJobsEndpoint' in the generated module\ntest.schema:2:10: note: endpoint 'list_jobs' is here",
          "test.schema:9:10: error: endpoint 'foo' and type 'FooEndpoint' both become the Swift name 'FooEndpoint' in the generated module\ntest.schema:8:8: note: type 'FooEndpoint' is here",
          "test.schema:12:10: error: endpoint 'paginated' would be the Swift type 'PaginatedEndpoint', a name the generated code already uses; choose another name",
        ])
  }

  @Test func parametersThatMeet() {
    #expect(
      diagnose(
        """
        object A { id: string }
        endpoint e GET "/a/{job_id}/{jobId}" {
          path job_id: string
          path jobId: string
          query page_size?: int
          query pageSize?: int
          response A
        }
        """) == [
          "test.schema:4:8: error: path parameter 'jobId' and path parameter 'job_id' both become the Swift name 'jobId' in 'EEndpoint'\ntest.schema:3:8: note: path parameter 'job_id' is here",
          "test.schema:6:9: error: query parameter 'pageSize' and query parameter 'page_size' both become the Swift name 'pageSize' in 'EEndpoint'\ntest.schema:5:9: note: query parameter 'page_size' is here",
        ])
  }

  /// The client's method takes path and query parameters together, and its methods share one
  /// scope: an endpoint and another's every-page method meet there.
  @Test func clientMethodsAndTheirParametersThatMeet() {
    #expect(
      diagnose(
        """
        object A { id: string }
        object Page { data: [A]
          has_more: bool }
        endpoint e GET "/a/{job_id}" {
          path job_id: string
          query jobId?: string
          response A
        }
        endpoint listJobs GET "/jobs" {
          query after?: string
          query limit?: int
          response Page
          paginated
        }
        endpoint allJobs GET "/all" {
          response A
        }
        endpoint send GET "/send" {
          response A
        }
        """) == [
          "test.schema:6:9: error: query parameter 'jobId' and path parameter 'job_id' both become the Swift name 'jobId' in 'EEndpoint'\ntest.schema:5:8: note: path parameter 'job_id' is here",
          "test.schema:15:10: error: endpoint 'allJobs' and the every-page method of endpoint 'listJobs' both become the Swift name 'allJobs' in the generated module\ntest.schema:9:10: note: the every-page method of endpoint 'listJobs' is here",
        ])
  }

  @Test(arguments: [
    "AutoOr", "Endpoint", "Validatable", "Hashable", "CaseIterable", "Query", "JSON", "Sendable",
  ])
  func typeNamesTheGeneratedCodeUses(_ name: String) {
    #expect(
      diagnose("object \(name) { a: string }") == [
        "test.schema:1:8: error: type name '\(name)' is reserved by the generated Swift; choose another name"
      ])
  }

  // MARK: Meaning

  @Test func paginationNeedsRequiredPageFields() {
    let message =
      "error: a paginated endpoint's response needs the required fields 'data: [Item]' (items with a required 'id: string') and 'has_more: bool', none of them nullable or deprecated;"
    let endpoint = "endpoint list GET \"/a\" {\n  query after?: string\n  query limit?: int\n"
    #expect(
      diagnose(
        "object Item { id: string }\nobject Page {\n  data?: [Item]\n  has_more: bool | null\n}\n"
          + endpoint + "  response Page\n  paginated\n}") == [
          "test.schema:10:3: \(message) 'Page' does not have them"
        ])
    #expect(
      diagnose(
        "object Item { id: string }\nobject Page {\n  data: [Item]\n  has_more: bool\n}\nunion Pages {\n  page: Page\n  pages: [Page]\n}\n"
          + endpoint + "  response Pages\n  paginated\n}") == [
          "test.schema:14:3: \(message) 'Pages' does not have them"
        ])
  }

  @Test func subsetRulesCompareStrings() {
    #expect(
      diagnose("object A {\n  a: [int]\n  b: [int]\n  rule a subsetOf b\n}") == [
        "test.schema:4:8: error: rule 'subsetOf' compares arrays of strings, but 'a' is '[int]'",
        "test.schema:4:19: error: rule 'subsetOf' compares arrays of strings, but 'b' is '[int]'",
      ])
  }

  @Test func contradictoryOrRepeatedConstraints() {
    #expect(
      diagnose(
        """
        object A {
          a?: int @min(5) @max(2)
          b?: number @exclusiveMin(1) @max(1)
          c?: string @minLength(9) @maxLength(3)
          d?: [int] @minItems(4) @maxItems(1)
          e?: int @min(1) @min(2)
        }
        """) == [
          "test.schema:2:20: error: no value of 'a' can satisfy both '@min(5)' and '@max(2)'\ntest.schema:2:12: note: the lower bound is here",
          "test.schema:3:32: error: no value of 'b' can satisfy both '@exclusiveMin(1)' and '@max(1)'\ntest.schema:3:15: note: the lower bound is here",
          "test.schema:4:29: error: no value of 'c' can satisfy both '@minLength(9)' and '@maxLength(3)'\ntest.schema:4:15: note: '@minLength' is here",
          "test.schema:5:27: error: no value of 'd' can satisfy both '@minItems(4)' and '@maxItems(1)'\ntest.schema:5:14: note: '@minItems' is here",
          "test.schema:6:20: error: '@min' is given twice for 'e'\ntest.schema:6:12: note: the first is here",
        ])
  }

  @Test func integerBoundsAreWholeAndExact() {
    #expect(
      diagnose(
        "object A {\n  a?: int @min(1.5)\n  b?: int @max(1e300)\n  c?: \"auto\" | int @max(0.5)\n}")
        == [
          "test.schema:2:16: error: '@min(1.5)' on the integer field 'a' needs a whole number no larger than 2^53 in magnitude",
          "test.schema:3:16: error: '@max(1e300)' on the integer field 'b' needs a whole number no larger than 2^53 in magnitude",
          "test.schema:4:25: error: '@max(0.5)' on the integer field 'c' needs a whole number no larger than 2^53 in magnitude",
        ])
  }

  @Test func defaultOnARequiredField() {
    #expect(
      diagnose("object A {\n  a: int = 3\n}") == [
        "test.schema:2:12: error: 'a' is required, so a default never applies; make it optional ('a?:') or remove '= 3'"
      ])
  }

  @Test func endpointShape() {
    #expect(
      diagnose(
        "object A { id: string }\nendpoint a GET \"/a\" {\n  body A\n  response A\n  response A\n}")
        == [
          "test.schema:3:8: error: a GET request has no body; send 'A' with POST, or its fields as query parameters",
          "test.schema:5:3: error: duplicate 'response'; an endpoint has one\ntest.schema:4:12: note: the first 'response' is here",
        ])
  }

  @Test func errorBodies() {
    #expect(
      diagnose(
        "object A { id: string }\nenum E { \"e\" }\nendpoint a GET \"/a\" {\n  response A\n  error E\n  error A\n}"
      ) == [
        "test.schema:5:9: error: an error body must be a declared object or union type, not 'E'",
        "test.schema:6:3: error: duplicate 'error'; an endpoint has one\ntest.schema:5:9: note: the first 'error' is here",
      ])
    #expect(
      diagnose(
        "object A { id: string }\nenum E { \"e\" }\nendpoint a GET \"/a\" {\n  response A\n  error E\n}\nendpoint b GET \"/b\" {\n  response A\n  error [A]\n}\nendpoint c GET \"/c\" {\n  response A\n  error Missing\n}"
      ) == [
        "test.schema:5:9: error: an error body must be a declared object or union type, not 'E'",
        "test.schema:9:9: error: an error body must be a declared object or union type, not '[A]'",
        "test.schema:13:9: error: unknown type 'Missing'",
      ])
  }

  @Test(arguments: [
    ("/a/{id", "'{' at offset 3 of the path is not closed; write placeholders as '{name}'"),
    ("/b}", "'}' at offset 2 of the path closes no placeholder"),
    ("/c/{}", "placeholder '{}' needs a parameter name such as '{job_id}'"),
    ("/d e", "' ' cannot appear in a URL path; percent-encode it (such as '%20' for a space)"),
    (
      "/e\\n", "byte 0xA cannot appear in a URL path; percent-encode it (such as '%20' for a space)"
    ),
    ("/f%zz", "'%' in the path must start an escape such as '%20'"),
    ("g", "an endpoint path starts with '/'"),
  ])
  func pathTemplates(_ path: String, _ message: String) {
    #expect(
      diagnose("object A { id: string }\nendpoint a POST \"\(path)\" {\n  response A\n}") == [
        "test.schema:2:17: error: \(message)"
      ])
  }

  @Test func unionsThatContainThemselvesWithoutAnObject() {
    let message =
      "is one of its own variants, directly or through other untagged unions, so decoding it would never end; put an object, an array or a map between them"
    #expect(
      diagnose(
        "union U {\n  a: U\n  s: string\n}\nunion V {\n  w: W\n}\nunion W {\n  v: V\n  n: int\n}")
        == [
          "test.schema:1:7: error: union 'U' \(message)",
          "test.schema:5:7: error: union 'V' \(message)",
          "test.schema:8:7: error: union 'W' \(message)",
        ])
  }

  @Test func casesThatCanNeverBeDecoded() {
    let message = "before it accepts every value"
    #expect(
      diagnose(
        """
        enum E { "x" }
        object Anything { a?: unknown }
        object B { b: string }
        union U {
          a: string
          b: E
          n: number
          i: int
          any: Anything
          obj: B
          j: unknown
          k: bool
        }
        """) == [
          "test.schema:6:3: error: case 'b' of union 'U' can never be decoded: case 'a' \(message) 'E' does; put the narrower case first or remove one\ntest.schema:5:3: note: case 'a' is here",
          "test.schema:8:3: error: case 'i' of union 'U' can never be decoded: case 'n' \(message) 'int' does; put the narrower case first or remove one\ntest.schema:7:3: note: case 'n' is here",
          "test.schema:10:3: error: case 'obj' of union 'U' can never be decoded: case 'any' \(message) 'B' does; put the narrower case first or remove one\ntest.schema:9:3: note: case 'any' is here",
          "test.schema:12:3: error: case 'k' of union 'U' can never be decoded: case 'j' \(message) 'bool' does; put the narrower case first or remove one\ntest.schema:11:3: note: case 'j' is here",
        ])
  }

  @Test func deprecatedTypesAreUsedByDeprecatedDeclarationsOnly() {
    #expect(
      diagnose(
        """
        object A {
          old?: Old
        }
        @deprecated
        object Old { a: string }
        endpoint get GET "/old" {
          response Old
        }
        @deprecated
        endpoint getOld GET "/older" {
          response Old
        }
        """) == [
          "test.schema:2:3: error: field 'old' of 'A' has the deprecated type 'Old', which the generated Swift would warn about; deprecate 'A' too, or no longer deprecate 'Old'\ntest.schema:5:8: note: 'Old' is declared here",
          "test.schema:6:10: error: the response of endpoint 'get' has the deprecated type 'Old', which the generated Swift would warn about; deprecate endpoint 'get' too, or no longer deprecate 'Old'\ntest.schema:5:8: note: 'Old' is declared here",
        ])
  }

  // MARK: Output names

  @Test func outputNamesThatMeet() {
    let sources = [
      SourceFile(path: "schemas/README.schema", text: "object A { a: string }"),
      SourceFile(path: "schemas/Models.schema", text: "object B { a: string }"),
      SourceFile(path: "schemas/models.schema", text: "object C { a: string }"),
      SourceFile(path: "schemas/a/Jobs.schema", text: "object D { a: string }"),
      SourceFile(path: "schemas/b/Jobs.schema", text: "object E { a: string }"),
    ]
    #expect(
      Pipeline.generate(sources).diagnostics.map(\.description) == [
        "schemas/README.schema:1:1: error: the generated files of 'schemas/README.schema' would have the same names as those of the index of the reference pages, ignoring case; rename one of them",
        "schemas/models.schema:1:1: error: the generated files of 'schemas/models.schema' would have the same names as those of 'schemas/Models.schema', ignoring case; rename one of them",
      ])
    // Without the reference pages (as the build-tool plugin generates), README.schema is fine.
    #expect(Pipeline.generate(Array(sources.prefix(1)), [.swift]).diagnostics.isEmpty)
    #expect(Pipeline.check(Array(sources.prefix(1))).diagnostics.isEmpty)
    let files = Pipeline.generate(Array(sources.dropFirst(3))).files.map(\.path)
    #expect(
      files == [
        "Swift/a.Jobs.schema.swift", "Swift/b.Jobs.schema.swift", "Docs/a.Jobs.md",
        "Docs/b.Jobs.md",
        "Docs/README.md",
      ])
  }
}
