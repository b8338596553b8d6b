/// An HTTP operation of the API.
public struct Endpoint: Sendable {
  public enum Method: String, Hashable, Sendable, CaseIterable {
    case get = "GET"
    case post = "POST"
    case put = "PUT"
    case patch = "PATCH"
    case delete = "DELETE"
  }

  public struct Parameter: Sendable {
    public enum Location: String, Hashable, Sendable {
      case path
      case query
    }

    public var location: Location
    public var field: Field
  }

  public var name: String
  public var docs: [String]
  public var deprecation: Deprecation?
  public var method: Method
  /// The path template, with `{name}` for each path parameter.
  public var path: String
  public var parameters: [Parameter]
  public var body: TypeReference?
  public var response: TypeReference
  /// What the API sends with a status outside 2xx, when the schema says.
  public var error: TypeReference?
  /// With cursor pagination (query `after` and `limit`; the response has `data` and
  /// `has_more`), the type of the items in `data`.
  public var pageItem: String?
  public var deviation: Deviation?
  public var location: SourceLocation
}

extension Endpoint {
  /// Whether the endpoint returns pages with cursor pagination.
  public var isPaginated: Bool { pageItem != nil }
}
