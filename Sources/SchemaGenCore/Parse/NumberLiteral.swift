/// Numbers as a schema writes them: JSON's grammar, with values a 64-bit `Double` holds.
enum NumberLiteral {
  /// Why `lexeme` is not a number the generator can use, or `nil` when it is one.
  static func problem(_ lexeme: String) -> String? {
    guard isJSONNumber(Array(lexeme.utf8)) else {
      return "'\(lexeme)' is not a number; expected JSON's form, such as 42, -1.5 or 2e-3"
    }
    guard let value = Double(lexeme), value.isFinite else {
      return "number \(lexeme) is too large for a 64-bit floating-point value"
    }
    if value == 0,
      lexeme.utf8.prefix(while: { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") })
        .contains(where: { (UInt8(ascii: "1")...UInt8(ascii: "9")).contains($0) })
    {
      return "number \(lexeme) is too small: a 64-bit floating-point value rounds it to 0"
    }
    if value != 0, abs(value) < .leastNormalMagnitude {
      return
        "number \(lexeme) is too small to hold exactly: 64-bit floating-point values below 2.2250738585072014e-308 lose precision"
    }
    return nil
  }

  /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
  private static func isJSONNumber(_ bytes: [UInt8]) -> Bool {
    var index = 0
    func digits() -> Int {
      let start = index
      while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
        index += 1
      }
      return index - start
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
    let first = index
    let integerDigits = digits()
    guard integerDigits > 0, integerDigits == 1 || bytes[first] != UInt8(ascii: "0") else {
      return false
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard digits() > 0 else { return false }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      guard digits() > 0 else { return false }
    }
    return index == bytes.count
  }
}
