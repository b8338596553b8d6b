import Foundation

/// A response with a status outside 2xx: the status, the headers (with the request id to quote
/// to the API's support) and the error body, decoded as the endpoint declares it.
///
/// ```swift
/// do {
///   let job = try await client.retrieveJob(fineTuningJobId: id)
/// } catch let error as APIError<ErrorResponse> where error.kind == .notFound {
///   print(error.body?.error.message ?? "", error.requestID ?? "")
/// }
/// ```
public struct APIError<Body: Decodable & Sendable>: Error, Sendable, CustomStringConvertible {
  /// The class of error a status stands for, as OpenAI's SDKs name them.
  public enum Kind: Hashable, Sendable {
    /// 400
    case badRequest
    /// 401
    case authentication
    /// 403
    case permissionDenied
    /// 404
    case notFound
    /// 409
    case conflict
    /// 422
    case unprocessableEntity
    /// 429
    case rateLimit
    /// 500 and above.
    case internalServer
    /// Any other status outside 2xx.
    case other

    public init(status: Int) {
      self =
        switch status {
        case 400: .badRequest
        case 401: .authentication
        case 403: .permissionDenied
        case 404: .notFound
        case 409: .conflict
        case 422: .unprocessableEntity
        case 429: .rateLimit
        case 500...: .internalServer
        default: .other
        }
    }
  }

  /// The most of an error body that is kept: enough for any error message, bounded so that a
  /// large answer (an HTML page from a proxy) is not held in memory.
  public static var rawBodyLimit: Int { 64 * 1024 }

  public let status: Int
  public let headers: HTTPHeaders
  /// The error body as the endpoint declares it, or `nil` when it did not decode as that.
  public let body: Body?
  /// The error body as sent, up to ``rawBodyLimit`` bytes.
  public let rawBody: Data

  public init(status: Int, headers: HTTPHeaders, body: Body?, rawBody: Data) {
    self.status = status
    self.headers = headers
    self.body = body
    self.rawBody = rawBody.prefix(Self.rawBodyLimit)
  }

  public var kind: Kind { Kind(status: status) }

  /// The id the server gave the request (`x-request-id`).
  public var requestID: String? { headers["x-request-id"] }

  /// `HTTP 404 (request req_123): {"error": {"message": …}}`, the body as sent, up to 1 KiB.
  public var description: String {
    var text = "HTTP \(status)"
    if let requestID { text += " (request \(requestID))" }
    if !rawBody.isEmpty { text += ": " + String(decoding: rawBody.prefix(1024), as: UTF8.self) }
    return text
  }
}

/// A call that failed without an answer from the API in a status outside 2xx.
public enum ClientError: Error, Sendable, CustomStringConvertible {
  /// No response: the connection could not be made, or was lost before the whole response
  /// came. `underlying` is the transport's error. Retried by the default policy.
  case connectionFailed(underlying: any Error)
  /// No response within the request's timeout. Retried by the default policy.
  case timedOut(after: Duration)
  /// A 2xx response whose body is not the endpoint's response type.
  case undecodableResponse(DecodingError, status: Int, headers: HTTPHeaders, body: Data)
  /// The request failed validation and was not sent.
  case invalidRequest(ValidationError)

  public var description: String {
    switch self {
    case .connectionFailed(let underlying): "No response: \(underlying)"
    case .timedOut(let after): "No response within \(after)"
    case .undecodableResponse(let error, let status, _, let body):
      "HTTP \(status), but the body is not the response type: \(error); body: "
        + String(decoding: body.prefix(1024), as: UTF8.self)
    case .invalidRequest(let error): "The request was not sent: \(error)"
    }
  }
}
