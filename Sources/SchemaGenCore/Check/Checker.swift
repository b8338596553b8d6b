/// Turns syntax trees into the resolved ``Schema``, reporting every problem it finds.
///
/// Checks run per declaration and never stop at the first error; a declaration with an error
/// is left out of the model, and the pipeline emits nothing while any error remains.
struct Checker {
  enum Kind {
    case object, enumeration, union
  }

  struct Declared {
    var kind: Kind
    var location: SourceLocation
  }

  var diagnostics = Diagnostics()
  /// Every declared type name, from all files, known before any declaration is checked.
  var declared: [String: Declared] = [:]
  var objects: [String: ObjectType] = [:]
  var enums: [String: EnumType] = [:]
  var unions: [String: UnionType] = [:]
  /// What is left of ``Suggestion/budget`` for this check.
  private var suggestionBudget = Suggestion.budget
  /// The declared type names in order, sorted once, for suggestions.
  private var sortedTypeNames: [String]?

  static func check(_ files: [SyntaxFile]) -> (Schema?, Diagnostics) {
    var checker = Checker()
    checker.declareTypes(in: files)
    let schema = checker.resolve(files)
    return (checker.diagnostics.hasErrors ? nil : schema, checker.diagnostics)
  }

  private mutating func declareTypes(in files: [SyntaxFile]) {
    for file in files {
      for declaration in file.declarations {
        let entry: (NameSyntax, Kind)
        switch declaration {
        case .object(let object): entry = (object.name, .object)
        case .enumeration(let enumeration): entry = (enumeration.name, .enumeration)
        case .union(let union): entry = (union.name, .union)
        case .endpoint, .example: continue
        }
        let (name, kind) = entry
        if let previous = declared[name.text] {
          diagnostics.error(
            "duplicate type '\(name.text)'", at: name.location,
            notes: [.init("'\(name.text)' is first declared here", at: previous.location)])
          continue
        }
        if ReservedNames.types.contains(name.text) {
          diagnostics.error(
            "type name '\(name.text)' is reserved by the generated Swift; choose another name",
            at: name.location)
        } else if let first = name.text.unicodeScalars.first, !("A"..."Z").contains(first) {
          diagnostics.error(
            "type name '\(name.text)' must start with an uppercase letter", at: name.location)
        }
        declared[name.text] = Declared(kind: kind, location: name.location)
      }
    }
  }

  private mutating func resolve(_ files: [SyntaxFile]) -> Schema {
    // Objects and enums first: tagged unions read their variants' tag fields.
    for file in files {
      for declaration in file.declarations {
        switch declaration {
        case .object(let syntax): if let object = object(syntax) { objects[object.name] = object }
        case .enumeration(let syntax):
          if let enumeration = enumeration(syntax) { enums[enumeration.name] = enumeration }
        default: continue
        }
      }
    }
    for file in files {
      for case .union(let syntax) in file.declarations {
        if let union = union(syntax) { unions[union.name] = union }
      }
    }
    markRecursiveUnions()
    checkObjectRecursion()
    checkUntaggedUnions()
    checkDefaults()

    var endpointNames: [String: SourceLocation] = [:]
    let stems = OutputFileNames.stems(of: files.map(\.path))
    let schemaFiles = zip(files, stems).map { file, stem -> SchemaFile in
      var types: [TypeDeclaration] = []
      var endpoints: [Endpoint] = []
      var examples: [Example] = []
      for declaration in file.declarations {
        switch declaration {
        case .object(let syntax):
          if let object = objects[syntax.name.text], object.location == syntax.name.location {
            types.append(.object(object))
          }
        case .enumeration(let syntax):
          if let enumeration = enums[syntax.name.text],
            enumeration.location == syntax.name.location
          {
            types.append(.enumeration(enumeration))
          }
        case .union(let syntax):
          if let union = unions[syntax.name.text], union.location == syntax.name.location {
            types.append(.union(union))
          }
        case .endpoint(let syntax):
          if let previous = endpointNames[syntax.name.text] {
            diagnostics.error(
              "duplicate endpoint '\(syntax.name.text)'", at: syntax.name.location,
              notes: [.init("'\(syntax.name.text)' is first declared here", at: previous)])
          }
          endpointNames[syntax.name.text] = endpointNames[syntax.name.text] ?? syntax.name.location
          if let endpoint = endpoint(syntax) { endpoints.append(endpoint) }
        case .example(let syntax):
          if let example = example(syntax) { examples.append(example) }
        }
      }
      let resource = Resource(
        title: file.resource?.title.text ?? stem, docs: file.resource?.docs ?? [])
      return SchemaFile(
        path: file.path, stem: stem, resource: resource, types: types, endpoints: endpoints,
        examples: examples)
    }
    checkSwiftNames(schemaFiles)
    checkDeprecatedUses(schemaFiles)
    checkOutputNames(schemaFiles)
    return Schema(files: schemaFiles)
  }

