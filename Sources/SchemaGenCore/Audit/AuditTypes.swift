import SchemaRuntime

extension Auditor {
  /// Compares a declared type with the spec schema it corresponds to.
  mutating func compare(_ type: TypeDeclaration, with spec: SpecSchema) {
    if let component = spec.component { matchedComponents.insert(component) }
    let spec = spec.nonNull
    guard compared.insert("\(type.name)@\(spec.pointer)").inserted else { return }
    matchedTypes.insert(type.name)
    if let component = spec.component { matchedComponents.insert(component) }
    switch type {
    case .object(let object): compare(object, with: spec)
    case .enumeration(let enumeration): compare(enumeration, with: spec)
    case .union(let union): compare(union, with: spec)
    }
  }

  private mutating func compare(_ object: ObjectType, with spec: SpecSchema) {
    guard spec.types.isEmpty || spec.types.contains("object") else {
      report(
        "\(object.name) is an object; the spec's schema is \(spec.describedType)",
        at: object.location,
        spec.pointer)
      return
    }
    let properties = spec.properties
    let required = spec.required
    for name in properties.keys.sorted() where !object.fields.contains(where: { $0.name == name }) {
      report(
        "\(object.name) has no field '\(name)'\(required.contains(name) ? ", which the spec requires" : "")",
        at: object.location, properties[name]!.pointer)
    }
    for field in object.fields {
      guard let property = properties[field.name] else {
        report(
          "\(object.name).\(field.name) is not in the spec", at: field.location,
          spec.pointer + "/properties")
        continue
      }
      let isRequired = required.contains(field.name)
      if isRequired == field.isOptional {
        report(
          "\(object.name).\(field.name) is \(field.isOptional ? "optional" : "required") here and \(isRequired ? "required" : "optional") in the spec",
          at: field.location, property.pointer)
      }
      compare(field, of: object.name, with: property)
    }
    if spec.additionalProperties == .bool(false), !object.isClosed {
      report(
        "\(object.name) accepts undeclared properties; the spec says 'additionalProperties: false' (mark it @closed)",
        at: object.location, spec.pointer)
    }
  }

  /// A field's or parameter's type and nullability against the spec's property schema.
  mutating func compare(_ field: Field, of owner: String, with property: SpecSchema) {
    if property.isNullable != field.isNullable {
      report(
        "\(owner).\(field.name) is \(field.isNullable ? "nullable" : "not nullable") here and \(property.isNullable ? "nullable" : "not nullable") in the spec",
        at: field.location, property.pointer)
    }
    compare(field.type, at: field.location, "\(owner).\(field.name)", with: property.nonNull)
    compareConstraints(of: field, "\(owner).\(field.name)", with: property)
    compareDefault(of: field, "\(owner).\(field.name)", with: property)
  }

