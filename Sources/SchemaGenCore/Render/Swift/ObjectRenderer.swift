/// Emits a struct for an object type, with lossless `Codable` conformance.
struct ObjectRenderer {
  let object: ObjectType
  /// The fields with their Swift names, worked out once.
  private let members: [Member]

  init(object: ObjectType, schema: Schema) {
    self.object = object
    self.members = object.fields.map { field in
      guard case .named(let name) = field.type, case .enumeration? = schema[type: name] else {
        return Member(field, enumeration: nil)
      }
      return Member(field, enumeration: name)
    }
  }

  /// How one field is stored and coded. A class: every loop over the members would otherwise
  /// copy each one's field and names, a reference count for each string.
  private final class Member {
    let field: Field
    /// The enum the field holds, which is read and written as its raw string: decoders and
    /// encoders have methods of their own for strings, faster than a nested one for the enum.
    let enumeration: String?
    let identifier: String
    /// The stored property: the public one, or a private backing one for a constant or deprecated field.
    let storage: String
    /// The case of `CodingKeys`.
    let codingKey: String
    /// The case of `CodingKeys`, as written after a `.`.
    let key: String
    /// The property's type: `String?` for an optional or nullable string.
    let swiftType: String

    init(_ field: Field, enumeration: String?) {
      self.field = field
      self.enumeration = enumeration
      let name = SwiftNames.property(field.name)
      identifier = SwiftNames.identifier(name)
      storage = Self.storage(of: field, property: name, identifier: identifier)
      codingKey = SwiftNames.identifier(SwiftNames.codingKey(name))
      key = "." + codingKey
      swiftType = field.type.swift + (field.isOptional || field.isNullable ? "?" : "")
    }

    /// The stored property behind the property `name`, written `identifier` in source.
    static func storage(of field: Field, property name: String, identifier: String) -> String {
      if case .constant = field.type { return SwiftNames.presenceFlag(name) }
      return field.deprecation == nil ? identifier : SwiftNames.deprecatedStorage(name)
    }

    var constant: String? {
      if case .constant(let value) = field.type { return value }
      return nil
    }
    var isInitialized: Bool { constant == nil }
  }

  /// The stored property that holds a field's value (a private one for a deprecated field, so
  /// generated code does not use the deprecated accessor).
  static func storage(of field: Field) -> String {
    let name = SwiftNames.property(field.name)
    return Member.storage(of: field, property: name, identifier: SwiftNames.identifier(name))
  }
  private var tracksNulls: Bool { object.fields.contains { $0.isOptional && $0.isNullable } }

  func render(into writer: inout CodeWriter) {
    writer.docs(object.docs + DocText.deprecation(object.deprecation))
    if let deprecation = object.deprecation { writer.line(DocText.available(deprecation)) }
    writer.block("public struct \(object.name): Codable, Hashable, Sendable") { writer in
      properties(into: &writer)
      writer.line()
      initializer(into: &writer)
      writer.line()
      codingKeys(into: &writer)
      writer.line()
      decoder(into: &writer)
      writer.line()
      encoder(into: &writer)
    }
  }

  private func properties(into writer: inout CodeWriter) {
    for member in members {
      let field = member.field
      writer.docs(field.docs + DocText.fieldFacts(field))
      if let constant = member.constant {
        if field.isOptional {
          writer.line(
            "public var \(member.identifier): String? { \(member.storage) ? \(constant.swiftLiteral) : nil }"
          )
          writer.line("private var \(member.storage) = true")
        } else {
          writer.line("public var \(member.identifier): String { \(constant.swiftLiteral) }")
        }
      } else if let deprecation = field.deprecation {
        writer.line(DocText.available(deprecation))
        writer.block("public var \(member.identifier): \(member.swiftType)") { writer in
          writer.line("get { \(member.storage) }")
          writer.line("set { \(member.storage) = newValue }")
        }
        writer.line("private var \(member.storage): \(member.swiftType)")
      } else {
        writer.line("public var \(member.identifier): \(member.swiftType)")
      }
    }
    writer.docs([
      "Properties this version of the schema does not declare, kept as sent and written back."
    ])
    writer.line("public var \(SwiftNames.additionalProperties): [String: JSON]")
    if tracksNulls {
      writer.docs([
        "Optional properties that were sent as an explicit `null`, written back as `null`."
      ])
      writer.line("private var \(SwiftNames.explicitNulls) = ExplicitNulls()")
    }
  }

  private func initializer(into writer: inout CodeWriter) {
    writer.docs(["Creates a `\(object.name)` from its properties."])
    writer.line("public init(")
    writer.indented { writer in
      for member in members where member.isInitialized {
        let defaultValue: CodeLine =
          member.field.isOptional || member.field.isNullable ? " = nil" : ""
        writer.line("\(member.identifier): \(member.swiftType)\(defaultValue),")
      }
      writer.line("\(SwiftNames.additionalProperties): [String: JSON] = [:]")
    }
    writer.block(")") { writer in
      for member in members where member.isInitialized {
        writer.line("self.\(member.storage) = \(member.identifier)")
      }
      writer.line(
        "self.\(SwiftNames.additionalProperties) = \(SwiftNames.additionalProperties)")
    }
  }

