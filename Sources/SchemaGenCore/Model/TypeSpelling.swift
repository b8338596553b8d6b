extension TypeReference {
  /// The type as the DSL spells it, for diagnostics and reference pages.
  public var spelling: String {
    switch self {
    case .string: "string"
    case .integer: "int"
    case .number: "number"
    case .boolean: "bool"
    case .json: "unknown"
    case .named(let name): name
    case .array(let element): "[\(element.spelling)]"
    case .map(let value): "[string: \(value.spelling)]"
    case .constant(let value): "\"\(value)\""
    case .autoOr(let primitive): "\"auto\" | \(primitive.rawValue)"
    }
  }
}

extension TypeReference {
  /// The declared types (objects, enums, unions) this type mentions, through arrays and maps.
  public var namedTypes: [String] {
    switch self {
    case .named(let name): [name]
    case .array(let element), .map(let element): element.namedTypes
    default: []
    }
  }
}
