/// Decodes a union whose variants are told apart by the shape of their JSON.
///
/// Variants are tried in declaration order. A variant whose JSON shape does not match is
/// skipped; if none matches, the error of the first variant that matched the shape but failed
/// inside (a missing property, say) is thrown, so the coding path points at the real problem.
public struct UntaggedUnionDecoder {
  private let decoder: any Decoder
  private var firstInnerError: (any Error)?

  public init(_ decoder: any Decoder) {
    self.decoder = decoder
  }

  /// Returns the value if the JSON decodes as `type`, or `nil` to try the next variant.
  public mutating func attempt<Value: Decodable>(_ type: Value.Type) -> Value? {
    do {
      return try Value(from: decoder)
    } catch let error as DecodingError where isShapeMismatch(error) {
      return nil
    } catch {
      if firstInnerError == nil { firstInnerError = error }
      return nil
    }
  }

  /// The error to throw when no variant decoded; `expected` names the accepted shapes.
  public func failure(expected: String) -> any Error {
    if let firstInnerError { return firstInnerError }
    return DecodingError.typeMismatch(
      JSON.self,
      DecodingError.Context(
        codingPath: decoder.codingPath, debugDescription: "Expected \(expected)."))
  }

  private func isShapeMismatch(_ error: DecodingError) -> Bool {
    switch error {
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return context.codingPath.count == decoder.codingPath.count
    default:
      return false
    }
  }
}
