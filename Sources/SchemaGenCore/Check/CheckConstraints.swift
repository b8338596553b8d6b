import SchemaRuntime

extension Checker {
  /// What a constraint attribute applies to, for its checks and its error message.
  private enum Target: String {
    case numbers = "numbers"
    case strings = "strings"
    case arrays = "arrays"
    case numberArrays = "arrays of numbers"
    case maps = "maps"
    case stringMaps = "maps of strings"

    func accepts(_ type: TypeReference) -> Bool {
      switch (self, type) {
      case (.numbers, .integer), (.numbers, .number): true
      case (.numbers, .autoOr(let primitive)): primitive != .boolean
      case (.strings, .string): true
      case (.arrays, .array): true
      case (.numberArrays, .array(.integer)), (.numberArrays, .array(.number)): true
      case (.maps, .map): true
      case (.stringMaps, .map(.string)): true
      default: false
      }
    }
  }

  private enum Argument {
    case none, number, count, text
  }

  private static let constraintAttributes: [String: (Target, Argument)] = [
    "min": (.numbers, .number), "max": (.numbers, .number),
    "exclusiveMin": (.numbers, .number), "exclusiveMax": (.numbers, .number),
    "minLength": (.strings, .count), "maxLength": (.strings, .count),
    "pattern": (.strings, .text),
    "minItems": (.arrays, .count), "maxItems": (.arrays, .count),
    "increasing": (.numberArrays, .none),
    "minEntries": (.maps, .count), "maxEntries": (.maps, .count),
    "maxKeyLength": (.maps, .count), "maxValueLength": (.stringMaps, .count),
  ]

  /// Integers beyond 2^53 lose digits as the `Double` bounds are checked with.
  static let largestExactInteger = 9_007_199_254_740_992.0

  /// Reports constraints of one field that repeat a rule or contradict each other, so that no
  /// value could satisfy them.
  mutating func checkConsistency(
    of constraints: [(Constraint, AttributeSyntax)], field: String
  ) {
    var seen: [String: AttributeSyntax] = [:]
    for (constraint, attribute) in constraints {
      if let first = seen[constraint.rule] {
        diagnostics.error(
          "'@\(constraint.rule)' is given twice for '\(field)'", at: attribute.name.location,
          notes: [.init("the first is here", at: first.name.location)])
      }
      seen[constraint.rule] = seen[constraint.rule] ?? attribute
    }
    let lower = constraints.compactMap {
      constraint, attribute -> (Double, Bool, AttributeSyntax)? in
      switch constraint {
      case .minimum(let bound): (bound, false, attribute)
      case .exclusiveMinimum(let bound): (bound, true, attribute)
      default: nil
      }
    }
    let upper = constraints.compactMap {
      constraint, attribute -> (Double, Bool, AttributeSyntax)? in
      switch constraint {
      case .maximum(let bound): (bound, false, attribute)
      case .exclusiveMaximum(let bound): (bound, true, attribute)
      default: nil
      }
    }
    for (low, lowExclusive, lowAttribute) in lower {
      for (high, highExclusive, highAttribute) in upper
      where low > high || (low == high && (lowExclusive || highExclusive)) {
        diagnostics.error(
          "no value of '\(field)' can satisfy both '@\(lowAttribute.name.text)(\(low.compact))' and '@\(highAttribute.name.text)(\(high.compact))'",
          at: highAttribute.name.location,
          notes: [.init("the lower bound is here", at: lowAttribute.name.location)])
      }
    }
    let counts: [(min: String, max: String)] = [
      ("minLength", "maxLength"), ("minItems", "maxItems"), ("minEntries", "maxEntries"),
    ]
    for (minRule, maxRule) in counts {
      guard let (minimum, minAttribute) = constraints.first(where: { $0.0.rule == minRule }),
        let (maximum, maxAttribute) = constraints.first(where: { $0.0.rule == maxRule }),
        let low = minimum.count, let high = maximum.count, low > high
      else { continue }
      diagnostics.error(
        "no value of '\(field)' can satisfy both '@\(minRule)(\(low))' and '@\(maxRule)(\(high))'",
        at: maxAttribute.name.location,
        notes: [.init("'@\(minRule)' is here", at: minAttribute.name.location)])
    }
  }

  static var attributeNames: [String] { constraintAttributes.keys.sorted() + ["deprecated"] }

  mutating func constraint(_ attribute: AttributeSyntax, on type: TypeReference, field: String)
    -> Constraint?
  {
    let name = attribute.name
    guard let (target, argument) = Checker.constraintAttributes[name.text] else {
      let suggestion = didYouMean("@" + name.text, in: Checker.attributeNames.map { "@" + $0 })
      diagnostics.error("unknown attribute '@\(name.text)'" + suggestion, at: name.location)
      return nil
    }
    guard target.accepts(type) else {
      diagnostics.error(
        "'@\(name.text)' applies to \(target.rawValue), but '\(field)' is '\(type.spelling)'",
        at: name.location)
      return nil
    }
    let arguments = attribute.arguments
    switch argument {
    case .none:
      guard arguments.isEmpty else {
        diagnostics.error("'@\(name.text)' takes no arguments", at: name.location)
        return nil
      }
      return .increasing
    case .text:
      guard arguments.count == 1, case .string(let pattern) = arguments[0].value else {
        diagnostics.error(
          "'@\(name.text)' takes one string argument, a regular expression", at: name.location)
        return nil
      }
      if let problem = Constraint.patternProblem(pattern) {
        diagnostics.error(
          "'@\(name.text)' argument is not a regular expression the validators can use: \(problem)",
          at: arguments[0].location)
        return nil
      }
      return .pattern(pattern)
    case .number:
      guard arguments.count == 1, case .number(let lexeme) = arguments[0].value,
        let value = Double(lexeme)
      else {
        diagnostics.error("'@\(name.text)' takes one number argument", at: name.location)
        return nil
      }
      if type.isIntegral, Int(exactly: value) == nil || abs(value) > Checker.largestExactInteger {
        diagnostics.error(
          "'@\(name.text)(\(lexeme))' on the integer field '\(field)' needs a whole number no larger than 2^53 in magnitude",
          at: arguments[0].location)
        return nil
      }
      switch name.text {
      case "min": return .minimum(value)
      case "exclusiveMin": return .exclusiveMinimum(value)
      case "max": return .maximum(value)
      default: return .exclusiveMaximum(value)
      }
    case .count:
      guard arguments.count == 1, case .number(let lexeme) = arguments[0].value,
        let count = Int(lexeme), count >= 0
      else {
        diagnostics.error(
          "'@\(name.text)' takes one non-negative integer argument", at: name.location)
        return nil
      }
      switch name.text {
      case "minLength": return .minLength(count)
      case "maxLength": return .maxLength(count)
      case "minItems": return .minItems(count)
      case "maxItems": return .maxItems(count)
      case "minEntries": return .minEntries(count)
      case "maxEntries": return .maxEntries(count)
      case "maxKeyLength": return .maxKeyLength(count)
      default: return .maxValueLength(count)
      }
    }
  }
}

extension Constraint {
  /// The count of a length, item or entry rule.
  fileprivate var count: Int? {
    switch self {
    case .minLength(let count), .maxLength(let count), .minItems(let count), .maxItems(let count),
      .minEntries(let count), .maxEntries(let count), .maxKeyLength(let count),
      .maxValueLength(let count):
      count
    default: nil
    }
  }
}

extension TypeReference {
  /// Holds whole numbers only: `int` and `"auto" | int`.
  fileprivate var isIntegral: Bool {
    self == .integer || self == .autoOr(.integer)
  }
}
