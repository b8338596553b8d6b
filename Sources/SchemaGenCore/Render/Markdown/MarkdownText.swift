/// Markdown building blocks shared by the reference pages.
enum MarkdownText {
  /// The anchor GitHub gives a heading: lowercase, punctuation removed, spaces as hyphens.
  static func anchor(_ heading: String) -> String {
    var slug = ""
    for character in heading.lowercased() {
      if character.isLetter || character.isNumber || character == "-" || character == "_" {
        slug.append(character)
      } else if character == " " {
        slug.append("-")
      }
    }
    return slug
  }

  /// Text for one table cell: one line, pipes escaped.
  static func cell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|")
  }

  /// Doc lines joined into one cell's text.
  static func cell(_ lines: [String]) -> String {
    cell(lines.map { $0.trimmingSpaces }.filter { !$0.isEmpty }.joined(separator: " "))
  }

  /// A table with a header row; every cell escaped by the caller.
  static func table(_ header: [String], _ rows: [[String]], into writer: inout CodeWriter) {
    writer.line("| " + header.joined(separator: " | ") + " |")
    writer.line("|" + header.map { _ in "---" }.joined(separator: "|") + "|")
    for row in rows {
      writer.line("| " + row.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |")
    }
  }

  static func code(_ text: String) -> String {
    text.contains("`") ? "`` \(text) ``" : "`\(text)`"
  }
}

extension String {
  fileprivate var trimmingSpaces: Substring {
    let start = firstIndex { $0 != " " } ?? endIndex
    let end = lastIndex { $0 != " " }.map { index(after: $0) } ?? start
    return self[start..<max(start, end)]
  }
}

extension JSONSyntax {
  /// The value as indented JSON, for example blocks.
  func pretty(indent: String = "") -> String {
    let inner = indent + "  "
    switch value {
    case .array(let elements) where !elements.isEmpty:
      return "[\n" + elements.map { inner + $0.pretty(indent: inner) }.joined(separator: ",\n")
        + "\n" + indent + "]"
    case .object(let members) where !members.isEmpty:
      return "{\n"
        + members.map { inner + "\"\($0.key.text)\": " + $0.value.pretty(indent: inner) }
        .joined(separator: ",\n") + "\n" + indent + "}"
    case .string(let string):
      return string.jsonLiteral
    default:
      return compactText
    }
  }
}
