import Experiments
import Foundation
import OpenAIFineTuning
import Testing

@Suite struct ExperimentsTests {
  @Test func generatedTypesDecodeAndKeepUnknownValues() throws {
    let json = Data(
      #"""
      {"name": "n", "base_model": "o4-mini", "training_file": "f", "epochs": "auto",
       "priority": "urgent", "scoring": {"kind": "llm", "model": "gpt-5"}, "owner": "ml"}
      """#.utf8)
    let experiment = try JSONDecoder().decode(Experiment.self, from: json)
    #expect(experiment.epochs == .auto)
    #expect(experiment.priority == .unknown("urgent"))
    #expect(experiment.scoring == .unknown(["kind": "llm", "model": "gpt-5"]))
    #expect(experiment.additionalProperties == ["owner": "ml"])
    let again = try JSONDecoder().decode(Experiment.self, from: JSONEncoder().encode(experiment))
    #expect(again == experiment)
  }

  @Test func experimentsAndFineTuningTypesWorkTogether() throws {
    let experiment = Experiment(
      name: "n", baseModel: "o4-mini", trainingFile: "f", epochs: 3, priority: .high,
      scoring: .similarity(Similarity(reference: "r", metric: "bleu")))
    let method = FineTuningMethod.reinforcement(
      ReinforcementMethod(
        grader: .textSimilarity(
          TextSimilarityGrader(
            evaluationMetric: TextSimilarityMetric(rawValue: "bleu"), input: "i",
            name: experiment.name,
            reference: "r"))))
    #expect(
      method.reinforcement?.grader
        == .textSimilarity(
          TextSimilarityGrader(evaluationMetric: .bleu, input: "i", name: "n", reference: "r")))
    #expect(experiment.epochs == .value(3))
  }

  @Test func generatedValidatorsCheckTheSchemaConstraints() {
    let experiment = Experiment(
      name: "", baseModel: "o4-mini", trainingFile: "f", epochs: 51, priority: .unknown("urgent"),
      scoring: .exact(ExactMatch(reference: "r")))
    #expect(
      experiment.violations().map(\.description) == [
        "name: must be at least 1 character long (minLength), found \"\"",
        "epochs: must be at most 50 (max), found 51",
        "priority: must be one of: low, normal, high (knownValue), found \"urgent\"",
      ])
  }
}

/// Two schema files named `Models.schema` in different folders, beside a hand-written
/// `Experiments.swift` next to `Experiments.schema`: every generated file has a name of its own.
@Suite struct SameNamedSchemaTests {
  @Test func typesOfBothModelsSchemasAreGenerated() throws {
    let run = try JSONDecoder().decode(
      Run.self, from: Data(#"{"experiment": "n", "job_id": "ftjob-1"}"#.utf8))
    let result = EvalResult(jobId: run.jobId, score: 1.5)
    #expect(result.violations().map(\.description) == ["score: must be at most 1 (max), found 1.5"])
    #expect(Experiment.sampleTemplate == "{{sample.output_text}}")
  }
}

/// The build-tool plugin gives the schema's endpoint a client method.
@Suite struct ExperimentClientTests {
  @Test func theSchemasEndpointHasAClientMethod() async throws {
    let client = APIClient(
      baseURL: URL(string: "http://127.0.0.1:9/registry")!, transport: URLSessionTransport(),
      retryPolicy: .none, timeout: .seconds(10))
    let request = try client.request(for: GetExperimentEndpoint(name: "rft 1/2"))
    #expect(request.method == .get)
    #expect(request.url.absoluteString == "http://127.0.0.1:9/registry/experiments/rft%201%2F2")
    // Nothing listens on the discard port of loopback: the call reaches the network and fails
    // as a connection error, not as anything the client made up.
    await #expect(throws: ClientError.self) {
      _ = try await client.getExperiment(name: "rft")
    }
  }
}
