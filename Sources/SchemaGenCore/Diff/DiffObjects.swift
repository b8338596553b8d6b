import SchemaRuntime

extension DiffEngine {
  mutating func compareObjects(_ before: ObjectType, _ after: ObjectType) {
    let owner = after.name
    let oldFields = Dictionary(uniqueKeysWithValues: before.fields.map { ($0.name, $0) })
    let newFields = Dictionary(uniqueKeysWithValues: after.fields.map { ($0.name, $0) })
    for field in after.fields where oldFields[field.name] == nil {
      let subject = "\(owner).\(field.name)"
      if field.isOptional {
        record(
          owner, subject, "optional field added", at: field.location,
          request: .additive("OLD clients omit it, which NEW allows"),
          response: .additive("OLD clients keep it in additionalProperties"),
          source: .additive(
            "new property \(SwiftNames.property(field.name)) with a default in init"))
      } else {
        record(
          owner, subject, "required field added", at: field.location,
          request: .breaking("OLD clients do not send it"),
          response: .additive("OLD clients keep it in additionalProperties"),
          source: field.isNullable || field.type.isConstant
            ? .additive("new property \(SwiftNames.property(field.name)) with a default in init")
            : .breaking("init(...) gains the required parameter \(SwiftNames.property(field.name))")
        )
      }
    }
    for field in before.fields where newFields[field.name] == nil {
      record(
        before.name, "\(owner).\(field.name)", "field removed", at: field.location, removed: true,
        request: .breaking("OLD clients send a property NEW no longer reads"),
        response: field.isOptional
          ? .none("OLD clients already handle its absence")
          : .breaking("OLD clients require it, and NEW no longer sends it"),
        source: .breaking("code using \(SwiftNames.property(field.name)) no longer compiles"))
    }
    for field in after.fields {
      guard let previous = oldFields[field.name] else { continue }
      compareFields(previous, field, owner: owner)
    }
    let oldRules = Set(before.rules.map { "\($0.left) \($0.relation.rawValue) \($0.right)" })
    let newRules = Set(after.rules.map { "\($0.left) \($0.relation.rawValue) \($0.right)" })
    for rule in after.rules
    where !oldRules.contains("\(rule.left) \(rule.relation.rawValue) \(rule.right)") {
      record(
        owner, owner, "rule \(rule.left) \(rule.relation.rawValue) \(rule.right) added",
        at: rule.location,
        request: .breaking("NEW rejects values OLD clients may send"),
        response: .none("NEW sends only values OLD accepted"),
        source: .none("validation changes; the API does not"))
    }
    for rule in before.rules
    where !newRules.contains("\(rule.left) \(rule.relation.rawValue) \(rule.right)") {
      record(
        owner, owner, "rule \(rule.left) \(rule.relation.rawValue) \(rule.right) removed",
        at: rule.location, removed: true, request: .additive("NEW accepts more values"),
        response: .none("OLD clients' validate() may report values NEW allows"),
        source: .none("validation changes; the API does not"))
    }
    if before.isClosed != after.isClosed {
      record(
        owner, owner,
        after.isClosed ? "closed to undeclared properties" : "open to undeclared properties",
        at: after.location,
        request: after.isClosed
          ? .breaking("NEW rejects undeclared properties OLD clients may send")
          : .additive("NEW accepts undeclared properties"),
        response: .none("decoders keep undeclared properties either way"),
        source: .none("the Swift API does not change"))
    }
    compareDeprecation(before.deprecation, after.deprecation, owner: owner, at: after.location)
  }

  private mutating func compareFields(_ before: Field, _ after: Field, owner: String) {
    let subject = "\(owner).\(after.name)"
    let property = SwiftNames.property(after.name)
    if before.isOptional != after.isOptional {
      let nowOptional = after.isOptional
      record(
        owner, subject, nowOptional ? "became optional" : "became required", at: after.location,
        request: nowOptional
          ? .additive("NEW accepts requests without it")
          : .breaking("OLD clients may omit it"),
        response: nowOptional
          ? .breaking("OLD clients require it, and NEW may omit it")
          : .none("NEW always sends it"),
        source: before.isNullable || after.isNullable
          ? .none("the Swift type stays optional")
          : .breaking("\(property) changes between \(after.type.swift) and \(after.type.swift)?"))
    }
    if before.isNullable != after.isNullable {
      let nowNullable = after.isNullable
      record(
        owner, subject, nowNullable ? "became nullable" : "no longer nullable", at: after.location,
        request: nowNullable
          ? .additive("NEW accepts null") : .breaking("OLD clients may send null"),
        response: nowNullable
          ? (after.isOptional
            ? .none("OLD clients already read null as absent")
            : .breaking("OLD clients cannot decode null"))
          : .none("NEW no longer sends null"),
        source: before.isOptional || after.isOptional
          ? .none("the Swift type stays optional")
          : .breaking("\(property) changes between \(after.type.swift) and \(after.type.swift)?"))
    }
    if before.type != after.type {
      let verdicts = typeChange(from: before.type, to: after.type)
      record(
        owner, subject, "type changed from \(before.type.spelling) to \(after.type.spelling)",
        at: after.location, request: verdicts.request, response: verdicts.response,
        source: .breaking("\(property) changes from \(before.type.swift) to \(after.type.swift)"))
    }
    compareConstraints(
      before.constraints, after.constraints, owner: owner, subject: subject, at: after.location)
    if before.defaultValue?.compactText != after.defaultValue?.compactText {
      record(
        owner, subject,
        "default changed from \(before.defaultValue?.compactText ?? "none") to \(after.defaultValue?.compactText ?? "none")",
        at: after.location, request: .breaking("requests that omit it now mean something else"),
        response: .none("defaults apply to requests"), source: .none("documentation only"))
    }
    compareDeprecation(
      before.deprecation, after.deprecation, owner: owner, subject: subject, at: after.location)
    if before.docs != after.docs { recordDocs(owner, subject, at: after.location) }
  }

