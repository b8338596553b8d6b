import Foundation
import LoopbackServer
import OpenAIFineTuning
import Testing

/// Every endpoint, called through the generated client against a real server on loopback: the
/// request as it arrives (method, path with percent-encoded parameters, query, headers, JSON
/// body) and the typed response.
@Suite("Endpoint calls", .timeLimit(.minutes(1)))
struct EndpointCallTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var method: String
    var target: String
    var body: String?
    var response: String
    var call: @Sendable (APIClient) async throws -> any Sendable

    var testDescription: String { name }
  }

  static let job = "job-queued-supervised-epochs.json"
  /// A path parameter that needs percent-encoding: a space, a slash and a non-ASCII letter.
  static let awkwardID = "ftjob a/é"
  static let encodedID = "ftjob%20a%2F%C3%A9"

  static let cases: [Case] = [
    Case(
      name: "createJob", method: "POST", target: "/v1/fine_tuning/jobs",
      body: #"{"model": "gpt-4o-mini", "training_file": "file-abc123", "suffix": "custom"}"#,
      response: job,
      call: {
        try await $0.createJob(
          CreateFineTuningJobRequest(
            model: "gpt-4o-mini", trainingFile: "file-abc123", suffix: "custom"))
      }),
    Case(
      name: "listJobs", method: "GET",
      target: "/v1/fine_tuning/jobs?after=ftjob-1&limit=2&metadata%5Bteam%5D=a%26b",
      response: "job-list-page.json",
      call: { try await $0.listJobs(after: "ftjob-1", limit: 2, metadata: ["team": "a&b"]) }),
    Case(
      name: "retrieveJob", method: "GET", target: "/v1/fine_tuning/jobs/\(encodedID)",
      response: job, call: { try await $0.retrieveJob(fineTuningJobId: awkwardID) }),
    Case(
      name: "cancelJob", method: "POST", target: "/v1/fine_tuning/jobs/\(encodedID)/cancel",
      response: job, call: { try await $0.cancelJob(fineTuningJobId: awkwardID) }),
    Case(
      name: "pauseJob", method: "POST", target: "/v1/fine_tuning/jobs/\(encodedID)/pause",
      response: job, call: { try await $0.pauseJob(fineTuningJobId: awkwardID) }),
    Case(
      name: "resumeJob", method: "POST", target: "/v1/fine_tuning/jobs/\(encodedID)/resume",
      response: job, call: { try await $0.resumeJob(fineTuningJobId: awkwardID) }),
    Case(
      name: "listJobEvents", method: "GET",
      target: "/v1/fine_tuning/jobs/\(encodedID)/events?limit=5",
      response: "event-list-metrics-with-data.json",
      call: { try await $0.listJobEvents(fineTuningJobId: awkwardID, limit: 5) }),
    Case(
      name: "listJobCheckpoints", method: "GET",
      target: "/v1/fine_tuning/jobs/\(encodedID)/checkpoints?after=ckpt-1",
      response: "checkpoint-list-last-page.json",
      call: { try await $0.listJobCheckpoints(fineTuningJobId: awkwardID, after: "ckpt-1") }),
    Case(
      name: "listCheckpointPermissions", method: "GET",
      target:
        "/v1/fine_tuning/checkpoints/ft%3Agpt-4o%3Acheckpoint/permissions?project_id=proj-1&order=ascending",
      response: "permission-list",
      call: {
        try await $0.listCheckpointPermissions(
          fineTunedModelCheckpoint: "ft:gpt-4o:checkpoint", projectId: "proj-1",
          order: .ascending)
      }),
    Case(
      name: "createCheckpointPermission", method: "POST",
      target: "/v1/fine_tuning/checkpoints/ft%3Agpt-4o%3Acheckpoint/permissions",
      body: #"{"project_ids": ["proj-1", "proj-2"]}"#, response: "permission-list",
      call: {
        try await $0.createCheckpointPermission(
          fineTunedModelCheckpoint: "ft:gpt-4o:checkpoint",
          CreateFineTuningCheckpointPermissionRequest(projectIds: ["proj-1", "proj-2"]))
      }),
    Case(
      name: "deleteCheckpointPermission", method: "DELETE",
      target: "/v1/fine_tuning/checkpoints/ft%3Agpt-4o%3Acheckpoint/permissions/cp_1",
      response: "checkpoint-permission-delete-response.json",
      call: {
        try await $0.deleteCheckpointPermission(
          fineTunedModelCheckpoint: "ft:gpt-4o:checkpoint", permissionId: "cp_1")
      }),
    Case(
      name: "runGrader", method: "POST", target: "/v1/fine_tuning/alpha/graders/run",
      body: try! Fixtures.text("run-grader-request-string-check-python-test.json"),
      response: "run-grader-response.json",
      call: {
        try await $0.runGrader(
          Fixtures.decode(RunGraderRequest.self, "run-grader-request-string-check-python-test.json")
        )
      }),
    Case(
      name: "validateGrader", method: "POST", target: "/v1/fine_tuning/alpha/graders/validate",
      body: try! #"{"grader": "# + Fixtures.text("grader-text-similarity.json") + "}",
      response: "validate-grader-response-text-similarity.json",
      call: {
        try await $0.validateGrader(
          ValidateGraderRequest(
            grader: .textSimilarity(
              Fixtures.decode(TextSimilarityGrader.self, "grader-text-similarity.json"))))
      }),
  ]

  static func responseText(_ name: String) throws -> String {
    guard name == "permission-list" else { return try Fixtures.text(name) }
    let permission = try Fixtures.text("checkpoint-permission.json")
    return #"{"object": "list", "data": ["# + permission + #"], "has_more": false}"#
  }

  @Test(arguments: cases)
  func endpointSendsItsRequestAndDecodesItsResponse(_ testCase: Case) async throws {
    let responseText = try Self.responseText(testCase.response)
    let server = try LoopbackServer { _ in .json(200, responseText) }
    defer { server.stop() }
    let response = try await testCase.call(try openAIClient(server))

    let request = try #require(server.requests.first)
    #expect(server.requests.count == 1)
    #expect(request.method == testCase.method)
    #expect(request.target == testCase.target)
    #expect(request.header("Authorization") == "Bearer sk-test")
    #expect(request.header("OpenAI-Organization") == "org-test")
    #expect(request.header("OpenAI-Project") == "proj-test")
    #expect(request.header("Accept") == "application/json")
    if let body = testCase.body {
      #expect(request.header("Content-Type") == "application/json")
      #expect(try json(request.body) == json(Data(body.utf8)))
    } else {
      #expect(request.body.isEmpty)
      #expect(request.header("Content-Type") == nil)
    }
    // The typed response holds what was sent: encoding it gives the same JSON value.
    let encodable = try #require(response as? any Encodable)
    #expect(try json(JSONEncoder().encode(encodable)) == json(Data(responseText.utf8)))
  }
}
