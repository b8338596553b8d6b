import SchemaRuntime

extension Auditor {
  /// The spec's operations: method and path template with placeholders as `{}`, each with its
  /// JSON pointer.
  var operations: [(method: String, path: String, key: String, pointer: String)] {
    guard case .object(let paths)? = document.value(at: "#/paths") else { return [] }
    var result: [(String, String, String, String)] = []
    for (path, item) in paths {
      guard case .object(let methods) = item else { continue }
      for method in ["get", "post", "put", "patch", "delete"] where methods[method] != nil {
        result.append(
          (
            method, Self.placeholdersErased(path), path,
            "#/paths/\(SpecSchema.escape(path))/\(method)"
          ))
      }
    }
    return result.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
  }

  static func placeholdersErased(_ path: String) -> String {
    var result = ""
    var inPlaceholder = false
    for character in path {
      if character == "{" {
        inPlaceholder = true
        result += "{}"
      } else if character == "}" {
        inPlaceholder = false
      } else if !inPlaceholder {
        result.append(character)
      }
    }
    return result
  }

  mutating func compare(_ endpoint: Endpoint) {
    let method = endpoint.method.rawValue.lowercased()
    let path = Self.placeholdersErased(endpoint.path)
    guard let operation = operations.first(where: { $0.method == method && $0.path == path }) else {
      report(
        "the spec has no operation '\(endpoint.method.rawValue) \(endpoint.path)'",
        at: endpoint.location, "#/paths")
      return
    }
    var parameters: [(name: String, location: String, required: Bool, schema: SpecSchema)] = []
    for pointer in [
      "#/paths/\(SpecSchema.escape(operation.key))/parameters", operation.pointer + "/parameters",
    ] {
      guard case .array(let list)? = document.value(at: pointer) else { continue }
      for index in list.indices {
        guard let parameter = document.resolved(at: "\(pointer)/\(index)"),
          case .string(let name)? = parameter.json["name"],
          case .string(let location)? = parameter.json["in"],
          location == "path" || location == "query"
        else { continue }
        let schema =
          document.schema(at: parameter.pointer + "/schema")
          ?? SpecSchema(json: .object([:]), pointer: parameter.pointer, document: document)
        parameters.append((name, location, parameter.json["required"] == .bool(true), schema))
      }
    }
    let owner = endpoint.name
    // Path parameters are matched by their place in the path: their names are not sent.
    let ourPlaceholders = Checker.placeholders(in: endpoint.path)
    let theirPlaceholders = Checker.placeholders(in: operation.key)
    func specName(of parameter: Endpoint.Parameter) -> String {
      guard parameter.location == .path,
        let index = ourPlaceholders.firstIndex(of: parameter.field.name),
        theirPlaceholders.indices.contains(index)
      else { return parameter.field.name }
      return theirPlaceholders[index]
    }
    for parameter in parameters
    where !endpoint.parameters.contains(where: {
      specName(of: $0) == parameter.name && $0.location.rawValue == parameter.location
    }) {
      report(
        "endpoint \(owner) has no \(parameter.location) parameter '\(parameter.name)'",
        at: endpoint.location, parameter.schema.pointer)
    }
    for parameter in endpoint.parameters {
      guard
        let spec = parameters.first(where: {
          $0.name == specName(of: parameter) && $0.location == parameter.location.rawValue
        })
      else {
        report(
          "\(parameter.location.rawValue) parameter '\(parameter.field.name)' of endpoint \(owner) is not in the spec",
          at: parameter.field.location, operation.pointer + "/parameters")
        continue
      }
      if parameter.location == .query, spec.required == parameter.field.isOptional {
        report(
          "query parameter '\(parameter.field.name)' of endpoint \(owner) is \(parameter.field.isOptional ? "optional" : "required") here and \(spec.required ? "required" : "optional") in the spec",
          at: parameter.field.location, spec.schema.pointer)
      }
      let subject = "parameter '\(parameter.field.name)' of endpoint \(owner)"
      compare(
        parameter.field.type, at: parameter.field.location, subject, with: spec.schema.nonNull)
      compareConstraints(of: parameter.field, subject, with: spec.schema)
      compareDefault(of: parameter.field, subject, with: spec.schema)
    }
    let body = document.resolved(at: operation.pointer + "/requestBody")
      .flatMap { document.schema(at: $0.pointer + "/content/application~1json/schema") }
    switch (endpoint.body, body) {
    case (let ours?, let spec?):
      compare(ours, at: endpoint.location, "the body of endpoint \(owner)", with: spec.nonNull)
    case (nil, let spec?):
      report(
        "endpoint \(owner) sends no body; the spec's has \(spec.describedType)",
        at: endpoint.location, spec.pointer)
    case (let ours?, nil):
      report(
        "endpoint \(owner) sends a body (\(ours.spelling)); the spec's operation has none",
        at: endpoint.location, operation.pointer)
    case (nil, nil):
      break
    }
    if let response = successResponse(of: operation.pointer) {
      compare(
        endpoint.response, at: endpoint.location, "the response of endpoint \(owner)",
        with: response.nonNull)
    } else {
      report(
        "the spec gives no JSON schema for a 2xx response of endpoint \(owner)",
        at: endpoint.location, operation.pointer + "/responses")
    }
  }

