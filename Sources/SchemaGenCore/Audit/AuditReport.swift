import Foundation

/// The audit's findings for people and for tools.
public enum AuditReport {
  /// Drift as warnings, then the recorded deviations as notes, then a summary line.
  public static func text(_ result: SchemaAudit.Result) -> String {
    var lines = (result.drift + result.staleDeviations).sorted { $0.location < $1.location }
      .map(\.description)
    for (finding, deviation) in result.deviations {
      lines.append(
        Diagnostic.singleLine(
          "\(finding.location): note: recorded deviation: \(finding.message); because \(deviation.reason)"
            + (deviation.evidence.map { " (evidence: \($0))" } ?? "")))
    }
    lines.append(summary(result))
    return lines.joined(separator: "\n")
  }

  /// `No drift from the spec; 4 recorded deviations.`
  public static func summary(_ result: SchemaAudit.Result) -> String {
    let drift = result.drift.count + result.staleDeviations.count
    let deviations = result.deviations.count
    return
      (drift == 0
      ? "No drift from the spec" : "\(drift) difference\(drift == 1 ? "" : "s") from the spec")
      + "; \(deviations) recorded deviation\(deviations == 1 ? "" : "s")."
  }

  /// `{"document", "drift": [...], "deviations": [...], "summary"}`, keys sorted. Each finding
  /// has `file`, `line`, `column`, `message` and `pointer`; each deviation also `reason` and
  /// `evidence`.
  public static func json(_ result: SchemaAudit.Result, document: String) -> String {
    let drift = (result.drift + result.staleDeviations).sorted { $0.location < $1.location }
      .map(row)
    let deviations = result.deviations.map { finding, deviation -> [String: Any] in
      var row = row(finding)
      row["reason"] = deviation.reason
      row["evidence"] = deviation.evidence ?? ""
      return row
    }
    let report: [String: Any] = [
      "document": document, "drift": drift, "deviations": deviations,
      "summary": ["drift": drift.count, "deviations": deviations.count],
    ]
    let data = try! JSONSerialization.data(
      withJSONObject: report, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self)
  }

  /// A finding as JSON, its message and the spec's pointer apart.
  private static func row(_ finding: Diagnostic) -> [String: Any] {
    var message = finding.message
    var pointer = ""
    if message.hasSuffix(")"), let range = message.range(of: " (spec: ", options: .backwards) {
      pointer = String(message[range.upperBound..<message.index(before: message.endIndex)])
      message = String(message[..<range.lowerBound])
    }
    return [
      "file": finding.location.file, "line": finding.location.line,
      "column": finding.location.column, "message": message, "pointer": pointer,
    ]
  }
}
