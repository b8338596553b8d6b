import SchemaRuntime

/// A rule between two fields of one object.
public struct Rule: Hashable, Sendable {
  public enum Relation: String, Hashable, Sendable, CaseIterable {
    /// Every element of the left array is an element of the right array.
    case subsetOf
  }

  public var relation: Relation
  public var left: String
  public var right: String
  public var location: SourceLocation
}
