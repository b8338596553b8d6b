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

  static var attributeNames: [String] { constraintAttributes.keys.sorted() + ["deprecated"] }

  mutating func constraint(_ attribute: AttributeSyntax, on type: TypeReference, field: String)
    -> Constraint?
  {
    let name = attribute.name
    guard let (target, argument) = Checker.constraintAttributes[name.text] else {
      diagnostics.error(
        "unknown attribute '@\(name.text)'"
          + Suggestion.didYouMean("@" + name.text, in: Checker.attributeNames.map { "@" + $0 }),
        at: name.location)
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
      guard Constraint.isValidPattern(pattern) else {
        diagnostics.error(
          "'@\(name.text)' argument is not a valid regular expression", at: arguments[0].location)
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
