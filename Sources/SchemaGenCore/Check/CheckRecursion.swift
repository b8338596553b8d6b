extension Checker {
  /// Named types a type mentions; `throughCollections` includes those inside arrays and maps.
  private func references(in type: TypeReference, throughCollections: Bool) -> [String] {
    switch type {
    case .named(let name): [name]
    case .array(let element), .map(let element):
      throughCollections ? references(in: element, throughCollections: true) : []
    default: []
    }
  }

  private func directReferences(of name: String, throughCollections: Bool) -> [String] {
    if let object = objects[name] {
      return object.fields.flatMap {
        references(in: $0.type, throughCollections: throughCollections)
      }
    }
    if let union = unions[name] {
      return union.variants.flatMap {
        references(in: $0.type, throughCollections: throughCollections)
      }
    }
    return []
  }

  private func reaches(_ target: String, from start: String, throughCollections: Bool) -> Bool {
    var visited: Set<String> = []
    var stack = directReferences(of: start, throughCollections: throughCollections)
    while let name = stack.popLast() {
      if name == target { return true }
      guard visited.insert(name).inserted else { continue }
      if !throughCollections, unions[name] != nil { continue }
      stack += directReferences(of: name, throughCollections: throughCollections)
    }
    return false
  }

  /// A union that contains itself is stored `indirect`.
  mutating func markRecursiveUnions() {
    for name in unions.keys.sorted() where reaches(name, from: name, throughCollections: true) {
      unions[name]?.isRecursive = true
    }
  }

  /// A struct cannot contain itself directly: an array, a map or a union must come between.
  mutating func checkObjectRecursion() {
    for object in objects.values.sorted(by: { $0.location < $1.location })
    where reaches(object.name, from: object.name, throughCollections: false) {
      diagnostics.error(
        "object '\(object.name)' contains itself; put an array, a map or a union between them",
        at: object.location)
    }
  }
}
