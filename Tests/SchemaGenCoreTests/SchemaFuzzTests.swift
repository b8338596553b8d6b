import Foundation
import SchemaGenCore
import SchemaGenFuzzing
import Testing

/// Mutates the repository's schemas and runs parse, check and render on each: no crash, each
/// case bounded in time, only well-formed `file:line:col` diagnostics inside their files, and
/// accepted schemas rendered without characters that could end a line or a literal. Seeded and
/// split in parts that run in parallel; `swift run -c release schemagen-fuzz schema --cases
/// 100000` runs it long, and `--write-case N <folder>` writes one case to reproduce it.
@Suite("Schema fuzzing")
struct SchemaFuzzTests {
  static let casesPerPart = 500

  @Test(arguments: 0..<4) func mutatedSchemasNeverCrashOrRunAway(part: Int) throws {
    let corpus = try FuzzCorpus.schemas(in: PackageFiles.root)
    #expect(corpus.count >= 10)
    let fuzzer = SchemaFuzzer(corpus: corpus, seed: 0x5C4E_3A00 + UInt64(part))
    let report = fuzzer.run(cases: Self.casesPerPart)
    print("schema fuzz part \(part): \(report)")
    #expect(report.failures.isEmpty, "\(report.failures.prefix(10).joined(separator: "\n"))")
    #expect(report.accepted > 0 && report.rejected > 0)
  }
}
