import SchemaGenCore

/// Random schemas written from the DSL's grammar, with names and literals drawn from the hard
/// cases (keywords, reserved and generated names, other scripts, escapes, numbers at the edges).
/// Where mutation mostly finds what `check` rejects, these are mostly accepted, so that what
/// they generate can be compiled.
public struct RandomSchemas {
  /// JSON names of fields, enum values, tags and parameters.
  static let names: [String] = [
    "id", "type", "name", "self", "Self", "init", "deinit", "subscript", "default", "case",
    "class", "struct", "protocol", "Type", "Protocol", "Any", "in", "is", "as", "where", "await",
    "async", "some", "any", "throws", "rethrows", "nil", "true", "false", "super", "let", "var",
    "func", "internal", "inout", "unknown", "knownCases", "rawValue", "hashValue", "hash", "none",
    "description", "debugDescription", "encode", "decoder", "encoder", "container", "path",
    "query", "body", "items", "queryItems", "method", "pathTemplate", "url", "next", "violations",
    "validate", "collectViolations", "additional_properties", "explicit_nulls", "x_is_present",
    "raw_value", "string_value", "int_value", "all_cases", "coding_keys", "value", "1st",
    "2nd_place", "名前", "café", "naïve", "а", "ǅemo", "first name", "a.b", "$ref", "@type",
    "a\u{200B}b", "λ", "Ⅻ", "x_", "_x", "after", "limit", "has_more", "data", "new\nline",
    "quote\"d", "back\\slash", "\u{2028}sep", "tab\tbed",
  ]

  static let identifiers: [String] = [
    "a", "self", "init", "unknown", "knownCases", "none", "rawValue", "default", "Type", "value",
    "hashValue", "case", "in", "x1", "_private", "camelCase", "snake_case", "UPPER",
  ]

  static let strings: [String] = [
    "", "a", "a\npublic static let injected = 1\n//", "\r", "\u{0}", "\u{2028}\u{2029}",
    "\u{202E}evil", "\\(boom)", "#\"raw\"#", "\"\"\"", "*/ /*", "-->", "é", "𝔘", "\u{85}",
  ]

  static let numbers: [String] = [
    "0", "-1", "1", "20", "9007199254740992", "-9223372036854775808", "9223372036854775807",
    "0.5", "-0", "1e300", "1.7976931348623157e308", "2.2250738585072014e-308", "1e-7",
  ]

  public let seed: UInt64

  public init(seed: UInt64) { self.seed = seed }

  /// The schema files of case `number`.
  public func sources(ofCase number: Int) -> [SourceFile] {
    var writer = Writer(random: SplitMix64(seed: seed &+ UInt64(number) &* 0x9E37_79B9))
    return [SourceFile(path: "Random\(number).schema", text: writer.file())]
  }

  private struct Writer {
    var random: SplitMix64
    var lines: [String] = []
    var objectNames: [String] = []
    var enumNames: [String] = []

    mutating func file() -> String {
      lines.append("/// \(literal(random.element(of: RandomSchemas.strings)))")
      lines.append("resource \(literal("Random " + random.element(of: RandomSchemas.strings)))")
      for number in 0..<(1 + random.next(below: 3)) {
        let name = "E\(number)"
        enumNames.append(name)
        lines.append(deprecation())
        lines.append("enum \(name) {")
        var values = Set<String>()
        for _ in 0..<(1 + random.next(below: 5)) {
          values.insert(random.element(of: RandomSchemas.names))
        }
        for value in values.sorted() { lines.append("  \(literal(value))") }
        lines.append("}")
      }
      for number in 0..<(1 + random.next(below: 4)) { object("O\(number)") }
      taggedUnion()
      untaggedUnion()
      endpoint()
      return lines.filter { !$0.isEmpty }.joined(separator: "\n") + "\n"
    }

    mutating func object(_ name: String) {
      objectNames.append(name)
      lines.append("/// " + random.element(of: RandomSchemas.strings).replacingLineBreaks)
      lines.append("object \(name) {")
      var used = Set<String>()
      for _ in 0..<(random.next(below: 7)) {
        let field = random.element(of: RandomSchemas.names)
        guard used.insert(field).inserted else { continue }
        lines.append("  \(literal(field))\(fieldRest())")
      }
      lines.append("}")
    }

