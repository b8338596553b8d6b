import Foundation
import SchemaGenCore
import Testing

/// `Generated/` must be exactly what the generator makes from `Schema/` now.
@Suite("Generated is current")
struct GeneratedIsCurrentTests {
  static let updateCommand = "swift run schemagen generate Schema --output Generated"

  @Test func generatedMatchesSchemaByteForByte() throws {
    let (files, diagnostics) = Pipeline.generate(try PackageFiles.schemaSources())
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
    #expect(!files.isEmpty)
    for file in files {
      let path = "Generated/\(file.path)"
      guard let committed = PackageFiles.text(path) else {
        Issue.record("\(path) is missing. Update it with: \(Self.updateCommand)")
        continue
      }
      if committed != file.contents {
        Issue.record(
          """
          \(path) differs from what Schema/ generates (- committed, + generated):
          \(LineDiff.render(expected: committed, actual: file.contents))

          Update Generated/ with: \(Self.updateCommand)
          """)
      }
    }
    let stale = Set(
      PackageFiles.files(in: "Generated/Swift") + PackageFiles.files(in: "Generated/Docs")
    )
    .subtracting(files.map { "Generated/\($0.path)" })
    #expect(stale.isEmpty, "stale generated files; remove them with: \(Self.updateCommand)")
  }

  @Test func twoRunsGiveIdenticalBytes() throws {
    let sources = try PackageFiles.schemaSources()
    let first = Pipeline.generate(sources).files
    let second = Pipeline.generate(sources.reversed()).files
    #expect(first == second)
  }

  @Test func schemaCoversTheWholeAPI() throws {
    let (schema, _) = Pipeline.check(try PackageFiles.schemaSources())
    let model = try #require(schema)
    #expect(
      model.files.map(\.resource.title) == [
        "Alpha graders", "Checkpoints", "Errors", "Events", "Graders", "Jobs", "Methods",
        "Webhooks",
      ])
    #expect(
      Set(model.endpoints.map(\.name)) == [
        "createJob", "listJobs", "retrieveJob", "listJobEvents", "cancelJob", "pauseJob",
        "resumeJob", "listJobCheckpoints", "runGrader", "validateGrader",
        "listCheckpointPermissions", "createCheckpointPermission", "deleteCheckpointPermission",
      ])
    for grader in [
      "StringCheckGrader", "TextSimilarityGrader", "PythonGrader", "ScoreModelGrader",
      "LabelModelGrader", "MultiGrader",
    ] {
      #expect(model[type: grader] != nil, "missing \(grader)")
    }
    #expect(model.files.allSatisfy { !$0.examples.isEmpty }, "every resource has an example")
  }
}
