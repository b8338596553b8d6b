import Foundation

extension SchemaDiffReport {
  /// Readable text: changes grouped by resource, each at its `file:line:column`, then a summary.
  public var text: String {
    var writer = CodeWriter()
    var resource: String?
    for change in changes {
      if change.resource != resource {
        if resource != nil { writer.line() }
        resource = change.resource
        writer.line(change.resource.isEmpty ? "(no resource)" : change.resource)
      }
      writer.indented { writer in
        writer.line("\(change.location): \(change.subject): \(change.summary)")
        writer.indented { writer in
          writer.indented { writer in
            writer.line("wire request:  " + Self.describe(change.request))
            writer.line("wire response: " + Self.describe(change.response))
            writer.line("Swift source:  " + Self.describe(change.source))
          }
        }
      }
    }
    if !changes.isEmpty { writer.line() }
    writer.line(summaryLine)
    writer.line("Suggested version bump: \(bump.rawValue)")
    return writer.text
  }

  public var summaryLine: String {
    guard !changes.isEmpty else { return "No changes." }
    return
      "\(changes.count) change\(changes.count == 1 ? "" : "s"): \(breakingOnTheWire) breaking on the wire, "
      + "\(breakingInSource) breaking in Swift source, \(additiveOnly) additive, \(documentationOnly) documentation only."
  }

  private static func describe(_ verdict: SchemaChange.Verdict) -> String {
    verdict.level.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + verdict.reason
  }

  /// The same as data; the shape is documented in the README and stays stable.
  public var json: String {
    let report = JSONReport(
      changes: changes.map { change in
        JSONReport.Change(
          resource: change.resource, subject: change.subject, summary: change.summary,
          location: .init(
            file: change.location.file, line: change.location.line, column: change.location.column),
          wire: .init(request: .init(change.request), response: .init(change.response)),
          source: .init(change.source))
      },
      summary: .init(
        changes: changes.count, breakingOnTheWire: breakingOnTheWire,
        breakingInSource: breakingInSource,
        additive: additiveOnly, documentationOnly: documentationOnly, bump: bump.rawValue))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(report)) ?? Data(), as: UTF8.self) + "\n"
  }
}

/// The JSON shape of `schemagen diff --format json`.
private struct JSONReport: Encodable {
  struct Location: Encodable {
    var file: String
    var line: Int
    var column: Int
  }

  struct Verdict: Encodable {
    var verdict: String
    var reason: String

    init(_ verdict: SchemaChange.Verdict) {
      self.verdict = verdict.level.rawValue
      self.reason = verdict.reason
    }
  }

  struct Wire: Encodable {
    var request: Verdict
    var response: Verdict
  }

  struct Change: Encodable {
    var resource: String
    var subject: String
    var summary: String
    var location: Location
    var wire: Wire
    var source: Verdict
  }

  struct Summary: Encodable {
    var changes: Int
    var breakingOnTheWire: Int
    var breakingInSource: Int
    var additive: Int
    var documentationOnly: Int
    var bump: String
  }

  var changes: [Change]
  var summary: Summary
}
