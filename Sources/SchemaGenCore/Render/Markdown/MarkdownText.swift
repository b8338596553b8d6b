/// Markdown building blocks shared by the reference pages.
enum MarkdownText {
  /// The anchor GitHub gives a heading: lowercase, punctuation removed, spaces as hyphens.
  static func anchor(_ heading: String) -> String {
    if !heading.utf8.contains(where: { $0 >= 0x80 }) {
      // Written straight into the string's storage: none at all for up to 15 bytes.
      return String(unsafeUninitializedCapacity: heading.utf8.count) { slug in
        var count = 0
        for byte in heading.utf8 {
          switch byte {
          case UInt8(ascii: "A")...UInt8(ascii: "Z"): slug[count] = byte + 32
          case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "_"):
            slug[count] = byte
          case UInt8(ascii: " "): slug[count] = UInt8(ascii: "-")
          default: continue
          }
          count += 1
        }
        return count
      }
    }
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
    guard text.containsByte(UInt8(ascii: "|")) else { return text }
    var cell: [UInt8] = []
    text.withUTF8Bytes { append($0[...], escapingPipesTo: &cell) }
    return String(decoding: cell, as: UTF8.self)
  }

  /// Doc lines joined into one cell's text: each without its leading and trailing spaces, the
  /// blank ones left out, pipes escaped; one pass over the bytes.
  static func cell(_ lines: [String]) -> String {
    var cell: [UInt8] = []
    for line in lines {
      line.withUTF8Bytes { line in
        var text = line[...]
        while text.first == UInt8(ascii: " ") { text.removeFirst() }
        while text.last == UInt8(ascii: " ") { text.removeLast() }
        guard !text.isEmpty else { return }
        if !cell.isEmpty { cell.append(UInt8(ascii: " ")) }
        append(text, escapingPipesTo: &cell)
      }
    }
    return String(decoding: cell, as: UTF8.self)
  }

  private static func append(
    _ text: Slice<UnsafeBufferPointer<UInt8>>, escapingPipesTo cell: inout [UInt8]
  ) {
    var rest = text
    while let pipe = rest.firstIndex(of: UInt8(ascii: "|")) {
      cell.append(contentsOf: rest[..<pipe])
      cell.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "|")])
      rest = rest[(pipe + 1)...]
    }
    cell.append(contentsOf: rest)
  }

  /// A table with a header row; every cell escaped by the caller.
  static func table(_ header: [String], _ rows: [[String]], into writer: inout CodeWriter) {
    writer.line(joining: header, separator: " | ", prefix: "| ", suffix: " |")
    writer.line("|" + header.map { _ in "---" }.joined(separator: "|") + "|")
    for row in rows {
      writer.line(joining: row, separator: " | ", prefix: "| ", suffix: " |", empty: " ")
    }
  }

  static func code(_ text: String) -> String {
    text.containsByte(UInt8(ascii: "`")) ? "`` \(text) ``" : "`\(text)`"
  }
}

extension String {
  /// Whether the UTF-8 of the string holds `byte`: a scan of its bytes in memory, where the
  /// `utf8` view steps through indices.
  fileprivate func containsByte(_ byte: UInt8) -> Bool {
    withUTF8Bytes { $0.contains(byte) }
  }
}

extension JSONSyntax {
  /// Writes the value as indented JSON, for example blocks, a line at a time.
  func pretty(into writer: inout CodeWriter) {
    var line = ""
    pretty(into: &writer, continuing: &line)
    writer.line(line)
  }

  /// Appends the value to `line`, the line being written; a value of several lines writes all
  /// but its last, which it leaves in `line`.
  private func pretty(into writer: inout CodeWriter, continuing line: inout String) {
    switch value {
    case .array(let elements) where !elements.isEmpty:
      line += "["
      writer.line(line)
      line = ""
      writer.indented { writer in
        for (index, element) in elements.enumerated() {
          element.pretty(into: &writer, continuing: &line)
          if index < elements.count - 1 { line += "," }
          writer.line(line)
          line = ""
        }
      }
      line = "]"
    case .object(let members) where !members.isEmpty:
      line += "{"
      writer.line(line)
      line = ""
      writer.indented { writer in
        for (index, member) in members.enumerated() {
          line = member.key.text.jsonLiteral + ": "
          member.value.pretty(into: &writer, continuing: &line)
          if index < members.count - 1 { line += "," }
          writer.line(line)
          line = ""
        }
      }
      line = "}"
    case .string(let string):
      line += string.jsonLiteral
    default:
      line += compactText
    }
  }
}
