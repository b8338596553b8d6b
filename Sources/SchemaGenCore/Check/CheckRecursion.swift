extension Checker {
  /// A union that contains itself, through any fields, variants, arrays and maps, is stored
  /// `indirect`.
  mutating func markRecursiveUnions() {
    // In any order: which types are on a cycle does not depend on it.
    let onCycles = typesOnCycles(Array(unions.keys) + Array(objects.keys)) { name in
      let types =
        objects[name]?.fields.map(\.type) ?? unions[name]?.variants.map(\.type) ?? []
      return types.flatMap(\.namedTypes)
    }
    for name in onCycles where unions[name] != nil {
      unions[name]?.isRecursive = true
    }
  }

  /// A struct cannot contain itself directly: an array, a map or a union must come between.
  mutating func checkObjectRecursion() {
    let sorted = objects.values.sorted { $0.location < $1.location }
    let onCycles = typesOnCycles(sorted.map(\.name)) { name in
      objects[name]?.fields.compactMap { field in
        guard case .named(let type) = field.type else { return nil }
        return type
      } ?? []
    }
    for object in sorted where onCycles.contains(object.name) {
      diagnostics.error(
        "object '\(object.name)' contains itself; put an array, a map or a union between them",
        at: object.location)
    }
  }

  /// The types among `types` that reach themselves through `references` (names outside
  /// `types` lead nowhere): the members of strongly connected components of more than one
  /// type, and types that refer to themselves. Tarjan's algorithm, with a stack of its own
  /// rather than recursion, so a chain of thousands of types takes linear time and no call
  /// stack.
  func typesOnCycles(_ types: [String], references: (String) -> [String]) -> Set<String> {
    var number: [String: Int] = [:]
    number.reserveCapacity(types.count)
    for (index, name) in types.enumerated() { number[name] = index }
    let edges = types.map { references($0).compactMap { number[$0] } }

    let unvisited = -1
    var order = [Int](repeating: unvisited, count: types.count)
    var lowest = [Int](repeating: 0, count: types.count)
    var inComponent = [Bool](repeating: false, count: types.count)
    var component: [Int] = []
    var onCycles: Set<String> = []
    // The types being visited, each with the position of the next reference to follow.
    var path: [(type: Int, next: Int)] = []
    var visited = 0

    func enter(_ type: Int) {
      order[type] = visited
      lowest[type] = visited
      visited += 1
      component.append(type)
      inComponent[type] = true
      path.append((type, 0))
    }

    for root in types.indices where order[root] == unvisited {
      enter(root)
      while let (type, next) = path.last {
        if next < edges[type].count {
          path[path.count - 1].next += 1
          let target = edges[type][next]
          if order[target] == unvisited {
            enter(target)
          } else if inComponent[target] {
            lowest[type] = min(lowest[type], order[target])
          }
          continue
        }
        path.removeLast()
        if let parent = path.last?.type { lowest[parent] = min(lowest[parent], lowest[type]) }
        guard lowest[type] == order[type] else { continue }
        // `type` is the first of its component to be visited: the component is it and every
        // type entered after it that is still in one.
        let start = component.lastIndex(of: type)!
        let members = component[start...]
        if members.count > 1 || edges[type].contains(type) {
          onCycles.formUnion(members.map { types[$0] })
        }
        for member in members { inComponent[member] = false }
        component.removeSubrange(start...)
      }
    }
    return onCycles
  }
}
