// The decoding and encoding calls generated types make for their properties. Each decoding
// call anchors errors at the property: Foundation reports some errors (a fraction where an
// integer belongs, a number out of range) with an empty coding path, which would leave the
// user without the place of the problem.

extension KeyedDecodingContainer {
  /// Decodes a required property that may not be `null`.
  @inlinable
  public func decodeRequired<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value
  {
    try anchoringErrors(at: key) { try value(Value.self, forKey: key) }
  }

  /// Decodes an optional property that may not be `null`; a `null` is read as absent, except
  /// for `JSON`, where `null` is a value of its own. One lookup of the key.
  @inlinable
  public func decodeOptional<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value?
  {
    if Value.self == JSON.self {
      guard contains(key) else { return nil }
      return try anchoringErrors(at: key) { try value(Value.self, forKey: key) }
    }
    return try anchoringErrors(at: key) { try valueIfPresent(Value.self, forKey: key) }
  }

  /// Decodes a required property that may be `null`: absent is an error, `null` is `nil`.
  @inlinable
  public func decodeNullable<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws
    -> Value?
  {
    if let value = try anchoringErrors(at: key, { try valueIfPresent(Value.self, forKey: key) }) {
      return value
    }
    guard contains(key) else {
      throw DecodingError.keyNotFound(
        key,
        DecodingError.Context(
          codingPath: codingPath,
          debugDescription: "No value for required key \"\(key.stringValue)\"."))
    }
    return nil
  }

  /// `decode(_:forKey:)`, through the container's own method for a string, an integer, a
  /// number or a boolean: decoders such as `JSONDecoder` read those in place, where the generic
  /// method sets up a decoder for the value. Specialized code keeps only its own branch.
  @inlinable
  func value<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
    if Value.self == String.self { return try decode(String.self, forKey: key) as! Value }
    if Value.self == Int.self { return try decode(Int.self, forKey: key) as! Value }
    if Value.self == Double.self { return try decode(Double.self, forKey: key) as! Value }
    if Value.self == Bool.self { return try decode(Bool.self, forKey: key) as! Value }
    if Value.self == AutoOr<Int>.self { return try autoOr(Int.self, forKey: key) as! Value }
    if Value.self == AutoOr<Double>.self { return try autoOr(Double.self, forKey: key) as! Value }
    if Value.self == AutoOr<Bool>.self { return try autoOr(Bool.self, forKey: key) as! Value }
    return try decode(Value.self, forKey: key)
  }

  /// An ``AutoOr`` read in place, as its own `init(from:)` reads it but without a decoder for
  /// the value: the string `"auto"`, or the value.
  @inlinable
  func autoOr<Value: Codable & Hashable & Sendable>(_ type: Value.Type, forKey key: Key) throws
    -> AutoOr<Value>
  {
    guard let text = try? decode(String.self, forKey: key) else {
      return .value(try value(Value.self, forKey: key))
    }
    return try auto(text, of: Value.self, forKey: key)
  }

  /// ``autoOr(_:forKey:)`` for a property that may be absent or `null`: `nil` then.
  @inlinable
  func autoOrIfPresent<Value: Codable & Hashable & Sendable>(
    _ type: Value.Type, forKey key: Key
  ) throws -> AutoOr<Value>? {
    let text: String?
    do {
      text = try decodeIfPresent(String.self, forKey: key)
    } catch {
      return .value(try value(Value.self, forKey: key))
    }
    guard let text else { return nil }
    return try auto(text, of: Value.self, forKey: key)
  }

  /// `.auto` for the string `"auto"`; any other string is an error.
  @inlinable
  func auto<Value: Codable & Hashable & Sendable>(
    _ text: String, of type: Value.Type, forKey key: Key
  ) throws -> AutoOr<Value> {
    guard text == "auto" else {
      throw DecodingError.dataCorruptedError(
        forKey: key, in: self,
        debugDescription: "Expected \"auto\" or \(Value.self), found \(text.debugDescription).")
    }
    return .auto
  }

  /// `decodeIfPresent(_:forKey:)`, like ``value(_:forKey:)``.
  @inlinable
  func valueIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
    if Value.self == String.self {
      return try decodeIfPresent(String.self, forKey: key) as! Value?
    }
    if Value.self == Int.self { return try decodeIfPresent(Int.self, forKey: key) as! Value? }
    if Value.self == Double.self {
      return try decodeIfPresent(Double.self, forKey: key) as! Value?
    }
    if Value.self == Bool.self { return try decodeIfPresent(Bool.self, forKey: key) as! Value? }
    if Value.self == AutoOr<Int>.self {
      return try autoOrIfPresent(Int.self, forKey: key) as! Value?
    }
    if Value.self == AutoOr<Double>.self {
      return try autoOrIfPresent(Double.self, forKey: key) as! Value?
    }
    if Value.self == AutoOr<Bool>.self {
      return try autoOrIfPresent(Bool.self, forKey: key) as! Value?
    }
    return try decodeIfPresent(Value.self, forKey: key)
  }

  @inlinable
  func anchoringErrors<Value>(at key: Key, _ body: () throws -> Value) throws -> Value {
    do {
      return try body()
    } catch {
      throw DecodingError.anchoring(error, at: codingPath + [key])
    }
  }

  /// Decodes a property that may be absent or `null`, keeping the two apart:
  /// an explicit `null` adds `key` to `nulls` so that encoding writes it back. One lookup of
  /// the key when it holds a value.
  @inlinable
  public func decodeNullableIfPresent<Value: Decodable>(
    _ type: Value.Type, forKey key: Key, nulls: inout ExplicitNulls
  ) throws -> Value? {
    if let value = try anchoringErrors(at: key, { try valueIfPresent(Value.self, forKey: key) }) {
      return value
    }
    if contains(key) { nulls.insert(key.stringValue) }
    return nil
  }
}