    /// `?: type = default @constraints` after a field name.
    mutating func fieldRest() -> String {
      let optional = random.next(below: 2) == 0
      switch random.next(below: 9) {
      case 0:
        let value = random.element(of: RandomSchemas.strings)
        return "\(optional ? "?" : ""): string" + (optional ? " = \(literal(value))" : "")
          + (random.next(below: 3) == 0 ? " @maxLength(64)" : "")
      case 1:
        return "\(optional ? "?" : ""): int"
          + (optional ? " = \(random.element(of: ["0", "-9223372036854775808", "20"]))" : "")
          + (random.next(below: 2) == 0 ? " @min(-9007199254740992) @max(9007199254740992)" : "")
      case 2:
        return "\(optional ? "?" : ""): number"
          + (optional ? " = \(random.element(of: RandomSchemas.numbers))" : "")
      case 3: return "\(optional ? "?" : ""): bool | null"
      case 4: return "\(optional ? "?" : ""): \(literal(random.element(of: RandomSchemas.names)))"
      case 5 where !enumNames.isEmpty:
        return "\(optional ? "?" : ""): [\(random.element(of: enumNames))]"
      case 6 where !objectNames.isEmpty:
        return "\(optional ? "?" : ""): [string: [\(random.element(of: objectNames))]]"
      case 7: return "?: \"auto\" | int = \"auto\" @min(1)"
      default:
        return "\(optional ? "?" : ""): unknown"
          + (random.next(below: 2) == 0
            ? " @deprecated(\(literal(random.element(of: RandomSchemas.strings))))" : "")
      }
    }

    mutating func taggedUnion() {
      var tags = Set<String>()
      for _ in 0..<(1 + random.next(below: 4)) {
        tags.insert(random.element(of: RandomSchemas.names))
      }
      let variants = tags.sorted().enumerated().map { index, tag in
        lines.append("object T\(index) {\n  kind: \(literal(tag))\n  next?: Tagged\n}")
        return "T\(index)"
      }
      lines.append(
        "union Tagged by \"kind\" {\n" + variants.map { "  " + $0 }.joined(separator: "\n") + "\n}")
    }

    mutating func untaggedUnion() {
      let name = random.element(of: RandomSchemas.identifiers)
      let other = random.element(of: RandomSchemas.identifiers)
      guard name != other else { return }
      let object = objectNames.first.map { "  \(other): \($0)" } ?? ""
      lines.append("union Untagged {\n  \(name): [string]\n\(object)\n}")
    }

    mutating func endpoint() {
      guard let response = objectNames.first else { return }
      let path = random.element(
        of: RandomSchemas.names.filter {
          !$0.contains(where: { !$0.isASCII || !($0.isLetter || $0 == "_") })
        })
      let query = random.element(of: RandomSchemas.names)
      let queryRest: String
      if let enumName = enumNames.first, random.next(below: 2) == 0 {
        queryRest = "?: \(enumName)"
      } else {
        queryRest = "?: number = \(random.element(of: RandomSchemas.numbers))"
      }
      let error = random.next(below: 2) == 0 ? "\n  error \(random.element(of: objectNames))" : ""
      lines.append(deprecation())
      lines.append(
        """
        endpoint \(random.element(of: RandomSchemas.identifiers)) POST "/things/{\(path)}:go" {
          path \(literal(path)): string
          query \(literal(query))\(queryRest)
          body \(response)
          response \(response)\(error)
        }
        """)
    }

    mutating func deprecation() -> String {
      random.next(below: 4) == 0
        ? "@deprecated(\(literal(random.element(of: RandomSchemas.strings))))" : ""
    }

    func literal(_ text: String) -> String { text.jsonLiteral }
  }
}

extension String {
  /// A doc comment's text on one line of the schema.
  fileprivate var replacingLineBreaks: String {
    String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
  }
}
