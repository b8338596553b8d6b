import Foundation
import LoopbackServer
import OpenAIFineTuning
import Testing

/// `allJobs(limit:)` walks every page, fetching each when the caller reaches it.
@Suite("Pagination", .timeLimit(.minutes(1)))
struct PaginationTests {
  /// Three pages of two jobs: the page after `ftjob-2` and `ftjob-4` follow from `after`.
  static func server() throws -> LoopbackServer {
    let job = try Fixtures.text("job-queued-supervised-epochs.json")
    return try LoopbackServer { request in
      let after = request.query.first { $0.name == "after" }?.value
      let first = after.map { Int($0.dropFirst("ftjob-".count))! + 1 } ?? 1
      let ids = [first, first + 1]
      let data = ids.map { job.replacingOccurrences(of: "ftjob-abc123", with: "ftjob-\($0)") }
      let hasMore = first < 5
      return .json(
        200,
        #"{"object": "list", "data": ["# + data.joined(separator: ",")
          + #"], "has_more": \#(hasMore)}"#)
    }
  }

  @Test func everyItemOfThreePages() async throws {
    let server = try Self.server()
    defer { server.stop() }
    var ids: [String] = []
    for try await job in try openAIClient(server).allJobs(limit: 2, metadata: ["team": "a"]) {
      ids.append(job.id)
    }
    #expect(ids == (1...6).map { "ftjob-\($0)" })
    #expect(
      server.requests.map(\.target) == [
        "/v1/fine_tuning/jobs?limit=2&metadata%5Bteam%5D=a",
        "/v1/fine_tuning/jobs?after=ftjob-2&limit=2&metadata%5Bteam%5D=a",
        "/v1/fine_tuning/jobs?after=ftjob-4&limit=2&metadata%5Bteam%5D=a",
      ])
  }

  @Test func theNextPageIsFetchedOnlyWhenReached() async throws {
    let server = try Self.server()
    defer { server.stop() }
    var iterator = try openAIClient(server).allJobs(limit: 2).makeAsyncIterator()
    #expect(server.requests.isEmpty)
    #expect(try await iterator.next()?.id == "ftjob-1")
    #expect(try await iterator.next()?.id == "ftjob-2")
    #expect(server.requests.count == 1)
    #expect(try await iterator.next()?.id == "ftjob-3")
    #expect(server.requests.count == 2)
  }

  @Test func anErrorOnALaterPageIsThrownThere() async throws {
    let job = try Fixtures.text("job-queued-supervised-epochs.json")
    let count = Counter()
    let server = try LoopbackServer { _ in
      count.next() == 0
        ? .json(200, #"{"object": "list", "data": ["# + job + #"], "has_more": true}"#)
        : .json(404, envelope("gone"))
    }
    defer { server.stop() }
    var ids: [String] = []
    let error = try await #require(throws: OpenAIError.self) {
      for try await job in try openAIClient(server).allJobs() { ids.append(job.id) }
    }
    #expect(ids == ["ftjob-abc123"])
    #expect(error.kind == .notFound)
  }
}
