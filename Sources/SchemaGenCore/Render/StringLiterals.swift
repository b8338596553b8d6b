/// How schema text reaches generated files. Every literal goes through `swiftLiteral` or
/// `jsonLiteral`, every emitted line through `singleLine` (``CodeWriter/line(_:)``), so no
/// schema text can end a comment or a literal and continue as code.
extension String {
  /// The string as a Swift string literal.
  var swiftLiteral: String {
    quoted { "\\u{\(String($0, radix: 16))}" }
  }

  /// The string as a JSON string literal (also a string of the schema DSL, which reads JSON's
  /// escapes).
  public var jsonLiteral: String {
    quoted {
      let hex = String($0, radix: 16)
      return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
  }

  /// The text with every character that could break a line (in Swift, Markdown or an editor) or
  /// hide text written as a visible `\u{…}` escape: one line, whatever the schema wrote.
  var singleLine: String {
    // Most lines are printable ASCII: nothing to escape, found by one pass over the bytes.
    if withUTF8Bytes(Self.isPrintableASCII) { return self }
    guard unicodeScalars.contains(where: \.isUnsafeInSource) else { return self }
    var result = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      if scalar.isUnsafeInSource {
        result.append(
          contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether every byte is printable ASCII or a tab. Eight bytes at a time while none is below
  /// 0x20 or from 0x7F up (a tab, too, sends its word to the byte-by-byte check): generated
  /// text goes through here once per line.
  static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let lanes: UInt64 = 0x0101_0101_0101_0101
    let highBits = lanes &* 0x80
    let words = UnsafeRawBufferPointer(bytes)
    var index = 0
    while index + 8 <= bytes.count {
      let word = words.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      let belowSpace = (word &- lanes &* 0x20) & ~word
      let delete = word ^ (lanes &* 0x7F)
      let isDelete = (delete &- lanes) & ~delete
      guard (word | belowSpace | isDelete) & highBits == 0 else { break }
      index += 8
    }
    return bytes[index...].allSatisfy(\.isPrintableASCII)
  }

  /// The string in double quotes with `"`, `\`, newline, return and tab escaped alike in Swift
  /// and JSON, and every other unsafe character escaped by `escape`.
  private func quoted(escape: (UInt32) -> String) -> String {
    // Most literals are names: printable ASCII without quotes or backslashes, written as is.
    if withUTF8Bytes({ $0.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C } }) {
      let count = utf8.count
      return String(unsafeUninitializedCapacity: count + 2) { buffer in
        buffer[0] = UInt8(ascii: "\"")
        _ = buffer[1..<count + 1].initialize(from: utf8)
        buffer[count + 1] = UInt8(ascii: "\"")
        return count + 2
      }
    }
    var result = "\""
    for scalar in unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.isUnsafeInSource: result += escape(scalar.value)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}

extension UInt8 {
  /// A byte of printable ASCII, or a tab: text that needs no escaping on a line.
  var isPrintableASCII: Bool { (0x20..<0x7F).contains(self) || self == 0x09 }
}

extension Unicode.Scalar {
  /// Control characters (C0 but tab, DEL, C1 with NEL), the Unicode line and paragraph
  /// separators, bidirectional overrides and isolates, and the byte-order mark: characters that
  /// end a line or reorder or hide what a reader sees.
  var isUnsafeInSource: Bool {
    switch value {
    case 0x09: false
    case 0x00..<0x20, 0x7F...0x9F: true
    case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0xFEFF: true
    default: false
    }
  }
}
