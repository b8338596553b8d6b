/// Accumulates lines of generated text with two-space indentation.
struct CodeWriter {
  /// The text so far, as UTF-8: appending bytes is cheaper than growing a `String`.
  private(set) var utf8: [UInt8] = []
  private var indentation = 0

  /// A writer for about `capacity` bytes, so that a file's text is not copied again each time
  /// it outgrows its buffer.
  init(capacity: Int = 0) {
    utf8.reserveCapacity(capacity)
  }

  /// The text written so far.
  var text: String { String(decoding: utf8, as: UTF8.self) }

  /// Writes one line. Anything in `line` that could start another line is escaped
  /// (``Swift/String/singleLine``), so text from a schema stays where it was put.
  @_disfavoredOverload
  mutating func line(_ line: String) {
    line.withUTF8Bytes { self.line(bytes: $0) }
  }

  /// Writes one line given as a literal, as ``line(_:)-(String)`` writes a string.
  mutating func line(_ line: CodeLine = "") {
    line.withUTF8 { self.line(bytes: $0) }
  }

  /// One line given as UTF-8: copied as it is when it is printable ASCII, the common case, and
  /// through ``Swift/String/singleLine`` otherwise.
  private mutating func line(bytes line: UnsafeBufferPointer<UInt8>) {
    if !line.isEmpty {
      indent()
      append(line)
    }
    utf8.append(UInt8(ascii: "\n"))
  }

  /// The current indentation: two spaces a level.
  private mutating func indent() {
    for _ in 0..<2 * indentation { utf8.append(UInt8(ascii: " ")) }
  }

  /// Text within a line, kept on it.
  private mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
    if String.isPrintableASCII(text) {
      utf8.append(contentsOf: text)
    } else {
      utf8.append(contentsOf: String(decoding: text, as: UTF8.self).singleLine.utf8)
    }
  }

  /// Writes `prefix`, then `parts` with `separator` between them, then `suffix`, as one line,
  /// each piece kept on it as ``line(_:)`` keeps a line, without building the joined text; an
  /// empty part is written as `empty`.
  mutating func line(
    joining parts: [String], separator: String, prefix: String = "", suffix: String = "",
    empty: String = ""
  ) {
    indent()
    prefix.withUTF8Bytes { append($0) }
    for (index, part) in parts.enumerated() {
      if index > 0 { separator.withUTF8Bytes { append($0) } }
      (part.isEmpty ? empty : part).withUTF8Bytes { append($0) }
    }
    suffix.withUTF8Bytes { append($0) }
    utf8.append(UInt8(ascii: "\n"))
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
      if docLine.isEmpty { line("///") } else { line("/// \(docLine)") }
    }
  }
}
