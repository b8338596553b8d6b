import Foundation
import OpenAIFineTuning
import Testing

/// Mutates the valid payloads (drop, duplicate, retype, truncate, deepen) and decodes and
/// validates each: nothing may crash or hang, and every failure must be a `DecodingError`.
/// Bounded and seeded, so a failure reproduces.
@Suite("Fuzzing")
struct FuzzTests {
  static let mutationsPerPayload = 300

  @Test func mutatedPayloadsNeverCrash() throws {
    var random = SplitMix64(seed: 0x5EED_F17E)
    var tried = 0
    var decoded = 0
    var rejected = 0
    for fixture in Fixture.all(in: "valid") {
      let type = try #require(PayloadType.byOpenAIName[fixture.schema])
      let data = try fixture.data
      let json = try JSON(data: data)
      for _ in 0..<Self.mutationsPerPayload {
        let payload: Data
        if random.next(below: 6) == 0 {
          payload = data.prefix(random.next(below: data.count))
        } else {
          payload = try JSONEncoder().encode(json.mutated(using: &random))
        }
        tried += 1
        do {
          let value = try type.decode(payload)
          _ = value.violations()
          _ = try JSONEncoder().encode(value)
          decoded += 1
        } catch is DecodingError {
          rejected += 1
        } catch {
          Issue.record("\(fixture.file): not a DecodingError: \(error)")
        }
      }
    }
    print(
      "fuzz: \(tried) payloads tried, \(decoded) decoded and validated, \(rejected) rejected with a DecodingError, 0 crashes"
    )
    #expect(tried == Fixture.all(in: "valid").count * Self.mutationsPerPayload)
    #expect(decoded > 0 && rejected > 0)
  }
}

/// A small seeded generator (SplitMix64), so every run mutates the same way.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func next(below bound: Int) -> Int {
    bound <= 0 ? 0 : Int(next() % UInt64(bound))
  }
}

extension JSON {
  /// The value with one random change somewhere inside it.
  func mutated(using random: inout SplitMix64) -> JSON {
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

  /// A value of another type, or this value nested deeply.
  private func replacement(using random: inout SplitMix64) -> JSON {
    switch random.next(below: 9) {
    case 0: return .null
    case 1: return .bool(random.next(below: 2) == 0)
    case 2: return .integer(Int(truncatingIfNeeded: random.next()))
    case 3: return .number(Double(random.next(below: 2_000_001)) / 1_000 - 1_000)
    case 4:
      return .string(["", "auto", "x", String(repeating: "y", count: 600)][random.next(below: 4)])
    case 5: return .array([self])
    case 6: return .object(["type": self])
    case 7:
      var deep = self
      for _ in 0..<(1 + random.next(below: 200)) { deep = .array([deep]) }
      return deep
    default: return .integer(-1)
    }
  }
}
