/// The string `"auto"`, which lets the service choose, or an explicit value: the schema's
/// `"auto" | int` and `"auto" | number`. Any other string is a decoding error.
///
/// Expressible by a literal of its value, so `nEpochs: 3` and `nEpochs: .auto` both read naturally.
public enum AutoOr<Value: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
  /// The string `"auto"`: the service chooses.
  case auto
  /// An explicit value.
  case value(Value)

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    guard let text = try? container.decode(String.self) else {
      self = .value(try container.decodeAnchored(Value.self))
      return
    }
    guard text == "auto" else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription: "Expected \"auto\" or \(Value.self), found \(text.debugDescription).")
    }
    self = .auto
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .auto: try container.encode("auto")
    case .value(let value): try container.encode(value)
    }
  }

  /// The explicit value, or `nil` for `"auto"`.
  public var explicitValue: Value? {
    if case .value(let value) = self { return value }
    return nil
  }
}

extension AutoOr: ExpressibleByIntegerLiteral where Value: ExpressibleByIntegerLiteral {
  public init(integerLiteral value: Value.IntegerLiteralType) {
    self = .value(Value(integerLiteral: value))
  }
}

extension AutoOr: ExpressibleByFloatLiteral where Value: ExpressibleByFloatLiteral {
  public init(floatLiteral value: Value.FloatLiteralType) {
    self = .value(Value(floatLiteral: value))
  }
}

extension AutoOr: ExpressibleByBooleanLiteral where Value: ExpressibleByBooleanLiteral {
  public init(booleanLiteral value: Value.BooleanLiteralType) {
    self = .value(Value(booleanLiteral: value))
  }
}
