/// Emits an enum for a literal-or-primitive union such as `"auto" | int`, expressible by a
/// literal of its primitive so that `nEpochs: 3` reads naturally.
struct LiteralUnionRenderer {
  let union: LiteralUnion

  func render(into writer: inout CodeWriter) {
    let name = SwiftNames.literalUnion(union)
    let (swiftType, caseName, description, literalProtocols) = primitiveFacts
    let literals = union.literals.map { (value: $0, name: SwiftNames.enumCase($0)) }
    writer.docs([
      union.literals.map { "`\"\($0)\"`" }.joined(separator: ", ") + " or \(description)."
    ])
    writer.block(
      "public enum \(name): Codable, Hashable, Sendable, \(literalProtocols.joined(separator: ", "))"
    ) { writer in
      for literal in literals {
        writer.docs(["The string `\"\(literal.value)\"`."])
        writer.line("case \(SwiftNames.identifier(literal.name))")
      }
      writer.docs(["\(description.prefix(1).uppercased() + description.dropFirst())."])
      writer.line("case \(caseName)(\(swiftType))")
      for literalProtocol in literalProtocols {
        writer.line()
        literalInitializer(literalProtocol, caseName: caseName, into: &writer)
      }
      writer.line()
      writer.block("public init(from decoder: any Decoder) throws") { writer in
        writer.line("let container = try decoder.singleValueContainer()")
        let list = union.literals.map(\.swiftLiteral).joined(separator: ", ")
        writer.line(
          "switch try container.decodeLiteral(oneOf: [\(list)], orExpected: \(description.swiftLiteral)) {"
        )
        for literal in literals {
          writer.line("case \(literal.value.swiftLiteral)?: self = .\(literal.name)")
        }
        writer.line("default: self = .\(caseName)(try container.decodeAnchored(\(swiftType).self))")
        writer.line("}")
      }
      writer.line()
      writer.block("public func encode(to encoder: any Encoder) throws") { writer in
        writer.line("var container = encoder.singleValueContainer()")
        writer.line("switch self {")
        for literal in literals {
          writer.line("case .\(literal.name): try container.encode(\(literal.value.swiftLiteral))")
        }
        writer.line("case .\(caseName)(let value): try container.encode(value)")
        writer.line("}")
      }
    }
  }

  private var primitiveFacts:
    (type: String, caseName: String, description: String, literals: [String])
  {
    switch union.primitive {
    case .integer: ("Int", "int", "an integer", ["ExpressibleByIntegerLiteral"])
    case .number:
      (
        "Double", "number", "a number",
        ["ExpressibleByFloatLiteral", "ExpressibleByIntegerLiteral"]
      )
    case .boolean: ("Bool", "bool", "a Boolean", ["ExpressibleByBooleanLiteral"])
    }
  }

  private func literalInitializer(
    _ literalProtocol: String, caseName: String, into writer: inout CodeWriter
  ) {
    switch literalProtocol {
    case "ExpressibleByIntegerLiteral" where union.primitive == .number:
      writer.block("public init(integerLiteral value: Int)") { writer in
        writer.line("self = .\(caseName)(Double(value))")
      }
    case "ExpressibleByIntegerLiteral":
      writer.block("public init(integerLiteral value: Int)") { writer in
        writer.line("self = .\(caseName)(value)")
      }
    case "ExpressibleByFloatLiteral":
      writer.block("public init(floatLiteral value: Double)") { writer in
        writer.line("self = .\(caseName)(value)")
      }
    default:
      writer.block("public init(booleanLiteral value: Bool)") { writer in
        writer.line("self = .\(caseName)(value)")
      }
    }
  }
}
