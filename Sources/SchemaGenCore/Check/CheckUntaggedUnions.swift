extension Checker {
  /// An untagged union decodes by trying its variants in order, so two things can go wrong that
  /// a compiler would not notice: a variant that is itself (through other untagged unions) would
  /// be tried forever on the same JSON, and a variant after one that accepts every value it
  /// accepts would never be chosen, so its values would come back as the earlier case.
  mutating func checkUntaggedUnions() {
    for union in unions.values.sorted(by: { $0.location < $1.location }) where union.tag == nil {
      if loopsWithoutConsuming(union.name) {
        diagnostics.error(
          "union '\(union.name)' is one of its own variants, directly or through other untagged unions, so decoding it would never end; put an object, an array or a map between them",
          at: union.location)
        continue
      }
      for (index, variant) in union.variants.enumerated() {
        guard
          let earlier = union.variants[..<index].first(where: {
            accepts($0.type, everyValueOf: variant.type)
          })
        else { continue }
        diagnostics.error(
          "case '\(variant.name)' of union '\(union.name)' can never be decoded: case '\(earlier.name)' before it accepts every value '\(variant.type.spelling)' does; put the narrower case first or remove one",
          at: variant.location,
          notes: [.init("case '\(earlier.name)' is here", at: earlier.location)])
      }
    }
  }

  /// Whether decoding `name` can reach `name` again on the same JSON value: through variants
  /// that are untagged unions themselves, with no object, array or map in between.
  private func loopsWithoutConsuming(_ name: String) -> Bool {
    var visited: Set<String> = []
    var stack = [name]
    while let current = stack.popLast() {
      for variant in unions[current]?.variants ?? [] {
        guard case .named(let next) = variant.type, unions[next]?.tag == nil,
          unions[next] != nil
        else { continue }
        if next == name { return true }
        if visited.insert(next).inserted { stack.append(next) }
      }
    }
    return false
  }

  /// Whether every JSON value that decodes as `narrow` also decodes as `wide`, as far as that
  /// can be told from the types; `false` when unsure.
  func accepts(_ wide: TypeReference, everyValueOf narrow: TypeReference, depth: Int = 0) -> Bool {
    guard depth < Limits.typeNesting * 2 else { return false }
    if wide == narrow { return true }
    let next = depth + 1
    if case .named(let name) = narrow, let union = unions[name], union.tag == nil {
      return union.variants.allSatisfy { accepts(wide, everyValueOf: $0.type, depth: next) }
    }
    switch wide {
    case .json:
      return true
    case .string:
      return narrow.isOpenString(enums)
    case .named(let name) where enums[name] != nil:
      return narrow.isOpenString(enums)
    case .number:
      return narrow == .integer
    case .autoOr(let primitive):
      return accepts(primitive.type, everyValueOf: narrow, depth: next)
    case .array(let element):
      guard case .array(let other) = narrow else { return false }
      return accepts(element, everyValueOf: other, depth: next)
    case .map(let value):
      if case .map(let other) = narrow { return accepts(value, everyValueOf: other, depth: next) }
      return value == .json && isObjectShaped(narrow)
    case .named(let name):
      if let union = unions[name], union.tag == nil {
        return union.variants.contains { accepts($0.type, everyValueOf: narrow, depth: next) }
      }
      guard let object = objects[name] else { return false }
      return isObjectShaped(narrow)
        && object.fields.allSatisfy { $0.isOptional && $0.type == .json }
    default:
      return false
    }
  }

  /// Decodes from JSON objects only.
  private func isObjectShaped(_ type: TypeReference) -> Bool {
    switch type {
    case .map: return true
    case .named(let name): return objects[name] != nil || unions[name]?.tag != nil
    default: return false
    }
  }
}

extension TypeReference {
  /// Decodes from any JSON string: `string` and the open enums.
  fileprivate func isOpenString(_ enums: [String: EnumType]) -> Bool {
    switch self {
    case .string: true
    case .named(let name): enums[name] != nil
    default: false
    }
  }
}
