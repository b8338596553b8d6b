/// One token of the schema DSL.
struct Token: Hashable, Sendable {
  enum Kind: Hashable, Sendable {
    case identifier
    case string
    case number
    /// A `///` comment line; `text` holds what follows the slashes (one leading space removed).
    case doc
    case leftBrace, rightBrace, leftBracket, rightBracket, leftParen, rightParen
    case colon, comma, pipe, question, equals, at
    case endOfFile
  }

  var kind: Kind
  /// The identifier, the decoded string value, the number's lexeme or the doc text.
  var text: String
  var location: SourceLocation

  /// How the token reads in a diagnostic.
  var quoted: String {
    switch kind {
    case .identifier, .number: "'\(text)'"
    case .string: "string \"\(text)\""
    case .doc: "doc comment"
    case .endOfFile: "end of file"
    default: "'\(text)'"
    }
  }
}
