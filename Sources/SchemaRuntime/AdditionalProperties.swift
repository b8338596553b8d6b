extension Decoder {
  /// The properties of the current JSON object whose names are not among `declared`,
  /// so that a type can keep what a newer API sends and write it back.
  public func additionalProperties<Keys: CodingKey & CaseIterable>(
    excluding declared: Keys.Type
  ) throws -> [String: JSON] {
    let container = try container(keyedBy: AnyCodingKey.self)
    var properties: [String: JSON] = [:]
    for key in container.allKeys where Keys(stringValue: key.stringValue) == nil {
      properties[key.stringValue] = try container.decode(JSON.self, forKey: key)
    }
    return properties
  }
}

extension Encoder {
  /// Writes properties kept by ``Decoder/additionalProperties(excluding:)`` next to the declared ones.
  public func encodeAdditionalProperties(_ properties: [String: JSON]) throws {
    guard !properties.isEmpty else { return }
    var container = container(keyedBy: AnyCodingKey.self)
    for key in properties.keys.sorted() {
      try container.encode(properties[key], forKey: AnyCodingKey(key))
    }
  }
}
