import Foundation

/// The HTTP method of an endpoint.
public enum HTTPMethod: String, Hashable, Sendable {
  case get = "GET"
  case post = "POST"
  case put = "PUT"
  case patch = "PATCH"
  case delete = "DELETE"
}

/// The body of an endpoint that sends none.
public struct NoBody: Codable, Hashable, Sendable {
  public init() {}
}

/// An HTTP operation of the API, described for any HTTP client: the method, the path built from
/// typed path parameters, the query items, the request body and the response type.
///
/// ```swift
/// let endpoint = RetrieveJobEndpoint(fineTuningJobId: "ftjob-abc123")
/// var request = URLRequest(url: endpoint.url(relativeTo: baseURL))
/// request.httpMethod = type(of: endpoint).method.rawValue
/// let (data, _) = try await URLSession.shared.data(for: request)
/// let job = try JSONDecoder().decode(RetrieveJobEndpoint.Response.self, from: data)
/// ```
public protocol Endpoint: Hashable, Sendable {
  associatedtype Body: Encodable & Sendable = NoBody
  associatedtype Response: Decodable & Sendable
  /// What the API sends with a status outside 2xx, as ``APIError/body``.
  associatedtype ErrorBody: Decodable & Sendable = JSON

  static var method: HTTPMethod { get }
  /// The path with `{name}` placeholders, as the API reference writes it.
  static var pathTemplate: String { get }
  /// The path with every parameter percent-encoded.
  var path: String { get }
  /// The query items; parameters left at `nil` or at their default are omitted.
  var queryItems: [URLQueryItem] { get }
  /// The request body, for endpoints that send one.
  var body: Body? { get }
}

extension Endpoint {
  public var queryItems: [URLQueryItem] { [] }

  /// The endpoint's URL under `base` (such as `https://api.openai.com/v1`).
  /// `path` is already percent-encoded, so it is appended as it is.
  public func url(relativeTo base: URL) -> URL {
    var components = URLComponents(url: base, resolvingAgainstBaseURL: true)!
    var basePath = components.percentEncodedPath
    if basePath.hasSuffix("/") { basePath.removeLast() }
    components.percentEncodedPath = basePath + path
    let items = queryItems
    if !items.isEmpty { components.queryItems = items }
    return components.url!
  }
}

extension Endpoint where Body == NoBody {
  public var body: NoBody? { nil }
}

/// An endpoint that returns pages with cursor pagination: `after` the last item's `id`, while
/// the page says `has_more`.
public protocol PaginatedEndpoint: Endpoint {
  associatedtype PageItem: Sendable
  /// The items of `page`, in order.
  func items(of page: Response) -> [PageItem]
  /// The endpoint for the page after `page`, or `nil` when `page` is the last one.
  func next(after page: Response) -> Self?
}

/// Percent-encoding of path parameters: everything but RFC 3986's unreserved characters, so a
/// value stays inside its path segment (`/` becomes `%2F`).
public enum PathParameter {
  public static func encode(_ value: String) -> String {
    var encoded = ""
    for byte in value.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"):
        encoded.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        encoded += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return encoded
  }

  /// Percent-encodes the text of a value of any type.
  public static func encode(_ value: some CustomStringConvertible) -> String {
    encode(value.description)
  }
}

/// Builds query items in declaration order, leaving out parameters at `nil` or their default.
public struct QueryItems {
  public private(set) var items: [URLQueryItem] = []

  public init() {}

  public mutating func add(_ name: String, _ value: String?, default defaultValue: String? = nil) {
    guard let value, value != defaultValue else { return }
    items.append(URLQueryItem(name: name, value: value))
  }

  public mutating func add(_ name: String, _ value: Int?, default defaultValue: Int? = nil) {
    guard let value, value != defaultValue else { return }
    items.append(URLQueryItem(name: name, value: String(value)))
  }

  public mutating func add(_ name: String, _ value: Double?, default defaultValue: Double? = nil) {
    guard let value, value != defaultValue else { return }
    items.append(URLQueryItem(name: name, value: value.compact))
  }

  public mutating func add(_ name: String, _ value: Bool?, default defaultValue: Bool? = nil) {
    guard let value, value != defaultValue else { return }
    items.append(URLQueryItem(name: name, value: value ? "true" : "false"))
  }

  /// An enum value, by its raw value.
  public mutating func add<Value: RawRepresentable>(
    _ name: String, _ value: Value?, default defaultValue: Value? = nil
  ) where Value.RawValue == String {
    add(name, value?.rawValue, default: defaultValue?.rawValue)
  }

  /// An array: one item per element, in order.
  public mutating func add(_ name: String, _ values: [String]?) {
    for value in values ?? [] { items.append(URLQueryItem(name: name, value: value)) }
  }

  /// A map, in the deep-object style the API uses: `metadata[key]=value`, keys sorted.
  public mutating func add(_ name: String, _ values: [String: String]?) {
    guard let values else { return }
    for key in values.keys.sorted() {
      items.append(URLQueryItem(name: "\(name)[\(key)]", value: values[key]))
    }
  }
}
