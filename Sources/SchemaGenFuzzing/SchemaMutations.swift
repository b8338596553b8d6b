/// Random edits of schema text: the kinds of damage a hand-edited or hostile schema has.
/// Edits work on Unicode scalars, so every mutant is valid text, as the CLI requires.
public struct SchemaMutator {
  /// Text inserted at random places: the DSL's punctuation and keywords, names the generated
  /// code reserves, characters that end lines or literals, numbers at the edges of `Double`.
  static let fragments: [String] = [
    "{", "}", "[", "]", "(", ")", ":", "?", ",", "|", "=", "@", "\"", "\\", "\n", "\r", "\r\n",
    "\t", "\u{0}", "\u{2028}", "\u{202E}", "\u{FEFF}", "é", "𝔘", "名前", "//", "///", "/*", "*/",
    "object ", "enum ", "union ", "endpoint ", "example ", "resource ", " by \"type\" ",
    "null", "true", "unknown", "string", "int", "number", "bool", "\"auto\" | int", "[string: ",
    "self", "init", "Self", "Type", "hashValue", "additional_properties", "explicit_nulls",
    "rawValue", "knownCases", "none", "default", "AutoOr", "Endpoint", "Query", "CodingKeys",
    "@min(", "@max(1e999)", "@min(1e-400)", "@pattern(\"^(a+)+$\")", "@pattern(\"(?=a)\")",
    "@minLength(9) @maxLength(3)", "@deprecated(\"a\\nb\")", "@closed",
    "= \"a\\npublic let x = 1\"",
    "1e", "-", "01", "9223372036854775808", "1.7976931348623157e309", "-0", "0.5",
    "\\u0000", "\\u2028", "\\n", "\\\"", "\\(", "{id}", "{", "GET \"/a/{b\"", "paginated",
    "query after?: string", "query limit?: int", "path id: string", "response ", "body ",
    "rule a subsetOf b", "a_b", "aB", "a-b",
  ]

  public init() {}

  /// `text` with one to four random edits, sometimes with a span from `donor` spliced in.
  public func mutate(_ text: String, donor: String, using random: inout SplitMix64) -> String {
    var scalars = Array(text.unicodeScalars)
    let donorScalars = Array(donor.unicodeScalars)
    for _ in 0..<(1 + random.next(below: 4)) {
      edit(&scalars, donor: donorScalars, using: &random)
    }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars)
    return String(result)
  }

  private func edit(
    _ scalars: inout [Unicode.Scalar], donor: [Unicode.Scalar], using random: inout SplitMix64
  ) {
    let position = random.next(below: scalars.count + 1)
    let span = min(scalars.count - position, 1 + random.next(below: 40))
    switch random.next(below: 9) {
    case 0:
      scalars.removeSubrange(position..<(position + span))
    case 1:
      scalars.insert(contentsOf: scalars[position..<(position + span)], at: position)
    case 2, 3:
      scalars.insert(contentsOf: random.element(of: Self.fragments).unicodeScalars, at: position)
    case 4:
      guard !donor.isEmpty else { return }
      let start = random.next(below: donor.count)
      let end = min(donor.count, start + 1 + random.next(below: 200))
      scalars.insert(contentsOf: donor[start..<end], at: position)
    case 5:
      let depth = random.element(of: [2, 9, 65, 300, 20_000])
      let (open, close) = random.element(of: [("[", "]"), ("{\"a\": ", "}"), ("(", ")")])
      let nested =
        String(repeating: open, count: depth) + "1"
        + String(repeating: close, count: random.next(below: 2) == 0 ? depth : depth / 2)
      scalars.insert(contentsOf: nested.unicodeScalars, at: position)
    case 6:
      let name = String(
        repeating: random.element(of: ["a", "é", "_", "1"]),
        count: random.element(of: [1, 255, 257, 5_000]))
      scalars.insert(contentsOf: name.unicodeScalars, at: position)
    case 7:
      if position < scalars.count {
        let value = UInt32(random.next(below: 0x80))
        scalars[position] = Unicode.Scalar(value) ?? " "
      }
    default:
      scalars.removeSubrange(position...)
    }
  }
}
