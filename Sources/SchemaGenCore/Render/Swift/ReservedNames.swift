/// Every name the generated Swift gives a meaning of its own, by scope: the one table the
/// checker and the renderers share.
enum ReservedNames {
  /// Names a schema type must not take: the runtime's public types, the standard library and
  /// Foundation names that generated code spells, and the nested types of endpoints.
  static let types: Set<String> = [
    // SchemaRuntime (a test checks that every public type of the runtime is listed).
    "APIClient", "APIError", "AnyCodingKey", "AutoOr", "ClientError", "Constraint", "Endpoint",
    "ExplicitNulls", "HTTPHeaders", "HTTPMethod", "HTTPRequest", "HTTPResponse", "HTTPTransport",
    "JSON", "JSONPath", "NoBody", "PageSequence", "PaginatedEndpoint", "PathParameter", "Pattern",
    "PatternError", "QueryItems", "RetryPolicy", "UndeclaredCodingKey",
    "UntaggedUnionDecoder",
    "Validatable", "ValidationError", "Violation", "Violations",
    // Modules generated files import.
    "Foundation", "SchemaRuntime", "Swift",
    // The standard library and Foundation, as generated code uses them.
    "Any", "AnyObject", "Array", "Bool", "CaseIterable", "Codable", "CodingKey", "CodingKeys",
    "CustomStringConvertible", "Decodable", "Decoder", "DecodingError", "Dictionary", "Double",
    "Encodable", "Encoder", "EncodingError", "Equatable", "Error", "Hashable", "Hasher", "Int",
    "KeyedDecodingContainer", "KeyedEncodingContainer", "Never", "Optional", "Protocol",
    "RawRepresentable", "Self", "Sendable", "Set", "SingleValueDecodingContainer", "String",
    "Type", "URL", "URLQueryItem", "Void",
    // Nested in every endpoint descriptor.
    "Body", "ErrorBody", "PageItem", "Query", "Response",
  ]

  /// Members of every object besides its properties, and names Swift gives every struct.
  static let properties: Set<String> = ["additionalProperties", "hashValue", "self"]

  /// Members of a `CodingKeys` enum besides its cases.
  static let codingKeys: Set<String> = [
    "debugDescription", "description", "hashValue", "init", "intValue", "self", "stringValue",
    "undeclared",
  ]

  /// Members of every enum and union besides its cases, and `none`: where an optional is
  /// expected, `.none` would be `nil` rather than the case.
  static let cases: Set<String> = [
    "hashValue", "knownCases", "none", "rawValue", "self", "unknown",
  ]

  /// Members of an endpoint descriptor and its `Query` besides the parameters.
  static let parameters: Set<String> = [
    "body", "hashValue", "items", "method", "next", "path", "pathTemplate", "query", "queryItems",
    "self", "url",
  ]

  /// Members of the runtime's `APIClient`, which generated endpoint methods extend.
  static let clientMembers: Set<String> = [
    "baseURL", "headers", "init", "request", "retryPolicy", "self", "send", "timeout", "transport",
    "validatesRequests",
  ]

  /// Words that must be written in backticks to be used as names.
  static let keywords: Set<String> = [
    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import",
    "init", "inout", "internal", "let", "open", "operator", "private", "precedencegroup",
    "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
    "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for",
    "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "Any",
    "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "Type",
    "Protocol",
  ]
}
