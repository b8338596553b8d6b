/// Compares two checked schemas by name (so reordering changes nothing) and judges every
/// change for the wire (requests and responses apart) and for Swift source.
public enum SchemaDiff {
  public static func compare(old: Schema, new: Schema) -> SchemaDiffReport {
    var engine = DiffEngine(old: old, new: new)
    engine.compareTypes()
    engine.compareEndpoints()
    let changes = engine.changes.sorted {
      ($0.resource, $0.location.file, $0.location.line, $0.location.column, $0.summary)
        < ($1.resource, $1.location.file, $1.location.line, $1.location.column, $1.summary)
    }
    return SchemaDiffReport(changes: changes)
  }
}

struct DiffEngine {
  let old: Schema
  let new: Schema
  let oldUsage: Usage
  let newUsage: Usage
  private let oldResources: ResourceTitles
  private let newResources: ResourceTitles
  var changes: [SchemaChange] = []

  init(old: Schema, new: Schema) {
    self.old = old
    self.new = new
    self.oldUsage = Usage(old)
    self.newUsage = Usage(new)
    self.oldResources = ResourceTitles(old)
    self.newResources = ResourceTitles(new)
  }

  /// The resource each type and endpoint belongs to (the first file that declares it), found
  /// once: a change looks its owner up, and a search of the schema for each would take time
  /// quadratic in its size.
  private struct ResourceTitles {
    var ofType: [String: String] = [:]
    var ofEndpoint: [String: String] = [:]

    init(_ schema: Schema) {
      for file in schema.files {
        for type in file.types where ofType[type.name] == nil {
          ofType[type.name] = file.resource.title
        }
        for endpoint in file.endpoints where ofEndpoint[endpoint.name] == nil {
          ofEndpoint[endpoint.name] = file.resource.title
        }
      }
    }
  }

  // MARK: Recording

  /// Records a change of type `owner`; the wire verdicts apply in the directions it travels.
  mutating func record(
    _ owner: String, _ subject: String, _ summary: String, at location: SourceLocation,
    removed: Bool = false, request: SchemaChange.Verdict, response: SchemaChange.Verdict,
    source: SchemaChange.Verdict
  ) {
    let directions = oldUsage.directions(of: owner).union(newUsage.directions(of: owner))
    changes.append(
      SchemaChange(
        resource: (removed ? oldResources : newResources).ofType[owner] ?? "", subject: subject,
        summary: summary,
        location: location,
        request: directions.contains(.request) ? request : .none("not sent in requests"),
        response: directions.contains(.response) ? response : .none("not read from responses"),
        source: source))
  }

  mutating func recordEndpoint(
    _ name: String, _ summary: String, at location: SourceLocation, removed: Bool = false,
    request: SchemaChange.Verdict, response: SchemaChange.Verdict, source: SchemaChange.Verdict
  ) {
    changes.append(
      SchemaChange(
        resource: (removed ? oldResources : newResources).ofEndpoint[name] ?? "",
        subject: "endpoint \(name)",
        summary: summary, location: location, request: request, response: response, source: source))
  }

  private static let documentation = SchemaChange.Verdict.none("documentation only")

  mutating func recordDocs(_ owner: String, _ subject: String, at location: SourceLocation) {
    record(
      owner, subject, "description changed", at: location, request: Self.documentation,
      response: Self.documentation, source: Self.documentation)
  }

  // MARK: Types

  mutating func compareTypes() {
    let oldTypes = Dictionary(uniqueKeysWithValues: old.types.map { ($0.name, $0) })
    let newTypes = Dictionary(uniqueKeysWithValues: new.types.map { ($0.name, $0) })
    for type in new.types where oldTypes[type.name] == nil {
      record(
        type.name, type.name, "type added", at: type.location,
        request: .none("a new type changes nothing until a field uses it"),
        response: .none("a new type changes nothing until a field uses it"),
        source: .additive("new type \(type.name)"))
    }
    for type in old.types where newTypes[type.name] == nil {
      record(
        type.name, type.name, "type removed", at: type.location, removed: true,
        request: .none("the fields that used it are reported on their own"),
        response: .none("the fields that used it are reported on their own"),
        source: .breaking("code naming \(type.name) no longer compiles"))
    }
    for oldType in old.types {
      guard let newType = newTypes[oldType.name] else { continue }
      switch (oldType, newType) {
      case (.object(let before), .object(let after)): compareObjects(before, after)
      case (.enumeration(let before), .enumeration(let after)): compareEnums(before, after)
      case (.union(let before), .union(let after)): compareUnions(before, after)
      default:
        record(
          newType.name, newType.name, "changed from \(oldType.kindName) to \(newType.kindName)",
          at: newType.location, request: .breaking("the JSON of \(newType.name) changes shape"),
          response: .breaking("the JSON of \(newType.name) changes shape"),
          source: .breaking("\(newType.name) is no longer a \(oldType.swiftKind)"))
      }
      if oldType.docs != newType.docs {
        recordDocs(newType.name, newType.name, at: newType.location)
      }
    }
  }

