/// The coding keys of a generated object: a case for each declared property and
/// `undeclared(name)` for any other, so that one keyed container reads and writes both the
/// declared properties and those a newer API sends.
///
/// `init?(stringValue:)` makes a key only for a name the schema does not declare, so a
/// container's `allKeys` lists exactly the undeclared properties: the declared ones are read by
/// their cases and never need listing, and a decoder builds its key list from far fewer keys.
public protocol UndeclaredCodingKey: CodingKey {
  /// The key of a property the schema does not declare.
  static func undeclared(_ name: String) -> Self
}

extension KeyedDecodingContainer where Key: UndeclaredCodingKey {
  /// The properties of this object that the schema does not declare, kept as sent.
  ///
  /// Inlinable, so that it is specialized for each object's coding keys: generic, it would look
  /// up the metadata of `[Key]` and its witnesses at every object.
  @inlinable
  public func undeclaredProperties() throws -> [String: JSON] {
    let keys = allKeys
    guard !keys.isEmpty else { return [:] }
    var properties: [String: JSON] = [:]
    properties.reserveCapacity(keys.count)
    for key in keys {
      properties[key.stringValue] =
        try decodeNil(forKey: key) ? .null : try decode(JSON.self, forKey: key)
    }
    return properties
  }
}

extension KeyedEncodingContainer where Key: UndeclaredCodingKey {
  /// Writes properties kept by ``KeyedDecodingContainer/undeclaredProperties()`` next to the
  /// declared ones, in name order.
  @inlinable
  public mutating func encodeUndeclared(_ properties: [String: JSON]) throws {
    guard !properties.isEmpty else { return }
    for (name, value) in properties.sorted(by: { $0.key < $1.key }) {
      try encodeJSON(value, forKey: Key.undeclared(name))
    }
  }
}
