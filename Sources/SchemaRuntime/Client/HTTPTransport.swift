import Foundation

/// An HTTP request as a client sends it: everything a transport needs, in plain values.
public struct HTTPRequest: Hashable, Sendable {
  public var method: HTTPMethod
  public var url: URL
  public var headers: HTTPHeaders
  public var body: Data?
  /// How long the client waits for the whole response; a transport may use it for time-outs of
  /// its own (such as `URLRequest.timeoutInterval`), the client stops waiting then in any case.
  public var timeout: Duration?

  public init(
    method: HTTPMethod, url: URL, headers: HTTPHeaders = [:], body: Data? = nil,
    timeout: Duration? = nil
  ) {
    self.method = method
    self.url = url
    self.headers = headers
    self.body = body
    self.timeout = timeout
  }
}

/// An HTTP response: the status, the headers and the whole body.
public struct HTTPResponse: Hashable, Sendable {
  public var status: Int
  public var headers: HTTPHeaders
  public var body: Data

  public init(status: Int, headers: HTTPHeaders = [:], body: Data = Data()) {
    self.status = status
    self.headers = headers
    self.body = body
  }
}

/// Header fields in the order given; names are looked up without regard to case, as HTTP
/// defines them.
public struct HTTPHeaders: Hashable, Sendable, ExpressibleByDictionaryLiteral, Sequence {
  public private(set) var fields: [(name: String, value: String)] = []

  public init() {}

  public init(dictionaryLiteral elements: (String, String)...) {
    for (name, value) in elements { fields.append((name, value)) }
  }

  /// The first value of the field `name`, or `nil`; setting replaces every field of that name.
  public subscript(name: String) -> String? {
    get { fields.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value }
    set {
      fields.removeAll { $0.name.caseInsensitiveCompare(name) == .orderedSame }
      if let newValue { fields.append((name, newValue)) }
    }
  }

  public func makeIterator() -> some IteratorProtocol<(name: String, value: String)> {
    fields.makeIterator()
  }

  public static func == (lhs: HTTPHeaders, rhs: HTTPHeaders) -> Bool {
    lhs.fields.elementsEqual(rhs.fields) { $0.name == $1.name && $0.value == $1.value }
  }

  public func hash(into hasher: inout Hasher) {
    for field in fields {
      hasher.combine(field.name)
      hasher.combine(field.value)
    }
  }
}

/// What sends a request and returns its response: `URLSessionTransport` (in the
/// `SchemaRuntimeURLSession` library), or any other HTTP stack. A transport throws only when there is no response at all (the connection could not
/// be made, or was lost); every status, 500 included, is a response.
///
/// A transport must stop when its task is cancelled: that is how the client ends an attempt
/// at its timeout, and a call when the caller's task is cancelled.
public protocol HTTPTransport: Sendable {
  func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
