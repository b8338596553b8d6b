import Foundation

/// Checks `@pattern` arguments with the same engine the generated validators use.
enum RegularExpressionSyntax {
  static func isValid(_ pattern: String) -> Bool {
    (try? NSRegularExpression(pattern: pattern)) != nil
  }
}
