import Foundation
import SchemaGenCore

/// The generator's speed: in process, as a whole process against start-up baselines, and on
/// synthetic schemas of 1,000 and 10,000 types.
enum GenerationBenchmark {
  static func run() async throws {
    let schemaFolder = "Schema"
    let names = try FileManager.default.contentsOfDirectory(atPath: schemaFolder).filter {
      $0.hasSuffix(".schema")
    }.sorted()
    let sources = try names.map {
      SourceFile(
        path: "\(schemaFolder)/\($0)",
        text: try String(contentsOfFile: "\(schemaFolder)/\($0)", encoding: .utf8))
    }
    var bytes = 0
    let coldStart = ContinuousClock.now
    bytes = generate(sources)
    let cold = ContinuousClock.now - coldStart
    let inProcess = time(runs: 50) { bytes = generate(sources) }
    print("Fine-tuning schema (\(sources.count) files, \(bytes) bytes of Swift and docs)")
    print("  in-process generate      \(format(inProcess))   (median of 50)")
    print("  in-process, first run    \(format(milliseconds(cold)))   (cold, as in one process)")

    let binaryFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let schemagen = binaryFolder.appendingPathComponent("schemagen").path
    let output = FileManager.default.temporaryDirectory.appendingPathComponent(
      "schemagen-benchmark"
    )
    .path
    if FileManager.default.isExecutableFile(atPath: schemagen) {
      // Each step adds one stage to the one before, so the differences are the stages' costs.
      let generate = ["generate", schemaFolder, "--output", output]
      // Enough rounds for the medians to hold within a few percent on a shared machine: with
      // 21, the ratios moved by 0.2x from one run of the benchmark to the next.
      let runs = 61
      let times = await timeInTurns(
        runs: runs,
        [
          Step { runProcess("/bin/true", []) },
          Step { runProcess(schemagen, ["--help"]) },
          Step { runProcess(schemagen, ["check", schemaFolder]) },
          Step { runProcess(schemagen, generate) },
          Step(setup: { try? FileManager.default.removeItem(atPath: output) }) {
            runProcess(schemagen, generate)
          },
        ])
      let (trueProcess, startup, check, inPlace, emptyFolder) = (
        times[0], times[1], times[2], times[3], times[4]
      )
      print("Whole process (median of \(runs), the steps taking turns)")
      print("  /bin/true                            \(format(trueProcess))")
      print("  schemagen --help                     \(format(startup))   start-up")
      print(
        "  schemagen check                      \(format(check))   + \(format(check - startup)) read, parse, check"
      )
      print(
        "  schemagen generate, output in place  \(format(inPlace))   + \(format(inPlace - check)) render, compare"
      )
      print(
        "  schemagen generate, empty folder     \(format(emptyFolder))   + \(format(emptyFolder - inPlace)) write"
      )
      print(
        String(
          format: "  generate / start-up: %.2fx in place, %.2fx into an empty folder",
          inPlace / startup, emptyFolder / startup))
    } else {
      print(
        "  whole process: build schemagen in the same configuration first (\(schemagen) not found)")
    }

    print("Synthetic schemas (every construct)")
    var perType: [Int: Double] = [:]
    for size in [1_000, 10_000] {
      let synthetic = SyntheticSchema.sources(types: size)
      let types = (size / SyntheticSchema.typesPerGroup) * SyntheticSchema.typesPerGroup
      let runs = size <= 1_000 ? 11 : 5
      let milliseconds = time(runs: runs) { bytes = generate(synthetic) }
      perType[size] = milliseconds / Double(types)
      print(
        "  \(String(size).padding(toLength: 6, withPad: " ", startingAt: 0)) types  \(format(milliseconds))   (\(bytes / 1024) KiB of Swift and docs, median of \(runs))"
      )
    }
    let large = SyntheticSchema.sources(types: 10_000)
    var checked: Schema?
    let checking = time(runs: 3) { checked = Pipeline.check(large).schema }
    let swiftOnly = time(runs: 3) { _ = Pipeline.render(checked!, [.swift]) }
    let docsOnly = time(runs: 3) { _ = Pipeline.render(checked!, [.docs]) }
    print(
      "  10,000 types by stage: parse + check \(format(checking)), Swift \(format(swiftOnly)), docs \(format(docsOnly))"
    )
    let growth = perType[10_000]! / perType[1_000]!
    print(String(format: "  10,000 / 1,000 types: %.2fx the time per type (1.00 = linear)", growth))
  }
}

func generate(_ sources: [SourceFile]) -> Int {
  let (files, diagnostics) = Pipeline.generate(sources)
  if !diagnostics.isEmpty {
    for diagnostic in diagnostics.prefix(10) { print(diagnostic) }
    fatalError("the benchmark's schema has errors")
  }
  return files.reduce(0) { $0 + $1.utf8.count }
}

/// Runs a program and waits for it, with `posix_spawn`: Foundation's `Process` adds tens of
/// milliseconds per launch on Linux, which would hide what is measured.
func runProcess(_ path: String, _ arguments: [String]) {
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  let argv = ([path] + arguments).map { strdup($0) } + [nil]
  defer { for argument in argv { free(argument) } }
  var pid = pid_t()
  guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else {
    fatalError("cannot start \(path)")
  }
  var status: Int32 = 0
  waitpid(pid, &status, 0)
  guard status == 0 else { fatalError("\(path) failed with status \(status)") }
}

func format(_ milliseconds: Double) -> String {
  String(format: "%8.2f ms", milliseconds)
}
