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
    lowerCamelCase(name).uppercasingFirst + "Endpoint"
  }

  /// `retrieveJob` → `retrieveJob`: the client's method for an endpoint.
  static func clientMethod(_ endpoint: String) -> String {
    avoiding(ReservedNames.clientMembers, lowerCamelCase(endpoint))
  }

  /// `listJobs` → `allJobs`, `events` → `allEvents`: the client's method that walks every page
  /// of a paginated endpoint.
  static func allPagesMethod(_ endpoint: String) -> String {
    var camel = Substring(lowerCamelCase(endpoint))
    if camel.hasPrefix("list"), camel.dropFirst(4).first?.isUppercase == true {
      camel = camel.dropFirst(4)
    }
    return avoiding(ReservedNames.clientMembers, "all" + camel.uppercasingFirst)
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
    text.withUTF8Bytes { bytes in
      if let first = bytes.first, !first.isASCIIDigit,
        bytes.allSatisfy(\.isASCIILowercaseLetterOrDigit)
      {
        return text  // already one lowercase word, the common case
      }
      return bytes.contains { $0 >= 0x80 }
        ? unicodeLowerCamelCase(text) : asciiLowerCamelCase(bytes)
    }
  }

  /// `lowerCamelCase` for ASCII text, on bytes, in one pass, straight into the string's storage
  /// (none at all for a name of up to 15 bytes): words are runs of letters and digits; a first
  /// word written without lowercase letters is lowercased whole (`ID` → `id`).
  private static func asciiLowerCamelCase(_ text: UnsafeBufferPointer<UInt8>) -> String {
    guard let first = text.first(where: \.isASCIILetterOrDigit) else { return "value" }
    let prefix = first.isASCIIDigit ? "value" : ""
    return String(unsafeUninitializedCapacity: prefix.utf8.count + text.count) { result in
      var count = 0
      for byte in prefix.utf8 {
        result[count] = byte
        count += 1
      }
      var wordStart: Int?
      var isFirstWord = true
      var hasLowercase = false
      func endWord() {
        guard let start = wordStart else { return }
        if isFirstWord {
          if !hasLowercase {
            for index in start..<count { result[index] = result[index].asciiLowercased }
          }
          result[start] = result[start].asciiLowercased
        }
        isFirstWord = false
        wordStart = nil
        hasLowercase = false
      }
      for byte in text {
        guard byte.isASCIILetterOrDigit else {
          endWord()
          continue
        }
        if wordStart == nil {
          wordStart = count
          result[count] = isFirstWord ? byte : byte.asciiUppercased
        } else {
          result[count] = byte
        }
        count += 1
        if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) { hasLowercase = true }
      }
      endWord()
      return count
    }
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
      result += word.uppercasingFirst
    }
    // Case mapping can produce characters of its own; keep only what Swift accepts.
    result = String(
      String.UnicodeScalarView(
        result.unicodeScalars.filter(SwiftIdentifierCharacters.isWordCharacter)))
    guard let head = result.unicodeScalars.first, SwiftIdentifierCharacters.isHead(head) else {
      return "value" + result.uppercasingFirst
    }
    return result
  }

  /// A name as an argument label in a call: only `inout` needs backticks there.
  static func argumentLabel(_ name: String) -> String {
    name == "inout" ? "`inout`" : name
  }

  /// The name as an identifier in source, in backticks when it is a keyword.
  static func identifier(_ name: String) -> String {
    ReservedNames.keywords.contains(name) ? "`\(name)`" : name
  }
}

extension StringProtocol {
  /// `retrieveJob` → `RetrieveJob`. The rest is appended as a `String`: `+` with a substring
  /// would append it character by character.
  var uppercasingFirst: String { prefix(1).uppercased() + String(dropFirst()) }
}

extension UInt8 {
  fileprivate var isASCIIDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }

  fileprivate var isASCIILowercaseLetterOrDigit: Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) || isASCIIDigit
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
