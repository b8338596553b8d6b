extension DiffEngine {
  mutating func compareEndpoints() {
    let oldEndpoints = Dictionary(uniqueKeysWithValues: old.endpoints.map { ($0.name, $0) })
    let newEndpoints = Dictionary(uniqueKeysWithValues: new.endpoints.map { ($0.name, $0) })
    for endpoint in new.endpoints where oldEndpoints[endpoint.name] == nil {
      recordEndpoint(
        endpoint.name, "endpoint added (\(endpoint.method.rawValue) \(endpoint.path))",
        at: endpoint.location, request: .additive("a new operation"),
        response: .additive("a new operation"),
        source: .additive("new \(SwiftNames.endpointType(endpoint.name))"))
    }
    for endpoint in old.endpoints where newEndpoints[endpoint.name] == nil {
      recordEndpoint(
        endpoint.name, "endpoint removed (\(endpoint.method.rawValue) \(endpoint.path))",
        at: endpoint.location, removed: true,
        request: .breaking("OLD clients call an operation NEW does not have"),
        response: .breaking("OLD clients call an operation NEW does not have"),
        source: .breaking("code using \(SwiftNames.endpointType(endpoint.name)) no longer compiles")
      )
    }
    for before in old.endpoints {
      guard let after = newEndpoints[before.name] else { continue }
      compareEndpoint(before, after)
    }
  }

  private mutating func compareEndpoint(_ before: Endpoint, _ after: Endpoint) {
    let name = after.name
    if before.method != after.method || before.path != after.path {
      recordEndpoint(
        name,
        "moved from \(before.method.rawValue) \(before.path) to \(after.method.rawValue) \(after.path)",
        at: after.location, request: .breaking("OLD clients call the old method and path"),
        response: .breaking("OLD clients call the old method and path"),
        source: .none("the descriptor's method and path values change; code still compiles"))
    }
    let oldParameters = Dictionary(
      uniqueKeysWithValues: before.parameters.map { ($0.field.name, $0) })
    let newParameters = Dictionary(
      uniqueKeysWithValues: after.parameters.map { ($0.field.name, $0) })
    for parameter in after.parameters where oldParameters[parameter.field.name] == nil {
      let required = parameter.location == .path || !parameter.field.isOptional
      recordEndpoint(
        name, "\(parameter.location.rawValue) parameter \(parameter.field.name) added",
        at: parameter.field.location,
        request: required
          ? .breaking("OLD clients do not send it") : .additive("optional; OLD clients omit it"),
        response: .none("responses do not change"),
        source: parameter.location == .path
          ? .breaking("init(...) gains the parameter \(SwiftNames.parameter(parameter.field.name))")
          : .additive("Query gains an optional property"))
    }
    for parameter in before.parameters where newParameters[parameter.field.name] == nil {
      recordEndpoint(
        name, "\(parameter.location.rawValue) parameter \(parameter.field.name) removed",
        at: parameter.field.location, removed: true,
        request: .breaking("OLD clients send a parameter NEW no longer reads"),
        response: .none("responses do not change"),
        source: .breaking(
          "code using \(SwiftNames.parameter(parameter.field.name)) no longer compiles"))
    }
    for parameter in after.parameters {
      guard let previous = oldParameters[parameter.field.name] else { continue }
      if previous.field.type != parameter.field.type {
        recordEndpoint(
          name,
          "parameter \(parameter.field.name) changed from \(previous.field.type.spelling) to \(parameter.field.type.spelling)",
          at: parameter.field.location, request: .breaking("the parameter's values change"),
          response: .none("responses do not change"),
          source: .breaking("the parameter's Swift type changes"))
      }
      if previous.field.defaultValue?.compactText != parameter.field.defaultValue?.compactText {
        recordEndpoint(
          name,
          "parameter \(parameter.field.name) default changed from \(previous.field.defaultValue?.compactText ?? "none") to \(parameter.field.defaultValue?.compactText ?? "none")",
          at: parameter.field.location,
          request: .breaking("requests that omit it now mean something else"),
          response: .none("responses do not change"), source: .none("documentation only"))
      }
    }
    let jsonChanges = SchemaChange.Verdict.breaking("the operation's JSON changes")
    for (role, typeName, previous, current, request, response) in [
      ("request body", "Body", before.body, after.body, jsonChanges, jsonChanges),
      ("response", "Response", before.response, after.response, jsonChanges, jsonChanges),
      (
        "error body", "ErrorBody", before.error, after.error,
        SchemaChange.Verdict.none("requests do not change"),
        SchemaChange.Verdict.none("an error body that does not decode is kept as sent")
      ),
    ]
    where previous != current {
      recordEndpoint(
        name,
        "\(role) changed from \(previous?.spelling ?? "none") to \(current?.spelling ?? "none")",
        at: after.location, request: request, response: response,
        source: .breaking("the descriptor's \(typeName) type changes"))
    }
    if before.isPaginated != after.isPaginated {
      recordEndpoint(
        name, after.isPaginated ? "became paginated" : "no longer paginated", at: after.location,
        request: .none("the parameters say how pages are asked for"),
        response: .none("the response type says what a page holds"),
        source: after.isPaginated
          ? .additive("\(pageCalls(of: after)) are added")
          : .breaking("\(pageCalls(of: before)) are removed"))
    }
    if before.docs != after.docs {
      recordEndpoint(
        name, "description changed", at: after.location, request: .none("documentation only"),
        response: .none("documentation only"), source: .none("documentation only"))
    }
  }
}

/// What a paginated endpoint adds to the generated Swift: `next(after:)`, `items(of:)` and
/// `allJobs(…)`.
private func pageCalls(of endpoint: Endpoint) -> String {
  "next(after:), items(of:) and the client's \(SwiftNames.allPagesMethod(endpoint.name))(…)"
}
