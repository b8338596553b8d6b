import Foundation
import SchemaGenCore

/// What the fuzzers start from: the repository's own schemas and payloads.
public enum FuzzCorpus {
  /// The schema folders of the repository: the fine-tuning API, the example's schema and the
  /// torture schema.
  public static let schemaFolders = [
    "Schema", "Examples/ExperimentPlanner/Sources/Experiments", "Tests/TortureSchema",
  ]

  /// The fixture folders whose payloads decode.
  public static let payloadFolders = ["valid", "forward", "spec-conflicts"]

  /// Every `.schema` file under the schema folders of the repository at `root`.
  public static func schemas(in root: URL) throws -> [SourceFile] {
    try schemaFolders.flatMap { folder -> [SourceFile] in
      let directory = root.appendingPathComponent(folder)
      let paths = try FileManager.default.subpathsOfDirectory(atPath: directory.path)
        .filter { $0.hasSuffix(".schema") }.sorted()
      return try paths.map { path in
        SourceFile(
          path: "\(folder)/\(path)",
          text: try String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8))
      }
    }
  }

  /// The payloads listed in the `INDEX.tsv` of each payload folder under `fixtures`, with the
  /// type that decodes each.
  public static func payloads(in fixtures: URL) throws -> [JSONFuzzer.Payload] {
    try payloadFolders.flatMap { folder -> [JSONFuzzer.Payload] in
      let index = try String(
        contentsOf: fixtures.appendingPathComponent("\(folder)/INDEX.tsv"), encoding: .utf8)
      return try index.split(separator: "\n").dropFirst().compactMap { row in
        let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
        guard columns.count > 1, let type = PayloadType.byOpenAIName[String(columns[1])] else {
          return nil
        }
        let name = "\(folder)/\(columns[0])"
        return JSONFuzzer.Payload(
          name: name, data: try Data(contentsOf: fixtures.appendingPathComponent(name)), type: type)
      }
    }
  }
}
