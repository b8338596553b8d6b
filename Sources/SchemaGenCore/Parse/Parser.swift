/// Builds the syntax tree of one schema file. A syntax error is reported and the parser skips
/// to the next member or declaration, so one run finds every error.
struct Parser {
  private struct Failure: Error {
    var diagnostic: Diagnostic
  }

  static let declarationKeywords: Set<String> = [
    "resource", "object", "enum", "union", "endpoint", "example",
  ]

  /// The tokens come from the lexer one at a time, as the parser needs them: a file's tokens
  /// are never all held at once.
  private var lexer: Lexer
  /// The token being parsed.
  private var current: Token
  /// The token after it: the parser looks one token ahead.
  private var next: Token
  /// Nesting of `{` and `[` around the current token, for recovery.
  private var depth = 0
  private var diagnostics = Diagnostics()
  /// How deep the type or JSON value being parsed is nested, against ``Limits``.
  private var nesting = 0

  static func parse(file: String, text: String) -> (SyntaxFile, Diagnostics) {
    var parser = Parser(lexer: Lexer(file: file, text: text))
    let syntax = parser.parseFile(path: file)
    // The lexer's problems first, as they were found before the parser met their tokens.
    var diagnostics = parser.lexer.diagnostics
    diagnostics.append(contentsOf: parser.diagnostics)
    return (syntax, diagnostics)
  }

  private init(lexer: Lexer) {
    var lexer = lexer
    current = lexer.next()
    next = current.kind == .endOfFile ? current : lexer.next()
    self.lexer = lexer
  }

  // MARK: Tokens

  /// Moves on to the next token and returns the one it leaves; the end of the file stays.
  @discardableResult
  private mutating func advance() -> Token {
    let token = current
    switch token.kind {
    case .leftBrace, .leftBracket: depth += 1
    case .rightBrace, .rightBracket: depth -= 1
    case .endOfFile: return token
    default: break
    }
    current = next
    if next.kind != .endOfFile { next = lexer.next() }
    return token
  }

  private func failure(_ expected: String) -> Failure {
    Failure(
      diagnostic: .error("expected \(expected), found \(current.quoted)", at: current.location))
  }

  /// `expected` is spelled only when the token is not there.
  private mutating func expect(_ kind: Token.Kind, _ expected: @autoclosure () -> String) throws
    -> Token
  {
    guard current.kind == kind else { throw failure(expected()) }
    return advance()
  }

  private mutating func consume(_ kind: Token.Kind) -> Bool {
    guard current.kind == kind else { return false }
    advance()
    return true
  }

  private func isKeyword(_ word: String) -> Bool {
    current.kind == .identifier && current.text == word
  }

  private mutating func name(_ expected: String) throws -> NameSyntax {
    let token = try expect(.identifier, expected)
    return try checkedName(token)
  }

  /// A name that generated code may spell: not longer than ``Limits/nameLength``.
  private func checkedName(_ token: Token) throws -> NameSyntax {
    guard token.text.utf8.count <= Limits.nameLength else {
      throw Failure(
        diagnostic: .error(
          "name of \(token.text.utf8.count) bytes is too long; names have at most \(Limits.nameLength)",
          at: token.location))
    }
    return NameSyntax(text: token.text, location: token.location)
  }

  /// Runs `body` one nesting level deeper, failing past `limit` levels with `message`.
  private mutating func nested<Result>(
    limit: Int, _ message: String, _ body: (inout Parser) throws -> Result
  ) throws -> Result {
    guard nesting < limit else {
      throw Failure(diagnostic: .error(message, at: current.location))
    }
    nesting += 1
    defer { nesting -= 1 }
    return try body(&self)
  }

  private mutating func docs() -> [String] {
    var lines: [String] = []
    while current.kind == .doc { lines.append(advance().text) }
    return lines
  }

  // MARK: Recovery

  private mutating func record(_ failure: Failure) {
    diagnostics.error(
      failure.diagnostic.message, at: failure.diagnostic.location, notes: failure.diagnostic.notes)
  }

