/// JSON's string escapes, read alike in schema files (whose strings take JSON's escapes) and in
/// OpenAPI documents.
enum StringEscape {
  enum Outcome: Equatable {
    case scalar(Unicode.Scalar)
    /// A backslash followed by anything but `" \ / b f n r t u`.
    case unknown
    /// `\u` without four hexadecimal digits.
    case missingHexDigits
    /// A `\u` UTF-16 surrogate without its other half.
    case loneSurrogate
  }

  /// Reads the escape whose backslash is just before `index`, moving `index` past it; a
  /// surrogate pair written as two `\u` escapes is one scalar. At `.unknown`, `index` is on the
  /// character after the backslash.
  static func read(_ bytes: [UInt8], at index: inout Int) -> Outcome {
    guard index < bytes.count else { return .unknown }
    switch bytes[index] {
    case UInt8(ascii: "\""):
      index += 1
      return .scalar("\"")
    case UInt8(ascii: "\\"):
      index += 1
      return .scalar("\\")
    case UInt8(ascii: "/"):
      index += 1
      return .scalar("/")
    case UInt8(ascii: "b"):
      index += 1
      return .scalar("\u{8}")
    case UInt8(ascii: "f"):
      index += 1
      return .scalar("\u{C}")
    case UInt8(ascii: "n"):
      index += 1
      return .scalar("\n")
    case UInt8(ascii: "r"):
      index += 1
      return .scalar("\r")
    case UInt8(ascii: "t"):
      index += 1
      return .scalar("\t")
    case UInt8(ascii: "u"):
      index += 1
      guard let high = hex4(bytes, at: &index) else { return .missingHexDigits }
      if let scalar = Unicode.Scalar(high) { return .scalar(scalar) }
      guard (0xD800..<0xDC00).contains(high), index + 1 < bytes.count,
        bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
      else { return .loneSurrogate }
      index += 2
      guard let low = hex4(bytes, at: &index) else { return .missingHexDigits }
      guard (0xDC00..<0xE000).contains(low),
        let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
      else { return .loneSurrogate }
      return .scalar(scalar)
    default:
      return .unknown
    }
  }

  private static func hex4(_ bytes: [UInt8], at index: inout Int) -> UInt32? {
    guard index + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for byte in bytes[index..<index + 4] {
      guard let digit = byte.hexDigitValue else { return nil }
      value = value << 4 | digit
    }
    index += 4
    return value
  }
}

extension UInt8 {
  fileprivate var hexDigitValue: UInt32? {
    switch self {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(self - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(self - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(self - UInt8(ascii: "A") + 10)
    default: nil
    }
  }
}
