/// Splits a schema file into tokens. Works on UTF-8 bytes; `//` comments are skipped,
/// `///` doc comments are kept as tokens so the parser can attach them.
struct Lexer {
  private let bytes: [UInt8]
  private let file: String
  private var index = 0
  private var line = 1
  private var lineStart = 0
  private(set) var diagnostics = Diagnostics()

  init(file: String, text: String) {
    self.file = file
    self.bytes = Array(text.utf8)
  }

  private var location: SourceLocation {
    SourceLocation(file: file, line: line, column: index - lineStart + 1)
  }

  private func peek(_ offset: Int = 0) -> UInt8? {
    index + offset < bytes.count ? bytes[index + offset] : nil
  }

  /// Consumes a line break: `\n`, `\r\n` or a lone `\r` (old Mac files) each end a line.
  private mutating func lineBreak() {
    if peek() == UInt8(ascii: "\r"), peek(1) == UInt8(ascii: "\n") { index += 1 }
    index += 1
    line += 1
    lineStart = index
  }

  private func isLineBreak(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
  }

  /// The next token of the file; at its end, `endOfFile`.
  mutating func next() -> Token {
    while let byte = peek() {
      switch byte {
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        lineBreak()
        continue
      case UInt8(ascii: " "), UInt8(ascii: "\t"):
        index += 1
        continue
      default:
        break
      }
      let start = location
      switch byte {
      case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
        if peek(2) == UInt8(ascii: "/") {
          index += 3
          if peek() == UInt8(ascii: " ") { index += 1 }
          return Token(kind: .doc, text: restOfLine(), location: start)
        }
        _ = restOfLine()
      case UInt8(ascii: "\""):
        return string(at: start)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        return number(at: start)
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "_"):
        let begin = index
        while let next = peek(), next.isIdentifierByte { index += 1 }
        return Token(kind: .identifier, text: text(from: begin), location: start)
      default:
        if let (kind, text) = Lexer.punctuation(byte) {
          index += 1
          return Token(kind: kind, text: text, location: start)
        }
        diagnostics.error(
          "unexpected character \(unexpectedCharacter()); expected a declaration, a type or a value",
          at: start)
      }
    }
    return Token(kind: .endOfFile, text: "", location: location)
  }

  /// The token a punctuation byte is, if it is one, with its text as a literal: one of the
  /// commonest tokens costs no string of its own.
  private static func punctuation(_ byte: UInt8) -> (Token.Kind, String)? {
    switch byte {
    case UInt8(ascii: "{"): (.leftBrace, "{")
    case UInt8(ascii: "}"): (.rightBrace, "}")
    case UInt8(ascii: "["): (.leftBracket, "[")
    case UInt8(ascii: "]"): (.rightBracket, "]")
    case UInt8(ascii: "("): (.leftParen, "(")
    case UInt8(ascii: ")"): (.rightParen, ")")
    case UInt8(ascii: ":"): (.colon, ":")
    case UInt8(ascii: ","): (.comma, ",")
    case UInt8(ascii: "|"): (.pipe, "|")
    case UInt8(ascii: "?"): (.question, "?")
    case UInt8(ascii: "="): (.equals, "=")
    case UInt8(ascii: "@"): (.at, "@")
    default: nil
    }
  }

  /// Skips the character at `index` (all bytes of a non-ASCII one) and names it for a message.
  private mutating func unexpectedCharacter() -> String {
    let begin = index
    index += 1
    while let byte = peek(), byte & 0xC0 == 0x80 { index += 1 }
    let scalars = String(decoding: bytes[begin..<index], as: UTF8.self).unicodeScalars
    guard let scalar = scalars.first, !scalar.isUnsafeInSource else {
      return "U+" + String(scalars.first?.value ?? 0, radix: 16, uppercase: true)
    }
    return "'\(scalar)'"
  }

  private func text(from begin: Int) -> String {
    String(decoding: bytes[begin..<index], as: UTF8.self)
  }

  private mutating func restOfLine() -> String {
    let begin = index
    while let byte = peek(), !isLineBreak(byte) { index += 1 }
    var end = index
    while end > begin, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
    return String(decoding: bytes[begin..<end], as: UTF8.self)
  }

  private mutating func number(at start: SourceLocation) -> Token {
    let begin = index
    if peek() == UInt8(ascii: "-") { index += 1 }
    var sawDigit = false
    while let byte = peek(), byte.isDigit {
      index += 1
      sawDigit = true
    }
    if peek() == UInt8(ascii: "."), let after = peek(1), after.isDigit {
      index += 1
      while let byte = peek(), byte.isDigit { index += 1 }
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      index += 1
      if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
      while let byte = peek(), byte.isDigit { index += 1 }
    }
    while let byte = peek(), byte.isIdentifierByte || byte == UInt8(ascii: ".") { index += 1 }
    let lexeme = text(from: begin)
    if !sawDigit {
      diagnostics.error("expected a digit after '-'", at: start)
    } else if let problem = NumberLiteral.problem(lexeme) {
      diagnostics.error(problem, at: start)
    }
    return Token(kind: .number, text: lexeme, location: start)
  }

  private mutating func string(at start: SourceLocation) -> Token {
    index += 1
    var text = ""
    var chunkStart = index
    func flush(_ lexer: Lexer) {
      text += String(decoding: lexer.bytes[chunkStart..<lexer.index], as: UTF8.self)
    }
    while let byte = peek() {
      switch byte {
      case UInt8(ascii: "\""):
        flush(self)
        index += 1
        return Token(kind: .string, text: text, location: start)
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        flush(self)
        diagnostics.error(
          "unterminated string; expected '\"' before the end of the line", at: start)
        return Token(kind: .string, text: text, location: start)
      case 0x00..<0x20 where byte != UInt8(ascii: "\t"):
        flush(self)
        diagnostics.error(
          "control character U+\(byte.hex4) in a string; write it as the escape \\u\(byte.hex4)",
          at: location)
        index += 1
        chunkStart = index
      case UInt8(ascii: "\\"):
        flush(self)
        let escapeLocation = location
        index += 1
        let escaped = StringEscape.read(bytes, at: &index)
        switch escaped {
        case .scalar(let scalar):
          text.unicodeScalars.append(scalar)
        case .unknown, .missingHexDigits:
          if case .unknown = escaped, let next = peek(), !isLineBreak(next) { index += 1 }
          diagnostics.error(
            "invalid escape sequence in string; expected one of \\\" \\\\ \\/ \\n \\t \\r \\b \\f \\uXXXX",
            at: escapeLocation)
        case .loneSurrogate:
          diagnostics.error(
            "half of a UTF-16 surrogate pair in string; write the character, or both halves as \\uD8XX\\uDCXX",
            at: escapeLocation)
        }
        chunkStart = index
      default:
        index += 1
      }
    }
    flush(self)
    diagnostics.error("unterminated string; expected '\"' before the end of the file", at: start)
    return Token(kind: .string, text: text, location: start)
  }

}

extension UInt8 {
  /// `000A` for a line feed.
  fileprivate var hex4: String {
    let hex = String(self, radix: 16, uppercase: true)
    return String(repeating: "0", count: 4 - hex.count) + hex
  }

  fileprivate var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
  fileprivate var isIdentifierByte: Bool {
    isDigit || (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z"))
      || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z")) || self == UInt8(ascii: "_")
  }
}
