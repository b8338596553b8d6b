import SchemaRuntime

/// One schema of an OpenAPI document, as the audit compares it: `$ref`s followed, a
/// single-member `allOf` read as its member, and the spellings of nullability merged
/// (`nullable: true`, `type: [X, "null"]`, `anyOf`/`oneOf` with a `{"type": "null"}` member).
struct SpecSchema {
  /// Where the schema is: the target of its `$ref`s.
  let pointer: String
  /// The component the schema refers to, when it is (or is a `$ref` to) a component schema.
  private(set) var component: String?
  /// The schema may be `null`.
  let isNullable: Bool
  private let members: [String: JSON]
  private let document: OpenAPIDocument
  /// Members of `anyOf`/`oneOf` other than `null`, with their pointers.
  let variants: [SpecSchema]
  /// A `$ref` that points at nothing in the document (or at a cycle of refs).
  let unresolvedRef: String?

  init(json: JSON, pointer: String, document: OpenAPIDocument, hops: Int = 0) {
    var json = json
    var pointer = pointer
    var component = Self.componentName(pointer)
    var nullable = false
    var unresolved: String?
    // Follow `$ref`s (a bounded number: a cycle of refs resolves to an empty schema).
    for _ in 0..<32 {
      guard case .object(let members) = json else { break }
      if case .string(let ref)? = members["$ref"] {
        guard let target = document.value(at: ref) else {
          unresolved = ref
          break
        }
        component = Self.componentName(ref) ?? component
        if members["nullable"] == .bool(true) { nullable = true }
        json = target
        pointer = ref
        continue
      }
      if case .array(let all)? = members["allOf"], all.count == 1, members["properties"] == nil {
        json = all[0]
        pointer += "/allOf/0"
        continue
      }
      break
    }
    let members: [String: JSON]
    if case .object(let object) = json { members = object } else { members = [:] }
    if members["nullable"] == .bool(true) { nullable = true }
    if case .array(let types)? = members["type"], types.contains(.string("null")) {
      nullable = true
    }
    var variants: [SpecSchema] = []
    for key in ["anyOf", "oneOf"] {
      guard case .array(let list)? = members[key] else { continue }
      for (index, member) in list.enumerated() {
        if case .object(let object) = member, object["type"] == .string("null"), object.count <= 2 {
          nullable = true
          continue
        }
        if hops < 16 {
          variants.append(
            SpecSchema(
              json: member, pointer: "\(pointer)/\(key)/\(index)", document: document,
              hops: hops + 1))
        }
      }
    }
    self.pointer = pointer
    self.component = component
    self.isNullable = nullable
    self.members = members
    self.document = document
    self.variants = variants
    if unresolved == nil, case .string(let ref)? = members["$ref"] { unresolved = ref }
    self.unresolvedRef = unresolved
  }

  /// The schema without its `null` alternative: the single other member of an
  /// `anyOf`/`oneOf` (unless a discriminator makes it a union of one), or the schema itself.
  var nonNull: SpecSchema {
    if variants.count == 1, members["properties"] == nil, members["type"] == nil,
      members["discriminator"] == nil
    {
      // Still the component it was: `Metadata` is `anyOf: [object, null]`.
      var member = variants[0]
      member.component = member.component ?? component
      return member
    }
    return self
  }

  /// The JSON types the schema names, `null` left out.
  var types: Set<String> {
    switch members["type"] {
    case .string(let type)?: type == "null" ? [] : [type]
    case .array(let list)?:
      Set(list.compactMap { if case .string(let type) = $0, type != "null" { type } else { nil } })
    default: []
    }
  }

  /// Properties by name.
  var properties: [String: SpecSchema] {
    var result: [String: SpecSchema] = [:]
    if case .object(let properties)? = members["properties"] {
      for (name, value) in properties {
        result[name] = SpecSchema(
          json: value, pointer: "\(pointer)/properties/\(Self.escape(name))", document: document)
      }
    }
    // `allOf` of several parts: the properties of each part.
    if case .array(let parts)? = members["allOf"], parts.count > 1 {
      for (index, part) in parts.enumerated() {
        let schema = SpecSchema(
          json: part, pointer: "\(pointer)/allOf/\(index)", document: document)
        result.merge(schema.properties) { first, _ in first }
      }
    }
    return result
  }

  var required: Set<String> {
    var names: Set<String> = []
    if case .array(let list)? = members["required"] {
      for case .string(let name) in list { names.insert(name) }
    }
    if case .array(let parts)? = members["allOf"], parts.count > 1 {
      for (index, part) in parts.enumerated() {
        names.formUnion(
          SpecSchema(json: part, pointer: "\(pointer)/allOf/\(index)", document: document).required)
      }
    }
    return names
  }

  /// `additionalProperties`: `false`, or the schema of the values of a map.
  var additionalProperties: JSON? { members["additionalProperties"] }

  var additionalPropertiesSchema: SpecSchema? {
    guard case .object = members["additionalProperties"] else { return nil }
    return SpecSchema(
      json: members["additionalProperties"]!, pointer: "\(pointer)/additionalProperties",
      document: document)
  }

  var items: SpecSchema? {
    members["items"].map { SpecSchema(json: $0, pointer: "\(pointer)/items", document: document) }
  }

  /// The values of `enum` (strings), or of `const`.
  var enumValues: [String]? {
    if case .string(let value)? = members["const"] { return [value] }
    guard case .array(let values)? = members["enum"] else { return nil }
    return values.compactMap { if case .string(let value) = $0 { value } else { nil } }
  }

  var defaultValue: JSON? { members["default"] }
  var discriminator: String? {
    guard case .object(let discriminator)? = members["discriminator"],
      case .string(let name)? = discriminator["propertyName"]
    else { return nil }
    return name
  }

  /// A number-valued member such as `minimum`.
  func number(_ key: String) -> Double? {
    switch members[key] {
    case .integer(let value)?: Double(value)
    case .number(let value)?: value
    default: nil
    }
  }

  /// A member that is `true` (3.0's boolean `exclusiveMinimum`).
  func flag(_ key: String) -> Bool { members[key] == .bool(true) }

  func string(_ key: String) -> String? {
    if case .string(let value)? = members[key] { return value }
    return nil
  }

  /// Whether the schema has any member at all (`{}` accepts any value).
  var isEmpty: Bool { members.isEmpty }

  /// `#/components/schemas/FineTuningJob` → `FineTuningJob`; `nil` for any other pointer.
  static func componentName(_ pointer: String) -> String? {
    let prefix = "#/components/schemas/"
    guard pointer.hasPrefix(prefix) else { return nil }
    let name = pointer.dropFirst(prefix.count)
    guard !name.isEmpty, !name.contains("/") else { return nil }
    return unescape(name)
  }

  /// A JSON pointer token's text: `~1` is `/`, `~0` is `~`.
  static func unescape(_ token: some StringProtocol) -> String {
    var result = ""
    var tilde = false
    for character in token {
      if tilde {
        result.append(character == "1" ? "/" : character == "0" ? "~" : character)
        tilde = false
      } else if character == "~" {
        tilde = true
      } else {
        result.append(character)
      }
    }
    return result + (tilde ? "~" : "")
  }

  static func escape(_ token: String) -> String {
    var result = ""
    for character in token {
      switch character {
      case "~": result += "~0"
      case "/": result += "~1"
      default: result.append(character)
      }
    }
    return result
  }
}