  private mutating func compareEnums(_ before: EnumType, _ after: EnumType) {
    let oldValues = Set(before.cases.map(\.value))
    let newValues = Set(after.cases.map(\.value))
    for enumCase in after.cases where !oldValues.contains(enumCase.value) {
      record(
        after.name, after.name, "value \"\(enumCase.value)\" added", at: enumCase.location,
        request: .additive("NEW accepts a value OLD clients never send"),
        response: .additive("OLD clients keep the new value in .unknown and write it back"),
        source: .breaking(
          "exhaustive switches over \(after.name) must handle .\(SwiftNames.enumCase(enumCase.value))"
        ))
    }
    for enumCase in before.cases where !newValues.contains(enumCase.value) {
      record(
        before.name, before.name, "value \"\(enumCase.value)\" removed", at: enumCase.location,
        removed: true,
        request: .breaking("OLD clients may send \"\(enumCase.value)\", which NEW rejects"),
        response: .none("NEW no longer sends a value OLD clients know"),
        source: .breaking("code using .\(SwiftNames.enumCase(enumCase.value)) no longer compiles"))
    }
    compareDeprecation(before.deprecation, after.deprecation, owner: after.name, at: after.location)
  }

  private mutating func compareUnions(_ before: UnionType, _ after: UnionType) {
    if before.tag != after.tag {
      record(
        after.name, after.name,
        "tag changed from \(before.tag.map { "\"\($0)\"" } ?? "none") to \(after.tag.map { "\"\($0)\"" } ?? "none")",
        at: after.location, request: .breaking("variants are told apart differently"),
        response: .breaking("variants are told apart differently"),
        source: .breaking("the cases of \(after.name) change"))
      return
    }
    let tagged = after.tag != nil
    let oldVariants = Dictionary(uniqueKeysWithValues: before.variants.map { ($0.name, $0) })
    let newVariants = Dictionary(uniqueKeysWithValues: after.variants.map { ($0.name, $0) })
    for variant in after.variants where oldVariants[variant.name] == nil {
      let label =
        tagged
        ? "variant \"\(variant.name)\" (\(variant.type.spelling))"
        : "variant \(variant.name): \(variant.type.spelling)"
      record(
        after.name, after.name, "\(label) added", at: variant.location,
        request: .additive("NEW accepts a variant OLD clients never send"),
        response: tagged
          ? .additive("OLD clients keep the new variant in .unknown and write it back")
          : .breaking("OLD clients cannot decode the new JSON shape"),
        source: .breaking(
          "exhaustive switches over \(after.name) must handle .\(SwiftNames.enumCase(variant.name))"
        ))
    }
    for variant in before.variants where newVariants[variant.name] == nil {
      record(
        before.name, before.name,
        "variant \(tagged ? "\"\(variant.name)\"" : variant.name) removed",
        at: variant.location, removed: true,
        request: .breaking("OLD clients may send it, and NEW rejects it"),
        response: .none("NEW no longer sends a variant OLD clients know"),
        source: .breaking("code using .\(SwiftNames.enumCase(variant.name)) no longer compiles"))
    }
    for variant in after.variants {
      guard let previous = oldVariants[variant.name], previous.type != variant.type else {
        continue
      }
      record(
        after.name, after.name,
        "variant \(variant.name) changed from \(previous.type.spelling) to \(variant.type.spelling)",
        at: variant.location, request: .breaking("the variant's JSON changes"),
        response: .breaking("the variant's JSON changes"),
        source: .breaking(
          "the associated value of .\(SwiftNames.enumCase(variant.name)) changes type"))
    }
    compareDeprecation(before.deprecation, after.deprecation, owner: after.name, at: after.location)
  }

  mutating func compareDeprecation(
    _ before: Deprecation?, _ after: Deprecation?, owner: String, subject: String? = nil,
    at location: SourceLocation
  ) {
    guard (before == nil) != (after == nil) else { return }
    let subject = subject ?? owner
    if after != nil {
      record(
        owner, subject, "deprecated" + (after?.message.map { ": \($0)" } ?? ""), at: location,
        request: .none("the JSON does not change"), response: .none("the JSON does not change"),
        source: .additive("uses get a deprecation warning; code still compiles"))
    } else {
      record(
        owner, subject, "no longer deprecated", at: location,
        request: .none("the JSON does not change"), response: .none("the JSON does not change"),
        source: .none("deprecation warnings go away"))
    }
  }
}

extension TypeDeclaration {
  var kindName: String {
    switch self {
    case .object: "object"
    case .enumeration: "enum"
    case .union(let union): union.tag == nil ? "untagged union" : "tagged union"
    }
  }

  var swiftKind: String {
    switch self {
    case .object: "struct"
    case .enumeration, .union: "enum"
    }
  }
}
