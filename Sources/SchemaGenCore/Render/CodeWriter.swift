/// Accumulates lines of generated text with two-space indentation.
struct CodeWriter {
  /// The text so far, as UTF-8: appending bytes is cheaper than growing a `String`.
  private var bytes: [UInt8] = []
  private var indentation = 0

  /// The text written so far.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// Writes one line. Anything in `line` that could start another line is escaped
  /// (``Swift/String/singleLine``), so text from a schema stays where it was put.
  mutating func line(_ line: String = "") {
    if !line.isEmpty {
      bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indentation))
      bytes.append(contentsOf: line.singleLine.utf8)
    }
    bytes.append(UInt8(ascii: "\n"))
  }

  /// Writes `prefix`, then `parts` with `separator` between them, then `suffix`, as one line,
  /// each piece kept on it as ``line(_:)`` keeps a line, without building the joined text.
  mutating func line(
    joining parts: [String], separator: String, prefix: String = "", suffix: String = ""
  ) {
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indentation))
    bytes.append(contentsOf: prefix.singleLine.utf8)
    for (index, part) in parts.enumerated() {
      if index > 0 { bytes.append(contentsOf: separator.singleLine.utf8) }
      bytes.append(contentsOf: part.singleLine.utf8)
    }
    bytes.append(contentsOf: suffix.singleLine.utf8)
    bytes.append(UInt8(ascii: "\n"))
  }

  /// Writes text made of several lines, such as an indented JSON example, line by line.
  mutating func lines(_ text: String) {
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      self.line(String(line))
    }
  }

  /// Writes `header {`, the body one level deeper, then `}`.
  mutating func block(_ header: String, _ body: (inout CodeWriter) -> Void) {
    line(header + " {")
    indentation += 1
    body(&self)
    indentation -= 1
    line("}")
  }

  mutating func indented(_ body: (inout CodeWriter) -> Void) {
    indentation += 1
    body(&self)
    indentation -= 1
  }

  /// Writes `///` lines; nothing when there are no lines.
  mutating func docs(_ lines: [String]) {
    for docLine in lines {
      line(docLine.isEmpty ? "///" : "/// " + docLine)
    }
  }
}
