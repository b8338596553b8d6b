/// String literals for the emitters: Swift source and JSON examples.
extension String {
  /// The string as a Swift string literal.
  var swiftLiteral: String {
    quoted { "\\u{\(String($0, radix: 16))}" }
  }

  /// The string as a JSON string literal.
  var jsonLiteral: String {
    quoted {
      let hex = String($0, radix: 16)
      return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
  }

  /// The string in double quotes with `"`, `\`, newline, return and tab escaped alike in Swift
  /// and JSON, and other control characters escaped by `control`.
  private func quoted(control: (UInt32) -> String) -> String {
    var result = "\""
    for scalar in unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20: result += control(scalar.value)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
