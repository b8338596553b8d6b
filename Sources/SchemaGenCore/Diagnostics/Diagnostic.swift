/// A problem found in a schema, printed the way compilers print them so editors show it inline.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  /// Printed as compilers print it. Schema problems are errors; `schemagen audit` reports the
  /// differences from a spec as warnings.
  public enum Severity: String, Hashable, Sendable {
    case error
    case warning
  }

  /// Extra information attached to a diagnostic, with or without a place of its own.
  public struct Note: Hashable, Sendable {
    public var location: SourceLocation?
    public var message: String

    public init(_ message: String, at location: SourceLocation? = nil) {
      self.message = message
      self.location = location
    }
  }

  public var severity: Severity
  public var location: SourceLocation
  public var message: String
  public var notes: [Note]

  public init(
    _ severity: Severity, at location: SourceLocation, _ message: String, notes: [Note] = []
  ) {
    self.severity = severity
    self.location = location
    self.message = message
    self.notes = notes
  }

  public static func error(
    _ message: String, at location: SourceLocation, notes: [Note] = []
  ) -> Diagnostic {
    Diagnostic(.error, at: location, message, notes: notes)
  }

  public static func warning(
    _ message: String, at location: SourceLocation, notes: [Note] = []
  ) -> Diagnostic {
    Diagnostic(.warning, at: location, message, notes: notes)
  }

  /// `path:line:col: error: message`, followed by one line per note. Each is one line whatever
  /// the schema's text held: line breaks and other control characters are escaped.
  public var description: String {
    var lines = [Diagnostic.singleLine("\(location): \(severity.rawValue): \(message)")]
    for note in notes {
      lines.append(Diagnostic.singleLine("\(note.location ?? location): note: \(note.message)"))
    }
    return lines.joined(separator: "\n")
  }

  /// `text` with line breaks and other control characters written as `\u{…}` escapes, so that
  /// a message is one line an editor can read.
  public static func singleLine(_ text: String) -> String { text.singleLine }
}

/// Collects diagnostics so that every problem is reported in one run.
public struct Diagnostics: Sendable {
  public private(set) var all: [Diagnostic] = []

  public init() {}

  public var hasErrors: Bool { all.contains { $0.severity == .error } }

  public mutating func error(
    _ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []
  ) {
    all.append(.error(message, at: location, notes: notes))
  }

  public mutating func append(contentsOf other: Diagnostics) {
    all.append(contentsOf: other.all)
  }

  /// The diagnostics ordered by file, line and column, as a reader expects them.
  public var sorted: [Diagnostic] {
    all.enumerated().sorted { lhs, rhs in
      lhs.element.location == rhs.element.location
        ? lhs.offset < rhs.offset : lhs.element.location < rhs.element.location
    }.map(\.element)
  }
}
