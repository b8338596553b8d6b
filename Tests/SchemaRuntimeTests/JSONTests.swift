import Foundation
import SchemaRuntime
import Testing

/// `JSON` and `AutoOr` read every value the way it was sent and write it back unchanged.
@Suite("JSON values")
struct JSONTests {
  private func decode<Value: Decodable>(_ type: Value.Type, _ text: String) throws -> Value {
    try JSONDecoder().decode(type, from: Data(text.utf8))
  }

  @Test func everyKindIsReadAsSent() throws {
    let value = try decode(
      JSON.self,
      #"{"n": null, "t": true, "f": false, "i": -3, "d": 0.25, "s": "x", "a": [1, "b", null, [], {}], "o": {"k": {"deep": [false]}}}"#
    )
    #expect(
      value == [
        "n": nil, "t": true, "f": false, "i": -3, "d": 0.25, "s": "x",
        "a": [1, "b", nil, [], [:]], "o": ["k": ["deep": [false]]],
      ])
  }

  @Test func numbersKeepTheirKind() throws {
    #expect(try decode(JSON.self, "1") == .integer(1))
    #expect(try decode(JSON.self, "1.5") == .number(1.5))
    #expect(try decode(JSON.self, "-0.5") == .number(-0.5))
    #expect(try decode(JSON.self, "9007199254740993") == .integer(9_007_199_254_740_993))
    #expect(try decode(JSON.self, "-9223372036854775808") == .integer(Int.min))
    #expect(try decode(JSON.self, "18446744073709551616") == .number(18_446_744_073_709_551_616))
  }

  @Test func valuesRoundTrip() throws {
    let texts = [
      #"{"b": [1, 2.5, "c", null, true], "a": {"x": {}}, "e": []}"#, #"[null, false, -7]"#,
      #""text""#, "null", "12", "0.125",
    ]
    for text in texts {
      let value = try decode(JSON.self, text)
      let again = try JSONDecoder().decode(JSON.self, from: JSONEncoder().encode(value))
      #expect(again == value, "\(text)")
    }
  }

  @Test func autoOrReadsAutoOrItsValue() throws {
    #expect(try decode([AutoOr<Int>].self, #"["auto", 3]"#) == [.auto, .value(3)])
    #expect(try decode([AutoOr<Double>].self, #"[0.5, "auto"]"#) == [.value(0.5), .auto])
    let error = try #require(throws: DecodingError.self) {
      try decode([AutoOr<Int>].self, #"[1, "many"]"#)
    }
    guard case .dataCorrupted(let context) = error else {
      Issue.record("expected dataCorrupted, got \(error)")
      return
    }
    #expect(context.codingPath.map(\.intValue) == [1])
    #expect(context.debugDescription == #"Expected "auto" or Int, found "many"."#)
  }

  @Test func autoOrAnchorsAFractionWhereAnIntegerBelongs() throws {
    let error = try #require(throws: DecodingError.self) {
      try decode([AutoOr<Int>].self, "[8.5]")
    }
    guard case .dataCorrupted(let context) = error else {
      Issue.record("expected dataCorrupted, got \(error)")
      return
    }
    #expect(context.codingPath.map(\.intValue) == [0])
  }
}
