/// How model types are spelled in Swift.
extension TypeReference {
  var swift: String {
    switch self {
    case .string, .constant: "String"
    case .integer: "Int"
    case .number: "Double"
    case .boolean: "Bool"
    case .json: "JSON"
    case .named(let name): name
    case .array(let element): "[\(element.swift)]"
    case .map(let value): "[String: \(value.swift)]"
    case .autoOr(let primitive): "AutoOr<\(primitive.type.swift)>"
    }
  }
}

extension String {
  /// The string as a Swift string literal.
  var swiftLiteral: String {
    var result = "\""
    for scalar in unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20: result += "\\u{\(String(scalar.value, radix: 16))}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
