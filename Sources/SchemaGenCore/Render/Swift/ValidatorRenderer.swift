import SchemaRuntime

/// Emits the `Validatable` conformance of a type: its constraints, rules and open values,
/// and the validation of every value nested in it.
struct ValidatorRenderer {
  let type: TypeDeclaration

  func render(into writer: inout CodeWriter) {
    // An extension of a deprecated type is deprecated too, so naming the type does not warn.
    if let deprecation = type.deprecation { writer.line(DocText.available(deprecation)) }
    writer.block("extension \(type.name): Validatable") { writer in
      writer.block(
        "public func collectViolations(at path: JSONPath, into violations: inout Violations)"
      ) { writer in
        switch type {
        case .object(let object): objectChecks(object, into: &writer)
        case .enumeration(let enumeration): enumCheck(enumeration, into: &writer)
        case .union(let union): unionChecks(union, into: &writer)
        }
      }
    }
  }

  /// The `Validatable` conformance of an endpoint descriptor, for what its parameters and its
  /// body must be before the request is sent; nothing when there is nothing to check.
  static func render(endpoint: Endpoint, into writer: inout CodeWriter) {
    let checked = endpoint.parameters.filter { hasChecks($0.field) }
    guard endpoint.body != nil || !checked.isEmpty else { return }
    writer.line()
    if let deprecation = endpoint.deprecation { writer.line(DocText.available(deprecation)) }
    writer.block("extension \(SwiftNames.endpointType(endpoint.name)): Validatable") { writer in
      writer.docs([
        "The parameters, at their names, and the body, at the root, as the API requires them."
      ])
      writer.block(
        "public func collectViolations(at path: JSONPath, into violations: inout Violations)"
      ) { writer in
        for parameter in checked {
          checks(
            of: parameter.field,
            value: (parameter.location == .path ? "self." : "self.query.")
              + EndpointRenderer.name(of: parameter.field), into: &writer)
        }
        if endpoint.body != nil { writer.line("violations.validate(self.body, at: path)") }
      }
    }
  }

  /// Whether a field's value has anything to check: constraints, or named types to validate.
  private static func hasChecks(_ field: Field) -> Bool {
    !field.constraints.isEmpty || !field.type.namedTypes.isEmpty
  }

  /// Writes the checks of one field's value: its constraints, and the validation of the named
  /// types in it. `value` is spelled only for a field that has checks, which most fields do not.
  private static func checks(
    of field: Field, value: @autoclosure () -> String, into writer: inout CodeWriter
  ) {
    guard hasChecks(field) else { return }
    let (value, name) = (value(), field.name.swiftLiteral)
    if !field.constraints.isEmpty {
      let constraints = field.constraints.map(\.swift).joined(separator: ", ")
      writer.line("violations.check(\(value), at: path / \(name), [\(constraints)])")
    }
    if !field.type.namedTypes.isEmpty {
      writer.line("violations.validate(\(value), at: path / \(name))")
    }
  }

  private func objectChecks(_ object: ObjectType, into writer: inout CodeWriter) {
    for field in object.fields {
      Self.checks(of: field, value: "self." + ObjectRenderer.storage(of: field), into: &writer)
    }
    for rule in object.rules {
      let storage = { (name: String) in
        object.fields.first { $0.name == name }.map { "self." + ObjectRenderer.storage(of: $0) }
      }
      guard let left = storage(rule.left), let right = storage(rule.right) else { continue }
      writer.line(
        "violations.checkSubset(\(left), of: \(right), at: path / \(rule.left.swiftLiteral), otherName: \(rule.right.swiftLiteral))"
      )
    }
    if object.isClosed {
      writer.line(
        "violations.reportAdditionalProperties(self.\(SwiftNames.additionalProperties), at: path)")
    }
  }

  private func enumCheck(_ enumeration: EnumType, into writer: inout CodeWriter) {
    writer.block("if case .\(SwiftNames.unknownCase)(let rawValue) = self") { writer in
      writer.line(
        "violations.reportUnknownValue(rawValue, at: path, known: Self.knownCases.map(\\.rawValue))"
      )
    }
  }

  private func unionChecks(_ union: UnionType, into writer: inout CodeWriter) {
    writer.line("switch self {")
    for variant in union.variants {
      let name = SwiftNames.identifier(SwiftNames.enumCase(variant.name))
      writer.line(
        !variant.type.namedTypes.isEmpty
          ? "case .\(name)(let value): violations.validate(value, at: path)"
          : "case .\(name): break")
    }
    if let tag = union.tag {
      let known = union.variants.compactMap(\.tagValue).map(\.swiftLiteral).joined(separator: ", ")
      writer.line("case .\(SwiftNames.unknownCase)(let value):")
      writer.indented { writer in
        writer.line(
          "violations.reportUnknownVariant(value, tag: \(tag.swiftLiteral), at: path, known: [\(known)])"
        )
      }
    }
    writer.line("}")
  }
}

extension Constraint {
  /// The constraint as a Swift expression: `.minimum(1)`, `.pattern("^a$")`.
  var swift: String {
    switch self {
    case .minimum(let bound): ".minimum(\(bound.compact))"
    case .exclusiveMinimum(let bound): ".exclusiveMinimum(\(bound.compact))"
    case .maximum(let bound): ".maximum(\(bound.compact))"
    case .exclusiveMaximum(let bound): ".exclusiveMaximum(\(bound.compact))"
    case .minLength(let count): ".minLength(\(count))"
    case .maxLength(let count): ".maxLength(\(count))"
    case .pattern(let pattern): ".pattern(\(pattern.swiftLiteral))"
    case .minItems(let count): ".minItems(\(count))"
    case .maxItems(let count): ".maxItems(\(count))"
    case .increasing: ".increasing"
    case .minEntries(let count): ".minEntries(\(count))"
    case .maxEntries(let count): ".maxEntries(\(count))"
    case .maxKeyLength(let count): ".maxKeyLength(\(count))"
    case .maxValueLength(let count): ".maxValueLength(\(count))"
    }
  }
}
