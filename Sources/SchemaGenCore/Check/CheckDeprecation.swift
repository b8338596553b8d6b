extension Checker {
  /// Swift warns wherever a deprecated type is named outside a deprecated declaration, and the
  /// generated code names a field's type in its storage, its initializer and its coding. So a
  /// type, union or endpoint that uses a deprecated type must be deprecated itself; then the
  /// generated Swift compiles without warnings and users are warned where they use either.
  mutating func checkDeprecatedUses(_ files: [SchemaFile]) {
    for file in files {
      for type in file.types where type.deprecation == nil {
        let uses: [(what: String, type: TypeReference, location: SourceLocation)]
        switch type {
        case .object(let object):
          uses = object.fields.map { ("field '\($0.name)'", $0.type, $0.location) }
        case .union(let union):
          uses = union.variants.map { ("case '\($0.name)'", $0.type, $0.location) }
        case .enumeration:
          uses = []
        }
        report(uses, in: "'\(type.name)'")
      }
      for endpoint in file.endpoints where endpoint.deprecation == nil {
        var uses = endpoint.parameters.map {
          ("parameter '\($0.field.name)'", $0.field.type, $0.field.location)
        }
        if let body = endpoint.body { uses.append(("the body", body, endpoint.location)) }
        uses.append(("the response", endpoint.response, endpoint.location))
        report(uses, in: "endpoint '\(endpoint.name)'")
      }
    }
  }

  private func declaration(named name: String) -> TypeDeclaration? {
    if let object = objects[name] { return .object(object) }
    if let enumeration = enums[name] { return .enumeration(enumeration) }
    return unions[name].map(TypeDeclaration.union)
  }

  private mutating func report(
    _ uses: [(what: String, type: TypeReference, location: SourceLocation)], in owner: String
  ) {
    for use in uses {
      for name in use.type.namedTypes {
        guard let deprecated = declaration(named: name), deprecated.deprecation != nil else {
          continue
        }
        diagnostics.error(
          "\(use.what) of \(owner) has the deprecated type '\(name)', which the generated Swift would warn about; deprecate \(owner) too, or no longer deprecate '\(name)'",
          at: use.location,
          notes: [.init("'\(name)' is declared here", at: deprecated.location)])
      }
    }
  }
}
