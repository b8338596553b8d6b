import SchemaRuntime

extension Auditor {
  /// What the spec describes in the schema's area and the schema does not: operations under the
  /// first path segment of the schema's endpoints, and the component schemas that those
  /// operations and the webhooks named after that segment refer to.
  mutating func checkCoverage() {
    let prefixes = Set(schema.endpoints.compactMap(Self.areaPrefix))
    guard let anchor = schema.endpoints.first?.location ?? schema.types.first?.location else {
      return
    }
    let declared = Set(
      schema.endpoints.map {
        "\($0.method.rawValue.lowercased()) \(Self.placeholdersErased($0.path))"
      })
    var roots: [(pointer: String, location: SourceLocation, what: String)] = []
    for operation in operations {
      guard let prefix = Self.areaPrefix(operation.key), prefixes.contains(prefix) else { continue }
      let endpoint = schema.endpoints.first {
        $0.method.rawValue.lowercased() == operation.method
          && Self.placeholdersErased($0.path) == operation.path
      }
      if !declared.contains("\(operation.method) \(operation.path)") {
        report(
          "the spec's operation '\(operation.method.uppercased()) \(operation.key)' has no endpoint here",
          at: anchor, operation.pointer)
      }
      roots.append(
        (
          operation.pointer, endpoint?.location ?? anchor,
          "\(operation.method.uppercased()) \(operation.key)"
        ))
    }
    if case .object(let webhooks)? = document.value(at: "#/webhooks") {
      let words = Set(prefixes.map { String($0.dropFirst().prefix { $0 != "/" }) })
      for name in webhooks.keys.sorted() where words.contains(where: { name.hasPrefix($0) }) {
        roots.append(("#/webhooks/\(SpecSchema.escape(name))", anchor, "webhook \(name)"))
      }
    }
    var reported: Set<String> = []
    for root in roots {
      for component in referencedComponents(from: root.pointer)
      where !matchedComponents.contains(component) && reported.insert(component).inserted {
        report(
          "the spec's schema '\(component)', used by \(root.what), is described by no type here",
          at: root.location, OpenAPIDocument.componentPointer(component))
      }
    }
    for type in schema.types where !matchedTypes.contains(type.name) {
      report(
        "\(type.name) corresponds to no schema of the spec; name one with @spec(\"…\") or record why",
        at: type.location, "#/components/schemas")
    }
  }

  /// `/fine_tuning/jobs/{id}` → `/fine_tuning/`.
  static func areaPrefix(_ endpoint: Endpoint) -> String? { areaPrefix(endpoint.path) }

  static func areaPrefix(_ path: String) -> String? {
    let segment = path.dropFirst().prefix { $0 != "/" }
    return segment.isEmpty ? nil : "/\(segment)/"
  }

  /// Every component schema that the value at `pointer` refers to, directly or through others.
  private func referencedComponents(from pointer: String) -> [String] {
    var found: [String] = []
    var seen: Set<String> = []
    var pending: [JSON] = document.value(at: pointer).map { [$0] } ?? []
    var visitedPointers: Set<String> = [pointer]
    while let value = pending.popLast() {
      switch value {
      case .object(let members):
        if case .string(let ref)? = members["$ref"], visitedPointers.insert(ref).inserted {
          if let name = SpecSchema.componentName(ref), seen.insert(name).inserted {
            found.append(name)
          }
          if let target = document.value(at: ref) { pending.append(target) }
        }
        pending.append(
          contentsOf: members.filter { $0.key != "x-oaiMeta" && $0.key != "examples" }.values)
      case .array(let elements):
        pending.append(contentsOf: elements)
      default:
        continue
      }
    }
    return found.sorted()
  }
}