  /// Skips to the next top-level declaration keyword.
  private mutating func skipToDeclaration() {
    while current.kind != .endOfFile {
      if depth <= 0, current.kind == .identifier, Parser.declarationKeywords.contains(current.text),
        next.kind != .colon, next.kind != .question
      {
        depth = 0
        return
      }
      advance()
    }
  }

  /// Skips the rest of a broken member: to the first token on a later line at the body's depth,
  /// or to the body's closing brace.
  private mutating func skipMember(bodyDepth: Int, line: Int) {
    while current.kind != .endOfFile {
      if depth == bodyDepth, current.location.line > line || current.kind == .rightBrace {
        return
      }
      if depth < bodyDepth { return }
      advance()
    }
  }

  /// Parses `{ member* }`, recovering from errors member by member.
  private mutating func body(_ member: (inout Parser) throws -> Void) throws {
    _ = try expect(.leftBrace, "'{'")
    let bodyDepth = depth
    while current.kind != .rightBrace {
      if current.kind == .endOfFile { throw failure("'}'") }
      do {
        try member(&self)
      } catch let failure as Failure {
        record(failure)
        skipMember(bodyDepth: bodyDepth, line: failure.diagnostic.location.line)
        if depth < bodyDepth { return }
      }
    }
    advance()
  }

  // MARK: Declarations

  private mutating func parseFile(path: String) -> SyntaxFile {
    var file = SyntaxFile(path: path, resource: nil, declarations: [])
    while current.kind != .endOfFile {
      do {
        let docs = docs()
        let attributes = try attributes()
        guard current.kind == .identifier, Parser.declarationKeywords.contains(current.text) else {
          throw failure(
            "a declaration ('resource', 'object', 'enum', 'union', 'endpoint' or 'example')")
        }
        switch advance().text {
        case "resource":
          let title = try expect(.string, "the resource's title as a string")
          let resource = ResourceSyntax(
            docs: docs, title: NameSyntax(text: title.text, location: title.location))
          if let first = file.resource {
            diagnostics.error(
              "duplicate resource declaration; a schema file belongs to one resource",
              at: title.location,
              notes: [.init("the file's resource is declared here", at: first.title.location)])
          } else {
            file.resource = resource
          }
        case "object":
          file.declarations.append(.object(try object(docs: docs, attributes: attributes)))
        case "enum":
          file.declarations.append(
            .enumeration(try enumeration(docs: docs, attributes: attributes)))
        case "union":
          file.declarations.append(.union(try union(docs: docs, attributes: attributes)))
        case "endpoint":
          file.declarations.append(.endpoint(try endpoint(docs: docs, attributes: attributes)))
        default:
          let type = try name("the name of the example's type")
          file.declarations.append(
            .example(ExampleSyntax(docs: docs, type: type, value: try json())))
        }
      } catch let failure as Failure {
        record(failure)
        if current.kind != .endOfFile { advance() }
        skipToDeclaration()
      } catch {
        preconditionFailure("unexpected error \(error)")
      }
    }
    return file
  }

  private mutating func attributes() throws -> [AttributeSyntax] {
    var attributes: [AttributeSyntax] = []
    while consume(.at) {
      let name = try name("an attribute name after '@'")
      var arguments: [JSONSyntax] = []
      if consume(.leftParen) {
        if current.kind != .rightParen {
          repeat { arguments.append(try json()) } while consume(.comma)
        }
        _ = try expect(.rightParen, "')' after the attribute's arguments")
      }
      attributes.append(AttributeSyntax(name: name, arguments: arguments))
    }
    return attributes
  }

