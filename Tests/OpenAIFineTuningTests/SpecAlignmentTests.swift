import Foundation
import OpenAIFineTuning
import Testing

/// The six cases where `Schema/` had fallen behind OpenAI's published spec (2026-08-21) or its
/// own examples, each as the spec and the evidence say (issue 11). `schemagen audit Schema
/// --openapi ../shared/openai-openapi/openapi.json` reports no drift.
@Suite("Spec alignment")
struct SpecAlignmentTests {
  private func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
    try JSONDecoder().decode(Value.self, from: Data(json.utf8))
  }

  private func fixture(_ path: String) throws -> JSON {
    try JSON(data: Data(contentsOf: Fixture.root.appendingPathComponent(path)))
  }

  @Test func reasoningEffortMaxIsKnown() throws {
    let grader = try decode(
      ScoreModelGrader.self,
      #"{"type": "score_model", "name": "s", "model": "o3", "input": [], "sampling_params": {"reasoning_effort": "max"}}"#
    )
    #expect(grader.samplingParams?.reasoningEffort == .max)
    #expect(grader.violations().isEmpty)
  }

  @Test func aJobHoldsAtMostFiveIntegrations() throws {
    var job = try #require(
      try JSONDecoder().decode(
        ListPaginatedFineTuningJobsResponse.self,
        from: Data(contentsOf: Fixture.root.appendingPathComponent("valid/job-list-page.json"))
      ).data.first)
    let integration = FineTuningIntegration.wandb(
      WandbIntegration(wandb: WandbSettings(project: "p")))
    job.integrations = Array(repeating: integration, count: 6)
    #expect(
      job.violations().map(\.description) == [
        "integrations: must be at most 5 items (maxItems), found 6 items"
      ])
    var request = CreateFineTuningJobRequest(model: "o4-mini", trainingFile: "file-abc")
    request.integrations = Array(repeating: integration, count: 6)
    #expect(request.violations().map(\.rule) == ["maxItems"])
  }

  @Test func aRunGraderItemIsAnObject() throws {
    let request =
      #"{"grader": {"type": "string_check", "name": "n", "input": "a", "reference": "b", "operation": "eq"}, "model_sample": "x", "item": "#
    #expect(throws: DecodingError.self) { try decode(RunGraderRequest.self, request + #""text"}"#) }
    #expect(try decode(RunGraderRequest.self, request + #"{"label": "b"}}"#).item == ["label": "b"])
  }

  @Test func tokenUsageDecodesAsTheSpecSaysAndAsItsExampleSends() throws {
    var response = try fixture("valid/run-grader-response.json")
    guard case .object(var members) = response, case .object(var metadata)? = members["metadata"]
    else {
      Issue.record("valid/run-grader-response.json is not an object with metadata")
      return
    }
    for (usage, expected) in [
      (JSON.integer(324), GraderTokenUsage.total(324)),
      (
        JSON.object([
          "prompt_tokens": 190, "total_tokens": 324, "completion_tokens": 134, "cached_tokens": 0,
        ]),
        GraderTokenUsage.counts(
          GraderTokenCounts(
            promptTokens: 190, completionTokens: 134, totalTokens: 324, cachedTokens: 0))
      ),
    ] {
      metadata["token_usage"] = usage
      members["metadata"] = .object(metadata)
      response = .object(members)
      let decoded = try JSONDecoder().decode(
        RunGraderResponse.self, from: JSONEncoder().encode(response))
      #expect(decoded.metadata.tokenUsage == expected)
      #expect(try JSON(data: JSONEncoder().encode(decoded)) == response)
    }
  }

  @Test func aMultiGraderWithoutANameAsTheRFTGuideWritesIt() throws {
    let grader = try decode(
      MultiGrader.self,
      #"{"type": "multi", "graders": {"exact": {"type": "string_check", "name": "exact", "input": "{{sample.output_text}}", "reference": "{{item.label}}", "operation": "eq"}}, "calculate_output": "exact"}"#
    )
    #expect(grader.name == nil)
    #expect(grader.violations().isEmpty)
  }

  @Test func theStatusCreatedOf2023JobsIsKnown() throws {
    #expect(FineTuningJobStatus(rawValue: "created") == .created)
    #expect(FineTuningJobStatus.created.violations().isEmpty)
  }
}
