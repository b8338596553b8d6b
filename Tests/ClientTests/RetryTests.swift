import Foundation
import LoopbackServer
import OpenAIFineTuning
import Testing

/// Retries, waits, time-outs and cancellation, against a real server on loopback.
@Suite("Retries and time", .timeLimit(.minutes(1)))
struct RetryTests {
  static let job = try! Fixtures.text("job-queued-supervised-epochs.json")

  /// A server that answers the n-th request (from 0) with `replies[n]`, and the last one after.
  static func server(_ replies: [LoopbackServer.Reply]) throws -> LoopbackServer {
    let count = Counter()
    return try LoopbackServer { _ in replies[min(count.next(), replies.count - 1)] }
  }

  @Test func rateLimitWithRetryAfterThenSuccess() async throws {
    let server = try Self.server([
      .json(429, envelope("Rate limit reached", type: "requests"), headers: [("Retry-After", "1")]),
      .json(200, Self.job),
    ])
    defer { server.stop() }
    let start = ContinuousClock.now
    let job = try await openAIClient(server).retrieveJob(fineTuningJobId: "ftjob-abc123")
    #expect(job.id == "ftjob-abc123")
    #expect(server.requests.count == 2)
    // The server's one second, not the policy's 10 ms.
    #expect(seconds(since: start) >= 0.95)
  }

  @Test func retryAfterMillisecondsComesFirst() async throws {
    let server = try Self.server([
      .json(
        429, envelope("slow down"), headers: [("retry-after-ms", "300"), ("Retry-After", "30")]),
      .json(200, Self.job),
    ])
    defer { server.stop() }
    let start = ContinuousClock.now
    _ = try await openAIClient(server).retrieveJob(fineTuningJobId: "ftjob-abc123")
    let elapsed = seconds(since: start)
    #expect(elapsed >= 0.29 && elapsed < 10)
  }

  @Test func twoServerErrorsThenSuccess() async throws {
    let server = try Self.server([
      .json(500, envelope("oops", type: "server_error")),
      .json(500, envelope("oops", type: "server_error")), .json(200, Self.job),
    ])
    defer { server.stop() }
    let job = try await openAIClient(server).retrieveJob(fineTuningJobId: "ftjob-abc123")
    #expect(job.id == "ftjob-abc123")
    #expect(server.requests.count == 3)
  }

