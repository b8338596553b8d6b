import Foundation

/// Which failed calls are tried again, how often, and how long to wait in between; the
/// defaults are those of OpenAI's own SDKs.
///
/// Retried: no response at all (the connection failed, was lost, or the request timed out),
/// 408 Request Timeout, 409 Conflict, 429 Too Many Requests and every 5xx, unless the server
/// says otherwise with `x-should-retry: false` (and `x-should-retry: true` retries any status).
/// The wait doubles from ``initialDelay`` up to ``maxDelay``, less up to a quarter at random so
/// that clients that failed together do not come back together; a `retry-after-ms` or
/// `Retry-After` header (seconds or an HTTP date) from the server is used instead when it asks
/// for no more than ``maxRetryAfter``.
///
/// Every method is retried, as OpenAI's SDKs do. For reads, cancelling, pausing and resuming
/// that is safe: doing them twice leaves the same state. For a call that creates something, a
/// 408, 409 or 429 means the server did not act on the request, but after a 5xx or a connection
/// lost mid-response it may have: set ``maxRetries`` to `0` for such calls when a duplicate is
/// worse than a failure.
public struct RetryPolicy: Hashable, Sendable {
  /// Retries after the first attempt; `0` tries once.
  public var maxRetries: Int
  /// The wait before the first retry.
  public var initialDelay: Duration
  /// The longest wait the backoff reaches.
  public var maxDelay: Duration
  /// The longest wait a server's `Retry-After` may ask for and be honoured.
  public var maxRetryAfter: Duration

  public init(
    maxRetries: Int = 2, initialDelay: Duration = .milliseconds(500),
    maxDelay: Duration = .seconds(8), maxRetryAfter: Duration = .seconds(60)
  ) {
    self.maxRetries = maxRetries
    self.initialDelay = initialDelay
    self.maxDelay = maxDelay
    self.maxRetryAfter = maxRetryAfter
  }

  /// No retries.
  public static let none = RetryPolicy(maxRetries: 0)

  /// Whether a response with this status and these headers is worth another attempt.
  public func shouldRetry(status: Int, headers: HTTPHeaders) -> Bool {
    switch headers["x-should-retry"]?.lowercased() {
    case "true": return true
    case "false": return false
    default: return status == 408 || status == 409 || status == 429 || status >= 500
    }
  }

  /// The wait before retry number `retry` (0 for the first), from the response's headers when
  /// it has them; `random` is a number in `0..<1`.
  public func delay(beforeRetry retry: Int, headers: HTTPHeaders?, random: Double) -> Duration {
    // In seconds as `Double` until the end: a header can hold any number, and a `Duration`
    // out of its range would trap.
    if let headers, let asked = Self.retryAfter(in: headers), asked >= 0,
      asked <= maxRetryAfter.inSeconds
    {
      return .seconds(asked)
    }
    let backoff = min(initialDelay.inSeconds * pow(2, Double(retry)), maxDelay.inSeconds)
    return .seconds(backoff * (1 - 0.25 * random))
  }

  /// The wait a response asks for, in seconds: `retry-after-ms` in milliseconds, else
  /// `Retry-After` in seconds or as an HTTP date.
  static func retryAfter(in headers: HTTPHeaders, now: Date = Date()) -> Double? {
    if let text = headers["retry-after-ms"], let milliseconds = Double(text),
      milliseconds.isFinite
    {
      return milliseconds / 1000
    }
    guard let text = headers["retry-after"]?.trimmingCharacters(in: .whitespaces) else {
      return nil
    }
    if let seconds = Double(text), seconds.isFinite { return seconds }
    return httpDate(text)?.timeIntervalSince(now)
  }

  /// An IMF-fixdate (`Wed, 21 Oct 2015 07:28:00 GMT`), the form RFC 9110 has servers send.
  private static func httpDate(_ text: String) -> Date? {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
    return formatter.date(from: text)
  }
}

extension Duration {
  /// The duration in seconds.
  fileprivate var inSeconds: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) + Double(attoseconds) / 1e18
  }
}
