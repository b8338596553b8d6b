/// Where a value sits in a JSON document: `method.reinforcement.hyperparameters.n_epochs`,
/// `integrations[0].wandb.project`. The root is the empty path.
public struct JSONPath: Hashable, Sendable, CustomStringConvertible {
  public private(set) var description: String

  public init(_ description: String = "") {
    self.description = description
  }

  public static let root = JSONPath()

  /// The path of a property.
  public static func / (path: JSONPath, key: String) -> JSONPath {
    JSONPath(path.description.isEmpty ? key : path.description + "." + key)
  }

  /// The path of an array element.
  public subscript(index: Int) -> JSONPath {
    JSONPath(description + "[\(index)]")
  }
}

/// One broken rule: where, which rule, what it allows and what was found.
public struct Violation: Hashable, Sendable, CustomStringConvertible {
  public var path: JSONPath
  /// The rule's name: a constraint (`min`, `maxLength`, ...), `subsetOf`, `knownValue`,
  /// `knownVariant` or `noAdditionalProperties`.
  public var rule: String
  /// What the rule allows: "at least 1", "one of: info, warn, error".
  public var requirement: String
  /// The value found, as JSON (long strings shortened).
  public var found: String

  public init(path: JSONPath, rule: String, requirement: String, found: String) {
    self.path = path
    self.rule = rule
    self.requirement = requirement
    self.found = found
  }

  /// `n_epochs: must be at least 1 (min), found -1`
  public var description: String {
    "\(path.description.isEmpty ? "(root)" : path.description): must be \(requirement) (\(rule)), found \(found)"
  }
}

/// The violations of a value, thrown by ``Validatable/validate()``.
public struct ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
  public var violations: [Violation]

  public var description: String {
    let count = violations.count
    return "\(count) validation error\(count == 1 ? "" : "s"):\n"
      + violations.map { "  - \($0)" }.joined(separator: "\n")
  }
}

/// A generated type whose constraints can be checked, all of them at once.
public protocol Validatable {
  /// Appends the violations of this value and of every value nested in it.
  func collectViolations(at path: JSONPath, into violations: inout Violations)
}

extension Validatable {
  /// Every broken rule of this value and the values nested in it; empty when it is valid.
  public func violations() -> [Violation] {
    var violations = Violations()
    collectViolations(at: .root, into: &violations)
    return violations.all
  }

  /// Throws a ``ValidationError`` listing every broken rule, or returns when there is none.
  public func validate() throws(ValidationError) {
    let violations = violations()
    guard violations.isEmpty else { throw ValidationError(violations: violations) }
  }
}

/// Collects violations; the checks generated validators call.
public struct Violations: Sendable {
  public private(set) var all: [Violation] = []

  public init() {}

  public mutating func append(_ violation: Violation) {
    all.append(violation)
  }

  private mutating func report(_ constraint: Constraint, at path: JSONPath, found: String) {
    all.append(
      Violation(
        path: path, rule: constraint.rule, requirement: constraint.requirement, found: found))
  }

  // MARK: Constraints

  public mutating func check(_ value: Int?, at path: JSONPath, _ constraints: [Constraint]) {
    guard let value else { return }
    for constraint in constraints where !constraint.allows(number: Double(value)) {
      report(constraint, at: path, found: String(value))
    }
  }

  public mutating func check(_ value: Double?, at path: JSONPath, _ constraints: [Constraint]) {
    guard let value else { return }
    for constraint in constraints where !constraint.allows(number: value) {
      report(constraint, at: path, found: value.compact)
    }
  }

  public mutating func check(_ value: AutoOr<Int>?, at path: JSONPath, _ constraints: [Constraint])
  {
    check(value?.explicitValue, at: path, constraints)
  }

  public mutating func check(
    _ value: AutoOr<Double>?, at path: JSONPath, _ constraints: [Constraint]
  ) {
    check(value?.explicitValue, at: path, constraints)
  }

  public mutating func check(_ value: String?, at path: JSONPath, _ constraints: [Constraint]) {
    guard let value else { return }
    for constraint in constraints where !constraint.allows(string: value) {
      report(constraint, at: path, found: Violations.describe(value))
    }
  }

