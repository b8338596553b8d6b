import Foundation
import OpenAIFineTuning
import Testing

@Suite("Validation")
struct ValidationTests {
  @Test func oneCallReportsEveryViolationWithItsPath() throws {
    var request = CreateFineTuningJobRequest(model: "o4-mini", trainingFile: "file-abc")
    request.suffix = ""
    request.seed = -1
    request.metadata = ["team": String(repeating: "x", count: 600)]
    request.method = .reinforcement(
      ReinforcementMethod(
        grader: .scoreModel(
          ScoreModelGrader(
            input: [EvalItem(content: .text("Score it"), role: .user)], model: "gpt-5-mini",
            name: "score", range: [1, 0],
            samplingParams: ScoreModelSamplingParams(maxCompletionsTokens: 0))),
        hyperparameters: ReinforcementHyperparameters(
          computeMultiplier: 11, nEpochs: 51, reasoningEffort: .unknown("extreme"))))
    let error = try #require(throws: ValidationError.self) { try request.validate() }
    #expect(
      error.description == """
        8 validation errors:
          - suffix: must be at least 1 character long (minLength), found ""
          - seed: must be at least 0 (min), found -1
          - method.reinforcement.grader.range[1]: must be numbers in increasing order (increasing), found 0 after 1
          - method.reinforcement.grader.sampling_params.max_completions_tokens: must be at least 1 (min), found 0
          - method.reinforcement.hyperparameters.compute_multiplier: must be at most 10 (max), found 11
          - method.reinforcement.hyperparameters.n_epochs: must be at most 50 (max), found 51
          - method.reinforcement.hyperparameters.reasoning_effort: must be one of: default, low, medium, high (knownValue), found "extreme"
          - metadata.team: must be a value of at most 512 characters (maxValueLength), found "xxxxxxxxxxxxxxxxxxxx…" (600 characters)
        """)
    #expect(request.violations().count == 8)
  }

  @Test func validValuesHaveNoViolations() throws {
    let hyperparameters = DpoHyperparameters(
      batchSize: 256, beta: 2, learningRateMultiplier: 0.1, nEpochs: .auto)
    #expect(hyperparameters.violations().isEmpty)
    try hyperparameters.validate()
  }

  @Test func boundsAreExclusiveWhereTheDocsSaySo() {
    #expect(DpoHyperparameters(beta: 0).violations().map(\.rule) == ["exclusiveMin"])
    #expect(DpoHyperparameters(beta: 2.0000001).violations().map(\.rule) == ["max"])
    #expect(
      ReinforcementHyperparameters(computeMultiplier: 0.00001).violations().map(\.description) == [
        "compute_multiplier: must be greater than 0.00001 (exclusiveMin), found 0.00001"
      ])
  }

  @Test func unknownUnionVariantIsReported() throws {
    let grader = try JSONDecoder().decode(
      Grader.self, from: Data(#"{"type": "endpoint", "name": "remote"}"#.utf8))
    #expect(
      grader.violations().map(\.description) == [
        "type: must be one of: string_check, text_similarity, python, score_model, multi (knownVariant), found type \"endpoint\""
      ])
  }

  @Test func closedObjectReportsUndeclaredProperties() throws {
    let request = CreateFineTuningCheckpointPermissionRequest(
      projectIds: ["proj_1"], additionalProperties: ["project_id": "proj_1"])
    #expect(
      request.violations().map(\.description) == [
        "project_id: must be absent: this object allows no undeclared properties (noAdditionalProperties), found a property \"project_id\""
      ])
  }

  @Test func nestedGradersOfEveryShapeAreValidated() {
    let bad = NestedGrader.labelModel(
      LabelModelGrader(input: [], labels: ["a"], model: "m", name: "l", passingLabels: ["b"]))
    for (shape, path) in [
      (MultiGraderGraders.single(bad), "graders.passing_labels[0]"),
      (.list([bad]), "graders[0].passing_labels[0]"),
      (.named(["sentiment": bad]), "graders.sentiment.passing_labels[0]"),
    ] {
      let multi = MultiGrader(calculateOutput: "x", graders: shape, name: "m")
      #expect(multi.violations().map(\.path.description) == [path])
    }
  }
}
