import Foundation
import LoopbackServer
import OpenAIFineTuning

/// The fixtures of the OpenAI payload tests, read from the source tree.
enum Fixtures {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../OpenAIFineTuningTests/Fixtures/valid")

  static func text(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  static func decode<Value: Decodable>(_ type: Value.Type, _ name: String) throws -> Value {
    try JSONDecoder().decode(Value.self, from: Data(text(name).utf8))
  }
}

/// Retries in milliseconds, so that the tests of retrying take little time.
let quickRetries = RetryPolicy(
  maxRetries: 2, initialDelay: .milliseconds(10), maxDelay: .milliseconds(40))

/// The OpenAI client pointed at `server`, with a test key, organization and project.
func openAIClient(
  _ server: LoopbackServer, retryPolicy: RetryPolicy = quickRetries,
  timeout: Duration = .seconds(20)
) throws -> APIClient {
  try APIClient.openAI(
    apiKey: "sk-test", organization: "org-test", project: "proj-test", baseURL: server.baseURL,
    retryPolicy: retryPolicy, timeout: timeout, environment: [:])
}

/// `text` as a JSON value, to compare bodies whatever their key order and spacing.
func json(_ data: Data) throws -> JSON {
  try JSONDecoder().decode(JSON.self, from: data)
}

/// OpenAI's error envelope for `message`.
func envelope(_ message: String, type: String = "invalid_request_error", code: String? = nil)
  -> String
{
  let code = code.map { "\"\($0)\"" } ?? "null"
  return """
    {"error": {"message": "\(message)", "type": "\(type)", "param": null, "code": \(code)}}
    """
}

/// Seconds since `start`.
func seconds(since start: ContinuousClock.Instant) -> Double {
  let (seconds, attoseconds) = (ContinuousClock.now - start).components
  return Double(seconds) + Double(attoseconds) / 1e18
}