  /// Two schema files whose outputs would share a name (ignoring case, as macOS does).
  private mutating func checkOutputNames(_ files: [SchemaFile]) {
    diagnostics.append(contentsOf: Checker.outputNameCollisions(files.map(\.path), index: false))
  }

  /// Schema files whose outputs would share a name: with each other, or with `index` those that
  /// would take the reference index's name, which matters only when the pages are generated.
  static func outputNameCollisions(_ paths: [String], index: Bool) -> Diagnostics {
    var diagnostics = Diagnostics()
    for (path, other) in OutputFileNames.collisions(among: paths, docs: index)
    where (other == OutputFileNames.docsIndexDescription) == index {
      let named = other == OutputFileNames.docsIndexDescription ? other : "'\(other)'"
      diagnostics.error(
        "the generated files of '\(path)' would have the same names as those of \(named), ignoring case; rename one of them",
        at: SourceLocation(file: path, line: 1, column: 1))
    }
    return diagnostics
  }

  // MARK: Suggestions

  /// "; did you mean 'x'?" when a candidate is close to `name` and the check's budget for
  /// suggestions lasts; the candidates are not even listed once it is spent.
  mutating func didYouMean(_ name: String, in candidates: @autoclosure () -> [String]) -> String {
    guard suggestionBudget > 0 else { return "" }
    return Suggestion.didYouMean(name, in: candidates(), budget: &suggestionBudget)
  }

  /// ``didYouMean(_:in:)`` among the declared types, sorted once (ties go to the first), and
  /// `others`.
  mutating func didYouMeanType(_ name: String, orOneOf others: [String] = []) -> String {
    guard suggestionBudget > 0 else { return "" }
    let typeNames = sortedTypeNames ?? declared.keys.sorted()
    sortedTypeNames = typeNames
    let candidates = typeNames + others
    return didYouMean(name, in: candidates)
  }

  // MARK: Spec names

  /// Reads `@spec("Name")`: the name of the schema in an OpenAPI document that a type
  /// corresponds to, when it differs from the type's own (`schemagen audit` compares them).
  mutating func specName(from attributes: [AttributeSyntax]) -> String? {
    var result: String?
    for attribute in attributes where attribute.name.text == "spec" {
      guard attribute.arguments.count == 1, case .string(let name) = attribute.arguments[0].value,
        !name.isEmpty
      else {
        diagnostics.error(
          "'@spec' takes one string argument, the name of the spec's schema",
          at: attribute.name.location)
        continue
      }
      if result != nil {
        diagnostics.error("'@spec' is given twice", at: attribute.name.location)
      }
      result = name
    }
    return result
  }

  /// Reads `@deviation("reason")` or `@deviation("reason", "evidence")`.
  mutating func deviation(from attributes: [AttributeSyntax]) -> Deviation? {
    var result: Deviation?
    for attribute in attributes where attribute.name.text == "deviation" {
      let texts = attribute.arguments.compactMap { argument -> String? in
        if case .string(let text) = argument.value, !text.isEmpty { return text }
        return nil
      }
      guard (1...2).contains(attribute.arguments.count), texts.count == attribute.arguments.count
      else {
        diagnostics.error(
          "'@deviation' takes the reason and, optionally, the evidence, as strings",
          at: attribute.name.location)
        continue
      }
      if result != nil {
        diagnostics.error("'@deviation' is given twice", at: attribute.name.location)
      }
      result = Deviation(reason: texts[0], evidence: texts.count > 1 ? texts[1] : nil)
    }
    return result
  }

  // MARK: Deprecation

  /// Reads `@deprecated` or `@deprecated("message")` and reports any other declaration attribute.
  mutating func deprecation(from attributes: [AttributeSyntax], allowing others: Set<String> = [])
    -> Deprecation?
  {
    var result: Deprecation?
    for attribute in attributes where !others.contains(attribute.name.text) {
      guard attribute.name.text == "deprecated" else {
        diagnostics.error(
          "unknown attribute '@\(attribute.name.text)' here; expected "
            + (["deprecated"] + others.sorted()).map { "'@\($0)'" }.joined(separator: " or "),
          at: attribute.name.location)
        continue
      }
      switch attribute.arguments.map(\.value).first {
      case nil where attribute.arguments.isEmpty:
        result = Deprecation(message: nil)
      case .string(let message) where attribute.arguments.count == 1:
        result = Deprecation(message: message)
      default:
        diagnostics.error(
          "'@deprecated' takes at most one string argument, the message",
          at: attribute.name.location)
      }
    }
    return result
  }
}
