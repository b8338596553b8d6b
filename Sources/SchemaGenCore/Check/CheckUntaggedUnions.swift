extension Checker {
  /// An untagged union decodes by trying its variants in order, so two things can go wrong that
  /// a compiler would not notice: a variant that is itself (through other untagged unions) would
  /// be tried forever on the same JSON, and a variant after one that accepts every value it
  /// accepts would never be chosen, so its values would come back as the earlier case.
  mutating func checkUntaggedUnions() {
    let untagged = unions.values.filter { $0.tag == nil }.sorted { $0.location < $1.location }
    // Decoding a union that reaches itself through variants that are untagged unions, with no
    // object, array or map in between, would try it again on the same JSON value.
    let loops = typesOnCycles(untagged.map(\.name)) { name in
      unions[name]?.variants.compactMap { variant in
        guard case .named(let next) = variant.type else { return nil }
        return next
      } ?? []
    }
    var acceptance: [Acceptance: Bool] = [:]
    for union in untagged {
      if loops.contains(union.name) {
        diagnostics.error(
          "union '\(union.name)' is one of its own variants, directly or through other untagged unions, so decoding it would never end; put an object, an array or a map between them",
          at: union.location)
        continue
      }
      for (index, variant) in union.variants.enumerated() {
        guard
          let earlier = union.variants[..<index].first(where: {
            accepts($0.type, everyValueOf: variant.type, known: &acceptance)
          })
        else { continue }
        diagnostics.error(
          "case '\(variant.name)' of union '\(union.name)' can never be decoded: case '\(earlier.name)' before it accepts every value '\(variant.type.spelling)' does; put the narrower case first or remove one",
          at: variant.location,
          notes: [.init("case '\(earlier.name)' is here", at: earlier.location)])
      }
    }
  }

  /// A question ``accepts(_:everyValueOf:known:depth:)`` has answered.
  struct Acceptance: Hashable {
    var wide: TypeReference
    var narrow: TypeReference
    var depth: Int
  }

  /// Whether every JSON value that decodes as `narrow` also decodes as `wide`, as far as that
  /// can be told from the types; `false` when unsure. Unions of unions branch at every level,
  /// so each answer is kept in `known`: without them, one question could take 2^16 steps.
  func accepts(
    _ wide: TypeReference, everyValueOf narrow: TypeReference,
    known: inout [Acceptance: Bool], depth: Int = 0
  ) -> Bool {
    guard depth < Limits.typeNesting * 2 else { return false }
    if wide == narrow { return true }
    let question = Acceptance(wide: wide, narrow: narrow, depth: depth)
    if let answer = known[question] { return answer }
    let answer = answer(wide, everyValueOf: narrow, known: &known, depth: depth)
    known[question] = answer
    return answer
  }

  private func answer(
    _ wide: TypeReference, everyValueOf narrow: TypeReference,
    known: inout [Acceptance: Bool], depth: Int
  ) -> Bool {
    func accepts(_ wide: TypeReference, everyValueOf narrow: TypeReference) -> Bool {
      self.accepts(wide, everyValueOf: narrow, known: &known, depth: depth + 1)
    }
    if case .named(let name) = narrow, let union = unions[name], union.tag == nil {
      return union.variants.allSatisfy { accepts(wide, everyValueOf: $0.type) }
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
      return accepts(primitive.type, everyValueOf: narrow)
    case .array(let element):
      guard case .array(let other) = narrow else { return false }
      return accepts(element, everyValueOf: other)
    case .map(let value):
      if case .map(let other) = narrow { return accepts(value, everyValueOf: other) }
      return value == .json && isObjectShaped(narrow)
    case .named(let name):
      if let union = unions[name], union.tag == nil {
        return union.variants.contains { accepts($0.type, everyValueOf: narrow) }
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
