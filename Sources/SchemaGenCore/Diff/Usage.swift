/// Which way each type travels: in requests (clients send it), in responses (clients read it),
/// or both. Types no endpoint reaches (webhook payloads, say) count as both.
struct Usage {
  enum Direction: Hashable {
    case request, response
  }

  private var directions: [String: Set<Direction>] = [:]

  init(_ schema: Schema) {
    for endpoint in schema.endpoints {
      var requestRoots = endpoint.parameters.flatMap(\.field.type.namedTypes)
      requestRoots += endpoint.body?.namedTypes ?? []
      mark(requestRoots, .request, in: schema)
      mark(endpoint.response.namedTypes, .response, in: schema)
    }
  }

  private mutating func mark(_ roots: [String], _ direction: Direction, in schema: Schema) {
    var stack = roots
    while let name = stack.popLast() {
      guard directions[name, default: []].insert(direction).inserted else { continue }
      switch schema[type: name] {
      case .object(let object)?: stack += object.fields.flatMap(\.type.namedTypes)
      case .union(let union)?: stack += union.variants.flatMap(\.type.namedTypes)
      default: continue
      }
    }
  }

  func directions(of name: String) -> Set<Direction> {
    let found = directions[name] ?? []
    return found.isEmpty ? [.request, .response] : found
  }
}
