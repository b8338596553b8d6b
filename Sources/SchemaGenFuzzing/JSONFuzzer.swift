import Foundation
import OpenAIFineTuning

/// Mutates payloads and runs each through what a user does with it: decode, validate, encode,
/// decode again. Nothing may crash; every failure must be a `DecodingError`; every value that
/// decodes must come back equal after encoding (the types are lossless).
public struct JSONFuzzer {
  public struct Payload: Sendable {
    public var name: String
    public var data: Data
    public var type: PayloadType

    public init(name: String, data: Data, type: PayloadType) {
      self.name = name
      self.data = data
      self.type = type
    }
  }

  public struct Report: Sendable, CustomStringConvertible {
    public var cases = 0
    public var decoded = 0
    public var rejected = 0
    public var violations = 0
    public var failures: [String] = []

    public var description: String {
      "\(cases) mutated payloads: \(decoded) decoded, validated (\(violations) violations) and round-tripped, \(rejected) rejected with a DecodingError; \(failures.count) failures"
    }
  }

  public let payloads: [Payload]
  public let seed: UInt64

  public init(payloads: [Payload], seed: UInt64) {
    self.payloads = payloads
    self.seed = seed
  }

  public func run(cases count: Int, progress: ((Report) -> Void)? = nil) -> Report {
    var report = Report()
    let parsed = payloads.map { try? JSONDecoder().decode(JSON.self, from: $0.data) }
    for number in 0..<count {
      var random = SplitMix64(seed: seed &+ UInt64(number) &* 0x9E37_79B9)
      let index = random.next(below: payloads.count)
      let payload = payloads[index]
      let data: Data
      if random.next(below: 6) == 0 || parsed[index] == nil {
        data = payload.data.prefix(random.next(below: payload.data.count))
      } else {
        var json = parsed[index]!
        for _ in 0..<(1 + random.next(below: 3)) { json = json.mutated(using: &random) }
        data = (try? JSONEncoder().encode(json)) ?? payload.data
      }
      report.cases += 1
      do {
        let value = try payload.type.decode(data)
        report.violations += value.violations().count
        let again = try payload.type.decode(JSONEncoder().encode(value))
        if !payload.type.equal(value, again) {
          report.failures.append(
            "case \(number) (seed \(seed), \(payload.name)): not equal after encoding and decoding again: \(String(decoding: data, as: UTF8.self).prefix(300))"
          )
        }
        report.decoded += 1
      } catch is DecodingError {
        report.rejected += 1
      } catch {
        report.failures.append(
          "case \(number) (seed \(seed), \(payload.name)): not a DecodingError: \(error)")
      }
      if number % 10_000 == 9_999 { progress?(report) }
    }
    return report
  }
}