  private mutating func object(docs: [String], attributes: [AttributeSyntax]) throws
    -> ObjectSyntax
  {
    var object = ObjectSyntax(
      docs: docs, attributes: attributes, name: try name("the object's name"), fields: [],
      rules: [])
    try body { parser in
      let docs = parser.docs()
      if parser.current.kind == .rightBrace { return }
      if parser.isKeyword("rule"), parser.next.kind == .identifier {
        parser.advance()
        let left = try parser.name("a field name after 'rule'")
        let relation = try parser.name("a relation such as 'subsetOf'")
        let right = try parser.name("a field name after '\(relation.text)'")
        object.rules.append(RuleSyntax(relation: relation, left: left, right: right))
      } else {
        object.fields.append(try parser.field(docs: docs))
      }
    }
    return object
  }

  /// `name?: Type = default @attribute(...)`
  private mutating func field(docs: [String]) throws -> FieldSyntax {
    guard current.kind == .identifier || current.kind == .string else {
      throw failure("a field name")
    }
    let name = try checkedName(advance())
    let isOptional = consume(.question)
    _ = try expect(.colon, "':' after the field name '\(name.text)'")
    let type = try type()
    let defaultValue = consume(.equals) ? try json() : nil
    let attributes = try attributes()
    if !consume(.comma), current.location.line == name.location.line,
      current.kind != .rightBrace, current.kind != .endOfFile
    {
      throw failure("'@attribute', '= default' or a new line after the field '\(name.text)'")
    }
    return FieldSyntax(
      docs: docs, name: name, isOptional: isOptional, type: type, defaultValue: defaultValue,
      attributes: attributes)
  }

  private mutating func enumeration(docs: [String], attributes: [AttributeSyntax]) throws
    -> EnumSyntax
  {
    var syntax = EnumSyntax(
      docs: docs, attributes: attributes, name: try name("the enum's name"), cases: [])
    try body { parser in
      let docs = parser.docs()
      if parser.current.kind == .rightBrace { return }
      let value = try parser.checkedName(parser.expect(.string, "an enum value as a string"))
      syntax.cases.append(
        EnumCaseSyntax(docs: docs, value: value, attributes: try parser.attributes()))
      _ = parser.consume(.comma)
    }
    return syntax
  }

  private mutating func union(docs: [String], attributes: [AttributeSyntax]) throws -> UnionSyntax {
    var syntax = UnionSyntax(
      docs: docs, attributes: attributes, name: try name("the union's name"), tag: nil,
      variants: [])
    if isKeyword("by") {
      advance()
      let tag = try expect(.string, "the tag property's name as a string after 'by'")
      syntax.tag = NameSyntax(text: tag.text, location: tag.location)
    }
    try body { parser in
      let docs = parser.docs()
      if parser.current.kind == .rightBrace { return }
      var name: NameSyntax?
      if parser.current.kind == .identifier, parser.next.kind == .colon {
        name = try parser.name("a case name")
        parser.advance()
      }
      let type = try parser.type()
      syntax.variants.append(
        VariantSyntax(docs: docs, name: name, type: type, attributes: try parser.attributes()))
    }
    return syntax
  }

  private mutating func endpoint(docs: [String], attributes: [AttributeSyntax]) throws
    -> EndpointSyntax
  {
    let name = try name("the endpoint's name")
    let method = try self.name("an HTTP method such as GET or POST")
    let path = try expect(.string, "the endpoint's path as a string")
    var syntax = EndpointSyntax(
      docs: docs, attributes: attributes, name: name, method: method,
      path: NameSyntax(text: path.text, location: path.location), parameters: [], body: nil,
      response: nil, error: nil, paginated: nil)
    try body { parser in
      let docs = parser.docs()
      if parser.current.kind == .rightBrace { return }
      let keyword = try parser.name("'path', 'query', 'body', 'response', 'error' or 'paginated'")
      switch keyword.text {
      case "path", "query":
        syntax.parameters.append(
          ParameterSyntax(
            location: keyword.text == "path" ? .path : .query, field: try parser.field(docs: docs)))
      case "body":
        try parser.once(keyword, first: syntax.body?.location)
        syntax.body = try parser.type()
      case "response":
        try parser.once(keyword, first: syntax.response?.location)
        syntax.response = try parser.type()
      case "error":
        try parser.once(keyword, first: syntax.error?.location)
        syntax.error = try parser.type()
      case "paginated":
        try parser.once(keyword, first: syntax.paginated)
        syntax.paginated = keyword.location
      default:
        throw Failure(
          diagnostic: .error(
            "expected 'path', 'query', 'body', 'response', 'error' or 'paginated', found '\(keyword.text)'",
            at: keyword.location))
      }
    }
    return syntax
  }

