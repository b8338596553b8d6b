/// Emits an enum with associated values for a union: tagged by a property, or told apart by
/// JSON shape. A tagged union keeps a variant it does not know as raw JSON.
struct UnionRenderer {
  let union: UnionType

  private var cases: [(name: String, variant: UnionType.Variant)] {
    union.variants.map { (SwiftNames.identifier(SwiftNames.enumCase($0.name)), $0) }
  }

  func render(into writer: inout CodeWriter) {
    writer.docs(union.docs + DocText.deprecation(union.deprecation))
    if let deprecation = union.deprecation { writer.line(DocText.available(deprecation)) }
    let indirect = union.isRecursive ? "indirect " : ""
    writer.block("public \(indirect)enum \(union.name): Codable, Hashable, Sendable") { writer in
      for (name, variant) in cases {
        writer.docs(variant.docs)
        writer.line("case \(name)(\(variant.type.swift))")
      }
      if union.tag != nil {
        writer.docs(["A variant this version of the schema does not know, kept as sent."])
        writer.line("case \(SwiftNames.unknownCase)(JSON)")
      }
      writer.line()
      if let tag = union.tag {
        taggedDecoder(tag: tag, into: &writer)
      } else {
        untaggedDecoder(into: &writer)
      }
      writer.line()
      writer.block("public func encode(to encoder: any Encoder) throws") { writer in
        writer.line("switch self {")
        for (name, _) in cases {
          writer.line("case .\(name)(let value): try value.encode(to: encoder)")
        }
        if union.tag != nil {
          writer.line("case .\(SwiftNames.unknownCase)(let value): try value.encode(to: encoder)")
        }
        writer.line("}")
      }
    }
  }

  private func taggedDecoder(tag: String, into writer: inout CodeWriter) {
    writer.block("public init(from decoder: any Decoder) throws") { writer in
      writer.line("switch try decoder.decodeTag(\(tag.swiftLiteral)) {")
      for (name, variant) in cases {
        writer.line(
          "case \((variant.tagValue ?? "").swiftLiteral): self = .\(name)(try \(variant.type.swift)(from: decoder))"
        )
      }
      writer.line("default: self = .\(SwiftNames.unknownCase)(try JSON(from: decoder))")
      writer.line("}")
    }
  }

  private func untaggedDecoder(into writer: inout CodeWriter) {
    writer.block("public init(from decoder: any Decoder) throws") { writer in
      writer.line("var union = UntaggedUnionDecoder(decoder)")
      for (name, variant) in cases {
        writer.block("if let value = union.attempt(\(variant.type.swift).self)") { writer in
          writer.line("self = .\(name)(value)")
          writer.line("return")
        }
      }
      let expected = union.variants.map(\.type.spelling).joined(separator: ", ")
      writer.line("throw union.failure(expected: \("one of: \(expected)".swiftLiteral))")
    }
  }
}
