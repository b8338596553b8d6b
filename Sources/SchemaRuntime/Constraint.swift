import Foundation

/// A rule on one value, as the schema states it (`@min(1)`, `@maxLength(64)`, ...).
///
/// The generator keeps constraints in its model, generated validators check them, and the
/// generator checks schema examples with them too: one definition of every rule.
public enum Constraint: Hashable, Sendable {
  case minimum(Double)
  case exclusiveMinimum(Double)
  case maximum(Double)
  case exclusiveMaximum(Double)
  /// Length in characters.
  case minLength(Int)
  case maxLength(Int)
  /// The whole string matches the regular expression.
  case pattern(String)
  case minItems(Int)
  case maxItems(Int)
  /// Array elements are numbers in strictly increasing order.
  case increasing
  case minEntries(Int)
  case maxEntries(Int)
  /// Each key of a map has at most this many characters.
  case maxKeyLength(Int)
  /// Each value of a map of strings has at most this many characters.
  case maxValueLength(Int)

  /// The rule's name in the schema DSL, without the `@`.
  public var rule: String {
    switch self {
    case .minimum: "min"
    case .exclusiveMinimum: "exclusiveMin"
    case .maximum: "max"
    case .exclusiveMaximum: "exclusiveMax"
    case .minLength: "minLength"
    case .maxLength: "maxLength"
    case .pattern: "pattern"
    case .minItems: "minItems"
    case .maxItems: "maxItems"
    case .increasing: "increasing"
    case .minEntries: "minEntries"
    case .maxEntries: "maxEntries"
    case .maxKeyLength: "maxKeyLength"
    case .maxValueLength: "maxValueLength"
    }
  }

  /// What the rule allows, in words: "at least 1", "at most 64 characters".
  public var requirement: String {
    switch self {
    case .minimum(let bound): "at least \(bound.compact)"
    case .exclusiveMinimum(let bound): "greater than \(bound.compact)"
    case .maximum(let bound): "at most \(bound.compact)"
    case .exclusiveMaximum(let bound): "less than \(bound.compact)"
    case .minLength(let count): "at least \(plural(count, "character")) long"
    case .maxLength(let count): "at most \(plural(count, "character")) long"
    case .pattern(let pattern): "a match of /\(pattern)/"
    case .minItems(let count): "at least \(plural(count, "item"))"
    case .maxItems(let count): "at most \(plural(count, "item"))"
    case .increasing: "numbers in increasing order"
    case .minEntries(let count): "at least \(plural(count, "entry", "entries"))"
    case .maxEntries(let count): "at most \(plural(count, "entry", "entries"))"
    case .maxKeyLength(let count): "a key of at most \(plural(count, "character"))"
    case .maxValueLength(let count): "a value of at most \(plural(count, "character"))"
    }
  }

  private func plural(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
  }

  func allows(number value: Double) -> Bool {
    switch self {
    case .minimum(let bound): value >= bound
    case .exclusiveMinimum(let bound): value > bound
    case .maximum(let bound): value <= bound
    case .exclusiveMaximum(let bound): value < bound
    default: true
    }
  }

  func allows(string value: String) -> Bool {
    switch self {
    case .minLength(let count): value.count >= count
    case .maxLength(let count): value.count <= count
    case .pattern(let pattern):
      (try? Pattern.compiled(pattern).get())?.matches(value) ?? false
    default: true
    }
  }

  func allows(count: Int) -> Bool {
    switch self {
    case .minItems(let bound), .minEntries(let bound): count >= bound
    case .maxItems(let bound), .maxEntries(let bound): count <= bound
    default: true
    }
  }

  /// Why `pattern` is not a regular expression the validators can use, or `nil` when it is one.
  public static func patternProblem(_ pattern: String) -> PatternError? {
    if case .failure(let error) = Pattern.compiled(pattern) { return error }
    return nil
  }
}

extension Double {
  /// The number as a schema writes it: `1` rather than `1.0`, `0.00001` rather than `1e-05`.
  /// Very large and very small numbers keep Swift's exponent form (`1.7976931348623157e+308`).
  /// Either way the text reads back as exactly this value, in Swift source as in JSON.
  public var compact: String {
    if self == rounded(), abs(self) < 1e15 { return String(Int(self)) }
    let text = "\(self)"
    guard let e = text.firstIndex(of: "e"), let exponent = Int(text[text.index(after: e)...]),
      (-7...15).contains(exponent)
    else {
      return text
    }
    var mantissa = text[..<e]
    let sign = mantissa.hasPrefix("-") ? "-" : ""
    if !sign.isEmpty { mantissa = mantissa.dropFirst() }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    var digits = String(parts[0]) + (parts.count > 1 ? String(parts[1]) : "")
    var point = parts[0].count + exponent
    if point <= 0 {
      digits = String(repeating: "0", count: 1 - point) + digits
      point = 1
    }
    if point >= digits.count {
      return sign + digits + String(repeating: "0", count: point - digits.count)
    }
    return sign + digits.prefix(point) + "." + digits.dropFirst(point)
  }
}
