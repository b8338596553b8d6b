import SchemaRuntime

/// Doc-comment lines derived from the model, beyond the schema's own descriptions.
enum DocText {
  static func deprecation(_ deprecation: Deprecation?) -> [String] {
    guard let deprecation else { return [] }
    return ["", "- Important: Deprecated." + (deprecation.message.map { " " + $0 } ?? "")]
  }

  static func available(_ deprecation: Deprecation) -> String {
    if let message = deprecation.message {
      return "@available(*, deprecated, message: \(message.swiftLiteral))"
    }
    return "@available(*, deprecated)"
  }

  /// Default and constraints, stated after the description.
  static func fieldFacts(_ field: Field) -> [String] {
    var facts: [String] = []
    if let value = field.defaultValue { facts.append("Defaults to `\(value.compactText)`.") }
    if !field.constraints.isEmpty {
      facts.append(
        "Must be " + field.constraints.map(\.requirement).joined(separator: ", ") + ".")
    }
    guard !facts.isEmpty else { return deprecation(field.deprecation) }
    return (field.docs.isEmpty ? [] : [""]) + facts + deprecation(field.deprecation)
  }
}
