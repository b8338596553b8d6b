import Foundation
import SchemaGenCore

/// Runs parse, check and render on mutated schemas and checks what must hold for any input:
/// no crash (a crash ends the run), every case finished in bounded time, every diagnostic one
/// well-formed `file:line:col` line inside its file, and every accepted schema rendered to text
/// without characters that could end a line or a literal, the same on a second run.
public struct SchemaFuzzer {
  public struct Report: Sendable, CustomStringConvertible {
    public var cases = 0
    public var accepted = 0
    public var rejected = 0
    public var diagnostics = 0
    public var slowest: Duration = .zero
    public var slowestCase = 0
    /// Each broken promise, with the case number and seed that reproduce it.
    public var failures: [String] = []

    public var description: String {
      "\(cases) mutated schemas: \(accepted) accepted and generated, \(rejected) rejected with \(diagnostics) diagnostics; slowest case \(slowest) (#\(slowestCase)); \(failures.count) failures"
    }
  }

  public let corpus: [SourceFile]
  public let seed: UInt64
  /// A case that takes longer than this is a failure.
  public let timeLimit: Duration

  public init(corpus: [SourceFile], seed: UInt64, timeLimit: Duration = .seconds(2)) {
    self.corpus = corpus
    self.seed = seed
    self.timeLimit = timeLimit
  }

  /// Runs `count` cases; case `n` always mutates the same way for the same seed and corpus.
  public func run(cases count: Int, progress: ((Report) -> Void)? = nil) -> Report {
    var report = Report()
    for number in 0..<count {
      let sources = sources(ofCase: number)
      let start = ContinuousClock.now
      let (files, diagnostics) = Pipeline.generate(sources)
      let elapsed = ContinuousClock.now - start
      report.cases += 1
      if elapsed > report.slowest { (report.slowest, report.slowestCase) = (elapsed, number) }
      if elapsed > timeLimit {
        report.failures.append("case \(number) (seed \(seed)): took \(elapsed)")
      }
      let problems = Self.problems(in: diagnostics, of: sources) + Self.problems(in: files)
      if diagnostics.contains(where: { $0.severity == .error }) {
        report.rejected += 1
        report.diagnostics += diagnostics.count
      } else {
        report.accepted += 1
        if number % 16 == 0, Pipeline.generate(sources).files != files {
          report.failures.append("case \(number) (seed \(seed)): a second run differs")
        }
      }
      for problem in problems {
        report.failures.append("case \(number) (seed \(seed)): \(problem)")
      }
      if number % 1_000 == 999 { progress?(report) }
    }
    return report
  }

  /// The schema files of case `number`: one file of the corpus mutated, alone or, in one case
  /// of eight, with the rest of the corpus, so that references across files resolve and more
  /// mutants are accepted and rendered.
  public func sources(ofCase number: Int) -> [SourceFile] {
    var random = SplitMix64(seed: seed &+ UInt64(number) &* 0x9E37_79B9)
    let target = random.next(below: corpus.count)
    var sources = random.next(below: 8) == 0 ? corpus : [corpus[target]]
    let index = sources.firstIndex { $0.path == corpus[target].path } ?? 0
    sources[index].text = SchemaMutator().mutate(
      sources[index].text, donor: random.element(of: corpus).text, using: &random)
    return sources
  }

  /// Diagnostics that are not one `path:line:col: severity: message` line inside their file.
  public static func problems(in diagnostics: [Diagnostic], of sources: [SourceFile]) -> [String] {
    let lineCounts = Dictionary(
      sources.map { ($0.path, $0.text.utf8.count + 1) }, uniquingKeysWith: { first, _ in first })
    var problems: [String] = []
    for diagnostic in diagnostics {
      for line in diagnostic.description.split(separator: "\n", omittingEmptySubsequences: false) {
        if !isWellFormed(line, paths: Set(lineCounts.keys)) {
          problems.append("malformed diagnostic: \(line)")
        }
      }
      let locations = [diagnostic.location] + diagnostic.notes.compactMap(\.location)
      for location in locations {
        guard let limit = lineCounts[location.file] else {
          problems.append("diagnostic in an unknown file: \(diagnostic)")
          continue
        }
        if location.line < 1 || location.column < 1 || location.line > limit {
          problems.append("diagnostic outside its file: \(diagnostic)")
        }
      }
      if diagnostic.message.isEmpty {
        problems.append("empty diagnostic at \(diagnostic.location)")
      }
    }
    return problems
  }

  /// `path:line:col: error: message` or `...: note: ...`, with no control characters.
  private static func isWellFormed(_ line: Substring, paths: Set<String>) -> Bool {
    guard line.unicodeScalars.allSatisfy({ $0 == "\t" || ($0.value >= 0x20 && $0.value != 0x7F) })
    else {
      return false
    }
    for path in paths where line.hasPrefix(path + ":") {
      let rest = line.dropFirst(path.count + 1)
      let parts = rest.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
      guard parts.count == 4, Int(parts[0]) != nil, Int(parts[1]) != nil,
        parts[2] == " error" || parts[2] == " note", parts[3].count > 1
      else { continue }
      return true
    }
    return false
  }

  /// Generated files that hold a character that could end a line, a comment or a literal.
  public static func problems(in files: [GeneratedFile]) -> [String] {
    files.compactMap { file in
      let unsafe = file.contents.unicodeScalars.first {
        $0 != "\n" && $0 != "\t"
          && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value)
            || [0x2028, 0x2029, 0x202E, 0xFEFF].contains($0.value))
      }
      return unsafe.map { "\(file.path) holds U+\(String($0.value, radix: 16, uppercase: true))" }
    }
  }
}