extension SingleValueDecodingContainer {
  /// Decodes a primitive, anchoring an error without a coding path at this value.
  @inlinable
  public func decodeAnchored<Value: Decodable>(_ type: Value.Type) throws -> Value {
    do {
      return try decode(Value.self)
    } catch {
      throw DecodingError.anchoring(error, at: codingPath)
    }
  }
}

extension DecodingError {
  /// `error` as a `DecodingError` with `path` as its coding path. Foundation throws its own
  /// error type for a number that does not fit the Swift type (`8.5` for an `Int`) and turns it
  /// into a `DecodingError` without a path only at the top; this keeps the place.
  @usableFromInline
  static func anchoring(_ error: any Error, at path: [any CodingKey]) -> any Error {
    if let decodingError = error as? DecodingError {
      guard case .dataCorrupted(let context) = decodingError, context.codingPath.isEmpty,
        !path.isEmpty
      else { return decodingError }
      return DecodingError.dataCorrupted(
        Context(
          codingPath: path, debugDescription: context.debugDescription, underlyingError: error))
    }
    return DecodingError.dataCorrupted(
      Context(
        codingPath: path,
        debugDescription:
          "Invalid value: \(error) (such as a fraction or an out-of-range number where an integer belongs).",
        underlyingError: error))
  }
}

extension KeyedEncodingContainer {
  /// `encode(_:forKey:)`, through the container's own method for a string, an integer, a
  /// number or a boolean, as ``KeyedDecodingContainer/value(_:forKey:)`` reads them.
  @inlinable
  mutating func encodeValue<Value: Encodable>(_ value: Value, forKey key: Key) throws {
    if let value = value as? String { return try encode(value, forKey: key) }
    if let value = value as? Int { return try encode(value, forKey: key) }
    if let value = value as? Double { return try encode(value, forKey: key) }
    if let value = value as? Bool { return try encode(value, forKey: key) }
    if let value = value as? AutoOr<Int> { return try encodeAutoOr(value, forKey: key) }
    if let value = value as? AutoOr<Double> { return try encodeAutoOr(value, forKey: key) }
    if let value = value as? AutoOr<Bool> { return try encodeAutoOr(value, forKey: key) }
    try encode(value, forKey: key)
  }

  /// An ``AutoOr`` written in place, as its own `encode(to:)` writes it.
  @inlinable
  mutating func encodeAutoOr<Value: Encodable>(_ value: AutoOr<Value>, forKey key: Key) throws {
    switch value {
    case .auto: try encode("auto", forKey: key)
    case .value(let value): try encodeValue(value, forKey: key)
    }
  }

  /// Encodes a required property that may be `null`: `nil` is written as `null`.
  @inlinable
  public mutating func encodeNullable<Value: Encodable>(_ value: Value?, forKey key: Key) throws {
    if let value {
      try encodeValue(value, forKey: key)
    } else {
      try encodeNil(forKey: key)
    }
  }

  /// Encodes a property that may be absent or `null`: `nil` is written as `null` only when it
  /// was decoded as an explicit `null`.
  @inlinable
  public mutating func encodeNullableIfPresent<Value: Encodable>(
    _ value: Value?, forKey key: Key, nulls: ExplicitNulls
  ) throws {
    if let value {
      try encodeValue(value, forKey: key)
    } else if nulls.contains(key.stringValue) {
      try encodeNil(forKey: key)
    }
  }
}
