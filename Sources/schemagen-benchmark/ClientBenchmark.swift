import Foundation
import LoopbackServer
import OpenAIFineTuning

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The generated client's cost per call against what a user would write with URLSession, on
/// the same server on loopback, the variants taking turns: the difference is the client's own
/// work (building the request, the retry loop, the time-out race, error mapping).
enum ClientBenchmark {
  static func run() async throws {
    let job = try String(
      contentsOfFile:
        "Tests/OpenAIFineTuningTests/Fixtures/valid/job-queued-supervised-epochs.json",
      encoding: .utf8)
    let server = try LoopbackServer { _ in .json(200, job) }
    defer { server.stop() }
    let client = try APIClient.openAI(
      apiKey: "sk-benchmark", baseURL: server.baseURL, environment: [:])
    let url = server.baseURL.appendingPathComponent("fine_tuning/jobs/ftjob-abc123")
    let calls = 50
    func rawCall(decoding: Bool) async {
      var request = URLRequest(url: url)
      request.setValue("Bearer sk-benchmark", forHTTPHeaderField: "Authorization")
      let (data, _) = try! await URLSession.shared.data(for: request)
      if decoding { _ = try! JSONDecoder().decode(FineTuningJob.self, from: data) }
    }
    let transportRequest = HTTPRequest(
      method: .get, url: url, headers: ["Authorization": "Bearer sk-benchmark"])
    let rounds = 15
    let times = await timeInTurns(
      runs: rounds,
      [
        Step { for _ in 0..<calls { await rawCall(decoding: false) } },
        Step {
          for _ in 0..<calls { _ = try! await URLSessionTransport().send(transportRequest) }
        },
        Step { for _ in 0..<calls { await rawCall(decoding: true) } },
        Step {
          for _ in 0..<calls { _ = try! await client.retrieveJob(fineTuningJobId: "ftjob-abc123") }
        },
      ]
    ).map { $0 / Double(calls) }
    let (raw, transport, decoded, generated) = (times[0], times[1], times[2], times[3])
    print(
      "retrieveJob on 127.0.0.1, \(calls) calls per round (median of \(rounds) rounds, taking turns)"
    )
    print(String(format: "  URLSession.data(for:), bytes only     %7.3f ms per call", raw))
    print(String(format: "  URLSessionTransport, bytes only       %7.3f ms per call", transport))
    print(String(format: "  URLSession.data(for:) + JSONDecoder   %7.3f ms per call", decoded))
    print(
      String(
        format: "  client.retrieveJob                    %7.3f ms per call  (%+.3f ms, %.2fx)",
        generated, generated - decoded, generated / decoded))
  }
}
