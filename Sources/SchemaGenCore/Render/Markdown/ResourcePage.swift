/// The reference page of one resource: its endpoints, then its types, each with its fields,
/// values or variants, constraints, cross-references and examples.
struct ResourcePage {
  let file: SchemaFile
  let links: ReferenceLinks
  /// This page's name, which links are relative to.
  private let page: String

  init(file: SchemaFile, links: ReferenceLinks) {
    self.file = file
    self.links = links
    self.page = OutputFileNames.docsPageName(stem: file.stem)
  }

  func render() -> [UInt8] {
    // The fine-tuning API's pages hold about 1.5 KB per type or endpoint.
    var writer = CodeWriter(capacity: 2048 * (file.types.count + file.endpoints.count))
    writer.line(GeneratedHeader.markdown(source: file.path))
    writer.line()
    writer.line("# \(file.resource.title)")
    writer.line()
    paragraphs(file.resource.docs, into: &writer)
    writer.line(
      "[All resources](\(OutputFileNames.docsIndexName)) · Swift: [`\(OutputFileNames.swiftFileName(stem: file.stem))`](../\(OutputFileNames.swiftFile(stem: file.stem))) · Schema: `\(file.path)`"
    )
    if !file.endpoints.isEmpty {
      writer.line()
      writer.line("## Endpoints")
      writer.line()
      MarkdownText.table(
        ["Endpoint", "Method and path", "Description"],
        file.endpoints.map {
          [
            "[\($0.name)](#\(MarkdownText.anchor($0.name)))",
            MarkdownText.code("\($0.method.rawValue) \($0.path)"),
            MarkdownText.cell(firstSentence($0.docs)),
          ]
        }, into: &writer)
      for endpoint in file.endpoints { render(endpoint, into: &writer) }
    }
    if !file.types.isEmpty {
      writer.line()
      writer.line("## Types")
      writer.line()
      MarkdownText.table(
        ["Type", "Kind", "Description"],
        file.types.map {
          [
            links.link(toType: $0.name, from: page), kind(of: $0),
            MarkdownText.cell(firstSentence($0.docs)),
          ]
        }, into: &writer)
      for type in file.types { render(type, into: &writer) }
    }
    return writer.utf8
  }

  // MARK: Endpoints

  private func render(_ endpoint: Endpoint, into writer: inout CodeWriter) {
    writer.line()
    writer.line("### \(endpoint.name)")
    writer.line()
    writer.line(
      MarkdownText.code("\(endpoint.method.rawValue) \(endpoint.path)")
        + " · Swift: `\(SwiftNames.endpointType(endpoint.name))`")
    writer.line()
    paragraphs(endpoint.docs, into: &writer)
    deprecation(endpoint.deprecation, into: &writer)
    for location in [Endpoint.Parameter.Location.path, .query] {
      let parameters = endpoint.parameters.filter { $0.location == location }.map(\.field)
      guard !parameters.isEmpty else { continue }
      writer.line("**\(location == .path ? "Path" : "Query") parameters**")
      writer.line()
      MarkdownText.table(
        ["Name", "Swift", "Type", "Presence", "Default", "Constraints", "Description"],
        parameters.map(row(for:)), into: &writer)
      writer.line()
    }
    if let body = endpoint.body {
      writer.line("**Request body:** " + links.describe(body, from: page))
      writer.line()
    }
    writer.line("**Response:** " + links.describe(endpoint.response, from: page))
    if let error = endpoint.error {
      writer.line()
      writer.line("**Error body** (any status outside 2xx): " + links.describe(error, from: page))
    }
    writer.line()
    writer.line("**Swift:** `client.\(SwiftNames.clientMethod(endpoint.name))(…)`")
    if endpoint.isPaginated {
      writer.line()
      writer.line(
        "**Pagination:** by cursor. While the response's `has_more` is `true`, request the next page with `after` set to the `id` of the last item of `data`. In Swift, `client.\(SwiftNames.allPagesMethod(endpoint.name))(…)` returns every item across pages, fetching each page when it is reached, and `endpoint.next(after: page)` returns the request for the next page, or `nil` after the last page."
      )
    }
  }

  // MARK: Types

  private func kind(of type: TypeDeclaration) -> String {
    switch type {
    case .object: "object"
    case .enumeration: "enum"
    case .union(let union): union.tag.map { "union by `\($0)`" } ?? "union by JSON shape"
    }
  }

  private func render(_ type: TypeDeclaration, into writer: inout CodeWriter) {
    writer.line()
    writer.line("### \(type.name)")
    writer.line()
    writer.line(
      "\(kind(of: type).uppercasingFirst) · Swift: `\(type.name)`"
    )
    writer.line()
    paragraphs(type.docs, into: &writer)
    switch type {
    case .object(let object): render(object, into: &writer)
    case .enumeration(let enumeration): render(enumeration, into: &writer)
    case .union(let union): render(union, into: &writer)
    }
    deviations(of: type, into: &writer)
    crossReferences(of: type.name, into: &writer)
    for example in file.examples where example.typeName == type.name {
      writer.line()
      writer.line(
        "**Example**" + (example.docs.isEmpty ? "" : ": " + MarkdownText.cell(example.docs)))
      writer.line()
      writer.line("```json")
      example.value.pretty(into: &writer)
      writer.line("```")
    }
  }

