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
