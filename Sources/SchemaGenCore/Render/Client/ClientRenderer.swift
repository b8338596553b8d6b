/// Emits the client's methods for a schema file's endpoints: an extension of the runtime's
/// `APIClient` with one `async throws` method per endpoint, taking its path parameters, its
/// query parameters and its body, and for each paginated endpoint one that returns every item
/// across pages.
struct ClientRenderer {
  let endpoints: [Endpoint]

  func render(into writer: inout CodeWriter) {
    writer.block("extension APIClient") { writer in
      for (index, endpoint) in endpoints.enumerated() {
        if index > 0 { writer.line() }
        method(for: endpoint, into: &writer)
        if let item = endpoint.pageItem {
          writer.line()
          allPages(of: endpoint, item: item, into: &writer)
        }
      }
    }
  }

  private func method(for endpoint: Endpoint, into writer: inout CodeWriter) {
    let error = endpoint.error.map { "APIError<\($0.swift)>" } ?? "APIError<JSON>"
    writer.docs(
      endpoint.docs + ["", "`\(endpoint.method.rawValue) \(endpoint.path)`", ""]
        + [
          "- Throws: `\(error)` for a status outside 2xx, `ClientError` when there is no",
          "  usable response, `CancellationError` when the task is cancelled.",
        ] + DocText.deprecation(endpoint.deprecation))
    if let deprecation = endpoint.deprecation { writer.line(DocText.available(deprecation)) }
    var parameters = declarations(of: endpoint.parameters)
    if let body = endpoint.body { parameters.append("_ body: \(body.swift)") }
    let name = SwiftNames.identifier(SwiftNames.clientMethod(endpoint.name))
    writer.block(
      "public func \(name)(\(parameters.joined(separator: ", "))) async throws -> \(endpoint.response.swift)"
    ) { writer in
      // `self.`: a parameter may be named `send`.
      writer.line("try await self.send(\(descriptor(endpoint, query: endpoint.parameters)))")
    }
  }

  /// `allJobs(limit:)`: the items of every page, fetched as the caller reaches them.
  private func allPages(of endpoint: Endpoint, item: String, into writer: inout CodeWriter) {
    let query = endpoint.parameters.filter { $0.field.name != "after" }
    writer.docs(
      [
        "Every item of `\(endpoint.name)`, across pages: the next page is fetched when the caller",
        "reaches the end of the one before.",
        "",
        "```swift",
        "for try await item in client.\(SwiftNames.allPagesMethod(endpoint.name))() { print(item) }",
        "```",
      ] + DocText.deprecation(endpoint.deprecation))
    if let deprecation = endpoint.deprecation { writer.line(DocText.available(deprecation)) }
    let name = SwiftNames.identifier(SwiftNames.allPagesMethod(endpoint.name))
    let type = SwiftNames.endpointType(endpoint.name)
    writer.block(
      "public func \(name)(\(declarations(of: query).joined(separator: ", "))) -> PageSequence<\(type)>"
    ) { writer in
      writer.line("PageSequence(client: self, first: \(descriptor(endpoint, query: query)))")
    }
  }

  /// `fineTuningJobId: String, after: String? = nil`: path parameters, then query parameters.
  private func declarations(of parameters: [Endpoint.Parameter]) -> [String] {
    parameters.map { EndpointRenderer.declaration(of: $0.field, at: $0.location) }
  }

  /// `ListJobsEndpoint(query: .init(after: after, limit: limit))`, passing on the parameters
  /// in `parameters` (query parameters left out stay `nil`).
  private func descriptor(_ endpoint: Endpoint, query parameters: [Endpoint.Parameter]) -> String {
    var arguments = endpoint.parameters.filter { $0.location == .path }.map(argument)
    if endpoint.parameters.contains(where: { $0.location == .query }) {
      let query = parameters.filter { $0.location == .query }.map(argument)
      arguments.append("query: .init(\(query.joined(separator: ", ")))")
    }
    if endpoint.body != nil { arguments.append("body: body") }
    return "\(SwiftNames.endpointType(endpoint.name))(\(arguments.joined(separator: ", ")))"
  }

  /// `fineTuningJobId: fineTuningJobId`, passing a parameter on under its own name; a label
  /// needs no backticks where its value does (`default: \`default\``).
  private func argument(_ parameter: Endpoint.Parameter) -> String {
    let name = SwiftNames.parameter(parameter.field.name)
    return "\(SwiftNames.argumentLabel(name)): \(SwiftNames.identifier(name))"
  }
}