  public mutating func check<Element>(
    _ value: [Element]?, at path: JSONPath, _ constraints: [Constraint]
  ) {
    guard let value else { return }
    for constraint in constraints where !constraint.allows(count: value.count) {
      report(constraint, at: path, found: value.count == 1 ? "1 item" : "\(value.count) items")
    }
    guard constraints.contains(.increasing) else { return }
    let numbers = value.compactMap { ($0 as? Double) ?? ($0 as? Int).map(Double.init) }
    for index in numbers.indices.dropFirst() where numbers[index] <= numbers[index - 1] {
      report(
        .increasing, at: path[index],
        found: "\(numbers[index].compact) after \(numbers[index - 1].compact)")
    }
  }

  public mutating func check<Value>(
    _ value: [String: Value]?, at path: JSONPath, _ constraints: [Constraint]
  ) {
    guard let value else { return }
    for constraint in constraints where !constraint.allows(count: value.count) {
      report(constraint, at: path, found: value.count == 1 ? "1 entry" : "\(value.count) entries")
    }
    for constraint in constraints {
      for key in value.keys.sorted() {
        switch constraint {
        case .maxKeyLength(let limit) where key.count > limit:
          report(constraint, at: path / key, found: "a key of \(key.count) characters")
        case .maxValueLength(let limit):
          if let string = value[key] as? String, string.count > limit {
            report(constraint, at: path / key, found: Violations.describe(string))
          }
        default:
          continue
        }
      }
    }
  }

  /// A string for a message: quoted, and shortened with its length when long.
  static func describe(_ string: String) -> String {
    guard string.count > 40 else { return "\"\(string)\"" }
    return "\"\(string.prefix(20))…\" (\(string.count) characters)"
  }

  // MARK: Rules and open values

  /// Every element of `value` must be an element of `other` (`rule a subsetOf b`).
  public mutating func checkSubset(
    _ value: [String]?, of other: [String]?, at path: JSONPath, otherName: String
  ) {
    guard let value else { return }
    let allowed = Set(other ?? [])
    for (index, element) in value.enumerated() where !allowed.contains(element) {
      all.append(
        Violation(
          path: path[index], rule: "subsetOf",
          requirement: "one of \(otherName): " + (other ?? []).joined(separator: ", "),
          found: Violations.describe(element)))
    }
  }

  /// An enum value the schema does not list (kept by the open enum) is reported.
  public mutating func reportUnknownValue(_ rawValue: String, at path: JSONPath, known: [String]) {
    all.append(
      Violation(
        path: path, rule: "knownValue", requirement: "one of: " + known.joined(separator: ", "),
        found: Violations.describe(rawValue)))
  }

  /// A union variant whose tag the schema does not list (kept as JSON) is reported.
  public mutating func reportUnknownVariant(
    _ json: JSON, tag: String, at path: JSONPath, known: [String]
  ) {
    var found = "no \(tag)"
    if case .object(let members) = json, case .string(let value)? = members[tag] {
      found = "\(tag) \(Violations.describe(value))"
    }
    all.append(
      Violation(
        path: path / tag, rule: "knownVariant",
        requirement: "one of: " + known.joined(separator: ", "), found: found))
  }

  /// A closed object (`@closed`) reports every property it does not declare.
  public mutating func reportAdditionalProperties(_ properties: [String: JSON], at path: JSONPath) {
    for key in properties.keys.sorted() {
      all.append(
        Violation(
          path: path / key, rule: "noAdditionalProperties",
          requirement: "absent: this object allows no undeclared properties",
          found: "a property \(Violations.describe(key))"))
    }
  }

  // MARK: Nested values

  /// Validates a nested value, if present: an object, enum or union, or an array or map of them.
  public mutating func validate<Value: Validatable>(_ value: Value?, at path: JSONPath) {
    value?.collectViolations(at: path, into: &self)
  }
}

extension Array: Validatable where Element: Validatable {
  public func collectViolations(at path: JSONPath, into violations: inout Violations) {
    for (index, element) in enumerated() {
      element.collectViolations(at: path[index], into: &violations)
    }
  }
}

extension Dictionary: Validatable where Key == String, Value: Validatable {
  public func collectViolations(at path: JSONPath, into violations: inout Violations) {
    for key in keys.sorted() {
      self[key]?.collectViolations(at: path / key, into: &violations)
    }
  }
}
