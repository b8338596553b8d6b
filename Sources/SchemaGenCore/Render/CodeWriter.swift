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

  mutating func line(_ line: String = "") {
    if !line.isEmpty {
      text += indents[indentation]
      text += line
    }
    text += "\n"
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
