/// The syntax tree of one schema file, as written: names are not yet resolved.
public struct SyntaxFile: Sendable {
  public var path: String
  public var resource: ResourceSyntax?
  public var declarations: [DeclarationSyntax]
}

/// A name together with where it was written.
public struct NameSyntax: Hashable, Sendable {
  public var text: String
  public var location: SourceLocation
}

public struct ResourceSyntax: Sendable {
  public var docs: [String]
  public var title: NameSyntax
}

public enum DeclarationSyntax: Sendable {
  case object(ObjectSyntax)
  case enumeration(EnumSyntax)
  case union(UnionSyntax)
  case endpoint(EndpointSyntax)
  case example(ExampleSyntax)
}

/// `@name(arguments)` after a field, a parameter or before a declaration.
public struct AttributeSyntax: Sendable {
  public var name: NameSyntax
  public var arguments: [JSONSyntax]
}

public struct ObjectSyntax: Sendable {
  public var docs: [String]
  public var attributes: [AttributeSyntax]
  public var name: NameSyntax
  public var fields: [FieldSyntax]
  public var rules: [RuleSyntax]
}

/// `name?: Type = default @constraint(...)`
public struct FieldSyntax: Sendable {
  public var docs: [String]
  public var name: NameSyntax
  public var isOptional: Bool
  public var type: TypeSyntax
  public var defaultValue: JSONSyntax?
  public var attributes: [AttributeSyntax]
}

/// `rule left relation right`, a rule between two fields of one object.
public struct RuleSyntax: Sendable {
  public var relation: NameSyntax
  public var left: NameSyntax
  public var right: NameSyntax
}

public indirect enum TypeSyntax: Sendable {
  /// `string`, `int`, `number`, `bool`, `unknown`, or the name of a declared type.
  case name(NameSyntax)
  case literal(String, SourceLocation)
  case null(SourceLocation)
  case array(TypeSyntax, SourceLocation)
  case map(TypeSyntax, SourceLocation)
  case union([TypeSyntax], SourceLocation)

  public var location: SourceLocation {
    switch self {
    case .name(let name): name.location
    case .literal(_, let location), .null(let location), .array(_, let location),
      .map(_, let location), .union(_, let location):
      location
    }
  }
}

public struct EnumSyntax: Sendable {
  public var docs: [String]
  public var attributes: [AttributeSyntax]
  public var name: NameSyntax
  public var cases: [EnumCaseSyntax]
}

public struct EnumCaseSyntax: Sendable {
  public var docs: [String]
  public var value: NameSyntax
  /// `@deviation(...)` after the value.
  public var attributes: [AttributeSyntax]
}

/// `union Name by "tag" { Variant ... }` or `union Name { case: Type ... }`.
public struct UnionSyntax: Sendable {
  public var docs: [String]
  public var attributes: [AttributeSyntax]
  public var name: NameSyntax
  public var tag: NameSyntax?
  public var variants: [VariantSyntax]
}

public struct VariantSyntax: Sendable {
  public var docs: [String]
  /// The case name; `nil` in a tagged union, where the tag value names the case.
  public var name: NameSyntax?
  public var type: TypeSyntax
  /// `@deviation(...)` after the type.
  public var attributes: [AttributeSyntax]
}

public struct EndpointSyntax: Sendable {
  public var docs: [String]
  public var attributes: [AttributeSyntax]
  public var name: NameSyntax
  public var method: NameSyntax
  public var path: NameSyntax
  public var parameters: [ParameterSyntax]
  public var body: TypeSyntax?
  public var response: TypeSyntax?
  public var error: TypeSyntax?
  public var paginated: SourceLocation?
}

public struct ParameterSyntax: Sendable {
  public var location: Endpoint.Parameter.Location
  public var field: FieldSyntax
}

/// `example TypeName { json }`
public struct ExampleSyntax: Sendable {
  public var docs: [String]
  public var type: NameSyntax
  public var value: JSONSyntax
}

/// A JSON value written in a schema (examples, defaults, attribute arguments), with locations.
public struct JSONSyntax: Sendable {
  public indirect enum Value: Sendable {
    case null
    case bool(Bool)
    /// The number as written, so `1` and `1.0` stay apart.
    case number(String)
    case string(String)
    case array([JSONSyntax])
    case object([(key: NameSyntax, value: JSONSyntax)])
  }

  public var value: Value
  public var location: SourceLocation
}
