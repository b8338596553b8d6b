import Foundation
import OpenAIFineTuning
import Testing

/// What a newer API sends is kept, visible, and written back.
@Suite("Forward compatibility")
struct ForwardCompatibilityTests {
  private func fixture(_ path: String) throws -> Data {
    try Data(contentsOf: Fixture.root.appendingPathComponent(path))
  }

  @Test func unknownJobStatusIsKept() throws {
    let job = try JSONDecoder().decode(
      FineTuningJob.self, from: fixture("forward/job-status-paused.json"))
    #expect(job.status == .unknown("paused"))
    #expect(job.status.rawValue == "paused")
    #expect(!FineTuningJobStatus.knownCases.contains(job.status))
  }

  @Test func unknownEventLevelIsKept() throws {
    let page = try JSONDecoder().decode(
      ListFineTuningJobEventsResponse.self, from: fixture("forward/event-level-new.json"))
    #expect(page.data.map(\.level) == [.unknown("debug"), .info])
  }

  @Test func unknownIntegrationKeepsItsJSON() throws {
    let job = try JSONDecoder().decode(
      FineTuningJob.self, from: fixture("forward/job-integration-unknown-type.json"))
    let integrations = try #require(job.integrations)
    guard case .wandb(let wandb) = integrations[0] else {
      Issue.record("expected the W&B integration first")
      return
    }
    #expect(wandb.wandb.project == "my-wandb-project")
    #expect(
      integrations[1] == .unknown(["type": "mlflow", "mlflow": ["experiment": "ft-experiments"]]))
  }

  @Test func undeclaredPropertiesAreKept() throws {
    let job = try JSONDecoder().decode(
      FineTuningJob.self, from: fixture("valid/job-queued-supervised-epochs.json"))
    #expect(job.additionalProperties["shared_with_openai"] == false)
    #expect(job.additionalProperties["user_provided_suffix"] == .null)
  }

  @Test func undeclaredNamesDifferingOnlyInCaseAreKept() throws {
    let data = Data(
      #"{"type": "wandb", "wandb": {"project": "p", "Project": "q", "name": null}, "Type": 1}"#
        .utf8)
    let integration = try JSONDecoder().decode(WandbIntegration.self, from: data)
    #expect(integration.wandb.project == "p")
    #expect(integration.wandb.additionalProperties == ["Project": "q"])
    #expect(integration.additionalProperties == ["Type": 1])
    let again = try JSON(data: JSONEncoder().encode(integration))
    #expect(try again == JSON(data: data))
  }

  @Test func enumPropertiesReadTheirRawString() throws {
    let data = try fixture("valid/job-queued-supervised-epochs.json")
    var object = try JSON(data: data).object
    object["status"] = 7
    let error = try #require(throws: DecodingError.self) {
      try JSONDecoder().decode(FineTuningJob.self, from: JSONEncoder().encode(JSON.object(object)))
    }
    guard case .typeMismatch = error else {
      Issue.record("expected a type mismatch, got \(error)")
      return
    }
    #expect(error.jsonPath == "status")
  }

  @Test func absentAndNullStayApart() throws {
    let absent = try JSONDecoder().decode(
      FineTuningJob.self, from: fixture("spec-conflicts/job-retrieve-missing-error.json"))
    let null = try JSONDecoder().decode(
      FineTuningJob.self, from: fixture("valid/job-dpo-auto-and-numeric.json"))
    #expect(absent.error == nil && null.error == nil)
    #expect(try JSON(data: JSONEncoder().encode(absent)).object["error"] == nil)
    #expect(try JSON(data: JSONEncoder().encode(null)).object["error"] == .null)
  }

  @Test func multiGraderKeepsTheShapeThatCame() throws {
    let named = try JSONDecoder().decode(
      MultiGrader.self, from: fixture("spec-conflicts/grader-multi-named-map.json"))
    guard case .named(let graders) = named.graders,
      case .stringCheck(let grader)? = graders["compliant"]
    else {
      Issue.record("expected a map of named graders, got \(named.graders)")
      return
    }
    #expect(grader.reference == "{{item.compliant}}")

    let single = try JSONDecoder().decode(
      MultiGrader.self, from: fixture("valid/grader-multi-nested.json"))
    guard case .single(.labelModel(let labelModel)) = single.graders else {
      Issue.record("expected a single label model grader, got \(single.graders)")
      return
    }
    #expect(labelModel.passingLabels == ["positive", "neutral"])

    let list = MultiGrader(
      calculateOutput: "a", graders: .list([.python(PythonGrader(name: "a", source: "x"))]),
      name: "m")
    let decoded = try JSONDecoder().decode(MultiGrader.self, from: JSONEncoder().encode(list))
    #expect(decoded == list)
  }

  @Test func autoUnionsRejectOtherStrings() throws {
    let data = Data(#"{"n_epochs": "many"}"#.utf8)
    let error = try #require(throws: DecodingError.self) {
      try JSONDecoder().decode(SupervisedHyperparameters.self, from: data)
    }
    #expect(error.jsonPath == "n_epochs")
    let hyperparameters = try JSONDecoder().decode(
      SupervisedHyperparameters.self, from: Data(#"{"n_epochs": 3, "batch_size": "auto"}"#.utf8))
    #expect(hyperparameters.nEpochs == 3)
    #expect(hyperparameters.batchSize == .auto)
  }

  @Test func constantTagIsCheckedAndWritten() throws {
    let grader = StringCheckGrader(input: "a", name: "n", operation: .eq, reference: "b")
    let json = try JSON(data: JSONEncoder().encode(grader))
    #expect(json.object["type"] == "string_check")
    let wrong = Data(
      #"{"type": "python", "input": "a", "name": "n", "operation": "eq", "reference": "b"}"#.utf8)
    let error = try #require(throws: DecodingError.self) {
      try JSONDecoder().decode(StringCheckGrader.self, from: wrong)
    }
    #expect(error.jsonPath == "type")
  }
}

extension JSON {
  var object: [String: JSON] {
    if case .object(let members) = self { return members }
    return [:]
  }
}

@Suite("Building requests")
struct RequestTests {
  @Test func reinforcementRequestEncodesAsTheAPIExpects() throws {
    var request = CreateFineTuningJobRequest(model: "o4-mini", trainingFile: "file-abc")
    request.method = .reinforcement(
      ReinforcementMethod(
        grader: .multi(
          MultiGrader(
            calculateOutput: "0.5 * a + 0.5 * b",
            graders: .named([
              "a": .stringCheck(
                StringCheckGrader(
                  input: "{{sample.output_text}}", name: "a", operation: .eq, reference: "x")),
              "b": .labelModel(
                LabelModelGrader(
                  input: [EvalItem(content: .text("Classify"), role: .developer)],
                  labels: ["good", "bad"],
                  model: "gpt-4o", name: "b", passingLabels: ["good"])),
            ]), name: "combo")),
        hyperparameters: ReinforcementHyperparameters(nEpochs: .auto, reasoningEffort: .medium)))
    let json = try JSON(data: JSONEncoder().encode(request))
    let expected: JSON = [
      "model": "o4-mini", "training_file": "file-abc",
      "method": [
        "type": "reinforcement",
        "reinforcement": [
          "grader": [
            "type": "multi", "name": "combo", "calculate_output": "0.5 * a + 0.5 * b",
            "graders": [
              "a": [
                "type": "string_check", "name": "a", "input": "{{sample.output_text}}",
                "operation": "eq",
                "reference": "x",
              ],
              "b": [
                "type": "label_model", "name": "b", "model": "gpt-4o", "labels": ["good", "bad"],
                "passing_labels": ["good"],
                "input": [["type": "message", "role": "developer", "content": "Classify"]],
              ],
            ],
          ],
          "hyperparameters": ["n_epochs": "auto", "reasoning_effort": "medium"],
        ],
      ],
    ]
    #expect(json == expected)
  }
}
