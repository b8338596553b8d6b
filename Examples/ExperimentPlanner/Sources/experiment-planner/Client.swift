import Foundation
import OpenAIFineTuning

/// Creates the job, then lists every one of the organization's jobs, page by page.
func submit(_ request: CreateFineTuningJobRequest) async throws {
  let client = try APIClient.openAI()  // OPENAI_API_KEY; validates the request before sending
  do {
    let job = try await client.createJob(request)
    print("created \(job.id): \(job.status.rawValue)")
    for try await job in client.allJobs(limit: 50) {
      print(job.id, job.status.rawValue)
    }
  } catch let error as OpenAIError {
    print("OpenAI refused (\(error.status), request \(error.requestID ?? "?")):")
    print(error.body?.error.message ?? String(decoding: error.rawBody, as: UTF8.self))
    throw error
  }
}
