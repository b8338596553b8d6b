import Foundation
import SchemaGenCore
import SchemaGenFuzzing

// Long fuzz runs, from the package folder:
//   swift run -c release schemagen-fuzz schema --cases 100000 [--seed N]
//   swift run -c release schemagen-fuzz json --cases 100000 [--seed N]
//   swift run -c release schemagen-fuzz compile --cases 200 [--seed N]
// Prints progress and a summary; exits 1 when any case broke a promise, printing how to
// reproduce it.

let usage = """
  USAGE: schemagen-fuzz schema|json [--cases N] [--seed N]
         schemagen-fuzz compile [--random] [--cases N] [--seed N]
         schemagen-fuzz schema --write-case N <folder> [--seed N]

  schema: mutates the repository's schemas and runs parse, check and render on each.
  json:   mutates the fixtures' payloads and decodes, validates, encodes and decodes each again.
  compile: type-checks (swiftc, warnings as errors) the Swift of N accepted schema mutants,
           or with --random of N accepted schemas written at random from hard names.
  --write-case writes the files of one schema case, to reproduce it with schemagen check.
  Run from the package folder. Exit status 1 when any case fails.
  """

let arguments = Array(CommandLine.arguments.dropFirst())
guard let mode = arguments.first, ["schema", "json", "compile"].contains(mode) else {
  FileHandle.standardError.write(Data((usage + "\n").utf8))
  exit(64)
}
func option(_ name: String, default value: UInt64, in arguments: [String]) -> UInt64 {
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count,
    let number = UInt64(arguments[index + 1].replacingOccurrences(of: "_", with: ""))
  else { return value }
  return number
}
let cases = Int(option("--cases", default: 100_000, in: arguments))
let seed = option("--seed", default: 0x5EED, in: arguments)
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let start = ContinuousClock.now
let failures: [String]
if mode == "schema", let index = arguments.firstIndex(of: "--write-case"),
  index + 2 < arguments.count,
  let number = Int(arguments[index + 1])
{
  // Writes the files of one case, to reproduce it with `schemagen check <folder>`.
  let fuzzer = SchemaFuzzer(corpus: try FuzzCorpus.schemas(in: root), seed: seed)
  let folder = URL(fileURLWithPath: arguments[index + 2])
  for source in fuzzer.sources(ofCase: number) {
    let file = folder.appendingPathComponent(source.path)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(source.text.utf8).write(to: file)
  }
  print("wrote case \(number) of seed \(seed) to \(folder.path)")
  exit(0)
} else if mode == "compile" {
  let modules = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("Modules")
  let random = arguments.contains("--random")
  let sources: (Int) -> [SourceFile]
  if random {
    let schemas = RandomSchemas(seed: seed)
    sources = { schemas.sources(ofCase: $0) }
  } else {
    let fuzzer = SchemaFuzzer(corpus: try FuzzCorpus.schemas(in: root), seed: seed)
    sources = { fuzzer.sources(ofCase: $0) }
  }
  let result = try CompileCheck(sources: sources, seed: seed, modules: modules)
    .run(accepted: cases)
  print(
    "\(result.checked) accepted \(random ? "random schemas" : "mutants") (of \(result.tried) tried) type-checked: \(result.checked - result.failures.count) compile without warnings, \(result.failures.count) do not"
  )
  failures = result.failures
} else if mode == "schema" {
  let fuzzer = SchemaFuzzer(corpus: try FuzzCorpus.schemas(in: root), seed: seed)
  let report = fuzzer.run(cases: cases) { print("  \($0)") }
  print(report)
  failures = report.failures
} else {
  let payloads = try FuzzCorpus.payloads(
    in: root.appendingPathComponent("Tests/OpenAIFineTuningTests/Fixtures"))
  let report = JSONFuzzer(payloads: payloads, seed: seed).run(cases: cases) { print("  \($0)") }
  print(report)
  failures = report.failures
}
print("seed \(seed), \(ContinuousClock.now - start)")
for failure in failures.prefix(20) { print("FAIL: \(failure)") }
exit(failures.isEmpty ? 0 : 1)
