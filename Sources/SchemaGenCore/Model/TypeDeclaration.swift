import SchemaRuntime

/// A named type of the schema.
public enum TypeDeclaration: Sendable {
  case object(ObjectType)
  case enumeration(EnumType)
  case union(UnionType)

  public var name: String {
    switch self {
    case .object(let type): type.name
    case .enumeration(let type): type.name
    case .union(let type): type.name
    }
  }

  public var docs: [String] {
    switch self {
    case .object(let type): type.docs
    case .enumeration(let type): type.docs
    case .union(let type): type.docs
    }
  }

  public var location: SourceLocation {
    switch self {
    case .object(let type): type.location
    case .enumeration(let type): type.location
    case .union(let type): type.location
    }
  }

  /// The name of the OpenAPI schema the type corresponds to: `@spec`'s or its own.
  public var specName: String {
    switch self {
    case .object(let type): type.specName ?? type.name
    case .enumeration(let type): type.specName ?? type.name
    case .union(let type): type.specName ?? type.name
    }
  }

  public var deviation: Deviation? {
    switch self {
    case .object(let type): type.deviation
    case .enumeration(let type): type.deviation
    case .union(let type): type.deviation
    }
  }

  public var deprecation: Deprecation? {
    switch self {
    case .object(let type): type.deprecation
    case .enumeration(let type): type.deprecation
    case .union(let type): type.deprecation
    }
  }
}

/// The type of a field, a union variant, a parameter or a body.
public indirect enum TypeReference: Hashable, Sendable {
  case string
  case integer
  case number
  case boolean
  /// Any JSON value (`unknown` in the DSL).
  case json
  /// A declared object, enum or union.
  case named(String)
  case array(TypeReference)
  /// A JSON object with string keys and values of one type.
  case map(TypeReference)
  /// A single string literal, such as a `type` tag: checked on decode, written on encode.
  case constant(String)
  /// The string `"auto"` or a primitive value: `"auto" | int`.
  case autoOr(AutoPrimitive)
}

/// The primitive that `"auto"` may be combined with.
public enum AutoPrimitive: String, Hashable, Sendable {
  case integer = "int"
  case number
  case boolean = "bool"

  public var type: TypeReference {
    switch self {
    case .integer: .integer
    case .number: .number
    case .boolean: .boolean
    }
  }
}

public struct ObjectType: Sendable {
  public var name: String
  public var docs: [String]
  public var deprecation: Deprecation?
  public var fields: [Field]
  public var rules: [Rule]
  /// `@closed`: properties the object does not declare are a validation error (they are still
  /// kept and written back).
  public var isClosed: Bool
  /// The name of the OpenAPI schema the type corresponds to (`@spec`), when not its own.
  public var specName: String?
  public var deviation: Deviation?
  public var location: SourceLocation
}

/// A property of an object, or a parameter of an endpoint.
///
/// A class, unlike the rest of the model: the checks and renderers go over every field many
/// times, and a loop copies its element; a copy of a class is one reference count, where a copy
/// of these ten strings, arrays and values would be one for each. Fields are never changed
/// once checked.
public final class Field: Sendable {
  /// The property's name in JSON.
  public let name: String
  public let docs: [String]
  public let type: TypeReference
  /// The property may be absent.
  public let isOptional: Bool
  /// The property may be `null`.
  public let isNullable: Bool
  public let defaultValue: JSONSyntax?
  public let constraints: [Constraint]
  public let deprecation: Deprecation?
  public let deviation: Deviation?
  public let location: SourceLocation

  init(
    name: String, docs: [String], type: TypeReference, isOptional: Bool, isNullable: Bool,
    defaultValue: JSONSyntax?, constraints: [Constraint], deprecation: Deprecation?,
    deviation: Deviation?, location: SourceLocation
  ) {
    self.name = name
    self.docs = docs
    self.type = type
    self.isOptional = isOptional
    self.isNullable = isNullable
    self.defaultValue = defaultValue
    self.constraints = constraints
    self.deprecation = deprecation
    self.deviation = deviation
    self.location = location
  }
}

public struct Deprecation: Hashable, Sendable {
  public var message: String?
}

/// `@deviation("reason", "evidence")`: where the schema deliberately differs from the API's
/// published spec, and why. `schemagen audit` lists what it covers apart from drift.
public struct Deviation: Hashable, Sendable {
  public var reason: String
  /// Where the difference shows: a payload, a guide, a date.
  public var evidence: String?
}

public struct EnumType: Sendable {
  public struct Case: Sendable {
    public var value: String
    public var docs: [String]
    public var deviation: Deviation?
    public var location: SourceLocation
  }

  public var name: String
  public var docs: [String]
  public var deprecation: Deprecation?
  public var cases: [Case]
  /// The name of the OpenAPI schema the type corresponds to (`@spec`), when not its own.
  public var specName: String?
  public var deviation: Deviation?
  public var location: SourceLocation
}

public struct UnionType: Sendable {
  public struct Variant: Sendable {
    /// The case's name as written (untagged) or the tag value (tagged); emitters derive names from it.
    public var name: String
    public var docs: [String]
    public var type: TypeReference
    /// The tag value that selects this variant, in a tagged union.
    public var tagValue: String?
    public var deviation: Deviation?
    public var location: SourceLocation
  }

  public var name: String
  public var docs: [String]
  public var deprecation: Deprecation?
  /// The property whose value selects the variant; `nil` when variants differ by JSON shape.
  public var tag: String?
  public var variants: [Variant]
  /// The union contains itself through its variants, so its storage must be indirect.
  public var isRecursive: Bool
  /// The name of the OpenAPI schema the type corresponds to (`@spec`), when not its own.
  public var specName: String?
  public var deviation: Deviation?
  public var location: SourceLocation
}
