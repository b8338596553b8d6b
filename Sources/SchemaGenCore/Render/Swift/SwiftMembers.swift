/// One name that generated Swift declares, with the schema element it comes from.
struct SwiftMember {
  var name: String
  /// What declares it, for a diagnostic: `field 'a_b'`, `the generated property 'additionalProperties'`.
  var origin: String
  /// Where the schema declares it; `nil` for a name the generator adds.
  var location: SourceLocation?

  static func generated(_ name: String, _ kind: String) -> SwiftMember {
    SwiftMember(name: name, origin: "the generated \(kind) '\(name)'", location: nil)
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
    var keys: [SwiftMember] = []
    for field in object.fields {
      let name = SwiftNames.property(field.name)
      let origin = "field '\(field.name)'"
      members.append(SwiftMember(name: name, origin: origin, location: field.location))
      if case .constant = field.type, field.isOptional {
        members.append(
          SwiftMember(
            name: SwiftNames.presenceFlag(name), origin: "the presence flag of \(origin)",
            location: field.location))
      } else if field.deprecation != nil {
        members.append(
          SwiftMember(
            name: SwiftNames.deprecatedStorage(name), origin: "the storage of \(origin)",
            location: field.location))
      }
      keys.append(
        SwiftMember(name: SwiftNames.codingKey(name), origin: origin, location: field.location))
    }
    return [members, keys]
  }

  static func scopes(of enumeration: EnumType) -> [[SwiftMember]] {
    [
      [.generated(SwiftNames.unknownCase, "case"), .generated("knownCases", "property")]
        + enumeration.cases.map {
          SwiftMember(
            name: SwiftNames.enumCase($0.value), origin: "value \"\($0.value)\"",
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
            origin: $0.tagValue.map { "tag \"\($0)\"" } ?? "case '\($0.name)'",
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
          origin: "\(location.rawValue) parameter '\($0.field.name)'", location: $0.field.location)
      }
    }
    return [generated + parameters(.path), [.generated("items", "property")] + parameters(.query)]
  }
}
