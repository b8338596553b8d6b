extension Checker {
  /// Pushes the named types a type mentions; `throughCollections`, those inside arrays and maps
  /// too.
  private func pushReferences(
    in type: TypeReference, throughCollections: Bool, onto stack: inout [String]
  ) {
    switch type {
    case .named(let name): stack.append(name)
    case .array(let element), .map(let element):
      if throughCollections { pushReferences(in: element, throughCollections: true, onto: &stack) }
    default: break
    }
  }

  /// Pushes the named types the fields or variants of `name` mention.
  private func pushDirectReferences(
    of name: String, throughCollections: Bool, onto stack: inout [String]
  ) {
    if let object = objects[name] {
      for field in object.fields {
        pushReferences(in: field.type, throughCollections: throughCollections, onto: &stack)
      }
    } else if let union = unions[name] {
      for variant in union.variants {
        pushReferences(in: variant.type, throughCollections: throughCollections, onto: &stack)
      }
    }
  }

  private func reaches(_ target: String, from start: String, throughCollections: Bool) -> Bool {
    var visited: Set<String> = []
    var stack: [String] = []
    pushDirectReferences(of: start, throughCollections: throughCollections, onto: &stack)
    while let name = stack.popLast() {
      if name == target { return true }
      guard visited.insert(name).inserted else { continue }
      if !throughCollections, unions[name] != nil { continue }
      pushDirectReferences(of: name, throughCollections: throughCollections, onto: &stack)
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
