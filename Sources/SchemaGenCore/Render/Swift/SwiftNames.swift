/// How schema names become Swift names, following the API Design Guidelines.
///
/// Names made from schema text are lowerCamelCase and never contain `_`. A name that the
/// generated code gives a meaning of its own in that scope (``ReservedNames``) gets a trailing
/// underscore instead (`self` → `self_`, `unknown` → `unknown_`), which no other name can have.
/// Two schema names that still meet in one Swift name are reported by the checker.
enum SwiftNames {
  /// The generated property that keeps undeclared JSON properties.
  static let additionalProperties = "additionalProperties"
  /// The private property of an object that records optional properties sent as `null`.
  static let explicitNulls = "_explicitNulls"
  /// The generated enum case that keeps values the schema does not list.
  static let unknownCase = "unknown"
  /// The case of an object's `CodingKeys` for properties the schema does not declare.
  static let undeclaredKey = "undeclared"

  /// `fine_tuned_model` → `fineTunedModel`: an object's property.
  static func property(_ jsonName: String) -> String {
    avoiding(ReservedNames.properties, lowerCamelCase(jsonName))
  }

  /// The private stored property behind a deprecated property, so that generated code does not
  /// use the deprecated accessor.
  static func deprecatedStorage(_ property: String) -> String { "_" + property }

  /// The private flag that records whether an optional constant was present.
  static func presenceFlag(_ property: String) -> String { "_" + property + "IsPresent" }

  /// The case of a property in an object's private `CodingKeys`.
  static func codingKey(_ property: String) -> String {
    avoiding(ReservedNames.codingKeys, property)
  }

  /// `validating_files` → `validatingFiles`, `rouge_1` → `rouge1`, `gpt-4o` → `gpt4o`: a case
  /// of an enum or a union.
  static func enumCase(_ value: String) -> String {
    avoiding(ReservedNames.cases, lowerCamelCase(value))
  }

  /// `fine_tuning_job_id` → `fineTuningJobId`: a path or query parameter of an endpoint.
  static func parameter(_ name: String) -> String {
    avoiding(ReservedNames.parameters, lowerCamelCase(name))
  }

  /// `retrieveJob` → `RetrieveJobEndpoint`.
  static func endpointType(_ name: String) -> String {
    let camel = lowerCamelCase(name)
    return camel.prefix(1).uppercased() + camel.dropFirst() + "Endpoint"
  }

  /// `StringCheckGrader` → `string_check_grader`, for suggestions.
  static func snakeCase(_ name: String) -> String {
    var result = ""
    for character in name {
      if character.isUppercase, !result.isEmpty { result += "_" }
      result += character.lowercased()
    }
    return result
  }

  private static func avoiding(_ reserved: Set<String>, _ name: String) -> String {
    reserved.contains(name) ? name + "_" : name
  }

  static func lowerCamelCase(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0.isASCIILowercaseLetterOrDigit }),
      let first = text.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
    {
      return text  // already one lowercase word, the common case
    }
    if !text.utf8.contains(where: { $0 >= 0x80 }) { return asciiLowerCamelCase(text) }
    return unicodeLowerCamelCase(text)
  }

  /// `lowerCamelCase` for ASCII text, on bytes.
  private static func asciiLowerCamelCase(_ text: String) -> String {
    var words: [[UInt8]] = [[]]
    for byte in text.utf8 {
      if byte.isASCIILetterOrDigit {
        words[words.count - 1].append(byte)
      } else if !words[words.count - 1].isEmpty {
        words.append([])
      }
    }
    words.removeAll { $0.isEmpty }
    guard !words.isEmpty else { return "value" }
    var result: [UInt8] = []
    for (index, word) in words.enumerated() {
      var word = word
      let allUpper = word.allSatisfy { !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
      if index == 0 {
        if allUpper { word = word.map(\.asciiLowercased) }
        word[0] = word[0].asciiLowercased
      } else {
        word[0] = word[0].asciiUppercased
      }
      result += word
    }
    if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(result[0]) {
      result = Array("value".utf8) + result
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// `lowerCamelCase` for text with non-ASCII letters: words are runs of letters, digits and
  /// marks that Swift accepts in identifiers; everything else (including invisible format
  /// characters Swift would accept) separates words.
  private static func unicodeLowerCamelCase(_ text: String) -> String {
    var words: [String] = [""]
    for scalar in text.unicodeScalars {
      if SwiftIdentifierCharacters.isWordCharacter(scalar) {
        words[words.count - 1].unicodeScalars.append(scalar)
      } else if !words[words.count - 1].isEmpty {
        words.append("")
      }
    }
    words.removeAll { $0.isEmpty }
    guard let first = words.first else { return "value" }
    var result = first.allSatisfy({ $0.isUppercase || $0.isNumber }) ? first.lowercased() : first
    result = result.prefix(1).lowercased() + result.dropFirst()
    for word in words.dropFirst() {
      result += word.prefix(1).uppercased() + word.dropFirst()
    }
    // Case mapping can produce characters of its own; keep only what Swift accepts.
    result = String(
      String.UnicodeScalarView(
        result.unicodeScalars.filter(SwiftIdentifierCharacters.isWordCharacter)))
    guard let head = result.unicodeScalars.first, SwiftIdentifierCharacters.isHead(head) else {
      return "value" + result.prefix(1).uppercased() + result.dropFirst()
    }
    return result
  }

  /// The name as an identifier in source, in backticks when it is a keyword.
  static func identifier(_ name: String) -> String {
    ReservedNames.keywords.contains(name) ? "`\(name)`" : name
  }
}

extension UInt8 {
  fileprivate var isASCIILowercaseLetterOrDigit: Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self)
  }

  fileprivate var isASCIILetterOrDigit: Bool {
    isASCIILowercaseLetterOrDigit || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self)
  }

  fileprivate var asciiLowercased: UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self) ? self + 32 : self
  }

  fileprivate var asciiUppercased: UInt8 {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) ? self - 32 : self
  }
}
