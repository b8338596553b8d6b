/// The checked, resolved schema: every name refers to a declared type, every constraint fits
/// its field. Emitters work from this model only; it knows nothing of Swift.
public struct Schema: Sendable {
  /// The schema files in path order, each with its declarations in source order.
  public var files: [SchemaFile]
  private var typeIndex: [String: TypeDeclaration]

  public init(files: [SchemaFile]) {
    self.files = files
    var index: [String: TypeDeclaration] = [:]
    for file in files {
      for type in file.types { index[type.name] = type }
    }
    self.typeIndex = index
  }

  public subscript(type name: String) -> TypeDeclaration? { typeIndex[name] }

  public var types: [TypeDeclaration] { files.flatMap(\.types) }
  public var endpoints: [Endpoint] { files.flatMap(\.endpoints) }
  public var examples: [Example] { files.flatMap(\.examples) }
}

/// One `.schema` file: a resource with its types, endpoints and examples.
public struct SchemaFile: Sendable {
  public var path: String
  /// The file name without directory or extension; names the generated files.
  public var stem: String
  public var resource: Resource
  public var types: [TypeDeclaration]
  public var endpoints: [Endpoint]
  public var examples: [Example]
}

/// A group of types and endpoints that becomes one reference page.
public struct Resource: Sendable {
  public var title: String
  public var docs: [String]
}

/// An example JSON value of a type, checked against the type at generation time.
public struct Example: Sendable {
  public var typeName: String
  public var docs: [String]
  public var value: JSONSyntax
}
