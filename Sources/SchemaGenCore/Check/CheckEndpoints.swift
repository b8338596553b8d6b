extension Checker {
  mutating func endpoint(_ syntax: EndpointSyntax) -> Endpoint? {
    let errorsBefore = diagnostics.all.count
    let method = Endpoint.Method(rawValue: syntax.method.text)
    if method == nil {
      diagnostics.error(
        "unknown HTTP method '\(syntax.method.text)'; expected one of "
          + Endpoint.Method.allCases.map(\.rawValue).joined(separator: ", "),
        at: syntax.method.location)
    }
    if !syntax.path.text.hasPrefix("/") {
      diagnostics.error("an endpoint path starts with '/'", at: syntax.path.location)
    }
    let placeholders = Checker.placeholders(in: syntax.path.text)
    var parameters: [Endpoint.Parameter] = []
    var names: [String: SourceLocation] = [:]
    for parameter in syntax.parameters {
      let name = parameter.field.name
      if let previous = names[name.text] {
        diagnostics.error(
          "duplicate parameter '\(name.text)'", at: name.location,
          notes: [.init("'\(name.text)' is first declared here", at: previous)])
        continue
      }
      names[name.text] = name.location
      guard let field = field(parameter.field, in: syntax.name.text) else { continue }
      checkDefault(of: field, in: syntax.name.text)
      if parameter.location == .path {
        if !placeholders.contains(name.text) {
          diagnostics.error(
            "path parameter '\(name.text)' does not appear in the path; add '{\(name.text)}' to \"\(syntax.path.text)\"",
            at: name.location)
        }
        if field.isOptional || field.isNullable {
          diagnostics.error(
            "path parameter '\(name.text)' must be required and not nullable", at: name.location)
        }
        if !isPathType(field.type) {
          diagnostics.error(
            "path parameter '\(name.text)' must be a string, int or enum, not '\(field.type.spelling)'",
            at: name.location)
        }
      } else if !isQueryType(field.type) || field.isNullable {
        diagnostics.error(
          "query parameter '\(name.text)' must be a string, int, number, bool, enum, [string] or [string: string], not '\(field.type.spelling)\(field.isNullable ? " | null" : "")'",
          at: name.location)
      }
      parameters.append(Endpoint.Parameter(location: parameter.location, field: field))
    }
    for placeholder in placeholders
    where !parameters.contains(where: { $0.location == .path && $0.field.name == placeholder }) {
      diagnostics.error(
        "path placeholder '{\(placeholder)}' has no 'path \(placeholder): string' parameter",
        at: syntax.path.location)
    }
    let body = syntax.body.flatMap { bodyType($0, role: "request body") }
    var response: TypeReference?
    if let responseSyntax = syntax.response {
      response = bodyType(responseSyntax, role: "response")
    } else {
      diagnostics.error(
        "endpoint '\(syntax.name.text)' has no 'response'; add 'response TypeName'",
        at: syntax.name.location)
    }
    if let paginated = syntax.paginated, let response {
      checkPagination(at: paginated, parameters: parameters, response: response)
    }
    let deprecation = deprecation(from: syntax.attributes)
    guard diagnostics.all.count == errorsBefore, let method, let response else { return nil }
    return Endpoint(
      name: syntax.name.text, docs: syntax.docs, deprecation: deprecation, method: method,
      path: syntax.path.text, parameters: parameters, body: body, response: response,
      isPaginated: syntax.paginated != nil, location: syntax.name.location)
  }

  /// The `{name}` placeholders of a path template, in order.
  static func placeholders(in path: String) -> [String] {
    var names: [String] = []
    var rest = Substring(path)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      names.append(String(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return names
  }

  private func isPathType(_ type: TypeReference) -> Bool {
    switch type {
    case .named(let name): enums[name] != nil
    case .string, .integer: true
    default: false
    }
  }

  private func isQueryType(_ type: TypeReference) -> Bool {
    switch type {
    case .named(let name): enums[name] != nil
    case .string, .integer, .number, .boolean, .array(.string), .map(.string): true
    default: false
    }
  }

  private mutating func bodyType(_ syntax: TypeSyntax, role: String) -> TypeReference? {
    guard let (type, isNullable) = resolve(syntax) else { return nil }
    guard case .named(let name) = type, declared[name]?.kind != .enumeration, !isNullable else {
      diagnostics.error(
        "a \(role) must be a declared object or union type, not '\(syntax.spelling)'",
        at: syntax.location)
      return nil
    }
    return type
  }

  private mutating func checkPagination(
    at location: SourceLocation, parameters: [Endpoint.Parameter], response: TypeReference
  ) {
    func has(_ name: String, _ type: TypeReference) -> Bool {
      parameters.contains {
        $0.location == .query && $0.field.name == name && $0.field.type == type
      }
    }
    if !has("after", .string) || !has("limit", .integer) {
      diagnostics.error(
        "a paginated endpoint needs the query parameters 'after?: string' and 'limit?: int'",
        at: location)
    }
    guard case .named(let name) = response, let page = objects[name] else { return }
    let hasMore = page.fields.first { $0.name == "has_more" }
    let data = page.fields.first { $0.name == "data" }
    guard hasMore?.type == .boolean, case .array(.named(let itemName))? = data?.type,
      objects[itemName]?.fields.contains(where: { $0.name == "id" && $0.type == .string }) == true
    else {
      diagnostics.error(
        "a paginated endpoint's response needs 'data: [Item]' (items with 'id: string') and 'has_more: bool'; '\(name)' does not have them",
        at: location)
      return
    }
  }
}
