import Foundation
import SchemaGenCore

enum DiffCommand {
  static let help = """
    OVERVIEW: Lists the changes between two versions of a schema and says which break users.

    USAGE: schemagen diff <old-schema> <new-schema> [options]
           schemagen diff --against <git-revision> [<schema-folder>] [options]

    ARGUMENTS:
      <old-schema> <new-schema>   Schema folders (or files) to compare.
      <schema-folder>             With --against: the folder to compare (default: Schema).

    OPTIONS:
      --against <revision>        Compare the schema folder at a git revision (OLD) with the
                                  working tree (NEW), e.g. --against HEAD or --against v1.2.0.
      --format text|json          Output format (default: text).
      --fail-on wire|source|any|none
                                  Exit with status 1 when a change breaks the wire, Swift
                                  source, either (default: any), or never.

    Each change gets three verdicts (breaking, additive or none): requests and responses on the
    wire, and Swift source; then a summary and a suggested version bump.
    """

  enum FailOn: String {
    case wire, source, any, none
  }

  static func run(_ arguments: [String]) -> ExitStatus {
    runCommand(arguments, help: help) {
      let parsed = try Arguments(arguments, options: ["--against", "--format", "--fail-on"])
      let format = parsed.options["--format"] ?? "text"
      guard ["text", "json"].contains(format) else {
        throw UsageError("'--format' takes 'text' or 'json', not '\(format)'")
      }
      let failOnText = parsed.options["--fail-on"] ?? "any"
      guard let failOn = FailOn(rawValue: failOnText) else {
        throw UsageError("'--fail-on' takes wire, source, any or none, not '\(failOnText)'")
      }
      let (oldSources, newSources) = try sources(parsed)
      let (old, oldDiagnostics) = Pipeline.check(oldSources)
      let (new, newDiagnostics) = Pipeline.check(newSources)
      let oldFailed = SchemaFiles.report(oldDiagnostics)
      let newFailed = SchemaFiles.report(newDiagnostics)
      guard let old, let new, !oldFailed, !newFailed else { return .failure }
      let report = SchemaDiff.compare(old: old, new: new)
      print(format == "json" ? report.json : report.text, terminator: "")
      let breaks: Bool
      switch failOn {
      case .wire: breaks = report.breakingOnTheWire > 0
      case .source: breaks = report.breakingInSource > 0
      case .any: breaks = report.breakingOnTheWire + report.breakingInSource > 0
      case .none: breaks = false
      }
      return breaks ? .failure : .success
    }
  }

  private static func sources(_ parsed: Arguments) throws -> (old: [SourceFile], new: [SourceFile])
  {
    if let revision = parsed.options["--against"] {
      guard parsed.positional.count <= 1 else {
        throw UsageError("with --against, give at most one schema folder")
      }
      let folder = parsed.positional.first ?? "Schema"
      return (try GitRevision(revision).schemaFiles(in: folder), try SchemaFiles.read([folder]))
    }
    guard parsed.positional.count == 2 else {
      throw UsageError("expected an old and a new schema folder")
    }
    return (
      try SchemaFiles.read([parsed.positional[0]]), try SchemaFiles.read([parsed.positional[1]])
    )
  }
}

/// Reads schema files as they were at a git revision, with paths such as `HEAD:Schema/Jobs.schema`.
struct GitRevision {
  let revision: String

  init(_ revision: String) { self.revision = revision }

  func schemaFiles(in folder: String) throws -> [SourceFile] {
    let listing = try git(["ls-tree", "-r", "--name-only", revision, "--", folder])
    let paths = listing.split(separator: "\n").map(String.init).filter { $0.hasSuffix(".schema") }
      .sorted()
    guard !paths.isEmpty else {
      throw UsageError("no .schema files in '\(folder)' at revision '\(revision)'")
    }
    return try paths.map { path in
      SourceFile(path: "\(revision):\(path)", text: try git(["show", "\(revision):./\(path)"]))
    }
  }

  private func git(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw UsageError(
        "git \(arguments.joined(separator: " ")) failed: "
          + String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      )
    }
    return String(decoding: data, as: UTF8.self)
  }
}