  /// Wire verdicts of a field's type change: widening is additive for requests, breaking for
  /// responses; any other change breaks both.
  private func typeChange(from before: TypeReference, to after: TypeReference)
    -> (request: SchemaChange.Verdict, response: SchemaChange.Verdict)
  {
    let widened = (
      SchemaChange.Verdict.additive("NEW accepts everything OLD clients send"),
      SchemaChange.Verdict.breaking("OLD clients cannot decode the new values")
    )
    let narrowed = (
      SchemaChange.Verdict.breaking("OLD clients may send values NEW rejects"),
      SchemaChange.Verdict.none("NEW sends only values OLD clients decode")
    )
    switch (before, after) {
    case (.integer, .number): return widened
    case (.number, .integer): return narrowed
    case (let value, .autoOr(let primitive)) where value == primitive.type: return widened
    case (.autoOr(let primitive), let value) where value == primitive.type: return narrowed
    case (.named(let name), .named(let union))
    where untaggedUnion(union, in: new, accepts: .named(name)):
      return widened
    case (.named(let union), .named(let name))
    where untaggedUnion(union, in: old, accepts: .named(name)):
      return narrowed
    default:
      return (.breaking("the JSON changes type"), .breaking("the JSON changes type"))
    }
  }

  private func untaggedUnion(_ name: String, in schema: Schema, accepts type: TypeReference) -> Bool
  {
    guard case .union(let union)? = schema[type: name], union.tag == nil else { return false }
    return union.variants.contains { $0.type == type }
  }

  private mutating func compareConstraints(
    _ before: [Constraint], _ after: [Constraint], owner: String, subject: String,
    at location: SourceLocation
  ) {
    let oldByRule = Dictionary(
      before.map { ($0.rule, $0) }, uniquingKeysWith: { first, _ in first })
    let newByRule = Dictionary(after.map { ($0.rule, $0) }, uniquingKeysWith: { first, _ in first })
    for rule in Set(oldByRule.keys).union(newByRule.keys).sorted() {
      let previous = oldByRule[rule]
      let current = newByRule[rule]
      guard previous != current else { continue }
      let tightened: Bool
      let summary: String
      switch (previous, current) {
      case (nil, let added?):
        tightened = true
        summary = "constraint @\(rule) added: \(added.requirement)"
      case (let removed?, nil):
        tightened = false
        summary = "constraint @\(rule) removed (was \(removed.requirement))"
      case (let removed?, let added?):
        tightened = added.isTighter(than: removed)
        summary =
          "constraint @\(rule) \(tightened ? "tightened" : "loosened") from \(removed.requirement) to \(added.requirement)"
      default:
        continue
      }
      record(
        owner, subject, summary, at: location,
        request: tightened
          ? .breaking("NEW rejects values OLD clients may send")
          : .additive("NEW accepts every value OLD clients send, and more"),
        response: tightened
          ? .none("NEW sends only values OLD accepted")
          : .none("decoding is unaffected; OLD's validate() may report values NEW allows"),
        source: .none("validation changes; the API does not"))
    }
  }
}

extension Constraint {
  /// Whether this bound allows less than `other`, a constraint of the same rule.
  func isTighter(than other: Constraint) -> Bool {
    switch (self, other) {
    case (.minimum(let new), .minimum(let old)),
      (.exclusiveMinimum(let new), .exclusiveMinimum(let old)):
      new > old
    case (.maximum(let new), .maximum(let old)),
      (.exclusiveMaximum(let new), .exclusiveMaximum(let old)):
      new < old
    case (.minLength(let new), .minLength(let old)), (.minItems(let new), .minItems(let old)),
      (.minEntries(let new), .minEntries(let old)):
      new > old
    case (.maxLength(let new), .maxLength(let old)), (.maxItems(let new), .maxItems(let old)),
      (.maxEntries(let new), .maxEntries(let old)),
      (.maxKeyLength(let new), .maxKeyLength(let old)),
      (.maxValueLength(let new), .maxValueLength(let old)):
      new < old
    default:
      true
    }
  }
}

extension TypeReference {
  var isConstant: Bool {
    if case .constant = self { return true }
    return false
  }
}
