/// Renders the Swift file of one schema file: its types in declaration order, each with its
/// validator, then its endpoints and the client's methods for them.
struct SwiftFileRenderer {
  let file: SchemaFile
  let schema: Schema

  func render() -> [UInt8] {
    // The fine-tuning API's files hold 2.5 to 3.5 KB of Swift per type or endpoint.
    var writer = CodeWriter(capacity: 4096 * (file.types.count + file.endpoints.count))
    writer.line(GeneratedHeader.swift(source: file.path))
    writer.line()
    if !file.endpoints.isEmpty { writer.line("import Foundation") }
    writer.line("import SchemaRuntime")
    for type in file.types {
      writer.line()
      switch type {
      case .object(let object): ObjectRenderer(object: object, schema: schema).render(into: &writer)
      case .enumeration(let enumeration):
        EnumRenderer(enumeration: enumeration).render(into: &writer)
      case .union(let union): UnionRenderer(union: union).render(into: &writer)
      }
      writer.line()
      ValidatorRenderer(type: type).render(into: &writer)
    }
    for endpoint in file.endpoints {
      writer.line()
      EndpointRenderer(endpoint: endpoint, schema: schema).render(into: &writer)
    }
    if !file.endpoints.isEmpty {
      writer.line()
      ClientRenderer(endpoints: file.endpoints).render(into: &writer)
    }
    return writer.utf8
  }
}
