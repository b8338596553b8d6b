import Foundation
import OpenAIFineTuning

/// The benchmark's inputs: list pages built from the fixtures' jobs and events, each item with
/// an id of its own, several megabytes each.
enum Pages {
  static let fixtures = "Tests/OpenAIFineTuningTests/Fixtures/valid"

  /// A jobs page of `count` jobs, cycling through the fixtures' single jobs.
  static func jobs(count: Int) throws -> Data {
    let files = [
      "job-dpo-auto-and-numeric.json", "job-failed-with-error.json",
      "job-queued-supervised-epochs.json", "job-reinforcement-string-check.json",
      "job-wandb-metadata.json",
    ]
    let jobs = try files.map { try json("\(fixtures)/\($0)") }
    return try page((0..<count).map { index in withID(jobs[index % jobs.count], "ftjob-\(index)") })
  }

  /// An events page of `count` events, cycling through the fixtures' events.
  static func events(count: Int) throws -> Data {
    let list = try json("\(fixtures)/event-list-metrics-with-data.json")
    guard case .object(let members) = list, case .array(let events)? = members["data"] else {
      throw CocoaError(.fileReadCorruptFile)
    }
    return try page(
      (0..<count).map { index in withID(events[index % events.count], "ftevent-\(index)") })
  }

  private static func json(_ path: String) throws -> JSON {
    try JSONDecoder().decode(JSON.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
  }

  private static func withID(_ value: JSON, _ id: String) -> JSON {
    guard case .object(var members) = value else { return value }
    members["id"] = .string(id)
    return .object(members)
  }

  private static func page(_ items: [JSON]) throws -> Data {
    try JSONEncoder().encode(
      JSON.object(["object": "list", "data": .array(items), "has_more": .bool(true)]))
  }
}
