import Foundation

// The benchmarks. Times are medians; ratios compare figures of this same run, since machines
// are shared and noisy. Run from the package folder:
//   swift run -c release schemagen-benchmark            the generator's speed
//   swift run -c release schemagen-benchmark codable    generated types against synthesized
//                                                       Codable, decoding and encoding
// One Codable variant N times, for instruction counts (valgrind from the system's packages,
// e.g. `apt-get install valgrind`); --toggle-collect counts the runs alone:
//   SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --toggle-collect='*measuredRuns*' \
//     .build/release/schemagen-benchmark codable --run decode-jobs-generated 1
//   swift run -c release schemagen-benchmark client     the generated client's overhead per
//                                                       call against raw URLSession, on a
//                                                       server on loopback

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "codable": try CodableBenchmark.run(Array(arguments.dropFirst()))
case "client": try await ClientBenchmark.run()
default: try await GenerationBenchmark.run()
}
