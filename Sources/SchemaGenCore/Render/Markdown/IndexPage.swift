/// The index of the reference: every resource, endpoint and type, with links.
struct IndexPage {
  let schema: Schema
  let links: ReferenceLinks

  func render() -> [UInt8] {
    let page = OutputFileNames.docsIndexName
    var writer = CodeWriter()
    writer.line(GeneratedHeader.markdown(source: nil))
    writer.line()
    writer.line("# API reference")
    writer.line()
    writer.line(
      "Every type and endpoint of the schema, with its JSON and Swift names. Generated from the same model as the Swift code."
    )
    writer.line()
    writer.line("## Resources")
    writer.line()
    MarkdownText.table(
      ["Resource", "Description", "Types", "Endpoints"],
      schema.files.map { file in
        [
          "[\(file.resource.title)](\(OutputFileNames.docsPageName(stem: file.stem)))",
          MarkdownText.cell(file.resource.docs), "\(file.types.count)", "\(file.endpoints.count)",
        ]
      }, into: &writer)
    writer.line()
    writer.line("## Endpoints")
    writer.line()
    MarkdownText.table(
      ["Method and path", "Endpoint", "Swift"],
      schema.files.flatMap { file in
        file.endpoints.map {
          [
            MarkdownText.code("\($0.method.rawValue) \($0.path)"),
            "[\($0.name)](\(links.target(page: OutputFileNames.docsPageName(stem: file.stem), anchor: MarkdownText.anchor($0.name), from: page)))",
            "`\(SwiftNames.endpointType($0.name))`",
          ]
        }
      }, into: &writer)
    writer.line()
    writer.line("## Types")
    writer.line()
    MarkdownText.table(
      ["Type", "Kind", "Resource"],
      // Sorted as three strings, not with the whole declaration of each type in tow.
      schema.files.flatMap { file in
        file.types.map { ($0.name, kind(of: $0), file.resource.title) }
      }
      .sorted { $0.0 < $1.0 }
      .map { name, kind, resource in
        [links.link(toType: name, from: page), kind, MarkdownText.cell(resource)]
      }, into: &writer)
    writer.line()
    writer.line("## Reading the pages")
    writer.line()
    writer.line(
      "- **Presence**: `required` fields are always sent; `optional` ones may be absent; `nullable` ones may be `null`. A field that is both keeps the difference in Swift."
    )
    writer.line(
      "- **Open enums and unions**: values and variants a newer API sends are kept (`.unknown`) and written back; validation reports them."
    )
    writer.line(
      "- **`\"auto\"` or a number** is `AutoOr<Int>` or `AutoOr<Double>` in Swift: `.auto`, or a literal such as `3`."
    )
    writer.line(
      "- **Constraints** are checked by `validate()`, which lists every violation with its JSON path."
    )
    return writer.utf8
  }

  private func kind(of type: TypeDeclaration) -> String {
    switch type {
    case .object: "object"
    case .enumeration: "enum"
    case .union: "union"
    }
  }
}
