import Foundation
import OpenAIFineTuning
import Testing

@Suite("Endpoint descriptors")
struct EndpointTests {
  let base = URL(string: "https://api.openai.com/v1")!

  @Test func pathParametersArePercentEncoded() {
    let endpoint = RetrieveJobEndpoint(fineTuningJobId: "ftjob/abc 1?é")
    #expect(RetrieveJobEndpoint.method == .get)
    #expect(RetrieveJobEndpoint.pathTemplate == "/fine_tuning/jobs/{fine_tuning_job_id}")
    #expect(endpoint.path == "/fine_tuning/jobs/ftjob%2Fabc%201%3F%C3%A9")
    #expect(
      endpoint.url(relativeTo: base).absoluteString
        == "https://api.openai.com/v1/fine_tuning/jobs/ftjob%2Fabc%201%3F%C3%A9")
  }

  @Test func everyEndpointBuildsItsPath() {
    let id = "ftjob-abc123"
    let checkpoint = "ft:gpt-4o-mini:org:custom:ckpt-step-88"
    let paths: [(String, String, HTTPMethod)] = [
      (
        CreateJobEndpoint(body: CreateFineTuningJobRequest(model: "m", trainingFile: "f")).path,
        "/fine_tuning/jobs", CreateJobEndpoint.method
      ),
      (ListJobsEndpoint().path, "/fine_tuning/jobs", ListJobsEndpoint.method),
      (
        RetrieveJobEndpoint(fineTuningJobId: id).path, "/fine_tuning/jobs/\(id)",
        RetrieveJobEndpoint.method
      ),
      (
        ListJobEventsEndpoint(fineTuningJobId: id).path, "/fine_tuning/jobs/\(id)/events",
        ListJobEventsEndpoint.method
      ),
      (
        CancelJobEndpoint(fineTuningJobId: id).path, "/fine_tuning/jobs/\(id)/cancel",
        CancelJobEndpoint.method
      ),
      (
        PauseJobEndpoint(fineTuningJobId: id).path, "/fine_tuning/jobs/\(id)/pause",
        PauseJobEndpoint.method
      ),
      (
        ResumeJobEndpoint(fineTuningJobId: id).path, "/fine_tuning/jobs/\(id)/resume",
        ResumeJobEndpoint.method
      ),
      (
        ListJobCheckpointsEndpoint(fineTuningJobId: id).path, "/fine_tuning/jobs/\(id)/checkpoints",
        ListJobCheckpointsEndpoint.method
      ),
      (
        ListCheckpointPermissionsEndpoint(fineTunedModelCheckpoint: checkpoint).path,
        "/fine_tuning/checkpoints/ft%3Agpt-4o-mini%3Aorg%3Acustom%3Ackpt-step-88/permissions",
        ListCheckpointPermissionsEndpoint.method
      ),
      (
        DeleteCheckpointPermissionEndpoint(fineTunedModelCheckpoint: "c", permissionId: "cp_1")
          .path,
        "/fine_tuning/checkpoints/c/permissions/cp_1", DeleteCheckpointPermissionEndpoint.method
      ),
      (
        RunGraderEndpoint(
          body: RunGraderRequest(
            grader: .python(PythonGrader(name: "p", source: "s")), modelSample: "x")
        ).path, "/fine_tuning/alpha/graders/run", RunGraderEndpoint.method
      ),
      (
        ValidateGraderEndpoint(
          body: ValidateGraderRequest(grader: .python(PythonGrader(name: "p", source: "s")))
        ).path, "/fine_tuning/alpha/graders/validate", ValidateGraderEndpoint.method
      ),
    ]
    for (path, expected, _) in paths { #expect(path == expected) }
    #expect(
      paths.map(\.2.rawValue) == [
        "POST", "GET", "GET", "GET", "POST", "POST", "POST", "GET", "GET", "DELETE", "POST", "POST",
      ])
  }

  @Test func queryItemsLeaveOutDefaultsAndNils() {
    #expect(ListJobsEndpoint().queryItems.isEmpty)
    #expect(ListJobsEndpoint(query: .init(limit: 20)).queryItems.isEmpty)
    let endpoint = ListJobsEndpoint(
      query: .init(after: "ftjob-9", limit: 50, metadata: ["team": "ml", "env": "prod"]))
    #expect(
      endpoint.queryItems == [
        URLQueryItem(name: "after", value: "ftjob-9"), URLQueryItem(name: "limit", value: "50"),
        URLQueryItem(name: "metadata[env]", value: "prod"),
        URLQueryItem(name: "metadata[team]", value: "ml"),
      ])
    #expect(
      endpoint.url(relativeTo: base).absoluteString
        == "https://api.openai.com/v1/fine_tuning/jobs?after=ftjob-9&limit=50&metadata%5Benv%5D=prod&metadata%5Bteam%5D=ml"
    )
    let permissions = ListCheckpointPermissionsEndpoint(
      fineTunedModelCheckpoint: "c", query: .init(order: .ascending))
    #expect(permissions.queryItems == [URLQueryItem(name: "order", value: "ascending")])
    #expect(
      ListCheckpointPermissionsEndpoint(
        fineTunedModelCheckpoint: "c", query: .init(order: .descending)
      ).queryItems.isEmpty)
  }

  @Test func nextPageStartsAfterTheLastItem() throws {
    let page = try JSONDecoder().decode(
      ListPaginatedFineTuningJobsResponse.self,
      from: Data(contentsOf: Fixture.root.appendingPathComponent("valid/job-list-page.json")))
    let first = ListJobsEndpoint(query: .init(limit: 3))
    let next = try #require(first.next(after: page))
    #expect(next.query.after == "ftjob-abc")
    #expect(next.query.limit == 3)
    let last = ListFineTuningJobEventsResponse(data: [], hasMore: false)
    #expect(ListJobEventsEndpoint(fineTuningJobId: "j").next(after: last) == nil)
  }

  @Test func bodyAndResponseTypes() {
    let request = CreateFineTuningJobRequest(model: "gpt-4o-mini", trainingFile: "file-abc")
    let endpoint = CreateJobEndpoint(body: request)
    #expect(endpoint.body == request)
    #expect(CreateJobEndpoint.Response.self == FineTuningJob.self)
    #expect(RetrieveJobEndpoint(fineTuningJobId: "j").body == nil)
  }
}
