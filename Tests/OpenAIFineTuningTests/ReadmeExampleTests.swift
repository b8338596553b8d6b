import Foundation
import OpenAIFineTuning
import Testing

/// The README's first example, as written there, so the README stays true.
@Suite("README example")
struct ReadmeExampleTests {
  @Test func readmeExampleBuildsAValidRequestAndReadsAJob() throws {
    var request = CreateFineTuningJobRequest(model: "o4-mini", trainingFile: "file-abc")
    request.method = .reinforcement(
      ReinforcementMethod(
        grader: .multi(
          MultiGrader(
            calculateOutput: "0.5 * exact + 0.5 * similar",
            graders: .named([
              "exact": .stringCheck(
                StringCheckGrader(
                  input: "{{sample.output_text}}", name: "exact", operation: .eq,
                  reference: "{{item.label}}")),
              "similar": .textSimilarity(
                TextSimilarityGrader(
                  evaluationMetric: .fuzzyMatch, input: "{{sample.output_text}}", name: "similar",
                  reference: "{{item.label}}")),
            ]),
            name: "combo")),
        hyperparameters: ReinforcementHyperparameters(nEpochs: 3, reasoningEffort: .medium)))
    let body = try JSONEncoder().encode(request)
    try request.validate()

    let responseData = try Data(
      contentsOf: Fixture.root.appendingPathComponent("forward/job-status-paused.json"))
    let job = try JSONDecoder().decode(FineTuningJob.self, from: responseData)
    var seen = ""
    switch job.status {
    case .succeeded: seen = job.fineTunedModel ?? ""
    case .unknown(let status): seen = "unknown \(status)"
    default: break
    }
    #expect(seen == "unknown paused")
    let sent = try JSON(data: body).object["method"]
    #expect(sent?.object["type"] == "reinforcement")
  }
}
