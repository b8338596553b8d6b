import Foundation
import OpenAIFineTuning

/// Decoding and encoding speed of the generated types against hand-written structs with
/// synthesized Codable (Baseline.swift), on the same pages (Pages.swift).
enum CodableBenchmark {
  struct Variant {
    var name: String
    var bytes: Int
    var body: () throws -> Void
  }

  /// `[]` prints every variant's median; `["--run", variant, N]` runs one variant N times, for
  /// instruction counts with callgrind.
  static func run(_ arguments: [String]) throws {
    let jobsPage = try Pages.jobs(count: 2_000)
    let eventsPage = try Pages.events(count: 20_000)
    let all = try variants(jobsPage: jobsPage, eventsPage: eventsPage)
    if arguments.first == "--run" {
      guard arguments.count == 3, let variant = all.first(where: { $0.name == arguments[1] }),
        let count = Int(arguments[2])
      else {
        print(
          "USAGE: schemagen-benchmark codable --run <variant> <times>; variants: \(all.map(\.name).joined(separator: ", "))"
        )
        exit(64)
      }
      try measuredRuns(variant.body, times: count)
      return
    }
    print(
      "Pages: jobs \(jobsPage.count / 1024) KiB (2,000 jobs), events \(eventsPage.count / 1024) KiB (20,000 events)"
    )
    var times: [String: Double] = [:]
    for variant in all {
      let milliseconds = try time(runs: 11, variant.body)
      times[variant.name] = milliseconds
      let megabytesPerSecond = Double(variant.bytes) / 1_048_576 / (milliseconds / 1e3)
      // Padded in Swift: Foundation on Linux ignores the width of `%@`.
      let name = variant.name.padding(toLength: 26, withPad: " ", startingAt: 0)
      print(
        "  \(name)"
          + String(format: "%9.2f ms  %7.1f MB/s  (median of 11)", milliseconds, megabytesPerSecond)
      )
    }
    for name in ["decode-jobs", "decode-events", "encode-jobs", "encode-events"] {
      let ratio = times["\(name)-generated"]! / times["\(name)-synthesized"]!
      print(
        String(format: "  %@: generated / synthesized = %.2fx (wall time)", name as NSString, ratio)
      )
    }
    try printOutputSizes(jobsPage: jobsPage, eventsPage: eventsPage)
  }

  /// What each encoder writes: the generated types write back the explicit nulls and the
  /// undeclared members they decoded, which synthesized `Codable` drops, so encoding them writes
  /// more for the same page.
  private static func printOutputSizes(jobsPage: Data, eventsPage: Data) throws {
    let decoder = JSONDecoder()
    let encoder = JSONEncoder()
    let outputs = [
      (
        "encode-jobs", jobsPage.count,
        try encoder.encode(
          decoder.decode(ListPaginatedFineTuningJobsResponse.self, from: jobsPage)),
        try encoder.encode(decoder.decode(BaselineJobsPage.self, from: jobsPage))
      ),
      (
        "encode-events", eventsPage.count,
        try encoder.encode(decoder.decode(ListFineTuningJobEventsResponse.self, from: eventsPage)),
        try encoder.encode(decoder.decode(BaselineEventsPage.self, from: eventsPage))
      ),
    ]
    for (name, input, generated, synthesized) in outputs {
      print(
        "  \(name): of a \(input)-byte page, generated writes \(generated.count) bytes, synthesized \(synthesized.count)"
      )
    }
  }

  /// Runs `body` `times` times; a function of its own, so that callgrind can count it alone.
  @inline(never)
  static func measuredRuns(_ body: () throws -> Void, times: Int) rethrows {
    for _ in 0..<times { try body() }
  }

  private static func variants(jobsPage: Data, eventsPage: Data) throws -> [Variant] {
    let decoder = JSONDecoder()
    let encoder = JSONEncoder()
    let jobs = try decoder.decode(ListPaginatedFineTuningJobsResponse.self, from: jobsPage)
    let baselineJobs = try decoder.decode(BaselineJobsPage.self, from: jobsPage)
    let events = try decoder.decode(ListFineTuningJobEventsResponse.self, from: eventsPage)
    let baselineEvents = try decoder.decode(BaselineEventsPage.self, from: eventsPage)
    return [
      Variant(name: "decode-jobs-generated", bytes: jobsPage.count) {
        _ = try decoder.decode(ListPaginatedFineTuningJobsResponse.self, from: jobsPage)
      },
      Variant(name: "decode-jobs-synthesized", bytes: jobsPage.count) {
        _ = try decoder.decode(BaselineJobsPage.self, from: jobsPage)
      },
      Variant(name: "decode-events-generated", bytes: eventsPage.count) {
        _ = try decoder.decode(ListFineTuningJobEventsResponse.self, from: eventsPage)
      },
      Variant(name: "decode-events-synthesized", bytes: eventsPage.count) {
        _ = try decoder.decode(BaselineEventsPage.self, from: eventsPage)
      },
      Variant(name: "encode-jobs-generated", bytes: jobsPage.count) {
        _ = try encoder.encode(jobs)
      },
      Variant(name: "encode-jobs-synthesized", bytes: jobsPage.count) {
        _ = try encoder.encode(baselineJobs)
      },
      Variant(name: "encode-events-generated", bytes: eventsPage.count) {
        _ = try encoder.encode(events)
      },
      Variant(name: "encode-events-synthesized", bytes: eventsPage.count) {
        _ = try encoder.encode(baselineEvents)
      },
    ]
  }
}
