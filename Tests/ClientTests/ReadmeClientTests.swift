import Foundation
import LoopbackServer
import OpenAIFineTuning
import Testing

// The README's client example, as written there (a test below keeps the two the same), run
// against a local server in place of api.openai.com.

func follow(_ request: CreateFineTuningJobRequest, with client: APIClient) async throws
  -> [String]
{
  var lines: [String] = []
  do {
    let job = try await client.createJob(request)  // validated first: nothing invalid is sent
    lines.append("created \(job.id)")
    let events = try await client.listJobEvents(fineTuningJobId: job.id, limit: 10)
    for event in events.data { lines.append(event.message) }
    for try await job in client.allJobs(limit: 50) {  // every page, each fetched when reached
      lines.append("\(job.id) \(job.status.rawValue)")
    }
  } catch let error as OpenAIError where error.kind == .rateLimit {
    lines.append("still rate limited after retries (request \(error.requestID ?? "?"))")
  }
  return lines
}

@Suite("README client example", .timeLimit(.minutes(1)))
struct ReadmeClientTests {
  @Test func theExampleRunsAgainstAServer() async throws {
    let job = try Fixtures.text("job-queued-supervised-epochs.json")
    let events = try Fixtures.text("event-list-metrics-with-data.json")
    let server = try LoopbackServer { request in
      switch (request.method, request.path) {
      case ("POST", "/v1/fine_tuning/jobs"): .json(200, job)
      case ("GET", "/v1/fine_tuning/jobs/ftjob-abc123/events"): .json(200, events)
      case ("GET", "/v1/fine_tuning/jobs"):
        .json(200, #"{"object": "list", "data": ["# + job + #"], "has_more": false}"#)
      default: .json(404, envelope("no route"))
      }
    }
    defer { server.stop() }
    let client = try openAIClient(server)
    let lines = try await follow(
      CreateFineTuningJobRequest(model: "gpt-4o-mini", trainingFile: "file-abc123"),
      with: client)
    let page = try Fixtures.decode(
      ListFineTuningJobEventsResponse.self, "event-list-metrics-with-data.json")
    #expect(
      lines == ["created ftjob-abc123"] + page.data.map(\.message) + ["ftjob-abc123 queued"])

    let limited = try LoopbackServer { _ in
      .json(429, envelope("Rate limit reached"), headers: [("x-request-id", "req_9")])
    }
    defer { limited.stop() }
    let rateLimited = try await follow(
      CreateFineTuningJobRequest(model: "gpt-4o-mini", trainingFile: "file-abc123"),
      with: openAIClient(limited))
    #expect(rateLimited == ["still rate limited after retries (request req_9)"])
    #expect(limited.requests.count == 3)
  }

  @Test func theREADMEShowsThisFunction() throws {
    let readme = try String(
      contentsOf: URL(fileURLWithPath: #filePath).appendingPathComponent("../../../README.md")
        .standardized, encoding: .utf8)
    let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
    func function(in text: String) -> String? {
      guard let start = text.range(of: "func follow(") else { return nil }
      guard let end = text.range(of: "\n}\n", range: start.upperBound..<text.endIndex) else {
        return nil
      }
      return String(text[start.lowerBound..<end.upperBound])
    }
    let shown = try #require(function(in: readme))
    #expect(shown == function(in: source))
    #expect(readme.contains("let client = try APIClient.openAI()"))
  }
}