  @Test func threeServerErrorsThrowTheLast() async throws {
    let count = Counter()
    let server = try LoopbackServer { _ in
      let attempt = count.next()
      return .json(500, envelope("oops \(attempt)", type: "server_error"))
    }
    defer { server.stop() }
    let error = try await #require(throws: OpenAIError.self) {
      try await openAIClient(server).retrieveJob(fineTuningJobId: "ftjob-abc123")
    }
    #expect(error.status == 500)
    #expect(error.body?.error.message == "oops 2")
    #expect(server.requests.count == 3)
  }

  @Test(arguments: [400, 401, 403, 404, 422])
  func clientErrorsAreNotRetried(status: Int) async throws {
    let server = try Self.server([.json(status, envelope("no"))])
    defer { server.stop() }
    _ = await #expect(throws: OpenAIError.self) {
      try await openAIClient(server).retrieveJob(fineTuningJobId: "ftjob-abc123")
    }
    #expect(server.requests.count == 1)
  }

  @Test func theServerCanSayWhetherToRetry() async throws {
    let refused = try Self.server([
      .json(503, envelope("down"), headers: [("x-should-retry", "false")])
    ])
    defer { refused.stop() }
    _ = await #expect(throws: OpenAIError.self) {
      try await openAIClient(refused).listJobs()
    }
    #expect(refused.requests.count == 1)
    let asked = try Self.server([
      .json(400, envelope("try again"), headers: [("x-should-retry", "true")]),
      .json(200, #"{"object": "list", "data": [], "has_more": false}"#),
    ])
    defer { asked.stop() }
    _ = try await openAIClient(asked).listJobs()
    #expect(asked.requests.count == 2)
  }

  @Test func aRefusedConnectionIsAConnectionError() async throws {
    let port = try LoopbackServer.refusingPort()
    let client = try APIClient.openAI(
      apiKey: "sk-test", baseURL: URL(string: "http://127.0.0.1:\(port)/v1")!,
      retryPolicy: quickRetries, environment: [:])
    let error = try await #require(throws: ClientError.self) {
      try await client.listJobs()
    }
    guard case .connectionFailed = error else {
      Issue.record("expected connectionFailed, got \(error)")
      return
    }
  }

  @Test func aConnectionClosedMidResponseIsRetriedThenAConnectionError() async throws {
    let server = try Self.server([.closeMidResponse])
    defer { server.stop() }
    let error = try await #require(throws: ClientError.self) {
      try await openAIClient(server).retrieveJob(fineTuningJobId: "ftjob-abc123")
    }
    guard case .connectionFailed = error else {
      Issue.record("expected connectionFailed, got \(error)")
      return
    }
    #expect(server.requests.count == 3)
  }

  @Test func aConnectionClosedMidResponseThenSuccess() async throws {
    let server = try Self.server([.closeMidResponse, .json(200, Self.job)])
    defer { server.stop() }
    let job = try await openAIClient(server).retrieveJob(fineTuningJobId: "ftjob-abc123")
    #expect(job.id == "ftjob-abc123")
    #expect(server.requests.count == 2)
  }

  @Test func aSlowServerTimesOut() async throws {
    let server = try Self.server([.json(200, Self.job, delay: .seconds(5))])
    defer { server.stop() }
    let client = try openAIClient(server, retryPolicy: .none, timeout: .milliseconds(300))
    let start = ContinuousClock.now
    let error = try await #require(throws: ClientError.self) {
      try await client.retrieveJob(fineTuningJobId: "ftjob-abc123")
    }
    guard case .timedOut(let after) = error else {
      Issue.record("expected timedOut, got \(error)")
      return
    }
    #expect(after == .milliseconds(300))
    let elapsed = seconds(since: start)
    #expect(elapsed >= 0.29 && elapsed < 3)
  }

  @Test func aTimedOutAttemptIsRetried() async throws {
    let server = try Self.server([.json(200, Self.job, delay: .seconds(5)), .json(200, Self.job)])
    defer { server.stop() }
    let client = try openAIClient(server, timeout: .milliseconds(300))
    let job = try await client.retrieveJob(fineTuningJobId: "ftjob-abc123")
    #expect(job.id == "ftjob-abc123")
    #expect(server.requests.count == 2)
  }

  @Test func cancellingDuringABackoffStopsAtOnce() async throws {
    let server = try Self.server([
      .json(503, envelope("down"), headers: [("Retry-After", "30")])
    ])
    defer { server.stop() }
    let client = try openAIClient(server)
    let call = Task { try await client.retrieveJob(fineTuningJobId: "ftjob-abc123") }
    while server.requests.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
    try await Task.sleep(for: .milliseconds(100))
    let start = ContinuousClock.now
    call.cancel()
    await #expect(throws: CancellationError.self) { try await call.value }
    #expect(seconds(since: start) < 2)
    try await Task.sleep(for: .milliseconds(100))
    #expect(server.requests.count == 1)
  }

  @Test func cancellingDuringARequestStopsAtOnce() async throws {
    let server = try Self.server([.json(200, Self.job, delay: .seconds(10))])
    defer { server.stop() }
    let client = try openAIClient(server)
    let call = Task { try await client.retrieveJob(fineTuningJobId: "ftjob-abc123") }
    while server.requests.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
    let start = ContinuousClock.now
    call.cancel()
    await #expect(throws: CancellationError.self) { try await call.value }
    #expect(seconds(since: start) < 2)
    #expect(server.requests.count == 1)
  }

  @Test func theDefaultPolicyIsOpenAIs() {
    let policy = RetryPolicy()
    #expect(policy.maxRetries == 2)
    #expect(policy.delay(beforeRetry: 0, headers: nil, random: 0) == .milliseconds(500))
    #expect(policy.delay(beforeRetry: 1, headers: nil, random: 0) == .seconds(1))
    #expect(policy.delay(beforeRetry: 2, headers: nil, random: 0) == .seconds(2))
    #expect(policy.delay(beforeRetry: 10, headers: nil, random: 0) == .seconds(8))
    #expect(policy.delay(beforeRetry: 0, headers: nil, random: 0.999) > .milliseconds(375))
    #expect(policy.delay(beforeRetry: 0, headers: ["Retry-After": "3"], random: 0) == .seconds(3))
    // A number no wait could be, or a negative one, is not honoured either.
    for asked in ["1e300", "-5", "inf", "soon"] {
      #expect(
        policy.delay(beforeRetry: 0, headers: ["Retry-After": asked], random: 0)
          == .milliseconds(500), "\(asked)")
      #expect(
        policy.delay(beforeRetry: 0, headers: ["retry-after-ms": asked], random: 0)
          == .milliseconds(500), "\(asked)")
    }
    #expect(policy.delay(beforeRetry: 1_000_000, headers: nil, random: 0) == .seconds(8))
    let slow = RetryPolicy(initialDelay: .seconds(3600), maxDelay: .seconds(7200))
    #expect(slow.delay(beforeRetry: 100, headers: nil, random: 0) == .seconds(7200))
    // More than a minute is not honoured: the backoff is used instead.
    #expect(
      policy.delay(beforeRetry: 0, headers: ["Retry-After": "3600"], random: 0)
        == .milliseconds(500))
    let date = Date().addingTimeInterval(5)
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
    let fromDate = policy.delay(
      beforeRetry: 0, headers: ["Retry-After": formatter.string(from: date)], random: 0)
    #expect(fromDate > .seconds(3) && fromDate <= .seconds(5))
    for status in [408, 409, 429, 500, 502, 503, 504] {
      #expect(policy.shouldRetry(status: status, headers: [:]), "\(status)")
    }
    for status in [400, 401, 403, 404, 422] {
      #expect(!policy.shouldRetry(status: status, headers: [:]), "\(status)")
    }
  }
}

/// Counts calls from any thread.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0

  /// The count before this call.
  func next() -> Int {
    lock.withLock {
      defer { value += 1 }
      return value
    }
  }
}
