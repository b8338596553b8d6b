extension Checker {
  /// Swift warns wherever a deprecated type is named outside a deprecated declaration, and the
  /// generated code names a field's type in its storage, its initializer and its coding. So a
  /// type, union or endpoint that uses a deprecated type must be deprecated itself; then the
  /// generated Swift compiles without warnings and users are warned where they use either.
  mutating func checkDeprecatedUses(_ files: [SchemaFile]) {
    for file in files {
      for type in file.types where type.deprecation == nil {
        let uses: [Use]
        switch type {
        case .object(let object):
          uses = object.fields.map {
            Use(kind: "field", name: $0.name, type: $0.type, at: $0.location)
          }
        case .union(let union):
          uses = union.variants.map {
            Use(kind: "case", name: $0.name, type: $0.type, at: $0.location)
          }
        case .enumeration:
          uses = []
        }
        report(uses, in: (kind: nil, name: type.name))
      }
      for endpoint in file.endpoints where endpoint.deprecation == nil {
        var uses = endpoint.parameters.map {
          Use(kind: "parameter", name: $0.field.name, type: $0.field.type, at: $0.field.location)
        }
        if let body = endpoint.body {
          uses.append(Use(kind: "the body", type: body, at: endpoint.location))
        }
        uses.append(Use(kind: "the response", type: endpoint.response, at: endpoint.location))
        report(uses, in: (kind: "endpoint", name: endpoint.name))
      }
    }
  }

  /// A type named by a declaration, and where: its words are spelled only for an error.
  private struct Use {
    var kind: String
    var name: String?
    var type: TypeReference
    var location: SourceLocation

    init(kind: String, name: String? = nil, type: TypeReference, at location: SourceLocation) {
      (self.kind, self.name, self.type, self.location) = (kind, name, type, location)
    }

    /// "field 'seed'", "the body".
    var words: String { name.map { "\(kind) '\($0)'" } ?? kind }
  }

  private func declaration(named name: String) -> TypeDeclaration? {
    if let object = objects[name] { return .object(object) }
    if let enumeration = enums[name] { return .enumeration(enumeration) }
    return unions[name].map(TypeDeclaration.union)
  }

  private mutating func report(_ uses: [Use], in owner: (kind: String?, name: String)) {
    for use in uses {
      for name in use.type.namedTypes {
        guard let deprecated = declaration(named: name), deprecated.deprecation != nil else {
          continue
        }
        let owner = owner.kind.map { "\($0) '\(owner.name)'" } ?? "'\(owner.name)'"
        diagnostics.error(
          "\(use.words) of \(owner) has the deprecated type '\(name)', which the generated Swift would warn about; deprecate \(owner) too, or no longer deprecate '\(name)'",
          at: use.location,
          notes: [.init("'\(name)' is declared here", at: deprecated.location)])
      }
    }
  }
}
