extension JSONSyntax {
  /// The value as compact JSON, for docs: `20`, `"auto"`, `[0, 1]`.
  public var compactText: String {
    switch value {
    case .null: "null"
    case .bool(let value): value ? "true" : "false"
    case .number(let lexeme): lexeme
    case .string(let string): string.jsonLiteral
    case .array(let elements): "[" + elements.map(\.compactText).joined(separator: ", ") + "]"
    case .object(let members):
      "{"
        + members.map { "\($0.key.text.jsonLiteral): \($0.value.compactText)" }.joined(
          separator: ", ")
        + "}"
    }
  }
}
