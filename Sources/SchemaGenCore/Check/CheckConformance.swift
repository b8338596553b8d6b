import SchemaRuntime

/// A place where a JSON value written in the schema does not fit its type.
struct ConformanceIssue {
  var message: String
  var location: SourceLocation
}

extension Checker {
  /// Checks an example or a default against a type: shape, required and unknown properties,
  /// constants, enum values, union tags and integer-ness. Paths in messages are JSON paths.
  mutating func conformance(of value: JSONSyntax, to type: TypeReference) -> [ConformanceIssue] {
    var known: [NamedConformance: [ConformanceIssue]] = [:]
    return conformance(of: value, to: type, path: "", known: &known)
  }

  /// A value checked against an untagged union. Untagged unions whose variants are untagged
  /// unions reach one value and union by many paths, as many as 2^depth; each is checked once.
  private struct NamedConformance: Hashable {
    /// Where the value starts, which tells the values of one example apart.
    var value: SourceLocation
    var union: String
  }

  private mutating func conformance(
    of value: JSONSyntax, to type: TypeReference, path: String,
    known: inout [NamedConformance: [ConformanceIssue]]
  ) -> [ConformanceIssue] {
    func issue(_ message: String) -> [ConformanceIssue] {
      [ConformanceIssue(message: at(path) + message, location: value.location)]
    }
    switch (type, value.value) {
    case (.json, _):
      return []
    case (.string, .string), (.boolean, .bool):
      return []
    case (.number, .number):
      return []
    case (.integer, .number(let lexeme)):
      return Int(lexeme) == nil ? issue("expected an integer, found \(lexeme)") : []
    case (.constant(let constant), .string(let string)):
      return string == constant ? [] : issue("expected \"\(constant)\", found \"\(string)\"")
    case (.autoOr, .string(let string)):
      return string == "auto" ? [] : issue("expected \(type.spelling), found \"\(string)\"")
    case (.autoOr(let primitive), _):
      return conformance(of: value, to: primitive.type, path: path, known: &known).isEmpty
        ? [] : issue("expected \(type.spelling), found \(value.value.summary)")
    case (.array(let element), .array(let elements)):
      return elements.enumerated().flatMap { index, item in
        conformance(
          of: item, to: element, path: path + "[" + String(index) + "]", known: &known)
      }
    case (.map(let element), .object(let members)):
      return members.flatMap { member in
        conformance(
          of: member.value, to: element, path: join(path, member.key.text), known: &known)
      }
    case (.named(let name), _):
      return conformance(of: value, toNamed: name, path: path, known: &known)
    default:
      return issue("expected \(type.spelling), found \(value.value.summary)")
    }
  }

  private mutating func conformance(
    of value: JSONSyntax, toNamed name: String, path: String,
    known: inout [NamedConformance: [ConformanceIssue]]
  ) -> [ConformanceIssue] {
    if let object = objects[name] {
      guard case .object(let members) = value.value else {
        return [
          .init(
            message: at(path) + "expected an object \(name), found \(value.value.summary)",
            location: value.location)
        ]
      }
      var issues: [ConformanceIssue] = []
      var present = [Bool](repeating: false, count: object.fields.count)
      for member in members {
        guard let index = object.fields.firstIndex(where: { $0.name == member.key.text }) else {
          let suggestion = didYouMean(member.key.text, in: object.fields.map(\.name))
          issues.append(
            .init(
              message:
                "'\(join(path, member.key.text))': '\(name)' has no field '\(member.key.text)'"
                + suggestion,
              location: member.key.location))
          continue
        }
        present[index] = true
        let field = object.fields[index]
        if case .null = member.value.value, field.isNullable { continue }
        let fieldPath = join(path, field.name)
        let fieldIssues = conformance(
          of: member.value, to: field.type, path: fieldPath, known: &known)
        issues +=
          fieldIssues.isEmpty
          ? violations(of: member.value, field.constraints, path: fieldPath) : fieldIssues
      }
      for rule in object.rules {
        let values = { (name: String) in
          members.first { $0.key.text == name }.map { $0.value }
        }
        guard let left = values(rule.left) else { continue }
        var violations = Violations()
        violations.checkSubset(
          left.strings, of: values(rule.right)?.strings ?? [], at: JSONPath(join(path, rule.left)),
          otherName: rule.right)
        issues += violations.all.map { .init(message: $0.description, location: left.location) }
      }
      for (field, isPresent) in zip(object.fields, present) where !field.isOptional && !isPresent {
        issues.append(
          .init(
            message: at(path) + "missing required field '\(field.name)' of '\(name)'",
            location: value.location))
      }
      return issues
    }
    if let enumeration = enums[name] {
      guard case .string(let string) = value.value,
        enumeration.cases.contains(where: { $0.value == string })
      else {
        let values = enumeration.cases.map { "\"\($0.value)\"" }.joined(separator: ", ")
        return [
          .init(
            message: at(path) + "expected one of \(values) (\(name)), found \(value.value.summary)",
            location: value.location)
        ]
      }
      return []
    }
    guard let union = unions[name] else { return [] }
    if let tag = union.tag {
      guard case .object(let members) = value.value,
        let tagMember = members.first(where: { $0.key.text == tag }),
        case .string(let tagValue) = tagMember.value.value
      else {
        return [
          .init(
            message: at(path) + "expected an object with a string '\(tag)' tag (\(name))",
            location: value.location)
        ]
      }
      guard let variant = union.variants.first(where: { $0.tagValue == tagValue }) else {
        let tags = union.variants.compactMap(\.tagValue).map { "\"\($0)\"" }
        return [
          .init(
            message: at(path) + "unknown tag \"\(tagValue)\" for '\(name)'; expected one of "
              + tags.joined(separator: ", "),
            location: tagMember.value.location)
        ]
      }
      return conformance(of: value, to: variant.type, path: path, known: &known)
    }
    let key = NamedConformance(value: value.location, union: name)
    if let issues = known[key] { return issues }
    let issues = untaggedConformance(of: value, to: union, path: path, known: &known)
    known[key] = issues
    return issues
  }

