import OpenAIFineTuning

extension JSON {
  /// The value with one random change somewhere inside it: a property dropped, duplicated or
  /// changed, an element dropped, duplicated or changed, or a value of another type.
  public func mutated(using random: inout SplitMix64) -> JSON {
    switch self {
    case .object(var members) where !members.isEmpty && random.next(below: 3) != 0:
      let keys = members.keys.sorted()
      let key = keys[random.next(below: keys.count)]
      switch random.next(below: 4) {
      case 0: members[key] = nil
      case 1: members[key + "_copy"] = members[key]
      default: members[key] = members[key]!.mutated(using: &random)
      }
      return .object(members)
    case .array(var elements) where !elements.isEmpty && random.next(below: 3) != 0:
      let index = random.next(below: elements.count)
      switch random.next(below: 4) {
      case 0: elements.remove(at: index)
      case 1: elements.insert(elements[index], at: index)
      default: elements[index] = elements[index].mutated(using: &random)
      }
      return .array(elements)
    default:
      return replacement(using: &random)
    }
  }

  /// A value of another type, a value at the edge of its type, or this value nested deeply.
  private func replacement(using random: inout SplitMix64) -> JSON {
    switch random.next(below: 11) {
    case 0: return .null
    case 1: return .bool(random.next(below: 2) == 0)
    case 2: return .integer(Int(truncatingIfNeeded: random.next()))
    case 3: return .number(Double(random.next(below: 2_000_001)) / 1_000 - 1_000)
    case 4:
      return .string(
        random.element(of: [
          "", "auto", "x", String(repeating: "y", count: 600), "unknown", "none", "\u{0}\n\u{2028}",
          "é", "\"}", "ftjob-abc",
        ]))
    case 5: return .array([self])
    case 6: return .object(["type": self])
    case 7:
      var deep = self
      for _ in 0..<(1 + random.next(below: 200)) { deep = .array([deep]) }
      return deep
    case 8:
      return .number(
        random.element(of: [
          .greatestFiniteMagnitude, -0.0, .leastNonzeroMagnitude, 0.5, 1e15,
          Double(9_007_199_254_740_993 as Int),
        ]))
    case 9: return .integer(random.element(of: [Int.max, Int.min, 0, -1]))
    default: return .integer(-1)
    }
  }
}
