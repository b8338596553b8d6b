extension Checker {
  mutating func object(_ syntax: ObjectSyntax) -> ObjectType? {
    let errorsBefore = diagnostics.all.count
    var fields: [Field] = []
    var names: [String: SourceLocation] = [:]
    for fieldSyntax in syntax.fields {
      let name = fieldSyntax.name
      if let previous = names[name.text] {
        diagnostics.error(
          "duplicate field '\(name.text)' in '\(syntax.name.text)'", at: name.location,
          notes: [.init("'\(name.text)' is first declared here", at: previous)])
        continue
      }
      names[name.text] = name.location
      if let field = field(fieldSyntax, in: syntax.name.text) { fields.append(field) }
    }
    let rules = syntax.rules.compactMap { rule($0, fields: fields, owner: syntax.name.text) }
    if syntax.fields.count > Limits.fields {
      diagnostics.error(
        "object '\(syntax.name.text)' has \(syntax.fields.count) fields; an object has at most \(Limits.fields) (split it into nested objects)",
        at: syntax.name.location)
    }
    let deprecation = deprecation(
      from: syntax.attributes, allowing: ["closed", "spec", "deviation"])
    let specName = specName(from: syntax.attributes)
    let deviation = deviation(from: syntax.attributes)
    let closed = syntax.attributes.filter { $0.name.text == "closed" }
    for attribute in closed where !attribute.arguments.isEmpty {
      diagnostics.error("'@closed' takes no arguments", at: attribute.name.location)
    }
    guard diagnostics.all.count == errorsBefore else { return nil }
    return ObjectType(
      name: syntax.name.text, docs: syntax.docs, deprecation: deprecation, fields: fields,
      rules: rules, isClosed: !closed.isEmpty, specName: specName, deviation: deviation,
      location: syntax.name.location)
  }

  mutating func field(_ syntax: FieldSyntax, in owner: String) -> Field? {
    guard let (type, isNullable) = resolve(syntax.type) else { return nil }
    let constraintAttributes = syntax.attributes.filter {
      $0.name.text != "deprecated" && $0.name.text != "deviation"
    }
    let checked = constraintAttributes.compactMap { attribute in
      constraint(attribute, on: type, field: syntax.name.text).map { ($0, attribute) }
    }
    checkConsistency(of: checked, field: syntax.name.text)
    let constraints = checked.map(\.0)
    if let value = syntax.defaultValue, !syntax.isOptional {
      diagnostics.error(
        "'\(syntax.name.text)' is required, so a default never applies; make it optional ('\(syntax.name.text)?:') or remove '= \(value.compactText)'",
        at: value.location)
    }
    return Field(
      name: syntax.name.text, docs: syntax.docs, type: type, isOptional: syntax.isOptional,
      isNullable: isNullable, defaultValue: syntax.defaultValue, constraints: constraints,
      // Every other attribute of a field is a constraint or a deviation, checked above.
      deprecation: deprecation(from: syntax.attributes.filter { $0.name.text == "deprecated" }),
      deviation: deviation(from: syntax.attributes),
      location: syntax.name.location)
  }

  mutating func rule(_ syntax: RuleSyntax, fields: [Field], owner: String) -> Rule? {
    guard let relation = Rule.Relation(rawValue: syntax.relation.text) else {
      let suggestion = didYouMean(
        syntax.relation.text, in: Rule.Relation.allCases.map(\.rawValue))
      diagnostics.error(
        "unknown rule '\(syntax.relation.text)'; expected one of: "
          + Rule.Relation.allCases.map(\.rawValue).joined(separator: ", ") + suggestion,
        at: syntax.relation.location)
      return nil
    }
    var valid = true
    for name in [syntax.left, syntax.right] {
      guard let field = fields.first(where: { $0.name == name.text }) else {
        let suggestion = didYouMean(name.text, in: fields.map(\.name))
        diagnostics.error(
          "unknown field '\(name.text)' in rule of '\(owner)'" + suggestion, at: name.location)
        valid = false
        continue
      }
      if field.type != .array(.string) {
        diagnostics.error(
          "rule '\(relation.rawValue)' compares arrays of strings, but '\(name.text)' is '\(field.type.spelling)'",
          at: name.location)
        valid = false
      }
    }
    guard valid else { return nil }
    return Rule(
      relation: relation, left: syntax.left.text, right: syntax.right.text,
      location: syntax.relation.location)
  }

  mutating func enumeration(_ syntax: EnumSyntax) -> EnumType? {
    let errorsBefore = diagnostics.all.count
    var seen: [String: SourceLocation] = [:]
    if syntax.cases.isEmpty {
      diagnostics.error("enum '\(syntax.name.text)' has no values", at: syntax.name.location)
    } else if syntax.cases.count > Limits.enumValues {
      diagnostics.error(
        "enum '\(syntax.name.text)' has \(syntax.cases.count) values; an enum has at most \(Limits.enumValues)",
        at: syntax.name.location)
    }
    for enumCase in syntax.cases {
      let value = enumCase.value
      if let previous = seen[value.text] {
        diagnostics.error(
          "duplicate value \"\(value.text)\" in enum '\(syntax.name.text)'", at: value.location,
          notes: [.init("\"\(value.text)\" is first listed here", at: previous)])
        continue
      }
      seen[value.text] = value.location
    }
    let deprecation = deprecation(from: syntax.attributes, allowing: ["spec", "deviation"])
    let specName = specName(from: syntax.attributes)
    let enumDeviation = deviation(from: syntax.attributes)
    let cases = syntax.cases.map { enumCase in
      for attribute in enumCase.attributes where attribute.name.text != "deviation" {
        diagnostics.error(
          "unknown attribute '@\(attribute.name.text)' on an enum value; expected '@deviation'",
          at: attribute.name.location)
      }
      return EnumType.Case(
        value: enumCase.value.text, docs: enumCase.docs,
        deviation: deviation(from: enumCase.attributes), location: enumCase.value.location)
    }
    guard diagnostics.all.count == errorsBefore else { return nil }
    return EnumType(
      name: syntax.name.text, docs: syntax.docs, deprecation: deprecation, cases: cases,
      specName: specName, deviation: enumDeviation, location: syntax.name.location)
  }

  mutating func union(_ syntax: UnionSyntax) -> UnionType? {
    let errorsBefore = diagnostics.all.count
    var variants: [UnionType.Variant] = []
    var tags: [String: SourceLocation] = [:]
    var caseNames: [String: SourceLocation] = [:]
    if syntax.variants.isEmpty {
      diagnostics.error("union '\(syntax.name.text)' has no variants", at: syntax.name.location)
    } else if syntax.variants.count
      > (syntax.tag == nil ? Limits.untaggedVariants : Limits.taggedVariants)
    {
      let limit = syntax.tag == nil ? Limits.untaggedVariants : Limits.taggedVariants
      diagnostics.error(
        "union '\(syntax.name.text)' has \(syntax.variants.count) variants; \(syntax.tag == nil ? "an untagged" : "a tagged") union has at most \(limit)",
        at: syntax.name.location)
    }
    for variant in syntax.variants {
      if let tag = syntax.tag {
        guard let tagValue = taggedVariant(variant, tag: tag, union: syntax.name.text) else {
          continue
        }
        if let previous = tags[tagValue.value] {
          diagnostics.error(
            "duplicate tag \"\(tagValue.value)\" in union '\(syntax.name.text)'",
            at: variant.type.location,
            notes: [.init("\"\(tagValue.value)\" is first used here", at: previous)])
          continue
        }
        tags[tagValue.value] = variant.type.location
        variants.append(
          UnionType.Variant(
            name: tagValue.value, docs: tagValue.docs, type: tagValue.type,
            tagValue: tagValue.value, deviation: variantDeviation(variant),
            location: variant.type.location))
      } else {
        guard let name = variant.name else {
          diagnostics.error(
            "a variant of an untagged union needs a case name, as in 'text: string'; or add 'by \"type\"' to tag the union",
            at: variant.type.location)
          continue
        }
        if let previous = caseNames[name.text] {
          diagnostics.error(
            "duplicate case '\(name.text)' in union '\(syntax.name.text)'", at: name.location,
            notes: [.init("'\(name.text)' is first declared here", at: previous)])
          continue
        }
        caseNames[name.text] = name.location
        guard let (type, isNullable) = resolve(variant.type) else { continue }
        if case .constant = type {
          diagnostics.error(
            "a variant of an untagged union cannot be a constant; use an inline union such as '\"auto\" | int' instead",
            at: variant.type.location)
          continue
        }
        if isNullable {
          diagnostics.error(
            "a union variant cannot be null; make the field that holds the union nullable",
            at: variant.type.location)
          continue
        }
        variants.append(
          UnionType.Variant(
            name: name.text, docs: variant.docs, type: type, tagValue: nil,
            deviation: variantDeviation(variant), location: name.location))
      }
    }
    let deprecation = deprecation(from: syntax.attributes, allowing: ["spec", "deviation"])
    let specName = specName(from: syntax.attributes)
    let deviation = deviation(from: syntax.attributes)
    guard diagnostics.all.count == errorsBefore else { return nil }
    return UnionType(
      name: syntax.name.text, docs: syntax.docs, deprecation: deprecation, tag: syntax.tag?.text,
      variants: variants, isRecursive: false, specName: specName, deviation: deviation,
      location: syntax.name.location)
  }

  /// The `@deviation` after a variant's type; any other attribute there is an error.
  private mutating func variantDeviation(_ variant: VariantSyntax) -> Deviation? {
    for attribute in variant.attributes where attribute.name.text != "deviation" {
      diagnostics.error(
        "unknown attribute '@\(attribute.name.text)' on a union variant; expected '@deviation'",
        at: attribute.name.location)
    }
    return deviation(from: variant.attributes)
  }

  /// A tagged union's variant is an object whose tag field is a constant; returns that constant
  /// and the variant's docs (the object's own when the variant has none).
  private mutating func taggedVariant(_ variant: VariantSyntax, tag: NameSyntax, union: String)
    -> (value: String, type: TypeReference, docs: [String])?
  {
    if let name = variant.name {
      diagnostics.error(
        "variants of a tagged union are object types named alone; the tag value names the case, so remove '\(name.text):'",
        at: name.location)
      return nil
    }
    guard case .name(let typeName) = variant.type else {
      diagnostics.error(
        "a variant of tagged union '\(union)' must be an object type with a constant '\(tag.text)' field",
        at: variant.type.location)
      return nil
    }
    guard resolve(variant.type) != nil else { return nil }
    guard let object = objects[typeName.text] else {
      if declared[typeName.text]?.kind != .object {
        diagnostics.error(
          "variant '\(typeName.text)' of tagged union '\(union)' must be an object type",
          at: typeName.location)
      }
      return nil
    }
    guard let field = object.fields.first(where: { $0.name == tag.text }),
      case .constant(let value) = field.type, !field.isOptional
    else {
      diagnostics.error(
        "variant '\(typeName.text)' of union '\(union)' needs a required constant tag field, such as '\(tag.text): \"\(SwiftNames.snakeCase(typeName.text))\"'",
        at: typeName.location,
        notes: [.init("'\(typeName.text)' is declared here", at: object.location)])
      return nil
    }
    return (value, .named(typeName.text), variant.docs.isEmpty ? object.docs : variant.docs)
  }

  mutating func example(_ syntax: ExampleSyntax) -> Example? {
    guard declared[syntax.type.text] != nil else {
      let suggestion = didYouMeanType(syntax.type.text)
      diagnostics.error(
        "unknown type '\(syntax.type.text)' in example" + suggestion, at: syntax.type.location)
      return nil
    }
    let issues = conformance(of: syntax.value, to: .named(syntax.type.text))
    for issue in issues {
      diagnostics.error(
        "invalid example of '\(syntax.type.text)': \(issue.message)", at: issue.location)
    }
    guard issues.isEmpty else { return nil }
    return Example(typeName: syntax.type.text, docs: syntax.docs, value: syntax.value)
  }

  /// Defaults are checked once every type is known, since a default may name an enum value.
  mutating func checkDefaults() {
    for object in objects.values.sorted(by: { $0.location < $1.location }) {
      for field in object.fields { checkDefault(of: field, in: object.name) }
    }
  }

  mutating func checkDefault(of field: Field, in owner: String) {
    guard let value = field.defaultValue else { return }
    if case .null = value.value, field.isNullable { return }
    let issues = conformance(of: value, to: field.type)
    for issue in issues.isEmpty
      ? violations(of: value, field.constraints, path: field.name) : issues
    {
      diagnostics.error(
        "invalid default for '\(field.name)' in '\(owner)': \(issue.message)", at: issue.location)
    }
  }
}
