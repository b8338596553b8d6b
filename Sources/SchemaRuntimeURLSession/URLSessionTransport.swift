import Foundation
import SchemaRuntime

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The transport of Foundation's `URLSession` (FoundationNetworking on Linux), for
/// ``SchemaRuntime/APIClient``.
///
/// It is a module of its own so that only what sends requests links FoundationNetworking (and
/// on Linux libcurl): the generator, and code that brings its own HTTP stack, do not.
public struct URLSessionTransport: HTTPTransport {
  public let session: URLSession

  public init(session: URLSession = .shared) {
    self.session = session
  }

  public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    var urlRequest = URLRequest(url: request.url)
    urlRequest.httpMethod = request.method.rawValue
    for field in request.headers {
      urlRequest.addValue(field.value, forHTTPHeaderField: field.name)
    }
    urlRequest.httpBody = request.body
    if let timeout = request.timeout {
      // URLSession's own time-out (60 s of idle time by default) must not end a call before the
      // client does, so it is set a little beyond, in whole seconds: FoundationNetworking on
      // Linux gives a fraction of a second to libcurl as no time at all.
      let (seconds, attoseconds) = timeout.components
      urlRequest.timeoutInterval = Double(seconds) + (attoseconds > 0 ? 2 : 1)
    }
    let box = TaskBox()
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        let task = session.dataTask(with: urlRequest) { data, response, error in
          if let error {
            continuation.resume(throwing: error)
          } else if let response = response as? HTTPURLResponse {
            var headers = HTTPHeaders()
            for (name, value) in response.allHeaderFields {
              if let name = name as? String, let value = value as? String { headers[name] = value }
            }
            continuation.resume(
              returning: HTTPResponse(
                status: response.statusCode, headers: headers, body: data ?? Data()))
          } else {
            continuation.resume(throwing: URLError(.badServerResponse))
          }
        }
        if !box.start(task) { continuation.resume(throwing: CancellationError()) }
      }
    } onCancel: {
      box.cancel()
    }
  }
}

/// The data task of one request, so that cancellation reaches it whether it comes before or
/// after the task starts.
private final class TaskBox: @unchecked Sendable {
  private let lock = NSLock()
  private var task: URLSessionDataTask?
  private var isCancelled = false

  /// Starts `task`, unless the request was cancelled before it could start.
  func start(_ task: URLSessionDataTask) -> Bool {
    let cancelled = lock.withLock {
      self.task = task
      return isCancelled
    }
    if !cancelled { task.resume() }
    return !cancelled
  }

  func cancel() {
    let task = lock.withLock {
      isCancelled = true
      return self.task
    }
    task?.cancel()
  }
}
