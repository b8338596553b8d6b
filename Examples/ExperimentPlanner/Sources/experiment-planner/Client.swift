import Foundation
import OpenAIFineTuning

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Sends any endpoint of the API with URLSession: the descriptors carry everything else.
func send<E: Endpoint>(_ endpoint: E, apiKey: String) async throws -> E.Response {
  let base = URL(string: "https://api.openai.com/v1")!
  var request = URLRequest(url: endpoint.url(relativeTo: base))
  request.httpMethod = E.method.rawValue
  request.setValue("Bearer \(apiKey)", forHTTPHeaderField: "Authorization")
  if let body = endpoint.body {
    request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    request.httpBody = try JSONEncoder().encode(body)
  }
  let (data, _) = try await URLSession.shared.data(for: request)
  return try JSONDecoder().decode(E.Response.self, from: data)
}

/// Creates the job, then lists every page of the organization's jobs.
func submit(_ request: CreateFineTuningJobRequest, apiKey: String) async throws {
  let job = try await send(CreateJobEndpoint(body: request), apiKey: apiKey)
  print("created \(job.id): \(job.status.rawValue)")
  var endpoint: ListJobsEndpoint? = ListJobsEndpoint(query: .init(limit: 50))
  while let current = endpoint {
    let page = try await send(current, apiKey: apiKey)
    for job in page.data { print(job.id, job.status.rawValue) }
    endpoint = current.next(after: page)
  }
}
