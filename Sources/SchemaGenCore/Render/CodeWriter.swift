/// Accumulates lines of generated text with two-space indentation.
struct CodeWriter {
  private(set) var text = ""
  private var indentation = 0 {
    didSet {
      while indents.count <= indentation { indents.append(indents.last! + "  ") }
    }
  }
  /// Indentation strings by depth, made once.
  private var indents = [""]

  /// Writes one line. Anything in `line` that could start another line is escaped
  /// (``Swift/String/singleLine``), so text from a schema stays where it was put.
  mutating func line(_ line: String = "") {
    if !line.isEmpty {
      text += indents[indentation]
      text += line.singleLine
    }
    text += "\n"
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
