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
    let pathProblem = Checker.pathTemplateProblem(syntax.path.text)
    if let pathProblem { diagnostics.error(pathProblem, at: syntax.path.location) }
    let placeholders = Checker.placeholders(in: syntax.path.text)
    let placeholderNames = Set(placeholders)
    if method == .get, let body = syntax.body {
      diagnostics.error(
        "a GET request has no body; send '\(body.spelling)' with POST, or its fields as query parameters",
        at: body.location)
    }
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
        if pathProblem == nil, !placeholderNames.contains(name.text) {
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
    let pathParameterNames = Set(parameters.filter { $0.location == .path }.map(\.field.name))
    for placeholder in placeholders
    where pathProblem == nil && !pathParameterNames.contains(placeholder) {
      diagnostics.error(
        "path placeholder '{\(placeholder)}' has no 'path \(placeholder): string' parameter",
        at: syntax.path.location)
    }
    let body = syntax.body.flatMap { bodyType($0, role: "a request body") }
    var response: TypeReference?
    if let responseSyntax = syntax.response {
      response = bodyType(responseSyntax, role: "a response")
    } else {
      diagnostics.error(
        "endpoint '\(syntax.name.text)' has no 'response'; add 'response TypeName'",
        at: syntax.name.location)
    }
    let error = syntax.error.flatMap { bodyType($0, role: "an error body") }
    var pageItem: String?
    if let paginated = syntax.paginated, let response {
      pageItem = checkPagination(at: paginated, parameters: parameters, response: response)
    }
    let deprecation = deprecation(from: syntax.attributes, allowing: ["deviation"])
    let deviation = deviation(from: syntax.attributes)
    guard diagnostics.all.count == errorsBefore, let method, let response else { return nil }
    return Endpoint(
      name: syntax.name.text, docs: syntax.docs, deprecation: deprecation, method: method,
      path: syntax.path.text, parameters: parameters, body: body, response: response,
      error: error, pageItem: pageItem, deviation: deviation, location: syntax.name.location)
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

  /// What is wrong with a path template, or `nil`: it starts with `/`, holds only characters a
  /// URL path may hold (RFC 3986, with `%XX` escapes), and `{name}` placeholders whose names are
  /// identifiers, none nested or left open.
  static func pathTemplateProblem(_ path: String) -> String? {
    guard path.hasPrefix("/") else { return "an endpoint path starts with '/'" }
    let bytes = Array(path.utf8)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "{"):
        guard let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")) else {
          return "'{' at offset \(index) of the path is not closed; write placeholders as '{name}'"
        }
        let name = bytes[(index + 1)..<close]
        guard let first = name.first, first.isIdentifierHead, name.allSatisfy(\.isIdentifierByte)
        else {
          return
            "placeholder '{\(String(decoding: name, as: UTF8.self))}' needs a parameter name such as '{job_id}'"
        }
        index = close + 1
      case UInt8(ascii: "}"):
        return "'}' at offset \(index) of the path closes no placeholder"
      case UInt8(ascii: "%"):
        guard index + 2 < bytes.count, bytes[index + 1].isHexDigit, bytes[index + 2].isHexDigit
        else { return "'%' in the path must start an escape such as '%20'" }
        index += 3
      default:
        guard byte.isPathCharacter else {
          let character = String(decoding: [byte], as: UTF8.self).unicodeScalars.first
          let shown =
            byte < 0x80 && !(character?.isUnsafeInSource ?? true)
            ? "'\(String(decoding: [byte], as: UTF8.self))'"
            : "byte 0x\(String(byte, radix: 16, uppercase: true))"
          return
            "\(shown) cannot appear in a URL path; percent-encode it (such as '%20' for a space)"
        }
        index += 1
      }
    }
    return nil
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
        "\(role) must be a declared object or union type, not '\(syntax.spelling)'",
        at: syntax.location)
      return nil
    }
    return type
  }

  /// The name of the type of a page's items, or `nil` after reporting what is missing.
  private mutating func checkPagination(
    at location: SourceLocation, parameters: [Endpoint.Parameter], response: TypeReference
  ) -> String? {
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
    func isRequired(_ field: Field?) -> Bool {
      field.map { !$0.isOptional && !$0.isNullable && $0.deprecation == nil } ?? false
    }
    let page = response.namedTypes.first.flatMap { objects[$0] }
    let hasMore = page?.fields.first { $0.name == "has_more" }
    let data = page?.fields.first { $0.name == "data" }
    let item: String? =
      if case .array(.named(let item))? = data?.type { item } else { nil }
    let id = item.flatMap { objects[$0]?.fields.first { $0.name == "id" } }
    guard page != nil, hasMore?.type == .boolean, isRequired(hasMore), isRequired(data),
      id?.type == .string, isRequired(id)
    else {
      let name = response.spelling
      diagnostics.error(
        "a paginated endpoint's response needs the required fields 'data: [Item]' (items with a required 'id: string') and 'has_more: bool', none of them nullable or deprecated; '\(name)' does not have them",
        at: location)
      return nil
    }
    return item
  }
}

extension UInt8 {
  fileprivate var isIdentifierHead: Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self)
      || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self) || self == UInt8(ascii: "_")
  }

  fileprivate var isIdentifierByte: Bool {
    isIdentifierHead || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self)
  }

  fileprivate var isHexDigit: Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self)
      || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
      || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
  }

  /// RFC 3986's `pchar` (unreserved, sub-delims, `:` and `@`) and `/`.
  fileprivate var isPathCharacter: Bool {
    isIdentifierByte || Array("-._~!$&'()*+,;=:@/".utf8).contains(self)
  }
}
