/// One name that generated Swift declares, with the schema element it comes from.
struct SwiftMember {
  /// What declares a name; said in words only for a diagnostic.
  enum Origin: CustomStringConvertible {
    case field(String)
    case presenceFlag(field: String)
    case storage(field: String)
    case value(String)
    case tag(String)
    case variant(String)
    case parameter(Endpoint.Parameter.Location, String)
    case type(String)
    case endpoint(String)
    case allPages(String)
    case generated(kind: String, name: String)

    /// `field 'a_b'`, `the generated property 'additionalProperties'`.
    var description: String {
      switch self {
      case .field(let name): "field '\(name)'"
      case .presenceFlag(let field): "the presence flag of field '\(field)'"
      case .storage(let field): "the storage of field '\(field)'"
      case .value(let value): "value \"\(value)\""
      case .tag(let value): "tag \"\(value)\""
      case .variant(let name): "case '\(name)'"
      case .parameter(let location, let name): "\(location.rawValue) parameter '\(name)'"
      case .type(let name): "type '\(name)'"
      case .endpoint(let name): "endpoint '\(name)'"
      case .allPages(let name): "the every-page method of endpoint '\(name)'"
      case .generated(let kind, let name): "the generated \(kind) '\(name)'"
      }
    }
  }

  var name: String
  var origin: Origin
  /// Where the schema declares it; `nil` for a name the generator adds.
  var location: SourceLocation?

  static func generated(_ name: String, _ kind: String) -> SwiftMember {
    SwiftMember(name: name, origin: .generated(kind: kind, name: name), location: nil)
  }
}

/// The names each generated declaration holds, scope by scope, as the renderers spell them.
/// The checker reports any two in one scope that are the same Swift name.
enum SwiftMembers {
  /// A struct's members, then its `CodingKeys` cases.
  static func scopes(of object: ObjectType) -> [[SwiftMember]] {
    var members: [SwiftMember] = [.generated(SwiftNames.additionalProperties, "property")]
    if object.fields.contains(where: { $0.isOptional && $0.isNullable }) {
      members.append(.generated(SwiftNames.explicitNulls, "property"))
    }
    var keys: [SwiftMember] = [.generated(SwiftNames.undeclaredKey, "coding key")]
    for field in object.fields {
      let name = SwiftNames.property(field.name)
      members.append(SwiftMember(name: name, origin: .field(field.name), location: field.location))
      if case .constant = field.type, field.isOptional {
        members.append(
          SwiftMember(
            name: SwiftNames.presenceFlag(name), origin: .presenceFlag(field: field.name),
            location: field.location))
      } else if field.deprecation != nil {
        members.append(
          SwiftMember(
            name: SwiftNames.deprecatedStorage(name), origin: .storage(field: field.name),
            location: field.location))
      }
      keys.append(
        SwiftMember(
          name: SwiftNames.codingKey(name), origin: .field(field.name), location: field.location))
    }
    return [members, keys]
  }

  static func scopes(of enumeration: EnumType) -> [[SwiftMember]] {
    [
      [.generated(SwiftNames.unknownCase, "case"), .generated("knownCases", "property")]
        + enumeration.cases.map {
          SwiftMember(
            name: SwiftNames.enumCase($0.value), origin: .value($0.value),
            location: $0.location)
        }
    ]
  }

  static func scopes(of union: UnionType) -> [[SwiftMember]] {
    [
      (union.tag == nil ? [] : [.generated(SwiftNames.unknownCase, "case")])
        + union.variants.map {
          SwiftMember(
            name: SwiftNames.enumCase($0.name),
            origin: $0.tagValue.map(SwiftMember.Origin.tag) ?? .variant($0.name),
            location: $0.location)
        }
    ]
  }

  /// The descriptor's members, then those of its `Query`.
  static func scopes(of endpoint: Endpoint) -> [[SwiftMember]] {
    let generated: [SwiftMember] = [
      .generated("path", "property"), .generated("query", "property"),
      .generated("body", "property"), .generated("queryItems", "property"),
    ]
    let parameters = { (location: Endpoint.Parameter.Location) in
      endpoint.parameters.filter { $0.location == location }.map {
        SwiftMember(
          name: SwiftNames.parameter($0.field.name),
          origin: .parameter(location, $0.field.name), location: $0.field.location)
      }
    }
    // The descriptor with its path parameters, its `Query`, and the client's method, which
    // takes both.
    return [
      generated + parameters(.path), [.generated("items", "property")] + parameters(.query),
      parameters(.path) + parameters(.query),
    ]
  }
}
