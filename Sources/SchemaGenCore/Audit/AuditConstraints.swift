import SchemaRuntime

extension Auditor {
  /// A field's constraints against the spec's: bounds (3.0's boolean and 3.1's numeric
  /// `exclusive*` both), lengths, item and entry counts, and patterns.
  mutating func compareConstraints(of field: Field, _ subject: String, with property: SpecSchema) {
    let theirs = Self.constraints(of: property.nonNull)
    for group in ConstraintGroup.allCases {
      let ours = field.constraints.first { group.contains($0) }
      let spec = theirs.first { group.contains($0) }
      let message: String
      switch (ours, spec) {
      case (let ours?, let spec?) where ours != spec:
        message = "\(subject) must be \(ours.requirement) here and \(spec.requirement) in the spec"
      case (nil, let spec?):
        message =
          "\(subject) has no @\(group.rule) here; the spec says it must be \(spec.requirement)"
      case (let ours?, nil):
        message = "\(subject) must be \(ours.requirement) here; the spec sets no such rule"
      default:
        continue
      }
      report(message, at: field.location, property.pointer)
    }
  }

  /// The constraints a spec schema states, in the DSL's terms; for `"auto" | int`, those of its
  /// number member.
  static func constraints(of spec: SpecSchema) -> [Constraint] {
    if spec.types.isEmpty,
      let number = spec.variants.first(where: {
        $0.types.contains("integer") || $0.types.contains("number")
      })
    {
      return constraints(of: number)
    }
    var result: [Constraint] = []
    if let value = spec.number("exclusiveMinimum") {
      result.append(.exclusiveMinimum(value))
    } else if let value = spec.number("minimum") {
      result.append(spec.flag("exclusiveMinimum") ? .exclusiveMinimum(value) : .minimum(value))
    }
    if let value = spec.number("exclusiveMaximum") {
      result.append(.exclusiveMaximum(value))
    } else if let value = spec.number("maximum") {
      result.append(spec.flag("exclusiveMaximum") ? .exclusiveMaximum(value) : .maximum(value))
    }
    let counts: [(String, (Int) -> Constraint)] = [
      ("minLength", Constraint.minLength), ("maxLength", Constraint.maxLength),
      ("minItems", Constraint.minItems), ("maxItems", Constraint.maxItems),
      ("maxProperties", Constraint.maxEntries),
    ]
    for (key, make) in counts {
      if let value = spec.number(key), let count = Int(exactly: value) {
        result.append(make(count))
      }
    }
    if let pattern = spec.string("pattern") { result.append(.pattern(pattern)) }
    return result
  }
}

/// Constraints that say the same kind of thing, compared one with one.
private enum ConstraintGroup: CaseIterable {
  case lowerBound, upperBound, minLength, maxLength, minItems, maxItems, maxEntries, pattern

  var rule: String {
    switch self {
    case .lowerBound: "min"
    case .upperBound: "max"
    case .minLength: "minLength"
    case .maxLength: "maxLength"
    case .minItems: "minItems"
    case .maxItems: "maxItems"
    case .maxEntries: "maxEntries"
    case .pattern: "pattern"
    }
  }

  func contains(_ constraint: Constraint) -> Bool {
    switch (self, constraint) {
    case (.lowerBound, .minimum), (.lowerBound, .exclusiveMinimum): true
    case (.upperBound, .maximum), (.upperBound, .exclusiveMaximum): true
    case (.minLength, .minLength), (.maxLength, .maxLength), (.minItems, .minItems),
      (.maxItems, .maxItems), (.maxEntries, .maxEntries), (.pattern, .pattern):
      true
    default: false
    }
  }
}
