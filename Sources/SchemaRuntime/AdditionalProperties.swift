/// The coding keys of a generated object: a case for each declared property and
/// `undeclared(name)` for any other, so that one keyed container reads and writes both the
/// declared properties and those a newer API sends.
public protocol UndeclaredCodingKey: CodingKey, Hashable {
  /// The key of a property the schema does not declare.
  static func undeclared(_ name: String) -> Self
}

extension KeyedDecodingContainer where Key: UndeclaredCodingKey {
  /// The properties of this object that the schema does not declare, kept as sent.
  public func undeclaredProperties() throws -> [String: JSON] {
    var properties: [String: JSON] = [:]
    for key in allKeys where key == Key.undeclared(key.stringValue) {
      properties[key.stringValue] = try decode(JSON.self, forKey: key)
    }
    return properties
  }
}

extension KeyedEncodingContainer where Key: UndeclaredCodingKey {
  /// Writes properties kept by ``KeyedDecodingContainer/undeclaredProperties()`` next to the
  /// declared ones, in name order.
  public mutating func encodeUndeclared(_ properties: [String: JSON]) throws {
    guard !properties.isEmpty else { return }
    for name in properties.keys.sorted() {
      try encode(properties[name]!, forKey: Key.undeclared(name))
    }
  }
}
