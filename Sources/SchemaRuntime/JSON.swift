/// Any JSON value, kept exactly as it was sent.
///
/// The schema's `unknown` type, the properties an object does not declare, and the payload of a
/// union variant this version does not know are all held as `JSON`, so decoding and encoding
/// again gives back the same JSON value.
public enum JSON: Hashable, Sendable {
  case null
  case bool(Bool)
  /// A number written without a fraction or exponent that fits in `Int`.
  case integer(Int)
  case number(Double)
  case string(String)
  case array([JSON])
  case object([String: JSON])
}

extension JSON: Codable {
  /// Reads any JSON value. The `Decoder` API can tell a value's kind only by failing to read it
  /// as another, and each failure builds an error, so the kinds are tried from the cheapest and
  /// commonest: `null` (which fails nothing), numbers, strings, booleans, objects, arrays.
  public init(from decoder: any Decoder) throws {
    let value = try decoder.singleValueContainer()
    if value.decodeNil() {
      self = .null
    } else if let number = try? value.decode(Double.self) {
      self = Self.number(number, in: value)
    } else if let string = try? value.decode(String.self) {
      self = .string(string)
    } else if let bool = try? value.decode(Bool.self) {
      self = .bool(bool)
    } else if let container = try? decoder.container(keyedBy: AnyCodingKey.self) {
      let keys = container.allKeys
      var object: [String: JSON] = [:]
      object.reserveCapacity(keys.count)
      for key in keys {
        object[key.stringValue] = try container.decode(JSON.self, forKey: key)
      }
      self = .object(object)
    } else {
      var container = try decoder.unkeyedContainer()
      var array: [JSON] = []
      if let count = container.count { array.reserveCapacity(count) }
      while !container.isAtEnd {
        array.append(try container.decode(JSON.self))
      }
      self = .array(array)
    }
  }

  /// A number that reads as an `Int` is an integer, so large integers keep every digit. Only a
  /// whole `number` can, so a fraction is not read twice.
  private static func number(_ number: Double, in value: any SingleValueDecodingContainer) -> JSON {
    guard number.rounded(.towardZero) == number, let integer = try? value.decode(Int.self) else {
      return .number(number)
    }
    return .integer(integer)
  }

  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .object(let object):
      var container = encoder.container(keyedBy: AnyCodingKey.self)
      for (name, value) in object.sorted(by: { $0.key < $1.key }) {
        try container.encodeJSON(value, forKey: AnyCodingKey(name))
      }
    case .array(let array):
      var container = encoder.unkeyedContainer()
      for element in array { try container.encodeJSON(element) }
    case .null:
      var container = encoder.singleValueContainer()
      try container.encodeNil()
    case .bool(let value):
      var container = encoder.singleValueContainer()
      try container.encode(value)
    case .integer(let value):
      var container = encoder.singleValueContainer()
      try container.encode(value)
    case .number(let value):
      var container = encoder.singleValueContainer()
      try container.encode(value)
    case .string(let value):
      var container = encoder.singleValueContainer()
      try container.encode(value)
    }
  }
}

// A scalar member or element is written through its container's own method: encoders such as
// `JSONEncoder` write those in place, where `encode(_:)` of a `JSON` sets up an encoder for it.

extension KeyedEncodingContainer {
  /// Writes a JSON value at `key`.
  @inlinable
  mutating func encodeJSON(_ value: JSON, forKey key: Key) throws {
    switch value {
    case .null: try encodeNil(forKey: key)
    case .bool(let value): try encode(value, forKey: key)
    case .integer(let value): try encode(value, forKey: key)
    case .number(let value): try encode(value, forKey: key)
    case .string(let value): try encode(value, forKey: key)
    case .array, .object: try encode(value, forKey: key)
    }
  }
}

extension UnkeyedEncodingContainer {
  /// Writes a JSON value as the next element.
  mutating func encodeJSON(_ value: JSON) throws {
    switch value {
    case .null: try encodeNil()
    case .bool(let value): try encode(value)
    case .integer(let value): try encode(value)
    case .number(let value): try encode(value)
    case .string(let value): try encode(value)
    case .array, .object: try encode(value)
    }
  }
}

extension JSON: ExpressibleByNilLiteral {
  public init(nilLiteral: ()) { self = .null }
}

extension JSON: ExpressibleByBooleanLiteral {
  public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension JSON: ExpressibleByIntegerLiteral {
  public init(integerLiteral value: Int) { self = .integer(value) }
}

extension JSON: ExpressibleByFloatLiteral {
  public init(floatLiteral value: Double) { self = .number(value) }
}

extension JSON: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self = .string(value) }
}

extension JSON: ExpressibleByArrayLiteral {
  public init(arrayLiteral elements: JSON...) { self = .array(elements) }
}

extension JSON: ExpressibleByDictionaryLiteral {
  public init(dictionaryLiteral elements: (String, JSON)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }
}
