import Foundation
import OpenAIFineTuning
import Testing

/// Every real payload in Fixtures/ against the generated types, one test case per file.
@Suite("Fixtures")
struct FixtureTests {
  static let valid = Fixture.all(in: "valid")
  static let forward = Fixture.all(in: "forward")
  static let specConflicts = Fixture.all(in: "spec-conflicts")
  static let invalid = Fixture.all(in: "invalid")

  @Test("Fixture index lists every payload, each with a type")
  func indexIsComplete() throws {
    for folder in ["valid", "invalid", "forward", "spec-conflicts"] {
      let files = try FileManager.default.contentsOfDirectory(
        atPath: Fixture.root.appendingPathComponent(folder).path
      ).filter { $0.hasSuffix(".json") }
      let listed = Fixture.all(in: folder)
      #expect(!listed.isEmpty)
      #expect(Set(files) == Set(listed.map(\.file)), "\(folder)/INDEX.tsv")
      for fixture in listed {
        #expect(PayloadType.byOpenAIName[fixture.schema] != nil, "no type for \(fixture.schema)")
      }
    }
    #expect(Set(Self.invalid.map(\.file)) == Set(Self.offendingPaths.keys))
  }

  @Test("Valid payloads decode, validate cleanly and re-encode to the same JSON", arguments: valid)
  func validPayload(_ fixture: Fixture) throws {
    let type = try #require(PayloadType.byOpenAIName[fixture.schema])
    let original = try fixture.data
    let value = try type.decode(original)
    #expect(value.violations() == [])
    #expect(try JSON(data: type.roundTrip(original)).comparable == JSON(data: original).comparable)
  }

  @Test(
    "Newer and spec-conflicting payloads decode and re-encode unchanged",
    arguments: forward + specConflicts)
  func roundTrip(_ fixture: Fixture) throws {
    let type = try #require(PayloadType.byOpenAIName[fixture.schema])
    let original = try fixture.data
    #expect(try JSON(data: type.roundTrip(original)).comparable == JSON(data: original).comparable)
  }

  @Test("Spec-conflicting payloads are valid", arguments: specConflicts)
  func specConflictIsValid(_ fixture: Fixture) throws {
    let type = try #require(PayloadType.byOpenAIName[fixture.schema])
    #expect(try type.decode(fixture.data).violations() == [])
  }

  @Test("Values a newer API sends are kept, and validation names them", arguments: forward)
  func forwardValuesAreReported(_ fixture: Fixture) throws {
    let type = try #require(PayloadType.byOpenAIName[fixture.schema])
    let expected = try #require(Self.forwardPaths[fixture.file])
    #expect(try type.decode(fixture.data).violations().map(\.path.description) == [expected])
  }

  @Test("Invalid payloads are rejected at the offending path", arguments: invalid)
  func invalidPayload(_ fixture: Fixture) throws {
    let type = try #require(PayloadType.byOpenAIName[fixture.schema])
    let expectedPath = try #require(Self.offendingPaths[fixture.file])
    switch fixture.failsAt {
    case "decode":
      let error = try #require(throws: DecodingError.self) { try type.decode(fixture.data) }
      #expect(error.jsonPath == expectedPath)
    case "validation":
      let value = try type.decode(fixture.data)
      #expect(value.violations().map(\.path.description) == [expectedPath])
      #expect(throws: ValidationError.self) { try value.validate() }
      // Rejected by validation, yet nothing of it is lost.
      let original = try fixture.data
      #expect(
        try JSON(data: type.roundTrip(original)).comparable == JSON(data: original).comparable)
    default:
      Issue.record("unknown stage \(fixture.failsAt ?? "none")")
    }
  }

  /// The one wrong thing of each invalid payload, from its INDEX.tsv row.
  static let offendingPaths: [String: String] = [
    "checkpoint-list-missing-has-more.json": "has_more",
    "checkpoint-permission-create-request-extra-property.json": "project_id",
    "create-job-batch-size-fractional.json": "method.supervised.hyperparameters.batch_size",
    "create-job-dpo-beta-too-large.json": "method.dpo.hyperparameters.beta",
    "create-job-lr-multiplier-zero.json":
      "method.supervised.hyperparameters.learning_rate_multiplier",
    "create-job-metadata-key-65-chars.json": "metadata." + String(repeating: "k", count: 65),
    "create-job-metadata-value-513-chars.json": "metadata.notes",
    "create-job-missing-training-file.json": "training_file",
    "create-job-n-epochs-negative.json": "method.supervised.hyperparameters.n_epochs",
    "create-job-rft-compute-multiplier-too-large.json":
      "method.reinforcement.hyperparameters.compute_multiplier",
    "create-job-seed-negative.json": "seed",
    "create-job-wandb-missing-project.json": "integrations[0].wandb.project",
    "event-missing-message.json": "message",
    "grader-label-model-passing-not-subset.json": "passing_labels[1]",
    "grader-score-model-max-completions-tokens-zero.json": "sampling_params.max_completions_tokens",
    "grader-string-check-missing-reference.json": "reference",
    "grader-wrong-discriminator.json": "grader.evaluation_metric",
    "job-missing-id.json": "id",
    "job-result-files-not-array.json": "result_files",
  ]

  /// Where validation reports the value a newer API sent.
  static let forwardPaths: [String: String] = [
    "event-level-new.json": "data[0].level",
    "job-integration-unknown-type.json": "integrations[1].type",
    "job-status-paused.json": "status",
  ]
}