  /// A type reference against a spec schema, following into named types.
  mutating func compare(
    _ type: TypeReference, at location: SourceLocation, _ subject: String, with spec: SpecSchema
  ) {
    if let ref = spec.unresolvedRef {
      report(
        "\(subject) has a schema the audit cannot read: '$ref' \(ref) points at nothing",
        at: location, spec.pointer)
      return
    }
    guard !spec.isEmpty || spec.component != nil else { return }
    if let component = spec.component { matchedComponents.insert(component) }
    let types = spec.types
    func expect(_ jsonType: String, _ ours: String) {
      guard !types.isEmpty, !types.contains(jsonType) else { return }
      report(
        "\(subject) is \(ours) here; the spec says \(spec.describedType)", at: location,
        spec.pointer)
    }
    switch type {
    case .json:
      // Any JSON value where the spec names one type: the schema accepts what the API rejects.
      if types.count == 1, spec.variants.isEmpty {
        report(
          "\(subject) is any JSON value here; the spec says \(spec.describedType)", at: location,
          spec.pointer)
      }
    case .string:
      expect("string", "a string")
    case .integer:
      expect("integer", "an integer")
    case .number:
      if !types.contains("integer") { expect("number", "a number") }
    case .boolean:
      expect("boolean", "a bool")
    case .constant(let value):
      guard let values = spec.enumValues else {
        expect("string", "the constant \"\(value)\"")
        return
      }
      if values != [value] {
        report(
          "\(subject) is the constant \"\(value)\" here; the spec allows \(values.quotedList)",
          at: location, spec.pointer)
      }
    case .autoOr(let primitive):
      let members = spec.variants.isEmpty ? [spec] : spec.variants
      let hasAuto = members.contains { $0.enumValues == ["auto"] }
      let hasPrimitive = members.contains { $0.types.contains(primitive.jsonType) }
      if !hasAuto || !hasPrimitive {
        report(
          "\(subject) is \"auto\" or \(primitive.rawValue) here; the spec says \(spec.describedType)",
          at: location, spec.pointer)
      }
    case .array(let element):
      guard types.contains("array") || types.isEmpty, let items = spec.items else {
        expect("array", "an array")
        return
      }
      compare(element, at: location, "\(subject)[]", with: items.nonNull)
    case .map(let value):
      // An object schema with no properties of its own is any object: a map of any values.
      if value == .json, spec.properties.isEmpty, spec.additionalProperties != .bool(false),
        types.isEmpty || types == ["object"]
      {
        return
      }
      guard let values = spec.additionalPropertiesSchema else {
        report(
          "\(subject) is a map here; the spec gives no 'additionalProperties' schema (\(spec.describedType))",
          at: location, spec.pointer)
        return
      }
      compare(value, at: location, "\(subject)[key]", with: values.nonNull)
    case .named(let name):
      guard let declaration = schema[type: name] else { return }
      if let component = spec.component, component != declaration.specName {
        report(
          "\(subject) is \(name) here, which corresponds to the spec's '\(declaration.specName)'; the spec uses '\(component)'",
          at: location, spec.pointer)
        return
      }
      compare(declaration, with: spec)
    }
  }

  private mutating func compare(_ enumeration: EnumType, with spec: SpecSchema) {
    guard let values = spec.enumValues else {
      report(
        "\(enumeration.name) is an enum; the spec's schema lists no values (\(spec.describedType))",
        at: enumeration.location, spec.pointer)
      return
    }
    let ours = Set(enumeration.cases.map(\.value))
    for value in values where !ours.contains(value) {
      report(
        "\(enumeration.name) is missing value \"\(value)\"", at: enumeration.location, spec.pointer)
    }
    for enumCase in enumeration.cases where !values.contains(enumCase.value) {
      report(
        "\(enumeration.name) has value \"\(enumCase.value)\", which the spec does not list",
        at: enumCase.location, spec.pointer)
    }
  }

  private mutating func compare(_ union: UnionType, with spec: SpecSchema) {
    // A tagged union may stand where the spec has one object with a constant tag (a union of
    // one, kept open for variants to come).
    let variants =
      spec.variants.isEmpty && union.tag.flatMap({ spec.properties[$0]?.nonNull.enumValues }) != nil
      ? [spec] : spec.variants
    guard !variants.isEmpty else {
      report(
        "\(union.name) is a union; the spec's schema has no 'oneOf' or 'anyOf' (\(spec.describedType))",
        at: union.location, spec.pointer)
      return
    }
    guard let tag = union.tag else {
      compareUntagged(union, with: spec)
      return
    }
    if let discriminator = spec.discriminator, discriminator != tag {
      report(
        "\(union.name) is told apart by \"\(tag)\" here and by \"\(discriminator)\" in the spec",
        at: union.location, spec.pointer + "/discriminator")
    }
    // Tagged: each spec variant's tag value against the union's variants.
    var specTags: [String: SpecSchema] = [:]
    for variant in variants {
      guard let value = variant.properties[tag]?.nonNull.enumValues, value.count == 1 else {
        continue
      }
      specTags[value[0]] = variant
    }
    for (value, variant) in specTags.sorted(by: { $0.key < $1.key }) {
      guard let ours = union.variants.first(where: { $0.tagValue == value }) else {
        report(
          "\(union.name) has no variant tagged \"\(value)\"", at: union.location, variant.pointer)
        continue
      }
      compare(ours.type, at: ours.location, "\(union.name).\(value)", with: variant)
    }
    for variant in union.variants where specTags[variant.tagValue ?? ""] == nil {
      report(
        "\(union.name) has the variant tagged \"\(variant.tagValue ?? "")\", which the spec does not list",
        at: variant.location, spec.pointer)
    }
  }
}