  /// The JSON schema of the first 2xx response, in status order.
  private func successResponse(of operation: String) -> SpecSchema? {
    guard case .object(let responses)? = document.value(at: operation + "/responses") else {
      return nil
    }
    for status in responses.keys.sorted() where status.hasPrefix("2") {
      if let response = document.resolved(at: "\(operation)/responses/\(status)"),
        let schema = document.schema(at: response.pointer + "/content/application~1json/schema")
      {
        return schema
      }
    }
    return nil
  }

  /// A field's or parameter's default against the spec's `default`.
  mutating func compareDefault(of field: Field, _ subject: String, with spec: SpecSchema) {
    let theirs = spec.defaultValue ?? spec.nonNull.defaultValue
    let ours = field.defaultValue.map(JSON.init(syntax:))
    guard theirs != ours else { return }
    // A constant has its one value; the spec's `default` of it says nothing more.
    if case .constant(let value) = field.type, theirs == .string(value) { return }
    if ours == nil, theirs == .null { return }
    report(
      "\(subject) defaults to \(ours?.compactText ?? "nothing") here and to \(theirs?.compactText ?? "nothing") in the spec",
      at: field.location, spec.pointer)
  }
}

extension OpenAPIDocument {
  /// The object at `pointer`, with a `$ref` (to `#/components/parameters`, `requestBodies`,
  /// `responses`, …) followed, and its own pointer.
  func resolved(at pointer: String) -> (json: [String: JSON], pointer: String)? {
    var pointer = pointer
    for _ in 0..<8 {
      guard case .object(let members)? = value(at: pointer) else { return nil }
      guard case .string(let ref)? = members["$ref"] else { return (members, pointer) }
      pointer = ref
    }
    return nil
  }
}

extension JSON {
  /// A value written in a schema, as JSON: integers and fractions kept apart as a document
  /// reader keeps them.
  init(syntax: JSONSyntax) {
    switch syntax.value {
    case .null: self = .null
    case .bool(let value): self = .bool(value)
    case .number(let lexeme):
      self = Int(lexeme).map(JSON.integer) ?? .number(Double(lexeme) ?? 0)
    case .string(let value): self = .string(value)
    case .array(let elements): self = .array(elements.map(JSON.init(syntax:)))
    case .object(let members):
      self = .object(
        Dictionary(
          members.map { ($0.key.text, JSON(syntax: $0.value)) }, uniquingKeysWith: { a, _ in a }))
    }
  }

  /// The value as compact JSON, for messages.
  var compactText: String {
    switch self {
    case .null: "null"
    case .bool(let value): value ? "true" : "false"
    case .integer(let value): String(value)
    case .number(let value): value.compact
    case .string(let value): value.jsonLiteral
    case .array(let elements): "[" + elements.map(\.compactText).joined(separator: ", ") + "]"
    case .object(let members):
      "{"
        + members.keys.sorted().map { "\($0.jsonLiteral): \(members[$0]!.compactText)" }
        .joined(separator: ", ") + "}"
    }
  }
}
