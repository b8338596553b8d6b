import SchemaRuntime
import Testing

/// `@pattern` regular expressions: ECMAScript syntax, whole-string matches, linear time.
@Suite("Patterns")
struct PatternTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var pattern: String
    var matches: [String]
    var rejects: [String]
    var testDescription: String { "/\(pattern)/" }
  }

  // Expected results agree with ECMAScript (checked against Python's re.fullmatch, which reads
  // these patterns the same way).
  static let cases: [Case] = [
    Case(pattern: "^[a-z0-9-]+$", matches: ["abc-1", "-", "a"], rejects: ["", "A", "foo bar"]),
    Case(pattern: "a|b", matches: ["a", "b"], rejects: ["ab", ""]),
    Case(pattern: "(a|b)*c", matches: ["c", "abc", "bac"], rejects: ["ab", "ca"]),
    Case(pattern: "^(a+)+$", matches: ["a", "aaaa"], rejects: ["", "aab"]),
    Case(pattern: "a{2,3}", matches: ["aa", "aaa"], rejects: ["a", "aaaa"]),
    Case(pattern: "a{2}", matches: ["aa"], rejects: ["a", "aaa"]),
    Case(pattern: "a{2,}", matches: ["aa", "aaaa"], rejects: ["a"]),
    Case(pattern: "a{0}", matches: [""], rejects: ["a"]),
    Case(pattern: "x{", matches: ["x{"], rejects: ["x"]),
    Case(pattern: "\\d+\\.\\d*", matches: ["1.5", "12."], rejects: ["1", ".5"]),
    Case(pattern: "[^abc]+", matches: ["xyz", " "], rejects: ["ab", ""]),
    Case(pattern: "[\\w-]+", matches: ["abc-1", "A"], rejects: ["foo bar", "\\"]),
    Case(pattern: "\\bfoo\\b", matches: ["foo"], rejects: ["foox"]),
    Case(pattern: "(?:ab)+", matches: ["ab", "abab"], rejects: ["a", "aba"]),
    Case(pattern: "(?<n>ab)?c", matches: ["c", "abc"], rejects: ["ac"]),
    Case(pattern: "[a-]", matches: ["a", "-"], rejects: ["b"]),
    Case(pattern: "[\\s\\S]", matches: ["a", " ", "\n"], rejects: ["", "ab"]),
    Case(pattern: "a.c", matches: ["abc", "a c"], rejects: ["a\nc", "ac"]),
    Case(pattern: "\\u0041\\x41+", matches: ["AA", "AAA"], rejects: ["A"]),
    Case(pattern: "", matches: [""], rejects: ["a"]),
    Case(pattern: "(a*)*", matches: ["", "aaa"], rejects: ["b"]),
    Case(pattern: "(a|)+b", matches: ["b", "aab"], rejects: ["a"]),
    Case(pattern: "[\\d.]+e[+-]?\\d+", matches: ["1.5e-3", "12.e3"], rejects: ["1.5"]),
    Case(pattern: "ft:[a-z0-9-]+:[a-z]*", matches: ["ft:gpt-4:abc"], rejects: ["ft:gpt-4"]),
    Case(pattern: "[]a]", matches: [], rejects: ["a", "]"]),
    Case(pattern: "(ab|a)(bc|c)", matches: ["abc", "abbc"], rejects: ["ab"]),
    Case(pattern: "\\/\\\\", matches: ["/\\"], rejects: ["/"]),
    Case(pattern: "é+", matches: ["éé"], rejects: ["e"]),
  ]

  @Test(arguments: cases) func matchesTheWholeString(_ testCase: Case) throws {
    let pattern = try Pattern(testCase.pattern)
    for string in testCase.matches {
      #expect(
        pattern.matches(string), "/\(testCase.pattern)/ should match \(string.debugDescription)")
    }
    for string in testCase.rejects {
      #expect(
        !pattern.matches(string),
        "/\(testCase.pattern)/ should not match \(string.debugDescription)")
    }
  }

  @Test(arguments: [
    ("(?=a)", "look-around and other '(?' groups are not supported (at offset 0)"),
    ("(a)\\1", "back-references are not supported (at offset 3)"),
    ("a**", "a repetition cannot be repeated again; put it in a group (at offset 1)"),
    ("a{3,2}", "the repetition {3,2} has its bounds in the wrong order (at offset 1)"),
    ("a{1001}", "repetitions count to at most 1000 (at offset 1)"),
    (
      "((a{1000}){1000})",
      "the pattern is too large once its repetitions are expanded (over 20000 steps) (at offset 0)"
    ),
    ("(a", "'(' is not closed (at offset 0)"),
    ("a)", "unmatched ')' (at offset 1)"),
    ("[a", "'[' is not closed (at offset 0)"),
    ("[z-a]", "the range is in the wrong order (at offset 4)"),
    ("*a", "'*' has nothing to repeat (at offset 0)"),
    ("\\p{L}", "'\\p' is not supported (at offset 0)"),
    (
      String(repeating: "(", count: 100) + "a" + String(repeating: ")", count: 100),
      "groups nested more than 64 deep (at offset 64)"
    ),
  ])
  func unsupportedOrInvalidPatternsAreReported(_ source: String, _ message: String) {
    #expect(throws: PatternError.self) { try Pattern(source) }
    do {
      _ = try Pattern(source)
    } catch {
      #expect(error.description == message)
    }
  }

  /// The pattern that makes a backtracking matcher take exponential time.
  @Test func catastrophicPatternsStayLinear() throws {
    let pattern = try Pattern("^(a+)+$")
    #expect(!pattern.matches(String(repeating: "a", count: 50_000) + "!"))
    #expect(try !Pattern("(a|aa)*b").matches(String(repeating: "a", count: 50_000)))
  }
}
