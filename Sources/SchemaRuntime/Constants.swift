extension KeyedDecodingContainer {
  /// Decodes a constant string property, such as a `type` tag, and fails unless it equals `expected`.
  public func decodeConstant(_ expected: String, forKey key: Key) throws {
    let found = try decode(String.self, forKey: key)
    guard found == expected else {
      throw DecodingError.dataCorruptedError(
        forKey: key, in: self,
        debugDescription: "Expected \(expected.debugDescription), found \(found.debugDescription).")
    }
  }

  /// Decodes an optional constant string property; returns whether it was present.
  public func decodeConstantIfPresent(_ expected: String, forKey key: Key) throws -> Bool {
    guard contains(key), try !decodeNil(forKey: key) else { return false }
    try decodeConstant(expected, forKey: key)
    return true
  }
}

extension Decoder {
  /// Reads the tag property that selects a variant of a tagged union.
  public func decodeTag(_ name: String) throws -> String {
    let container = try container(keyedBy: AnyCodingKey.self)
    return try container.decode(String.self, forKey: AnyCodingKey(name))
  }
}
