/// A rule on one field's value, checked by the generated validators.
public enum Constraint: Hashable, Sendable {
  case minimum(Double, exclusive: Bool)
  case maximum(Double, exclusive: Bool)
  case minLength(Int)
  case maxLength(Int)
  case pattern(String)
  case minItems(Int)
  case maxItems(Int)
  /// Array elements are numbers in strictly increasing order.
  case increasing
  case minEntries(Int)
  case maxEntries(Int)
  case maxKeyLength(Int)
  case maxValueLength(Int)
}

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