extension Auditor {
  /// An untagged union's cases against the spec's `oneOf`/`anyOf` members, matched by the
  /// JSON shape each accepts.
  fileprivate mutating func compareUntagged(_ union: UnionType, with spec: SpecSchema) {
    let variants = spec.variants
    var used: Set<Int> = []
    for variant in union.variants {
      // A tagged union stands for the spec's members that are tagged objects, all at once.
      if case .named(let name) = variant.type, case .union(let inner)? = schema[type: name],
        inner.tag != nil
      {
        let objects = variants.indices.filter { shapes(of: variants[$0]) == ["object"] }
        if !objects.isEmpty {
          used.formUnion(objects)
          compare(variant.type, at: variant.location, "\(union.name).\(variant.name)", with: spec)
          continue
        }
      }
      let shape = shape(of: variant.type)
      // A member that is a union itself may take several cases.
      guard
        let index = variants.indices.first(where: {
          (!used.contains($0) || !variants[$0].variants.isEmpty)
            && shapes(of: variants[$0]).contains(shape)
        })
      else {
        report(
          "case '\(variant.name)' of \(union.name) (\(variant.type.spelling)) matches no member of the spec's union",
          at: variant.location, spec.pointer)
        continue
      }
      used.insert(index)
      compare(
        variant.type, at: variant.location, "\(union.name).\(variant.name)",
        with: variants[index].nonNull)
    }
    for (index, variant) in variants.enumerated() where !used.contains(index) {
      report(
        "\(union.name) has no case for the spec's member \(variant.describedType)",
        at: union.location,
        variant.pointer)
    }
  }

  /// The JSON shape a type decodes from: `string`, `number`, `boolean`, `array`, `object`.
  private func shape(of type: TypeReference) -> String {
    switch type {
    case .string, .constant: "string"
    case .integer, .number: "number"
    case .boolean: "boolean"
    case .array: "array"
    case .map, .json: "object"
    case .autoOr: "number"
    case .named(let name):
      if case .enumeration? = schema[type: name] { "string" } else { "object" }
    }
  }

  /// The shapes a spec member accepts: its types, those of its own members, `object` for one
  /// with properties.
  private func shapes(of spec: SpecSchema, depth: Int = 0) -> Set<String> {
    let spec = spec.nonNull
    var shapes = Set(spec.types.map { $0 == "integer" ? "number" : $0 })
    if !spec.properties.isEmpty { shapes.insert("object") }
    if spec.enumValues != nil { shapes.insert("string") }
    if depth < 4 {
      for member in spec.variants { shapes.formUnion(self.shapes(of: member, depth: depth + 1)) }
    }
    return shapes
  }
}

extension SpecSchema {
  /// The schema's shape in words, for messages: `string`, `an object`, `#/components/schemas/X`.
  var describedType: String {
    if let component { return "'\(component)'" }
    if let values = enumValues { return "one of \(values.quotedList)" }
    let types = types.sorted()
    if !types.isEmpty { return types.joined(separator: " or ") }
    if !variants.isEmpty { return "one of \(variants.count) schemas" }
    return "any value"
  }
}

extension [String] {
  var quotedList: String { map { "\"\($0)\"" }.joined(separator: ", ") }
}

extension AutoPrimitive {
  var jsonType: String {
    switch self {
    case .integer: "integer"
    case .number: "number"
    case .boolean: "boolean"
    }
  }
}
