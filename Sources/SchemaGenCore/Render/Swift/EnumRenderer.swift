/// Emits an open string enum: known values as cases, any other value kept in `unknown`.
struct EnumRenderer {
  let enumeration: EnumType

  func render(into writer: inout CodeWriter) {
    let cases = enumeration.cases.map {
      (value: $0.value, name: SwiftNames.identifier(SwiftNames.enumCase($0.value)), docs: $0.docs)
    }
    writer.docs(enumeration.docs + DocText.deprecation(enumeration.deprecation))
    if let deprecation = enumeration.deprecation { writer.line(DocText.available(deprecation)) }
    writer.block(
      "public enum \(enumeration.name): Codable, Hashable, Sendable, RawRepresentable"
    ) { writer in
      for enumCase in cases {
        writer.docs(enumCase.docs.isEmpty ? ["`\(enumCase.value)`"] : enumCase.docs)
        writer.line("case \(enumCase.name)")
      }
      writer.docs(["A value this version of the schema does not list, kept as sent."])
      writer.line("case \(SwiftNames.unknownCase)(String)")
      writer.line()
      writer.docs(["The values this version of the schema lists."])
      writer.line(
        "public static let knownCases: [\(enumeration.name)] = ["
          + cases.map { ".\($0.name)" }.joined(separator: ", ") + "]")
      writer.line()
      writer.block("public init(rawValue: String)") { writer in
        writer.line("switch rawValue {")
        for enumCase in cases {
          writer.line("case \(enumCase.value.swiftLiteral): self = .\(enumCase.name)")
        }
        writer.line("default: self = .\(SwiftNames.unknownCase)(rawValue)")
        writer.line("}")
      }
      writer.line()
      writer.block("public var rawValue: String") { writer in
        writer.line("switch self {")
        for enumCase in cases {
          writer.line("case .\(enumCase.name): \(enumCase.value.swiftLiteral)")
        }
        writer.line("case .\(SwiftNames.unknownCase)(let rawValue): rawValue")
        writer.line("}")
      }
      writer.line()
      writer.block("public init(from decoder: any Decoder) throws") { writer in
        writer.line("self.init(rawValue: try decoder.singleValueContainer().decode(String.self))")
      }
      writer.line()
      writer.block("public func encode(to encoder: any Encoder) throws") { writer in
        writer.line("var container = encoder.singleValueContainer()")
        writer.line("try container.encode(rawValue)")
      }
    }
  }
}