  /// Where the type deliberately differs from the API's published spec, and why.
  private func deviations(of type: TypeDeclaration, into writer: inout CodeWriter) {
    var items: [(subject: String, deviation: Deviation)] = []
    if let deviation = type.deviation { items.append(("The type", deviation)) }
    switch type {
    case .object(let object):
      items += object.fields.compactMap { field in
        field.deviation.map { (MarkdownText.code(field.name), $0) }
      }
    case .enumeration(let enumeration):
      items += enumeration.cases.compactMap { enumCase in
        enumCase.deviation.map { (MarkdownText.code("\"\(enumCase.value)\""), $0) }
      }
    case .union(let union):
      items += union.variants.compactMap { variant in
        variant.deviation.map {
          (MarkdownText.code(variant.tagValue.map { "\"\($0)\"" } ?? variant.name), $0)
        }
      }
    }
    guard !items.isEmpty else { return }
    writer.line()
    writer.line("**Deviations from the published spec**")
    writer.line()
    for item in items {
      writer.line(
        "- \(item.subject): \(item.deviation.reason)"
          + (item.deviation.evidence.map { " Evidence: \($0)" } ?? ""))
    }
  }

  private func render(_ object: ObjectType, into writer: inout CodeWriter) {
    deprecation(object.deprecation, into: &writer)
    if object.fields.isEmpty {
      writer.line("No declared properties.")
    } else {
      MarkdownText.table(
        ["JSON name", "Swift name", "Type", "Presence", "Default", "Constraints", "Description"],
        object.fields.map(row(for:)), into: &writer)
    }
    writer.line()
    for rule in object.rules {
      writer.line(
        "Rule: every element of `\(rule.left)` must be an element of `\(rule.right)` (`\(rule.relation.rawValue)`)."
      )
      writer.line()
    }
    writer.line(
      object.isClosed
        ? "Closed: a property not listed here is a validation error (it is still kept in `additionalProperties`)."
        : "Properties not listed here are kept in `additionalProperties` and written back.")
  }

  private func render(_ enumeration: EnumType, into writer: inout CodeWriter) {
    deprecation(enumeration.deprecation, into: &writer)
    MarkdownText.table(
      ["JSON value", "Swift case", "Description"],
      enumeration.cases.map {
        [
          MarkdownText.code("\"\($0.value)\""), "`.\(SwiftNames.enumCase($0.value))`",
          MarkdownText.cell($0.docs),
        ]
      }, into: &writer)
    writer.line()
    writer.line(
      "Other values are kept as `.unknown(String)` and written back; validation reports them.")
  }

  private func render(_ union: UnionType, into writer: inout CodeWriter) {
    deprecation(union.deprecation, into: &writer)
    if let tag = union.tag {
      MarkdownText.table(
        ["`\(tag)`", "Swift case", "Type", "Description"],
        union.variants.map {
          [
            MarkdownText.code("\"\($0.tagValue ?? "")\""), "`.\(SwiftNames.enumCase($0.name))`",
            links.describe($0.type, from: page), MarkdownText.cell($0.docs),
          ]
        }, into: &writer)
      writer.line()
      writer.line(
        "A variant with another `\(tag)` is kept as `.unknown(JSON)` and written back; validation reports it."
      )
    } else {
      MarkdownText.table(
        ["Swift case", "Type", "Description"],
        union.variants.map {
          [
            "`.\(SwiftNames.enumCase($0.name))`", links.describe($0.type, from: page),
            MarkdownText.cell($0.docs),
          ]
        }, into: &writer)
      writer.line()
      writer.line("Variants are told apart by the shape of their JSON, tried in this order.")
    }
  }

  private func crossReferences(of name: String, into writer: inout CodeWriter) {
    if let unions = links.variantOf[name], !unions.isEmpty {
      writer.line()
      writer.line(
        "Variant of: "
          + unions.map {
            links.link(toType: $0.union, from: page) + ($0.tag.map { " (`\"\($0)\"`)" } ?? "")
          }
          .joined(separator: ", ") + ".")
    }
    if let usages = links.usages[name], !usages.isEmpty {
      writer.line()
      writer.line(
        joining: usages.map {
          "[\($0.label)](\(links.target(page: $0.page, anchor: $0.anchor, from: page)))"
        }, separator: ", ", prefix: "Used by: ", suffix: ".")
    }
  }

  // MARK: Pieces

  private func row(for field: Field) -> [String] {
    let presence =
      switch (field.isOptional, field.isNullable, field.deprecation != nil) {
      case (false, false, false): "required"
      case (false, false, true): "required, deprecated"
      case (false, true, false): "required, nullable"
      case (false, true, true): "required, nullable, deprecated"
      case (true, false, false): "optional"
      case (true, false, true): "optional, deprecated"
      case (true, true, false): "optional, nullable"
      case (true, true, true): "optional, nullable, deprecated"
      }
    return [
      MarkdownText.code(field.name), MarkdownText.code(SwiftNames.property(field.name)),
      links.describe(field.type, from: page), presence,
      field.defaultValue.map { MarkdownText.code($0.compactText) } ?? "",
      MarkdownText.cell(field.constraints.map(\.requirement).joined(separator: "; ")),
      MarkdownText.cell(
        field.docs + (field.deprecation?.message.map { ["Deprecated: " + $0] } ?? [])),
    ]
  }

  private func paragraphs(_ docs: [String], into writer: inout CodeWriter) {
    guard !docs.isEmpty else { return }
    for line in docs { writer.line(line) }
    writer.line()
  }

  private func deprecation(_ deprecation: Deprecation?, into writer: inout CodeWriter) {
    guard let deprecation else { return }
    writer.line("> **Deprecated.**" + (deprecation.message.map { " " + $0 } ?? ""))
    writer.line()
  }

  private func firstSentence(_ docs: [String]) -> String {
    let paragraph = docs.prefix { !$0.isEmpty }.joined(separator: " ")
    let bytes = Array(paragraph.utf8)
    guard
      let end = bytes.indices.dropLast().first(where: { bytes[$0] == 0x2E && bytes[$0 + 1] == 0x20 }
      )
    else { return paragraph }
    return String(decoding: bytes[...end], as: UTF8.self)
  }
}