  /// The issues of the first variant that comes closest, or `[]` when a variant fits.
  private mutating func untaggedConformance(
    of value: JSONSyntax, to union: UnionType, path: String,
    known: inout [NamedConformance: [ConformanceIssue]]
  ) -> [ConformanceIssue] {
    var firstIssues: [ConformanceIssue]?
    for variant in union.variants {
      let issues = conformance(of: value, to: variant.type, path: path, known: &known)
      if issues.isEmpty { return [] }
      if firstIssues == nil, !issues.allSatisfy({ $0.location == value.location }) {
        firstIssues = issues
      }
    }
    return firstIssues
      ?? [
        .init(
          message: at(path) + "\(value.value.summary) matches no variant of '\(union.name)' ("
            + union.variants.map(\.type.spelling).joined(separator: ", ") + ")",
          location: value.location)
      ]
  }

  /// The constraints a field's value breaks, checked by the same code as generated validators.
  func violations(of value: JSONSyntax, _ constraints: [Constraint], path: String)
    -> [ConformanceIssue]
  {
    guard !constraints.isEmpty else { return [] }
    var violations = Violations()
    let at = JSONPath(path)
    switch value.value {
    case .number(let lexeme):
      violations.check(Double(lexeme), at: at, constraints)
    case .string(let string):
      violations.check(string, at: at, constraints)
    case .array(let elements):
      let numbers = elements.compactMap(\.number)
      if numbers.count == elements.count {
        violations.check(numbers, at: at, constraints)
      } else {
        violations.check(elements.map(\.value.summary), at: at, constraints)
      }
    case .object(let members):
      let map = Dictionary(
        members.map { ($0.key.text, $0.value.string ?? $0.value.value.summary) },
        uniquingKeysWith: { first, _ in first })
      violations.check(map, at: at, constraints)
    case .null, .bool:
      break
    }
    return violations.all.map { .init(message: $0.description, location: value.location) }
  }

  private func join(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : path + "." + key
  }

  /// What a message about the value at `path` starts with: `'path': `, nothing at the root.
  private func at(_ path: String) -> String {
    path.isEmpty ? "" : "'" + path + "': "
  }
}

extension JSONSyntax {
  var number: Double? {
    if case .number(let lexeme) = value { return Double(lexeme) }
    return nil
  }

  var string: String? {
    if case .string(let string) = value { return string }
    return nil
  }

  /// The strings of an array value.
  var strings: [String] {
    if case .array(let elements) = value { return elements.compactMap(\.string) }
    return []
  }
}

extension JSONSyntax.Value {
  /// A short description of a JSON value for messages.
  var summary: String {
    switch self {
    case .null: "null"
    case .bool(let value): "\(value)"
    case .number(let lexeme): lexeme
    case .string(let string): "\"\(string)\""
    case .array: "an array"
    case .object: "an object"
    }
  }
}
