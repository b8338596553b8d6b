import Foundation

/// The audit's findings for people and for tools.
public enum AuditReport {
  /// `3 differences from the spec.` or `No differences from the spec.`
  public static func summary(_ findings: [Diagnostic]) -> String {
    switch findings.count {
    case 0: "No differences from the spec."
    case 1: "1 difference from the spec."
    default: "\(findings.count) differences from the spec."
    }
  }

  /// `{"document": …, "findings": [{"file", "line", "column", "message", "pointer"}], "count"}`,
  /// keys sorted.
  public static func json(_ findings: [Diagnostic], document: String) -> String {
    let rows: [[String: Any]] = findings.map { finding in
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
    let report: [String: Any] = ["document": document, "findings": rows, "count": findings.count]
    let data = try! JSONSerialization.data(
      withJSONObject: report, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self)
  }
}
