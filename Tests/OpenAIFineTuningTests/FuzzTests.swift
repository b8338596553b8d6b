import Foundation
import OpenAIFineTuning
import SchemaGenFuzzing
import Testing

/// Mutates the fixtures' payloads (drop, duplicate, retype, truncate, deepen, edge values) and
/// decodes, validates, encodes and decodes each again: nothing may crash, every failure must be
/// a `DecodingError`, and every value that decodes must come back equal. Seeded, so a failure
/// reproduces; `swift run -c release schemagen-fuzz json --cases 100000` runs it long.
@Suite("Fuzzing")
struct FuzzTests {
  @Test func mutatedPayloadsNeverCrashAndRoundTrip() throws {
    let payloads = try FuzzCorpus.payloads(in: Fixture.root)
    #expect(
      payloads.count == Fixture.all(in: "valid").count + Fixture.all(in: "forward").count
        + Fixture.all(in: "spec-conflicts").count)
    let report = JSONFuzzer(payloads: payloads, seed: 0x5EED_F17E).run(cases: 20_000)
    print("fuzz: \(report)")
    #expect(report.failures.isEmpty, "\(report.failures.prefix(10).joined(separator: "\n"))")
    #expect(report.cases == 20_000)
    #expect(report.decoded > 1_000 && report.rejected > 1_000 && report.violations > 0)
  }
}
