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
    case .literalUnion(let union): union.spelling
    }
  }

  /// The literal-or-primitive unions this type mentions.
  var literalUnions: [LiteralUnion] {
    switch self {
    case .literalUnion(let union): [union]
    case .array(let element), .map(let element): element.literalUnions
    default: []
    }
  }
}

extension LiteralUnion {
  public var spelling: String {
    (literals.map { "\"\($0)\"" } + [primitive.rawValue]).joined(separator: " | ")
  }
}

extension Schema {
  /// Each literal-or-primitive union with the file that uses it first (files in path order,
  /// declarations in source order): that file's output declares it.
  public var literalUnionOwners: [(union: LiteralUnion, file: String)] {
    var seen: Set<LiteralUnion> = []
    var owners: [(LiteralUnion, String)] = []
    for file in files {
      let fieldTypes =
        file.types.flatMap { type -> [TypeReference] in
          switch type {
          case .object(let object): object.fields.map(\.type)
          case .union(let union): union.variants.map(\.type)
          case .enumeration: []
          }
        } + file.endpoints.flatMap { $0.parameters.map(\.field.type) }
      for type in fieldTypes {
        for union in type.literalUnions where seen.insert(union).inserted {
          owners.append((union, file.path))
        }
      }
    }
    return owners
  }
}