  /// An endpoint has at most one `body`, `response`, `error` and `paginated`.
  private func once(_ keyword: NameSyntax, first: SourceLocation?) throws {
    guard let first else { return }
    throw Failure(
      diagnostic: .error(
        "duplicate '\(keyword.text)'; an endpoint has one", at: keyword.location,
        notes: [.init("the first '\(keyword.text)' is here", at: first)]))
  }

  // MARK: Types

  /// `term ('|' term)*`
  private mutating func type() throws -> TypeSyntax {
    let start = current.location
    var terms = [try typeTerm()]
    while consume(.pipe) { terms.append(try typeTerm()) }
    return terms.count == 1 ? terms[0] : .union(terms, start)
  }

  private mutating func typeTerm() throws -> TypeSyntax {
    switch current.kind {
    case .identifier:
      let token = advance()
      if token.text == "null" { return .null(token.location) }
      return .name(try checkedName(token))
    case .string:
      let token = advance()
      return .literal(token.text, token.location)
    case .leftBracket:
      let start = current.location
      return try nested(
        limit: Limits.typeNesting,
        "arrays and maps are nested more than \(Limits.typeNesting) deep here; declare a named object for an inner level"
      ) { parser in
        try parser.collectionType(at: start)
      }
    default:
      throw failure("a type")
    }
  }

  /// `[Element]` or `[string: Value]`, from the `[`.
  private mutating func collectionType(at start: SourceLocation) throws -> TypeSyntax {
    advance()
    let element = try type()
    if consume(.colon) {
      if case .name(let key) = element, key.text == "string" {
        let value = try type()
        _ = try expect(.rightBracket, "']' after the map's value type")
        return .map(value, start)
      }
      throw Failure(
        diagnostic: .error("map keys must be 'string'; write '[string: Value]'", at: start))
    }
    _ = try expect(.rightBracket, "']' after the array's element type")
    return .array(element, start)
  }

  // MARK: JSON values

  private mutating func json() throws -> JSONSyntax {
    switch current.kind {
    case .leftBracket, .leftBrace:
      try nested(
        limit: Limits.jsonNesting,
        "this JSON value is nested more than \(Limits.jsonNesting) arrays and objects deep; a schema's values nest at most that deep"
      ) { parser in try parser.jsonValue() }
    default:
      try jsonValue()
    }
  }

  private mutating func jsonValue() throws -> JSONSyntax {
    let start = current.location
    switch current.kind {
    case .string:
      return JSONSyntax(value: .string(advance().text), location: start)
    case .number:
      return JSONSyntax(value: .number(advance().text), location: start)
    case .identifier where ["true", "false", "null"].contains(current.text):
      let word = advance().text
      return JSONSyntax(value: word == "null" ? .null : .bool(word == "true"), location: start)
    case .leftBracket:
      advance()
      var elements: [JSONSyntax] = []
      if current.kind != .rightBracket {
        repeat { elements.append(try json()) } while consume(.comma)
      }
      _ = try expect(.rightBracket, "',' or ']' in the array")
      return JSONSyntax(value: .array(elements), location: start)
    case .leftBrace:
      advance()
      var members: [(key: NameSyntax, value: JSONSyntax)] = []
      if current.kind != .rightBrace {
        repeat {
          let key = try expect(.string, "a property name as a string")
          _ = try expect(.colon, "':' after the property name")
          members.append((NameSyntax(text: key.text, location: key.location), try json()))
        } while consume(.comma)
      }
      _ = try expect(.rightBrace, "',' or '}' in the object")
      return JSONSyntax(value: .object(members), location: start)
    default:
      throw failure("a JSON value")
    }
  }
}
