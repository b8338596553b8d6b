import SchemaGenCore
import Testing

/// Each schema error is reported as `file:line:column: error: message`, all of them in one run.
@Suite("Diagnostics")
struct DiagnosticTests {
  /// The diagnostics of one schema file named `test.schema`, as printed.
  private func diagnose(_ text: String) -> [String] {
    Pipeline.check([SourceFile(path: "test.schema", text: text)]).diagnostics.map(\.description)
  }

  @Test func missingColonIsASyntaxError() {
    #expect(
      diagnose(
        """
        object A {
          name string
        }
        """) == ["test.schema:2:8: error: expected ':' after the field name 'name', found 'string'"]
    )
  }

  @Test func unterminatedString() {
    #expect(
      diagnose(
        """
        object A {
          type: "a
        }
        """) == [
          "test.schema:2:9: error: unterminated string; expected '\"' before the end of the line"
        ])
  }

  @Test func unexpectedCharacter() {
    #expect(
      diagnose("object A {\n  a: int;\n}") == [
        "test.schema:2:9: error: unexpected character ';'; expected a declaration, a type or a value"
      ])
  }

  @Test func unknownTypeSuggestsTheClosestName() {
    #expect(
      diagnose(
        """
        object StringCheckGrader { name: string }
        object Holder {
          grader: StringCheckGrade
        }
        """) == [
          "test.schema:3:11: error: unknown type 'StringCheckGrade'; did you mean 'StringCheckGrader'?"
        ])
  }

  @Test func duplicateTypeNotesTheFirstDeclaration() {
    #expect(
      diagnose(
        """
        object Job { id: string }
        enum Job { "a" }
        """) == [
          "test.schema:2:6: error: duplicate type 'Job'\ntest.schema:1:8: note: 'Job' is first declared here"
        ])
  }

  @Test func duplicateField() {
    #expect(
      diagnose(
        """
        object Job {
          id: string
          id: int
        }
        """) == [
          "test.schema:3:3: error: duplicate field 'id' in 'Job'\ntest.schema:2:3: note: 'id' is first declared here"
        ])
  }

  @Test func duplicateUnionTag() {
    #expect(
      diagnose(
        """
        object A { type: "same" }
        object B { type: "same" }
        union U by "type" {
          A
          B
        }
        """) == [
          "test.schema:5:3: error: duplicate tag \"same\" in union 'U'\ntest.schema:4:3: note: \"same\" is first used here"
        ])
  }

  @Test func taggedVariantNeedsAConstantTag() {
    #expect(
      diagnose(
        """
        object A { kind: string }
        union U by "type" { A }
        """) == [
          "test.schema:2:21: error: variant 'A' of union 'U' needs a required constant tag field, such as 'type: \"a\"'\ntest.schema:1:8: note: 'A' is declared here"
        ])
  }

  @Test func constraintMustFitTheFieldType() {
    #expect(
      diagnose(
        """
        object A {
          n_epochs?: "auto" | int @maxLength(3)
        }
        """) == [
          "test.schema:2:28: error: '@maxLength' applies to strings, but 'n_epochs' is '\"auto\" | int'"
        ])
  }

  @Test func unknownAttributeSuggestsTheClosestName() {
    #expect(
      diagnose("object A {\n  seed?: int @minimum(0)\n}") == [
        "test.schema:2:15: error: unknown attribute '@minimum'; did you mean '@min'?"
      ])
  }

  @Test func unknownFieldInRule() {
    #expect(
      diagnose(
        """
        object LabelModelGrader {
          labels: [string]
          passing_labels: [string]
          rule passing_label subsetOf labels
        }
        """) == [
          "test.schema:4:8: error: unknown field 'passing_label' in rule of 'LabelModelGrader'; did you mean 'passing_labels'?"
        ])
  }

  @Test func ruleComparesArrays() {
    #expect(
      diagnose(
        """
        object A {
          labels: [string]
          name: string
          rule name subsetOf labels
        }
        """) == [
          "test.schema:4:8: error: rule 'subsetOf' compares arrays of strings, but 'name' is 'string'"
        ])
  }

  @Test func invalidDefault() {
    #expect(
      diagnose(
        """
        enum Effort { "low" "high" }
        object A {
          limit?: int = "twenty"
          effort?: Effort = "medium"
        }
        """) == [
          "test.schema:3:17: error: invalid default for 'limit' in 'A': expected int, found \"twenty\"",
          "test.schema:4:21: error: invalid default for 'effort' in 'A': expected one of \"low\", \"high\" (Effort), found \"medium\"",
        ])
  }

  @Test func invalidExampleNamesEachProblemAtItsPlace() {
    #expect(
      diagnose(
        """
        enum Status { "queued" "running" }
        object Job {
          id: string
          status: Status
          seed?: int
        }
        example Job {
          "status": "paused",
          "seed": 1.5,
          "sede": 2
        }
        """) == [
          "test.schema:7:13: error: invalid example of 'Job': missing required field 'id' of 'Job'",
          "test.schema:8:13: error: invalid example of 'Job': 'status': expected one of \"queued\", \"running\" (Status), found \"paused\"",
          "test.schema:9:11: error: invalid example of 'Job': 'seed': expected an integer, found 1.5",
          "test.schema:10:3: error: invalid example of 'Job': 'sede': 'Job' has no field 'sede'; did you mean 'seed'?",
        ])
  }

  @Test func examplesAreValidatedAgainstConstraintsAndRules() {
    #expect(
      diagnose(
        """
        object Grader {
          labels: [string]
          passing_labels: [string]
          range?: [number] @minItems(2) @maxItems(2) @increasing
          n_epochs?: "auto" | int @min(1) @max(50)
          suffix?: string @maxLength(3)
          rule passing_labels subsetOf labels
        }
        example Grader {
          "labels": ["a", "b"],
          "passing_labels": ["a", "c"],
          "range": [1, 0],
          "n_epochs": 51,
          "suffix": "long"
        }
        """) == [
          "test.schema:11:21: error: invalid example of 'Grader': passing_labels[1]: must be one of labels: a, b (subsetOf), found \"c\"",
          "test.schema:12:12: error: invalid example of 'Grader': range[1]: must be numbers in increasing order (increasing), found 0 after 1",
          "test.schema:13:15: error: invalid example of 'Grader': n_epochs: must be at most 50 (max), found 51",
          "test.schema:14:13: error: invalid example of 'Grader': suffix: must be at most 3 characters long (maxLength), found \"long\"",
        ])
  }

  @Test func defaultsMustSatisfyTheirConstraints() {
    #expect(
      diagnose("object A {\n  limit?: int = 0 @min(1)\n}") == [
        "test.schema:2:17: error: invalid default for 'limit' in 'A': limit: must be at least 1 (min), found 0"
      ])
  }

  @Test func duplicateEnumValue() {
    #expect(
      diagnose("enum Level { \"info\" \"warn\" \"info\" }") == [
        "test.schema:1:28: error: duplicate value \"info\" in enum 'Level'\ntest.schema:1:14: note: \"info\" is first listed here"
      ])
  }

  @Test func inlineStringLiteralsMustBeAnEnum() {
    #expect(
      diagnose("object A {\n  level: \"info\" | \"warn\"\n}") == [
        "test.schema:2:10: error: a union of string literals is an enum; declare 'enum Name { \"info\" \"warn\" }' and use its name"
      ])
  }

  @Test func onlyAutoCombinesWithAPrimitive() {
    #expect(
      diagnose("object A {\n  effort?: \"none\" | int\n}") == [
        "test.schema:2:12: error: an inline union may only be '\"auto\" | int', '\"auto\" | number' or '\"auto\" | bool' (with '| null'); declare an enum or a union for '\"none\" | int'"
      ])
  }

  @Test func unknownAlreadyIncludesNull() {
    #expect(
      diagnose("object A {\n  data?: unknown | null\n}") == [
        "test.schema:2:10: error: 'unknown' already includes null; write 'unknown' alone"
      ])
  }

  @Test func objectThatContainsItself() {
    #expect(
      diagnose("object Node {\n  next?: Node\n}") == [
        "test.schema:1:8: error: object 'Node' contains itself; put an array, a map or a union between them"
      ])
  }

  @Test func reservedTypeName() {
    #expect(
      diagnose("object JSON { a: int }") == [
        "test.schema:1:8: error: type name 'JSON' is reserved by the generated Swift; choose another name"
      ])
  }

  @Test func pathParametersMatchThePath() {
    #expect(
      diagnose(
        """
        object Job { id: string }
        endpoint retrieveJob GET "/jobs/{job_id}" {
          path id: string
          response Job
        }
        """) == [
          "test.schema:2:26: error: path placeholder '{job_id}' has no 'path job_id: string' parameter",
          "test.schema:3:8: error: path parameter 'id' does not appear in the path; add '{id}' to \"/jobs/{job_id}\"",
        ])
  }

  @Test func unknownHTTPMethod() {
    #expect(
      diagnose("object A { id: string }\nendpoint get FETCH \"/a\" {\n  response A\n}") == [
        "test.schema:2:14: error: unknown HTTP method 'FETCH'; expected one of GET, POST, PUT, PATCH, DELETE"
      ])
  }

  @Test func paginationNeedsCursorParametersAndAPage() {
    #expect(
      diagnose(
        """
        object Page { items: [string] }
        endpoint list GET "/things" {
          response Page
          paginated
        }
        """) == [
          "test.schema:4:3: error: a paginated endpoint needs the query parameters 'after?: string' and 'limit?: int'",
          "test.schema:4:3: error: a paginated endpoint's response needs the required fields 'data: [Item]' (items with a required 'id: string') and 'has_more: bool', none of them nullable or deprecated; 'Page' does not have them",
        ])
  }

  @Test func everyErrorIsReportedInOneRun() {
    let diagnostics = diagnose(
      """
      object A {
        name string
        other: Missing
      }
      object B {
        id: int int
      }
      enum C { "x" "x" }
      """)
    #expect(
      diagnostics == [
        "test.schema:2:8: error: expected ':' after the field name 'name', found 'string'",
        "test.schema:3:10: error: unknown type 'Missing'",
        "test.schema:6:11: error: expected '@attribute', '= default' or a new line after the field 'id', found 'int'",
        "test.schema:8:14: error: duplicate value \"x\" in enum 'C'\ntest.schema:8:10: note: \"x\" is first listed here",
      ])
  }

  @Test func errorsAcrossFilesAreSortedByPlace() {
    let diagnostics = Pipeline.check([
      SourceFile(path: "b.schema", text: "object B { a: Nope }"),
      SourceFile(path: "a.schema", text: "object A { a: Nada }"),
    ]).diagnostics.map(\.description)
    #expect(
      diagnostics == [
        "a.schema:1:15: error: unknown type 'Nada'", "b.schema:1:15: error: unknown type 'Nope'",
      ])
  }

  @Test func aValidSchemaHasNoDiagnostics() {
    #expect(
      diagnose(
        """
        /// A thing.
        resource "Things"
        object Thing {
          id: string
          count?: "auto" | int = "auto" @min(1) @max(50)
        }
        """
      ).isEmpty)
  }
}
