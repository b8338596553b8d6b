import SchemaRuntime

/// An OpenAPI 3.0 or 3.1 document in JSON, read as published: schemas are looked up by JSON
/// pointer, and both versions' spellings of nullability and exclusive bounds are understood.
public struct OpenAPIDocument: Sendable {
  /// Why a document cannot be read.
  public struct ReadError: Error, CustomStringConvertible, Sendable {
    public var description: String
  }

  let root: JSON
  /// The document's `openapi` version, such as `3.1.0`.
  public let version: String

  /// Reads a document from the bytes of its JSON text.
  public init(json bytes: [UInt8]) throws(ReadError) {
    let root: JSON
    do {
      root = try JSONReader.read(bytes)
    } catch {
      throw ReadError(description: "\(error.line):\(error.column): error: \(error.message)")
    }
    guard case .object(let members) = root else {
      throw ReadError(description: "1:1: error: an OpenAPI document is a JSON object")
    }
    guard case .string(let version)? = members["openapi"], version.hasPrefix("3.") else {
      throw ReadError(
        description:
          "1:1: error: not an OpenAPI 3.0 or 3.1 document: expected an \"openapi\" property such as \"3.1.0\""
      )
    }
    self.root = root
    self.version = version
  }

  /// The value at a JSON pointer such as `#/components/schemas/FineTuningJob`.
  func value(at pointer: String) -> JSON? {
    guard pointer.hasPrefix("#") else { return nil }
    var current = root
    for token in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: true) {
      let key = SpecSchema.unescape(token)
      switch current {
      case .object(let members):
        guard let next = members[key] else { return nil }
        current = next
      case .array(let elements):
        guard let index = Int(key), elements.indices.contains(index) else { return nil }
        current = elements[index]
      default:
        return nil
      }
    }
    return current
  }

  /// The schema at `pointer`, with `$ref`s followed.
  func schema(at pointer: String) -> SpecSchema? {
    value(at: pointer).map { SpecSchema(json: $0, pointer: pointer, document: self) }
  }

  static func componentPointer(_ name: String) -> String {
    "#/components/schemas/" + SpecSchema.escape(name)
  }
}
