/// How schema names become Swift names, following the API Design Guidelines.
enum SwiftNames {
  /// The generated property that keeps undeclared JSON properties.
  static let additionalProperties = "additionalProperties"
  /// The generated enum case that keeps values the schema does not list.
  static let unknownCase = "unknown"

  /// `fine_tuned_model` → `fineTunedModel`.
  static func property(_ jsonName: String) -> String {
    lowerCamelCase(jsonName)
  }

  /// `validating_files` → `validatingFiles`, `rouge_1` → `rouge1`, `gpt-4o` → `gpt4o`.
  static func enumCase(_ value: String) -> String {
    lowerCamelCase(value)
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

  static func lowerCamelCase(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0.isASCIILowercaseLetterOrDigit }),
      let first = text.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
    {
      return text  // already one lowercase word, the common case
    }
    if !text.utf8.contains(where: { $0 >= 0x80 }) { return asciiLowerCamelCase(text) }
    let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    guard let first = words.first else { return "value" }
    var result = first.allSatisfy({ $0.isUppercase || $0.isNumber }) ? first.lowercased() : first
    result = result.prefix(1).lowercased() + result.dropFirst()
    for word in words.dropFirst() {
      result += word.prefix(1).uppercased() + word.dropFirst()
    }
    if let initial = result.first, initial.isNumber { result = "value" + result }
    return result
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

  /// The name as an identifier in source, in backticks when it is a keyword.
  static func identifier(_ name: String) -> String {
    keywords.contains(name) ? "`\(name)`" : name
  }

  private static let keywords: Set<String> = [
    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import",
    "init", "inout", "internal", "let", "open", "operator", "private", "precedencegroup",
    "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
    "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for",
    "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "Any",
    "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
  ]
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
