import Foundation

/// A regular expression of a `@pattern` constraint, matched in time linear in the length of
/// the string: the program is run as a set of threads (Pike's VM), never by backtracking, so no
/// pattern and no input can make a check run away.
///
/// The syntax is ECMAScript's (what JSON Schema and OpenAPI use) without the parts that need
/// backtracking: back-references and look-around are reported as unsupported. The whole string
/// must match, over its Unicode scalars.
public struct Pattern: Sendable {
  let program: PatternProgram

  /// Compiles `source`, or throws what is wrong with it and where.
  public init(_ source: String) throws(PatternError) {
    let syntax = try PatternParser.parse(source)
    program = try PatternProgram(compiling: syntax)
  }

  /// Whether the whole of `string` matches.
  public func matches(_ string: String) -> Bool {
    PatternMatcher(program: program).matches(Array(string.unicodeScalars))
  }

  /// The compiled pattern for `source`, compiled once per process.
  static func compiled(_ source: String) -> Result<Pattern, PatternError> {
    PatternCache.shared.pattern(source)
  }
}

/// Why a pattern cannot be used: the problem and the offset (in Unicode scalars) where it is.
public struct PatternError: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String
  public var offset: Int

  public var description: String { "\(message) (at offset \(offset))" }
}

/// Patterns compiled once per source: compiling costs far more than matching.
private final class PatternCache: @unchecked Sendable {
  static let shared = PatternCache()

  private let lock = NSLock()
  private var compiled: [String: Result<Pattern, PatternError>] = [:]

  func pattern(_ source: String) -> Result<Pattern, PatternError> {
    lock.lock()
    defer { lock.unlock() }
    if let known = compiled[source] { return known }
    let result = Result { () throws(PatternError) in try Pattern(source) }
    compiled[source] = result
    return result
  }
}
