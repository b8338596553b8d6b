/// Emits an endpoint descriptor: a struct with the HTTP method, the path template, typed path
/// parameters, a `Query` struct, the body and the response type; `next(after:)` when paginated.
struct EndpointRenderer {
  let endpoint: Endpoint
  let schema: Schema

  private var typeName: String { SwiftNames.endpointType(endpoint.name) }
  private var pathParameters: [Field] {
    endpoint.parameters.filter { $0.location == .path }.map(\.field)
  }
  private var queryParameters: [Field] {
    endpoint.parameters.filter { $0.location == .query }.map(\.field)
  }

  func render(into writer: inout CodeWriter) {
    writer.docs(
      endpoint.docs + [""] + ["`\(endpoint.method.rawValue) \(endpoint.path)`"]
        + DocText.deprecation(endpoint.deprecation))
    if let deprecation = endpoint.deprecation { writer.line(DocText.available(deprecation)) }
    writer.block("public struct \(typeName): Endpoint") { writer in
      if let body = endpoint.body { writer.line("public typealias Body = \(body.swift)") }
      writer.line("public typealias Response = \(endpoint.response.swift)")
      if let error = endpoint.error { writer.line("public typealias ErrorBody = \(error.swift)") }
      writer.line()
      writer.line("public static let method = HTTPMethod.\(endpoint.method.rawValue.lowercased())")
      writer.line("public static let pathTemplate = \(endpoint.path.swiftLiteral)")
      writer.line()
      for field in pathParameters {
        writer.docs(field.docs)
        writer.line(
          "public var \(Self.name(of: field)): \(field.type.swift)"
        )
      }
      if !queryParameters.isEmpty {
        writer.docs(["The query parameters."])
        writer.line("public var query: Query")
      }
      if let body = endpoint.body {
        writer.docs(["The request body."])
        writer.line("public var body: \(body.swift)?")
      }
      writer.line()
      initializer(into: &writer)
      writer.line()
      writer.docs(["The path with each parameter percent-encoded."])
      writer.block("public var path: String") { writer in
        writer.line(pathExpression)
      }
      if !queryParameters.isEmpty {
        writer.line()
        writer.line("public var queryItems: [URLQueryItem] { query.items }")
        writer.line()
        query(into: &writer)
      }
    }
    if let item = endpoint.pageItem { pagination(of: item, into: &writer) }
    ValidatorRenderer.render(endpoint: endpoint, into: &writer)
  }

  private func initializer(into writer: inout CodeWriter) {
    var parameters = pathParameters.map {
      Self.declaration(of: $0, at: .path)
    }
    if !queryParameters.isEmpty { parameters.append("query: Query = Query()") }
    if let body = endpoint.body { parameters.append("body: \(body.swift)") }
    writer.docs(["Creates the endpoint for the given parameters."])
    writer.block("public init(\(parameters.joined(separator: ", ")))") { writer in
      for field in pathParameters {
        let parameter = Self.name(of: field)
        writer.line("self.\(parameter) = \(parameter)")
      }
      if !queryParameters.isEmpty { writer.line("self.query = query") }
      if endpoint.body != nil { writer.line("self.body = body") }
    }
  }

  /// `"/fine_tuning/jobs/\(PathParameter.encode(fineTuningJobId))/cancel"`
  private var pathExpression: String {
    let parameters = Dictionary(
      pathParameters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    var expression = ""
    var rest = Substring(endpoint.path)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      expression += String(rest[..<open]).swiftLiteralBody
      let placeholder = rest[rest.index(after: open)..<close]
      if let field = parameters[String(placeholder)] {
        let value = "self.\(Self.name(of: field))" + (isEnum(field.type) ? ".rawValue" : "")
        expression += "\\(PathParameter.encode(\(value)))"
      }
      rest = rest[rest.index(after: close)...]
    }
    return "\"" + expression + String(rest).swiftLiteralBody + "\""
  }

