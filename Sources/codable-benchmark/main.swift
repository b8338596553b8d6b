import Foundation
import OpenAIFineTuning

// Decoding and encoding speed of the generated types against hand-written structs with
// synthesized Codable (Baseline.swift), on the same pages. From the package folder:
//   swift run -c release codable-benchmark
// One variant N times, for instruction counts (valgrind from the system's packages, e.g.
// `apt-get install valgrind`); --toggle-collect counts the runs alone, not the page building:
//   valgrind --tool=callgrind --toggle-collect='*measuredRuns*' \
//     .build/release/codable-benchmark --run decode-jobs-generated 5

let jobsPage = try Pages.jobs(count: 2_000)
let eventsPage = try Pages.events(count: 20_000)

struct Variant {
  var name: String
  var bytes: Int
  var body: () throws -> Void
}

func variants() throws -> [Variant] {
  let jobs = try JSONDecoder().decode(ListPaginatedFineTuningJobsResponse.self, from: jobsPage)
  let baselineJobs = try JSONDecoder().decode(BaselineJobsPage.self, from: jobsPage)
  let events = try JSONDecoder().decode(ListFineTuningJobEventsResponse.self, from: eventsPage)
  let baselineEvents = try JSONDecoder().decode(BaselineEventsPage.self, from: eventsPage)
  let decoder = JSONDecoder()
  let encoder = JSONEncoder()
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
    Variant(name: "encode-jobs-generated", bytes: jobsPage.count) { _ = try encoder.encode(jobs) },
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

/// Runs `body` `times` times; a function of its own, so that callgrind can count it alone.
@inline(never)
func measuredRuns(_ body: () throws -> Void, times: Int) rethrows {
  for _ in 0..<times { try body() }
}

func median(_ body: () throws -> Void, runs: Int) rethrows -> Double {
  try body()
  var samples: [Double] = []
  for _ in 0..<runs {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    samples.append(
      Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15)
  }
  return samples.sorted()[samples.count / 2]
}

let arguments = Array(CommandLine.arguments.dropFirst())
let all = try variants()
if arguments.first == "--run" {
  guard arguments.count == 3, let variant = all.first(where: { $0.name == arguments[1] }),
    let count = Int(arguments[2])
  else {
    print(
      "USAGE: codable-benchmark --run <variant> <times>; variants: \(all.map(\.name).joined(separator: ", "))"
    )
    exit(64)
  }
  try measuredRuns(variant.body, times: count)
  exit(0)
}

print(
  "Pages: jobs \(jobsPage.count / 1024) KiB (2,000 jobs), events \(eventsPage.count / 1024) KiB (20,000 events)"
)
var times: [String: Double] = [:]
for variant in all {
  let milliseconds = try median(variant.body, runs: 11)
  times[variant.name] = milliseconds
  let megabytesPerSecond = Double(variant.bytes) / 1_048_576 / (milliseconds / 1e3)
  print(
    String(
      format: "  %-26@ %9.2f ms  %7.1f MB/s  (median of 11)", variant.name as NSString,
      milliseconds, megabytesPerSecond))
}
for name in ["decode-jobs", "decode-events", "encode-jobs", "encode-events"] {
  let ratio = times["\(name)-generated"]! / times["\(name)-synthesized"]!
  print(
    String(format: "  %@: generated / synthesized = %.2fx (wall time)", name as NSString, ratio))
}
