import Foundation
import SchemaGenCore
import SchemaGenFuzzing

/// Compiles the Swift of accepted schemas (mutants or random ones): every schema `check`
/// accepts must generate Swift that compiles, without warnings, against SchemaRuntime.
struct CompileCheck {
  /// The schema files of case `n`.
  let sources: (Int) -> [SourceFile]
  let seed: UInt64
  /// The folder that holds `SchemaRuntime.swiftmodule`: the build folder of this executable.
  let modules: URL

  /// Tries cases in order until `count` were accepted and type-checked; returns the failures.
  func run(accepted count: Int) throws -> (checked: Int, tried: Int, failures: [String]) {
    var checked = 0
    var number = 0
    var failures: [String] = []
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("schemagen-fuzz-compile-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    while checked < count {
      let (files, diagnostics) = Pipeline.generate(sources(number), [.swift])
      defer { number += 1 }
      guard diagnostics.isEmpty else { continue }
      try? FileManager.default.removeItem(at: folder)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      var paths: [String] = []
      for file in files {
        let url = folder.appendingPathComponent(URL(fileURLWithPath: file.path).lastPathComponent)
        try Data(file.utf8).write(to: url)
        paths.append(url.path)
      }
      let (status, output) = try swiftc(
        ["-typecheck", "-warnings-as-errors", "-swift-version", "6", "-I", modules.path] + paths)
      checked += 1
      if status != 0 {
        failures.append(
          "case \(number) (seed \(seed)): generated Swift does not compile:\n"
            + output.split(separator: "\n").prefix(6).joined(separator: "\n"))
      }
      if checked % 25 == 0 {
        print("  \(checked) accepted schemas type-checked, \(failures.count) failures")
      }
    }
    return (checked, number, failures)
  }

  private func swiftc(_ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["swiftc"] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }
}
