import Foundation

/// An error of OpenAI's API: a status outside 2xx with OpenAI's error envelope.
public typealias OpenAIError = APIError<ErrorResponse>

extension APIClient {
  /// `https://api.openai.com/v1`
  public static let openAIBaseURL = URL(string: "https://api.openai.com/v1")!

  /// A client for OpenAI's API, as OpenAI's own SDKs set one up: the API key from `apiKey` or
  /// `OPENAI_API_KEY`, the organization and project from the arguments or `OPENAI_ORG_ID` and
  /// `OPENAI_PROJECT_ID`, the base URL from the argument or `OPENAI_BASE_URL`, two retries,
  /// ten minutes per attempt, and every request body validated before it is sent.
  ///
  /// ```swift
  /// let client = try APIClient.openAI()
  /// let job = try await client.retrieveJob(fineTuningJobId: "ftjob-abc123")
  /// ```
  ///
  /// - Throws: ``MissingAPIKeyError`` when there is no key in either place.
  public static func openAI(
    apiKey: String? = nil, organization: String? = nil, project: String? = nil,
    baseURL: URL? = nil, transport: any HTTPTransport = URLSessionTransport(),
    retryPolicy: RetryPolicy = RetryPolicy(), timeout: Duration = .seconds(600),
    validatesRequests: Bool = true,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(MissingAPIKeyError) -> APIClient {
    func nonEmpty(_ value: String?) -> String? { value?.isEmpty == false ? value : nil }
    guard let key = nonEmpty(apiKey) ?? nonEmpty(environment["OPENAI_API_KEY"]) else {
      throw MissingAPIKeyError()
    }
    var headers: HTTPHeaders = ["Authorization": "Bearer \(key)"]
    if let organization = nonEmpty(organization) ?? nonEmpty(environment["OPENAI_ORG_ID"]) {
      headers["OpenAI-Organization"] = organization
    }
    if let project = nonEmpty(project) ?? nonEmpty(environment["OPENAI_PROJECT_ID"]) {
      headers["OpenAI-Project"] = project
    }
    let base =
      baseURL ?? nonEmpty(environment["OPENAI_BASE_URL"]).flatMap(URL.init(string:))
      ?? openAIBaseURL
    return APIClient(
      baseURL: base, transport: transport, headers: headers, retryPolicy: retryPolicy,
      timeout: timeout, validatesRequests: validatesRequests)
  }
}

/// No API key was given to ``SchemaRuntime/APIClient/openAI(apiKey:organization:project:baseURL:transport:retryPolicy:timeout:validatesRequests:environment:)``
/// and `OPENAI_API_KEY` is not set.
public struct MissingAPIKeyError: Error, CustomStringConvertible {
  public var description: String {
    "No OpenAI API key: pass apiKey, or set the environment variable OPENAI_API_KEY."
  }
}
