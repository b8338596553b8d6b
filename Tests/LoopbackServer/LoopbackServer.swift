import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A real HTTP/1.1 server on 127.0.0.1 for the client's tests and benchmark: it listens on a
/// port the system picks, answers each request as `respond` says on a thread of its own, and
/// records every request it read. One request per connection (`Connection: close`).
public final class LoopbackServer: @unchecked Sendable {
  /// A request as it arrived.
  public struct Request: Sendable {
    public var method: String
    /// The request target: the path and the query, percent-encoded as sent.
    public var target: String
    public var headers: [(name: String, value: String)]
    public var body: Data

    /// The first value of the header `name`, in any case.
    public func header(_ name: String) -> String? {
      headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The path without the query.
    public var path: String { String(target.prefix { $0 != "?" }) }

    /// The query items, decoded.
    public var query: [URLQueryItem] {
      URLComponents(string: "http://host" + target)?.queryItems ?? []
    }
  }

  /// How to answer a request.
  public enum Reply: Sendable {
    /// A whole response, after `delay`.
    case response(
      status: Int, headers: [(String, String)] = [], body: Data = Data(), delay: Duration = .zero)
    /// The status line, the headers with a `Content-Length` larger than what follows, part of
    /// the body, then the connection closed.
    case closeMidResponse

    /// A JSON response.
    public static func json(
      _ status: Int, _ text: String, headers: [(String, String)] = [], delay: Duration = .zero
    ) -> Reply {
      .response(
        status: status, headers: [("Content-Type", "application/json")] + headers,
        body: Data(text.utf8), delay: delay)
    }
  }

  public let port: Int
  public var baseURL: URL { URL(string: "http://127.0.0.1:\(port)/v1")! }

  private let listener: Int32
  private let respond: @Sendable (Request) -> Reply
  private let lock = NSLock()
  private var recorded: [Request] = []
  private var isStopped = false

  /// Starts listening at once; `respond` is called on the connection's thread.
  public init(respond: @escaping @Sendable (Request) -> Reply) throws {
    self.respond = respond
    let socket = try Self.listeningSocket()
    listener = socket.descriptor
    port = socket.port
    let thread = Thread { [self] in acceptLoop() }
    thread.start()
  }

  deinit { stop() }

  /// The requests read so far, in the order they arrived.
  public var requests: [Request] { lock.withLock { recorded } }

  /// Stops accepting connections. The accepting thread closes the socket when it wakes: closed
  /// here, its number could be given to another server's socket before that thread's next
  /// `accept`, which would then take that server's connections.
  public func stop() {
    let wasStopped = lock.withLock {
      defer { isStopped = true }
      return isStopped
    }
    guard !wasStopped else { return }
    shutdown(listener, Int32(SHUT_RDWR))
  }

  /// A port on 127.0.0.1 where nothing listens: connecting to it is refused.
  public static func refusingPort() throws -> Int {
    let socket = try listeningSocket(listen: false)
    close(socket.descriptor)
    return socket.port
  }

  private static func listeningSocket(listen shouldListen: Bool = true) throws -> (
    descriptor: Int32, port: Int
  ) {
    #if canImport(Glibc)
      let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let descriptor = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard descriptor >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, !shouldListen || listen(descriptor, 64) == 0 else {
      close(descriptor)
      throw POSIXError(.init(rawValue: errno) ?? .EIO)
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        getsockname(descriptor, $0, &length)
      }
    }
    return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
  }

  private func acceptLoop() {
    defer { close(listener) }
    while true {
      let connection = accept(listener, nil, nil)
      let stopped = lock.withLock { isStopped }
      guard connection >= 0, !stopped else {
        if connection >= 0 { close(connection) }
        if connection < 0, errno == EINTR, !stopped { continue }
        return
      }
      let thread = Thread { [self] in serve(connection) }
      thread.start()
    }
  }

  private func serve(_ connection: Int32) {
    defer { close(connection) }
    guard let request = read(from: connection) else { return }
    lock.withLock { recorded.append(request) }
    switch respond(request) {
    case .response(let status, let headers, let body, let delay):
      if delay > .zero { Thread.sleep(forTimeInterval: delay.seconds) }
      var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
      for (name, value) in headers { head += "\(name): \(value)\r\n" }
      head += "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
      write(Data(head.utf8) + body, to: connection)
    case .closeMidResponse:
      let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
      write(Data((head + "{\"id\": \"ftjob-").utf8), to: connection)
    }
    shutdown(connection, Int32(SHUT_WR))
  }

  /// Reads the request line, the headers and a `Content-Length` body.
  private func read(from connection: Int32) -> Request? {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    let separator = Data("\r\n\r\n".utf8)
    var headEnd: Range<Data.Index>?
    var bodyLength = 0
    while true {
      if headEnd == nil, let found = data.range(of: separator) {
        headEnd = found
        let head = String(decoding: data[..<found.lowerBound], as: UTF8.self)
        for line in head.split(separator: "\r\n").dropFirst() {
          let parts = line.split(separator: ":", maxSplits: 1)
          if parts.count == 2, parts[0].lowercased() == "content-length" {
            bodyLength = Int(parts[1].trimmingCharacters(in: .whitespaces)) ?? 0
          }
        }
      }
      if let headEnd, data.count - headEnd.upperBound >= bodyLength { break }
      let count = recv(connection, &buffer, buffer.count, 0)
      guard count > 0 else { return nil }
      data.append(contentsOf: buffer[0..<count])
    }
    guard let headEnd else { return nil }
    let lines = String(decoding: data[..<headEnd.lowerBound], as: UTF8.self).split(
      separator: "\r\n", omittingEmptySubsequences: false)
    let requestLine = lines[0].split(separator: " ")
    guard requestLine.count == 3 else { return nil }
    let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
      let parts = line.split(separator: ":", maxSplits: 1)
      guard parts.count == 2 else { return nil }
      return (String(parts[0]), parts[1].trimmingCharacters(in: .whitespaces))
    }
    return Request(
      method: String(requestLine[0]), target: String(requestLine[1]), headers: headers,
      body: data[headEnd.upperBound..<(headEnd.upperBound + bodyLength)])
  }

  private func write(_ data: Data, to connection: Int32) {
    data.withUnsafeBytes { bytes in
      var offset = 0
      while offset < bytes.count {
        #if canImport(Glibc)
          let sent = send(
            connection, bytes.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
        #else
          let sent = send(connection, bytes.baseAddress! + offset, bytes.count - offset, 0)
        #endif
        guard sent > 0 else { return }
        offset += sent
      }
    }
  }

  private static func reason(_ status: Int) -> String {
    switch status {
    case 200: "OK"
    case 400: "Bad Request"
    case 401: "Unauthorized"
    case 403: "Forbidden"
    case 404: "Not Found"
    case 408: "Request Timeout"
    case 409: "Conflict"
    case 422: "Unprocessable Entity"
    case 429: "Too Many Requests"
    case 500: "Internal Server Error"
    case 502: "Bad Gateway"
    case 503: "Service Unavailable"
    default: "Status"
    }
  }
}

extension Duration {
  fileprivate var seconds: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) + Double(attoseconds) / 1e18
  }
}
