import Foundation

/// Calls an API's endpoints over a transport: builds each request from its endpoint descriptor,
/// retries what ``RetryPolicy`` says, bounds each attempt by ``timeout``, decodes 2xx responses
/// into the endpoint's response type and throws ``APIError`` for any other status.
///
/// Generated code adds one method per endpoint (`client.retrieveJob(fineTuningJobId:)`) and,
/// for each paginated endpoint, one that walks every page (`client.allJobs(limit:)`).
/// Cancelling the calling task stops the request, a wait between attempts, and the retries.
public struct APIClient: Sendable {
  /// The URL the endpoints' paths are appended to, such as `https://api.openai.com/v1`.
  public var baseURL: URL
  /// Sent with every request, such as `Authorization`.
  public var headers: HTTPHeaders
  public var transport: any HTTPTransport
  public var retryPolicy: RetryPolicy
  /// The longest one attempt may take, from sending the request to the end of the response.
  public var timeout: Duration
  /// Whether a request's parameters and body are validated before it is sent; one that fails
  /// throws ``ClientError/invalidRequest(_:)`` and nothing is sent.
  public var validatesRequests: Bool

  /// A client of the API at `baseURL`; `transport` sends the requests, such as
  /// `URLSessionTransport()` of the `SchemaRuntimeURLSession` library.
  public init(
    baseURL: URL, transport: any HTTPTransport, headers: HTTPHeaders = [:],
    retryPolicy: RetryPolicy = RetryPolicy(), timeout: Duration = .seconds(600),
    validatesRequests: Bool = true
  ) {
    self.baseURL = baseURL
    self.headers = headers
    self.transport = transport
    self.retryPolicy = retryPolicy
    self.timeout = timeout
    self.validatesRequests = validatesRequests
  }

  /// Calls `endpoint` and returns its decoded response.
  public func send<E: Endpoint>(_ endpoint: E) async throws -> E.Response {
    let request = try self.request(for: endpoint)
    var retry = 0
    while true {
      try Task.checkCancellation()
      let outcome: Result<HTTPResponse, ClientError>
      do {
        outcome = .success(try await attempt(request))
      } catch let error as ClientError {
        outcome = .failure(error)
      }
      switch outcome {
      case .success(let response) where (200..<300).contains(response.status):
        return try decode(E.Response.self, from: response)
      case .success(let response):
        guard retry < retryPolicy.maxRetries,
          retryPolicy.shouldRetry(status: response.status, headers: response.headers)
        else { throw apiError(E.ErrorBody.self, from: response) }
        try await wait(beforeRetry: retry, headers: response.headers)
      case .failure(let error):
        guard retry < retryPolicy.maxRetries else { throw error }
        try await wait(beforeRetry: retry, headers: nil)
      }
      retry += 1
    }
  }

  /// The request `endpoint` stands for, validated when ``validatesRequests`` is on.
  public func request<E: Endpoint>(for endpoint: E) throws -> HTTPRequest {
    var request = HTTPRequest(
      method: E.method, url: endpoint.url(relativeTo: baseURL), headers: headers,
      timeout: timeout)
    request.headers["Accept"] = "application/json"
    if validatesRequests, let validatable = endpoint as? any Validatable {
      do {
        try validatable.validate()
      } catch {
        throw ClientError.invalidRequest(error)
      }
    }
    if let body = endpoint.body {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      request.body = try encoder.encode(body)
      request.headers["Content-Type"] = "application/json"
    }
    return request
  }

  /// One attempt, bounded by ``timeout``: a response of any status, or the reason there is
  /// none. Cancellation is thrown as `CancellationError`.
  private func attempt(_ request: HTTPRequest) async throws -> HTTPResponse {
    let transport = self.transport
    let timeout = self.timeout
    return try await withThrowingTaskGroup(of: HTTPResponse?.self) { group in
      group.addTask {
        do {
          return try await transport.send(request)
        } catch {
          try Task.checkCancellation()
          throw ClientError.connectionFailed(underlying: error)
        }
      }
      group.addTask {
        try await Task.sleep(for: timeout)
        return nil
      }
      defer { group.cancelAll() }
      guard let first = try await group.next() else { throw CancellationError() }
      try Task.checkCancellation()
      guard let response = first else { throw ClientError.timedOut(after: timeout) }
      return response
    }
  }

  private func wait(beforeRetry retry: Int, headers: HTTPHeaders?) async throws {
    let delay = retryPolicy.delay(
      beforeRetry: retry, headers: headers, random: Double.random(in: 0..<1))
    try await Task.sleep(for: delay)
  }

  private func decode<Response: Decodable>(_ type: Response.Type, from response: HTTPResponse)
    throws -> Response
  {
    do {
      return try JSONDecoder().decode(Response.self, from: response.body)
    } catch let error as DecodingError {
      throw ClientError.undecodableResponse(
        error, status: response.status, headers: response.headers,
        body: response.body.prefix(APIError<JSON>.rawBodyLimit))
    }
  }

  private func apiError<Body: Decodable & Sendable>(
    _ type: Body.Type, from response: HTTPResponse
  ) -> APIError<Body> {
    APIError(
      status: response.status, headers: response.headers,
      body: try? JSONDecoder().decode(Body.self, from: response.body), rawBody: response.body)
  }
}
