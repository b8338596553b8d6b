import SchemaGenCore
import Testing

/// `schemagen diff` on changes this API really went through, each an OLD/NEW pair with its
/// expected verdicts: (summary, wire request, wire response, Swift source).
@Suite("Schema diff")
struct SchemaDiffTests {
  typealias Expected = (summary: String, request: String, response: String, source: String)

  private func diff(_ old: String, _ new: String) throws -> SchemaDiffReport {
    let (before, oldDiagnostics) = Pipeline.check([SourceFile(path: "api.schema", text: old)])
    let (after, newDiagnostics) = Pipeline.check([SourceFile(path: "api.schema", text: new)])
    #expect(oldDiagnostics.isEmpty && newDiagnostics.isEmpty, "\(oldDiagnostics + newDiagnostics)")
    return SchemaDiff.compare(old: try #require(before), new: try #require(after))
  }

  private func verdicts(_ report: SchemaDiffReport) -> [Expected] {
    report.changes.map {
      (
        "\($0.subject): \($0.summary)", $0.request.level.rawValue, $0.response.level.rawValue,
        $0.source.level.rawValue
      )
    }
  }

  private func expect(
    _ report: SchemaDiffReport, _ expected: [Expected], bump: SchemaDiffReport.Bump
  ) {
    let found = verdicts(report)
    #expect(found.count == expected.count, "\(found)")
    for (actual, wanted) in zip(found, expected) {
      #expect(actual.summary == wanted.summary)
      #expect(actual.request == wanted.request, "\(actual.summary): request")
      #expect(actual.response == wanted.response, "\(actual.summary): response")
      #expect(actual.source == wanted.source, "\(actual.summary): source")
    }
    #expect(report.bump == bump)
  }

  static let jobs = """
    enum Status { "queued" "running" }
    object Job {
      id: string
      status: Status
    }
    object CreateJobRequest {
      model: string
    }
    endpoint createJob POST "/jobs" {
      body CreateJobRequest
      response Job
    }
    """

  @Test func xhighAddedToReasoningEffort() throws {
    let old = "enum ReasoningEffort { \"low\" \"medium\" \"high\" }\n"
    let new = "enum ReasoningEffort { \"low\" \"medium\" \"high\" \"xhigh\" }\n"
    expect(
      try diff(old, new),
      [("ReasoningEffort: value \"xhigh\" added", "additive", "additive", "breaking")],
      bump: .major)
  }

  @Test func pausedAddedToJobStatus() throws {
    let new = Self.jobs.replacingOccurrences(of: "\"running\" }", with: "\"running\" \"paused\" }")
    expect(
      try diff(Self.jobs, new),
      [("Status: value \"paused\" added", "none", "additive", "breaking")],
      bump: .major)
  }

  @Test func methodAddedToTheJob() throws {
    let new =
      Self.jobs.replacingOccurrences(
        of: "  status: Status\n", with: "  status: Status\n  method?: Method\n")
      + "\nobject Method { type: string }\n"
    expect(
      try diff(Self.jobs, new),
      [
        ("Job.method: optional field added", "none", "additive", "additive"),
        ("Method: type added", "none", "none", "additive"),
      ], bump: .minor)
  }

  @Test func requiredRequestFieldAdded() throws {
    let new = Self.jobs.replacingOccurrences(
      of: "  model: string\n", with: "  model: string\n  training_file: string\n")
    expect(
      try diff(Self.jobs, new),
      [("CreateJobRequest.training_file: required field added", "breaking", "none", "breaking")],
      bump: .major)
  }

  @Test func fieldBecomingNullable() throws {
    let new = Self.jobs.replacingOccurrences(
      of: "  status: Status\n", with: "  status: Status | null\n")
    expect(
      try diff(Self.jobs, new), [("Job.status: became nullable", "none", "breaking", "breaking")],
      bump: .major)
  }

  @Test func endpointRemoved() throws {
    let new = Self.jobs.replacingOccurrences(
      of: "endpoint createJob POST \"/jobs\" {\n  body CreateJobRequest\n  response Job\n}",
      with: "")
    expect(
      try diff(Self.jobs, new),
      [("endpoint createJob: endpoint removed (POST /jobs)", "breaking", "breaking", "breaking")],
      bump: .major)
  }

  @Test func errorBodyDeclared() throws {
    let new =
      Self.jobs.replacingOccurrences(
        of: "  response Job\n}", with: "  response Job\n  error Failure\n}")
      + "\nobject Failure { message: string }\n"
    expect(
      try diff(Self.jobs, new),
      [
        ("endpoint createJob: error body changed from none to Failure", "none", "none", "breaking"),
        ("Failure: type added", "none", "none", "additive"),
      ],
      bump: .major)
  }

  static let request = """
    object Hyperparameters { n_epochs?: "auto" | int }
    object CreateJobRequest {
      model: string
      hyperparameters?: Hyperparameters
      suffix?: string | null @minLength(1) @maxLength(18)
    }
    object Job { id: string }
    endpoint createJob POST "/jobs" {
      body CreateJobRequest
      response Job
    }
    """

  @Test func hyperparametersDeprecated() throws {
    let new = Self.request.replacingOccurrences(
      of: "hyperparameters?: Hyperparameters\n",
      with: "hyperparameters?: Hyperparameters @deprecated(\"Use method.\")\n")
    expect(
      try diff(Self.request, new),
      [("CreateJobRequest.hyperparameters: deprecated: Use method.", "none", "none", "additive")],
      bump: .minor)
  }

  @Test func suffixLimitRaisedFrom18To64() throws {
    let new = Self.request.replacingOccurrences(of: "@maxLength(18)", with: "@maxLength(64)")
    expect(
      try diff(Self.request, new),
      [
        (
          "CreateJobRequest.suffix: constraint @maxLength loosened from at most 18 characters long to at most 64 characters long",
          "additive", "none", "none"
        )
      ], bump: .minor)
    let tightened = try diff(new, Self.request)
    #expect(verdicts(tightened).map(\.request) == ["breaking"])
  }

  @Test func computeMultiplierAddedToReinforcementHyperparameters() throws {
    let old = "object ReinforcementHyperparameters {\n  n_epochs?: \"auto\" | int\n}\n"
    let new =
      "object ReinforcementHyperparameters {\n  n_epochs?: \"auto\" | int\n  compute_multiplier?: \"auto\" | number @exclusiveMin(0.00001) @max(10)\n}\n"
    expect(
      try diff(old, new),
      [
        (
          "ReinforcementHyperparameters.compute_multiplier: optional field added", "additive",
          "additive", "additive"
        )
      ],
      bump: .minor)
  }

  static let multi = """
    object PythonGrader { type: "python"
      source: string }
    union NestedGrader by "type" { PythonGrader }
    object MultiGrader {
      type: "multi"
      graders: NestedGrader
    }
    """

  @Test func multiGraderGradersBecameANamedMap() throws {
    let new = Self.multi.replacingOccurrences(
      of: "graders: NestedGrader", with: "graders: [string: NestedGrader]")
    expect(
      try diff(Self.multi, new),
      [
        (
          "MultiGrader.graders: type changed from NestedGrader to [string: NestedGrader]",
          "breaking", "breaking", "breaking"
        )
      ],
      bump: .major)
  }

  @Test func multiGraderGradersAcceptingEveryShapeIsAdditiveForRequests() throws {
    let new =
      Self.multi.replacingOccurrences(of: "graders: NestedGrader", with: "graders: Graders")
      + "\nunion Graders {\n  single: NestedGrader\n  named: [string: NestedGrader]\n}\n"
    expect(
      try diff(Self.multi, new),
      [
        (
          "MultiGrader.graders: type changed from NestedGrader to Graders", "additive", "breaking",
          "breaking"
        ),
        ("Graders: type added", "none", "none", "additive"),
      ], bump: .major)
  }

  @Test func identicalSchemasHaveNoChange() throws {
    let report = try diff(Self.jobs, Self.jobs)
    #expect(report.changes.isEmpty)
    #expect(report.bump == .none)
    #expect(report.text == "No changes.\nSuggested version bump: none\n")
  }

  @Test func reorderingDeclarationsIsNoChange() throws {
    let reordered = """
      endpoint createJob POST "/jobs" {
        response Job
        body CreateJobRequest
      }
      object CreateJobRequest {
        model: string
      }
      object Job {
        status: Status
        id: string
      }
      enum Status { "running" "queued" }
      """
    #expect(try diff(Self.jobs, reordered).changes.isEmpty)
  }

  @Test func descriptionsAloneArePatch() throws {
    let report = try diff(
      Self.jobs,
      Self.jobs.replacingOccurrences(of: "object Job {", with: "/// A job.\nobject Job {"))
    #expect(verdicts(report).map(\.summary) == ["Job: description changed"])
    #expect(report.bump == .patch)
  }

  @Test func textReportGroupsByResourceAndEndsWithASummary() throws {
    let new = Self.jobs.replacingOccurrences(of: "\"running\" }", with: "\"running\" \"paused\" }")
    #expect(
      try diff(Self.jobs, new).text == """
        api
          api.schema:1:34: Status: value "paused" added
              wire request:  none     not sent in requests
              wire response: additive OLD clients keep the new value in .unknown and write it back
              Swift source:  breaking exhaustive switches over Status must handle .paused

        1 change: 0 breaking on the wire, 1 breaking in Swift source, 0 additive, 0 documentation only.
        Suggested version bump: major

        """)
  }

  @Test func jsonReportHasAStableShape() throws {
    let new = Self.jobs.replacingOccurrences(of: "\"running\" }", with: "\"running\" \"paused\" }")
    #expect(
      try diff(Self.jobs, new).json == """
        {
          "changes" : [
            {
              "location" : {
                "column" : 34,
                "file" : "api.schema",
                "line" : 1
              },
              "resource" : "api",
              "source" : {
                "reason" : "exhaustive switches over Status must handle .paused",
                "verdict" : "breaking"
              },
              "subject" : "Status",
              "summary" : "value \\"paused\\" added",
              "wire" : {
                "request" : {
                  "reason" : "not sent in requests",
                  "verdict" : "none"
                },
                "response" : {
                  "reason" : "OLD clients keep the new value in .unknown and write it back",
                  "verdict" : "additive"
                }
              }
            }
          ],
          "summary" : {
            "additive" : 0,
            "breakingInSource" : 1,
            "breakingOnTheWire" : 0,
            "bump" : "major",
            "changes" : 1,
            "documentationOnly" : 0
          }
        }

        """)
  }
}
