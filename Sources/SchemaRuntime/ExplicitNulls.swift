/// The properties of a generated object that were sent as an explicit `null` where the schema
/// lets them be absent too, by JSON name, so that encoding writes them back as `null`.
///
/// It is one concrete type for every object, so the set operations are compiled once, here,
/// rather than for each object's coding keys.
public struct ExplicitNulls: Hashable, Sendable {
  private var names: Set<String> = []

  public init() {}

  /// Whether the property `name` was sent as `null`.
  public func contains(_ name: String) -> Bool {
    // Most objects have none: no need to hash the name.
    !names.isEmpty && names.contains(name)
  }

  /// Records that the property `name` was sent as `null`.
  public mutating func insert(_ name: String) {
    names.insert(name)
  }
}
