import Foundation
import LoopbackServer
import OpenAIFineTuning
import Testing

/// Statuses outside 2xx become typed errors that keep the status, the request id and the
/// body; a 2xx that does not decode keeps its body too.
@Suite("Error responses", .timeLimit(.minutes(1)))
struct ErrorTests {
  @Test(arguments: [
    (400, OpenAIError.Kind.badRequest), (401, .authentication), (403, .permissionDenied),
    (404, .notFound), (409, .conflict), (422, .unprocessableEntity), (429, .rateLimit),
    (500, .internalServer), (503, .internalServer), (418, .other),
  ])
  func statusWithOpenAIEnvelope(status: Int, kind: OpenAIError.Kind) async throws {
    let body = envelope("No such job: ftjob-x", code: "not_found")
    let server = try LoopbackServer { _ in
      .json(status, body, headers: [("x-request-id", "req_\(status)")])
    }
    defer { server.stop() }
    let client = try openAIClient(server, retryPolicy: .none)
    let error = try await #require(throws: OpenAIError.self) {
      try await client.retrieveJob(fineTuningJobId: "ftjob-x")
    }
    #expect(error.status == status)
    #expect(error.kind == kind)
    #expect(error.requestID == "req_\(status)")
    #expect(error.body?.error.message == "No such job: ftjob-x")
    #expect(error.body?.error.type == "invalid_request_error")
    #expect(error.body?.error.code == "not_found")
    #expect(error.rawBody == Data(body.utf8))
    #expect("\(error)".contains("HTTP \(status) (request req_\(status))"))
    #expect(server.requests.count == 1)
  }

  @Test(arguments: [400, 404, 502])
  func statusWithABodyThatIsNotJSON(status: Int) async throws {
    let page = "<html><body>Bad gateway</body></html>"
    let server = try LoopbackServer { _ in
      .response(status: status, headers: [("Content-Type", "text/html")], body: Data(page.utf8))
    }
    defer { server.stop() }
    let client = try openAIClient(server, retryPolicy: .none)
    let error = try await #require(throws: OpenAIError.self) {
      try await client.listJobs()
    }
    #expect(error.status == status)
    #expect(error.body == nil)
    #expect(error.rawBody == Data(page.utf8))
    #expect("\(error)".contains("Bad gateway"))
  }

  @Test func rawBodyIsBounded() async throws {
    let huge = Data(repeating: UInt8(ascii: "x"), count: 1_000_000)
    let server = try LoopbackServer { _ in .response(status: 400, body: huge) }
    defer { server.stop() }
    let error = try await #require(throws: OpenAIError.self) {
      try await openAIClient(server, retryPolicy: .none).listJobs()
    }
    #expect(error.rawBody.count == OpenAIError.rawBodyLimit)
  }

  @Test func successWithAMalformedBody() async throws {
    let server = try LoopbackServer { _ in
      .json(
        200, #"{"id": "ftjob-1", "object": "fine_tuning.job"}"#,
        headers: [("x-request-id", "req_1")])
    }
    defer { server.stop() }
    let error = try await #require(throws: ClientError.self) {
      try await openAIClient(server).retrieveJob(fineTuningJobId: "ftjob-1")
    }
    guard case .undecodableResponse(let decodingError, let status, let headers, let body) = error
    else {
      Issue.record("expected undecodableResponse, got \(error)")
      return
    }
    guard case .keyNotFound(let key, _) = decodingError else {
      Issue.record("expected keyNotFound, got \(decodingError)")
      return
    }
    #expect(key.stringValue == "created_at")
    #expect(status == 200)
    #expect(headers["X-Request-Id"] == "req_1")
    #expect(String(decoding: body, as: UTF8.self).contains("ftjob-1"))
    // A body that does not decode is not retried: the next attempt would get the same.
    #expect(server.requests.count == 1)
  }

  @Test func successThatIsNotJSON() async throws {
    let server = try LoopbackServer { _ in .response(status: 200, body: Data("not json".utf8)) }
    defer { server.stop() }
    let error = try await #require(throws: ClientError.self) {
      try await openAIClient(server).listJobs()
    }
    guard case .undecodableResponse(.dataCorrupted, 200, _, let body) = error else {
      Issue.record("expected undecodableResponse with dataCorrupted, got \(error)")
      return
    }
    #expect(body == Data("not json".utf8))
  }

  @Test func invalidRequestIsNotSent() async throws {
    let server = try LoopbackServer { _ in .json(200, "{}") }
    defer { server.stop() }
    let request = CreateFineTuningJobRequest(
      model: "gpt-4o-mini", trainingFile: "file-abc123", suffix: String(repeating: "s", count: 65))
    let error = try await #require(throws: ClientError.self) {
      try await openAIClient(server).createJob(request)
    }
    guard case .invalidRequest(let validationError) = error else {
      Issue.record("expected invalidRequest, got \(error)")
      return
    }
    #expect(validationError.violations.map(\.path.description) == ["suffix"])
    #expect(server.requests.isEmpty)
  }

  @Test func validationCanBeTurnedOff() async throws {
    let job = try Fixtures.text("job-queued-supervised-epochs.json")
    let server = try LoopbackServer { _ in .json(200, job) }
    defer { server.stop() }
    var client = try openAIClient(server)
    client.validatesRequests = false
    _ = try await client.createJob(
      CreateFineTuningJobRequest(
        model: "gpt-4o-mini", trainingFile: "file-abc123",
        suffix: String(repeating: "s", count: 65)))
    #expect(server.requests.count == 1)
  }

  @Test func theKeyComesFromTheArgumentOrTheEnvironment() throws {
    #expect(throws: MissingAPIKeyError.self) { try APIClient.openAI(environment: [:]) }
    #expect(throws: MissingAPIKeyError.self) {
      try APIClient.openAI(environment: ["OPENAI_API_KEY": ""])
    }
    let fromEnvironment = try APIClient.openAI(
      environment: [
        "OPENAI_API_KEY": "sk-env", "OPENAI_ORG_ID": "org-env", "OPENAI_PROJECT_ID": "proj-env",
      ])
    #expect(fromEnvironment.headers["authorization"] == "Bearer sk-env")
    #expect(fromEnvironment.headers["openai-organization"] == "org-env")
    #expect(fromEnvironment.headers["openai-project"] == "proj-env")
    #expect(fromEnvironment.baseURL.absoluteString == "https://api.openai.com/v1")
    let fromArgument = try APIClient.openAI(
      apiKey: "sk-arg", environment: ["OPENAI_API_KEY": "sk-env"])
    #expect(fromArgument.headers["Authorization"] == "Bearer sk-arg")
    #expect(fromArgument.headers["OpenAI-Organization"] == nil)
  }
}

/// Query parameters are validated with the body: a request that breaks a parameter's
/// constraint is not sent.
@Suite("Request validation", .timeLimit(.minutes(1)))
struct RequestValidationTests {
  @Test func aQueryParameterOutOfItsBoundsIsNotSent() async throws {
    let server = try LoopbackServer { _ in .json(200, "{}") }
    defer { server.stop() }
    let metadata = Dictionary(uniqueKeysWithValues: (1...17).map { ("k\($0)", "v") })
    let error = try await #require(throws: ClientError.self) {
      try await openAIClient(server).listJobs(metadata: metadata)
    }
    guard case .invalidRequest(let validationError) = error else {
      Issue.record("expected invalidRequest, got \(error)")
      return
    }
    #expect(validationError.violations.map(\.path.description) == ["metadata"])
    #expect(validationError.violations.map(\.rule) == ["maxEntries"])
    #expect(server.requests.isEmpty)
    #expect("\(error)".hasPrefix("The request was not sent: 1 validation error"))
  }
}
