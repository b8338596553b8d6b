extension Checker {
  static let primitives: [String: TypeReference] = [
    "string": .string, "int": .integer, "number": .number, "bool": .boolean, "unknown": .json,
  ]

  /// Resolves a written type; `| null` at the top level makes the result nullable.
  mutating func resolve(_ syntax: TypeSyntax) -> (TypeReference, isNullable: Bool)? {
    guard case .union(let terms, let location) = syntax else {
      if case .null(let location) = syntax {
        diagnostics.error(
          "'null' alone is not a type; write 'Type | null' for a value that may be null",
          at: location)
        return nil
      }
      return resolveTerm(syntax).map { ($0, false) }
    }
    let nonNull = terms.filter {
      if case .null = $0 { return false }
      return true
    }
    let isNullable = nonNull.count < terms.count
    if nonNull.count == 1 {
      guard let type = resolveTerm(nonNull[0]) else { return nil }
      if type == .json {
        diagnostics.error(
          "'unknown' already includes null; write 'unknown' alone", at: location)
        return nil
      }
      return (type, isNullable)
    }
    var literals: [String] = []
    var primitives: [(NameSyntax, AutoPrimitive?)] = []
    for term in nonNull {
      switch term {
      case .literal(let value, _):
        literals.append(value)
      case .name(let name) where Checker.primitives[name.text] != nil:
        primitives.append((name, AutoPrimitive(rawValue: name.text)))
      default:
        guard resolveTerm(term) != nil else { return nil }
        diagnostics.error(
          "an inline union may only combine \"auto\" with int, number or bool; declare a 'union' for '\(term.spelling)'",
          at: term.location)
        return nil
      }
    }
    if primitives.isEmpty {
      let cases = literals.map { "\"\($0)\"" }.joined(separator: " ")
      diagnostics.error(
        "a union of string literals is an enum; declare 'enum Name { \(cases) }' and use its name",
        at: location)
      return nil
    }
    guard primitives.count == 1, literals == ["auto"], let primitive = primitives[0].1 else {
      diagnostics.error(
        "an inline union may only be '\"auto\" | int', '\"auto\" | number' or '\"auto\" | bool' (with '| null'); declare an enum or a union for '\(syntax.spelling)'",
        at: location)
      return nil
    }
    return (.autoOr(primitive), isNullable)
  }

  private mutating func resolveTerm(_ syntax: TypeSyntax) -> TypeReference? {
    switch syntax {
    case .name(let name):
      if let primitive = Checker.primitives[name.text] { return primitive }
      guard declared[name.text] != nil else {
        let suggestion = didYouMeanType(name.text, orOneOf: Checker.primitives.keys.sorted())
        diagnostics.error("unknown type '\(name.text)'" + suggestion, at: name.location)
        return nil
      }
      return .named(name.text)
    case .literal(let value, _):
      return .constant(value)
    case .array(let element, _):
      return resolveNested(element).map(TypeReference.array)
    case .map(let value, _):
      return resolveNested(value).map(TypeReference.map)
    case .null(let location):
      diagnostics.error(
        "'null' alone is not a type; write 'Type | null' for a value that may be null",
        at: location)
      return nil
    case .union:
      return resolve(syntax)?.0
    }
  }

  /// Elements of arrays and maps cannot be null: keep `null` at the top of a field's type.
  private mutating func resolveNested(_ syntax: TypeSyntax) -> TypeReference? {
    guard let (type, isNullable) = resolve(syntax) else { return nil }
    if isNullable {
      diagnostics.error(
        "elements of arrays and maps cannot be null; 'null' is allowed at the top of a field's type",
        at: syntax.location)
      return nil
    }
    if case .constant = type {
      diagnostics.error(
        "a constant is allowed as a field's type only, not inside an array or map",
        at: syntax.location)
      return nil
    }
    return type
  }
}

extension TypeSyntax {
  /// The type as written, for diagnostics.
  var spelling: String {
    switch self {
    case .name(let name): name.text
    case .literal(let value, _): "\"\(value)\""
    case .null: "null"
    case .array(let element, _): "[\(element.spelling)]"
    case .map(let value, _): "[string: \(value.spelling)]"
    case .union(let terms, _): terms.map(\.spelling).joined(separator: " | ")
    }
  }
}
