import Foundation
import OpenAIFineTuning
import Testing

/// Every real payload in Fixtures/ against the generated types, one test case per file.
@Suite("Fixtures")
struct FixtureTests {
  static func described(_ fixture: Fixture) -> Bool {
    !PayloadType.outsideTheSeeds.contains(fixture.schema)
  }
  static let mustRoundTrip =
    (Fixture.all(in: "valid") + Fixture.all(in: "forward") + Fixture.all(in: "spec-conflicts"))
    .filter(described)
  static let invalid = Fixture.all(in: "invalid").filter(described)

  @Test("Fixture index lists every payload, each with a known schema")
  func indexIsComplete() throws {
    for folder in ["valid", "invalid", "forward", "spec-conflicts"] {
      let files = try FileManager.default.contentsOfDirectory(
        atPath: Fixture.root.appendingPathComponent(folder).path
      ).filter { $0.hasSuffix(".json") }
      let listed = Fixture.all(in: folder)
      #expect(Set(files) == Set(listed.map(\.file)), "\(folder)/INDEX.tsv")
      for fixture in listed {
        #expect(
          PayloadType.byOpenAIName[fixture.schema] != nil
            || PayloadType.outsideTheSeeds.contains(fixture.schema),
          "no type for \(fixture.schema)")
      }
    }
    #expect(Self.mustRoundTrip.count == 31)
  }

  @Test("Decodes and re-encodes to the same JSON value", arguments: mustRoundTrip)
  func roundTrip(_ fixture: Fixture) throws {
    let original = try fixture.data
    let roundTrip = try #require(PayloadType.byOpenAIName[fixture.schema])
    let encoded = try roundTrip(original)
    #expect(try JSON(data: encoded).comparable == JSON(data: original).comparable)
  }

  @Test(
    "Decoding fails with a DecodingError at the offending path",
    arguments: invalid.filter { $0.failsAt == "decode" })
  func decodingFails(_ fixture: Fixture) throws {
    let roundTrip = try #require(PayloadType.byOpenAIName[fixture.schema])
    let expectedPath = try #require(Self.offendingPaths[fixture.file], "no expected path")
    let error = try #require(throws: DecodingError.self) { try roundTrip(fixture.data) }
    #expect(error.jsonPath == expectedPath)
  }

  /// Payloads that break a validation rule still decode (validation reports them) and lose nothing.
  @Test(
    "Payloads invalid only by validation rules decode losslessly",
    arguments: invalid.filter { $0.failsAt == "validation" })
  func validationFailuresDecode(_ fixture: Fixture) throws {
    let roundTrip = try #require(PayloadType.byOpenAIName[fixture.schema])
    let original = try fixture.data
    #expect(try JSON(data: roundTrip(original)).comparable == JSON(data: original).comparable)
  }

  /// The one wrong thing of each decode-stage invalid payload, from its INDEX.tsv row.
  static let offendingPaths: [String: String] = [
    "checkpoint-list-missing-has-more.json": "has_more",
    "create-job-batch-size-fractional.json": "method.supervised.hyperparameters.batch_size",
    "create-job-missing-training-file.json": "training_file",
    "create-job-wandb-missing-project.json": "integrations[0].wandb.project",
    "event-missing-message.json": "message",
    "grader-string-check-missing-reference.json": "reference",
    "grader-wrong-discriminator.json": "grader.evaluation_metric",
    "job-missing-id.json": "id",
    "job-result-files-not-array.json": "result_files",
  ]
}
