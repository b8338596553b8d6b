/// Where each type and endpoint is documented, and who uses each type: the cross-references
/// of the reference pages. The pages share one folder, so a page is named by its file name,
/// which is also the link to it from the others.
struct ReferenceLinks {
  /// Each type's page, and the link to its section from that page and from the others, made
  /// once: pages link to the same types many times.
  private var typeLinks: [String: (page: String, local: String, remote: String)] = [:]
  /// For each type, the places that use it: `(label, page, anchor)`.
  private(set) var usages: [String: [(label: String, page: String, anchor: String)]] = [:]
  /// For each object, the unions that list it as a variant, with its tag.
  private(set) var variantOf: [String: [(union: String, tag: String?)]] = [:]

  init(schema: Schema) {
    for file in schema.files {
      let page = OutputFileNames.docsPageName(stem: file.stem)
      for type in file.types {
        typeLinks[type.name] = (
          page, Self.sectionLink(type.name), Self.sectionLink(type.name, onPage: page)
        )
      }
    }
    for file in schema.files {
      let page = OutputFileNames.docsPageName(stem: file.stem)
      for type in file.types {
        switch type {
        case .object(let object):
          let anchor = MarkdownText.anchor(object.name)
          for field in object.fields {
            for used in field.type.namedTypes {
              usages[used, default: []].append(("\(object.name).\(field.name)", page, anchor))
            }
          }
        case .union(let union):
          let anchor = MarkdownText.anchor(union.name)
          for variant in union.variants {
            for used in variant.type.namedTypes {
              if union.tag != nil {
                variantOf[used, default: []].append((union.name, variant.tagValue))
              } else {
                usages[used, default: []].append(("\(union.name).\(variant.name)", page, anchor))
              }
            }
          }
        case .enumeration:
          continue
        }
      }
      for endpoint in file.endpoints {
        let anchor = MarkdownText.anchor(endpoint.name)
        for parameter in endpoint.parameters {
          for used in parameter.field.type.namedTypes {
            usages[used, default: []].append(
              ("\(endpoint.name) \(parameter.field.name)", page, anchor))
          }
        }
        for (role, type) in [
          ("body", endpoint.body), ("response", endpoint.response), ("error", endpoint.error),
        ] {
          for used in type?.namedTypes ?? [] {
            usages[used, default: []].append(("\(endpoint.name) \(role)", page, anchor))
          }
        }
      }
    }
  }

  /// A link to a type's section, relative to `page`.
  func link(toType name: String, from page: String) -> String {
    guard let links = typeLinks[name] else { return Self.sectionLink(name) }
    return links.page == page ? links.local : links.remote
  }

  /// `[Job](#job)`, or `[Job](Jobs.md#job)` from another page.
  private static func sectionLink(_ name: String, onPage page: String = "") -> String {
    "[\(name)](\(page)#\(MarkdownText.anchor(name)))"
  }

  func target(page target: String, anchor: String, from page: String) -> String {
    target == page ? "#" + anchor : target + "#" + anchor
  }

  /// The type in words, with declared types linked: "array of [EvalItem](#evalitem)".
  func describe(_ type: TypeReference, from page: String) -> String {
    switch type {
    case .string, .integer, .number, .boolean: MarkdownText.code(type.spelling)
    case .json: "any JSON (`unknown`)"
    case .named(let name): link(toType: name, from: page)
    case .array(let element): "array of " + describe(element, from: page)
    case .map(let value): "map of string to " + describe(value, from: page)
    case .constant(let value): MarkdownText.code("\"\(value)\"") + " (constant)"
    case .autoOr(let primitive): "`\"auto\"` or " + MarkdownText.code(primitive.rawValue)
    }
  }
}
