import SchemaRuntime

/// Reads a JSON document (an OpenAPI document, several megabytes) into ``JSON`` in one pass over
/// its UTF-8 bytes: integers, fractions and booleans kept apart, nesting bounded, and the line
/// and column of the first problem in the error.
struct JSONReader {
  struct Failure: Error, Equatable, CustomStringConvertible {
    var message: String
    var line: Int
    var column: Int

    var description: String { "\(line):\(column): \(message)" }
  }

  static let maximumDepth = 512

  private let bytes: [UInt8]
  private var index = 0
  private var depth = 0

  static func read(_ bytes: [UInt8]) throws(Failure) -> JSON {
    var reader = JSONReader(bytes: bytes)
    reader.skipWhitespace()
    let value = try reader.value()
    reader.skipWhitespace()
    guard reader.index == bytes.count else {
      throw reader.failure("expected the end of the document")
    }
    return value
  }

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  private func failure(_ message: String) -> Failure {
    var line = 1
    var lineStart = 0
    for position in 0..<min(index, bytes.count) where bytes[position] == UInt8(ascii: "\n") {
      line += 1
      lineStart = position + 1
    }
    return Failure(message: message, line: line, column: index - lineStart + 1)
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
      default: return
      }
    }
  }

  private mutating func value() throws(Failure) -> JSON {
    guard index < bytes.count else {
      throw failure("expected a value, found the end of the document")
    }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try word("true", .bool(true))
    case UInt8(ascii: "f"): return try word("false", .bool(false))
    case UInt8(ascii: "n"): return try word("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    default: throw failure("expected a value")
    }
  }

  private mutating func word(_ text: String, _ value: JSON) throws(Failure) -> JSON {
    let word = Array(text.utf8)
    guard bytes.count - index >= word.count, Array(bytes[index..<(index + word.count)]) == word
    else { throw failure("expected a value") }
    index += word.count
    return value
  }

  private mutating func nested() throws(Failure) {
    depth += 1
    guard depth <= Self.maximumDepth else {
      throw failure("values are nested more than \(Self.maximumDepth) deep")
    }
  }

  private mutating func object() throws(Failure) -> JSON {
    try nested()
    defer { depth -= 1 }
    index += 1
    var members: [String: JSON] = [:]
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw failure("expected a property name in double quotes")
      }
      let key = try string()
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw failure("expected ':' after the property name")
      }
      index += 1
      skipWhitespace()
      members[key] = try value()
      skipWhitespace()
      guard index < bytes.count else { throw failure("expected ',' or '}'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      } else {
        throw failure("expected ',' or '}'")
      }
    }
  }

  private mutating func array() throws(Failure) -> JSON {
    try nested()
    defer { depth -= 1 }
    index += 1
    var elements: [JSON] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try value())
      skipWhitespace()
      guard index < bytes.count else { throw failure("expected ',' or ']'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(elements)
      } else {
        throw failure("expected ',' or ']'")
      }
    }
  }

  private mutating func string() throws(Failure) -> String {
    index += 1
    var start = index
    var result = ""
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        result += String(decoding: bytes[start..<index], as: UTF8.self)
        index += 1
        return result
      case UInt8(ascii: "\\"):
        result += String(decoding: bytes[start..<index], as: UTF8.self)
        index += 1
        result.unicodeScalars.append(try escape())
        start = index
      case 0..<0x20:
        throw failure("control character in a string")
      default:
        index += 1
      }
    }
    throw failure("unterminated string")
  }

  private mutating func escape() throws(Failure) -> Unicode.Scalar {
    switch StringEscape.read(bytes, at: &index) {
    case .scalar(let scalar): return scalar
    case .loneSurrogate: return "\u{FFFD}"
    case .missingHexDigits: throw failure("expected four hexadecimal digits after \\u")
    case .unknown:
      guard index < bytes.count else { throw failure("unterminated string") }
      throw failure("invalid escape in a string")
    }
  }

  private mutating func number() throws(Failure) -> JSON {
    let start = index
    var isInteger = true
    while index < bytes.count, bytes[index].isNumberByte {
      if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]), index > start {
        isInteger = false
      }
      index += 1
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    if isInteger, let integer = Int(text) { return .integer(integer) }
    guard let value = Double(text), value.isFinite else {
      index = start
      throw failure("'\(text)' is not a number")
    }
    return .number(value)
  }
}

extension UInt8 {
  fileprivate var isNumberByte: Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || self == UInt8(ascii: ".")
      || self == UInt8(ascii: "e") || self == UInt8(ascii: "E") || self == UInt8(ascii: "+")
      || self == UInt8(ascii: "-")
  }
}