  /// One key per field and `undeclared(name)` for the rest: one container reads and writes all.
  private func codingKeys(into writer: inout CodeWriter) {
    let keys = members.map {
      (case: $0.codingKey, json: $0.field.name.swiftLiteral, length: $0.field.name.utf8.count)
    }
    writer.block("private enum CodingKeys: UndeclaredCodingKey") { writer in
      for key in keys { writer.line("case \(key.case)") }
      writer.docs(["A property this version of the schema does not declare."])
      writer.line("case \(SwiftNames.undeclaredKey)(String)")
      writer.line()
      writer.docs([
        "Only the names the schema does not declare, so that `allKeys` lists the undeclared",
        "properties alone; the declared ones are read by their cases. Each declared name",
        "follows its length in UTF-8, which tells most names apart without comparing text.",
      ])
      writer.block("init?(stringValue: String)") { writer in
        let undeclared: CodeLine = "self = .\(SwiftNames.undeclaredKey)(stringValue)"
        guard !keys.isEmpty else { return writer.line(undeclared) }
        writer.line("switch (stringValue.utf8.count, stringValue) {")
        for (index, key) in keys.enumerated() {
          let start: CodeLine = index == 0 ? "case " : "  "
          let end: CodeLine = index == keys.count - 1 ? ":" : ","
          writer.line("\(start)(\(key.length), \(key.json))\(end)")
        }
        writer.line("  return nil")
        writer.line("default:")
        writer.line("  \(undeclared)")
        writer.line("}")
      }
      writer.line()
      writer.block("var stringValue: String") { writer in
        writer.line("switch self {")
        for key in keys { writer.line("case .\(key.case): \(key.json)") }
        writer.line("case .\(SwiftNames.undeclaredKey)(let name): name")
        writer.line("}")
      }
      writer.line()
      writer.line("init?(intValue: Int) { nil }")
      writer.line("var intValue: Int? { nil }")
    }
  }

  private func decoder(into writer: inout CodeWriter) {
    writer.block("public init(from decoder: any Decoder) throws") { writer in
      writer.line("let container = try decoder.container(keyedBy: CodingKeys.self)")
      if tracksNulls { writer.line("var explicitNulls = ExplicitNulls()") }
      for member in members {
        let field = member.field
        let key = member.key
        let type: CodeLine =
          member.enumeration == nil ? "\(field.type.swift).self" : "String.self"
        if let constant = member.constant {
          let literal = constant.swiftLiteral
          if field.isOptional {
            writer.line(
              "self.\(member.storage) = try container.decodeConstantIfPresent(\(literal), forKey: \(key))"
            )
          } else {
            writer.line("try container.decodeConstant(\(literal), forKey: \(key))")
          }
          continue
        }
        let call: CodeLine =
          switch (field.isOptional, field.isNullable) {
          case (false, false): "decodeRequired(\(type), forKey: \(key))"
          case (false, true): "decodeNullable(\(type), forKey: \(key))"
          case (true, false): "decodeOptional(\(type), forKey: \(key))"
          case (true, true):
            "decodeNullableIfPresent(\(type), forKey: \(key), nulls: &explicitNulls)"
          }
        switch (member.enumeration, field.isOptional || field.isNullable) {
        case (nil, _): writer.line("self.\(member.storage) = try container.\(call)")
        case (let enumeration?, false):
          writer.line("self.\(member.storage) = \(enumeration)(rawValue: try container.\(call))")
        case (let enumeration?, true):
          writer.line(
            "self.\(member.storage) = try container.\(call).map(\(enumeration).init(rawValue:))")
        }
      }
      writer.line(
        "self.\(SwiftNames.additionalProperties) = try container.undeclaredProperties()"
      )
      if tracksNulls { writer.line("self.\(SwiftNames.explicitNulls) = explicitNulls") }
    }
  }

  private func encoder(into writer: inout CodeWriter) {
    writer.block("public func encode(to encoder: any Encoder) throws") { writer in
      writer.line("var container = encoder.container(keyedBy: CodingKeys.self)")
      for member in members {
        let field = member.field
        let key = member.key
        if let constant = member.constant {
          let encode: CodeLine = "try container.encode(\(constant.swiftLiteral), forKey: \(key))"
          if field.isOptional {
            writer.line("if self.\(member.storage) { \(encode) }")
          } else {
            writer.line(encode)
          }
          continue
        }
        let value: CodeLine =
          switch (member.enumeration, field.isOptional || field.isNullable) {
          case (nil, _): "self.\(member.storage)"
          case (_, false): "self.\(member.storage).rawValue"
          case (_, true): "self.\(member.storage)?.rawValue"
          }
        switch (field.isOptional, field.isNullable) {
        case (false, false): writer.line("try container.encode(\(value), forKey: \(key))")
        case (false, true): writer.line("try container.encodeNullable(\(value), forKey: \(key))")
        case (true, false): writer.line("try container.encodeIfPresent(\(value), forKey: \(key))")
        case (true, true):
          writer.line(
            "try container.encodeNullableIfPresent(\(value), forKey: \(key), nulls: self.\(SwiftNames.explicitNulls))"
          )
        }
      }
      writer.line("try container.encodeUndeclared(self.\(SwiftNames.additionalProperties))")
    }
  }
}
