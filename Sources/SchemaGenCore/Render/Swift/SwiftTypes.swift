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