  private func query(into writer: inout CodeWriter) {
    writer.docs(["The query parameters of `\(endpoint.name)`."])
    writer.block("public struct Query: Hashable, Sendable") { writer in
      for field in queryParameters {
        writer.docs(field.docs + DocText.fieldFacts(field))
        writer.line(
          "public var \(Self.name(of: field)): \(field.type.swift)?"
        )
      }
      writer.line()
      let parameters = queryParameters.map {
        Self.declaration(of: $0, at: .query)
      }
      writer.docs(["Creates query parameters; those left at `nil` are not sent."])
      writer.block("public init(\(parameters.joined(separator: ", ")))") { writer in
        for field in queryParameters {
          let parameter = Self.name(of: field)
          writer.line("self.\(parameter) = \(parameter)")
        }
      }
      writer.line()
      writer.docs(["The parameters as query items, leaving out those at `nil` or at their default."]
      )
      writer.block("public var items: [URLQueryItem]") { writer in
        writer.line("var items = QueryItems()")
        for field in queryParameters {
          let parameter = "self." + Self.name(of: field)
          let defaultValue = field.defaultValue.flatMap { swiftLiteral($0, of: field.type) }
          writer.line(
            "items.add(\(field.name.swiftLiteral), \(parameter)\(defaultValue.map { ", default: \($0)" } ?? ""))"
          )
        }
        writer.line("return items.items")
      }
    }
  }

  private func pagination(of item: String, into writer: inout CodeWriter) {
    writer.line()
    if let deprecation = endpoint.deprecation { writer.line(DocText.available(deprecation)) }
    writer.block("extension \(typeName): PaginatedEndpoint") { writer in
      writer.docs(["The items of `page`, in order."])
      writer.block(
        "public func items(of page: \(endpoint.response.swift)) -> [\(TypeReference.named(item).swift)]"
      ) { writer in
        writer.line("page.data")
      }
      writer.line()
      writer.docs(["The endpoint for the page after `page`, or `nil` when `page` is the last one."])
      writer.block("public func next(after page: \(endpoint.response.swift)) -> Self?") { writer in
        writer.line("guard page.hasMore, let last = page.data.last else { return nil }")
        writer.line("var next = self")
        writer.line("next.query.after = last.id")
        writer.line("return next")
      }
    }
  }

  /// The Swift name of a path or query parameter, as written in source.
  static func name(of field: Field) -> String {
    SwiftNames.identifier(SwiftNames.parameter(field.name))
  }

  /// `fineTuningJobId: String` for a path parameter, `limit: Int? = nil` for a query
  /// parameter: as the descriptor's initializers and the client's methods declare them.
  static func declaration(of field: Field, at location: Endpoint.Parameter.Location) -> String {
    location == .path
      ? "\(name(of: field)): \(field.type.swift)" : "\(name(of: field)): \(field.type.swift)? = nil"
  }

  private func isEnum(_ type: TypeReference) -> Bool {
    if case .named(let name) = type, case .enumeration? = schema[type: name] { return true }
    return false
  }

  /// A default value as a Swift literal of the parameter's type.
  private func swiftLiteral(_ value: JSONSyntax, of type: TypeReference) -> String? {
    switch value.value {
    case .number(let lexeme):
      // The value, not the lexeme: `1.0` for an `Int` or a digit beyond a `Double`'s precision
      // would not compile without a warning.
      type == .integer ? Int(lexeme).map(String.init) : Double(lexeme)?.compact
    case .bool(let flag): flag ? "true" : "false"
    case .string(let string):
      isEnum(type)
        ? "\(type.swift).\(SwiftNames.identifier(SwiftNames.enumCase(string)))"
        : string.swiftLiteral
    default: nil
    }
  }
}

extension String {
  /// The string's characters as they appear inside a Swift string literal, without the quotes.
  fileprivate var swiftLiteralBody: String { String(swiftLiteral.dropFirst().dropLast()) }
}
