/// One difference between two versions of a schema, with what it means for users.
public struct SchemaChange: Hashable, Sendable {
  public enum Level: String, Hashable, Sendable, Codable, Comparable {
    case none
    case additive
    case breaking

    public static func < (lhs: Level, rhs: Level) -> Bool {
      let order: [Level] = [.none, .additive, .breaking]
      return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
  }

  /// A verdict and its one-line reason.
  public struct Verdict: Hashable, Sendable {
    public var level: Level
    public var reason: String

    public static func breaking(_ reason: String) -> Verdict {
      Verdict(level: .breaking, reason: reason)
    }
    public static func additive(_ reason: String) -> Verdict {
      Verdict(level: .additive, reason: reason)
    }
    public static func none(_ reason: String) -> Verdict { Verdict(level: .none, reason: reason) }
  }

  /// The resource (reference page) the change belongs to.
  public var resource: String
  /// What changed: `FineTuningJob.status`, `ReasoningEffort`, `endpoint listJobs`.
  public var subject: String
  /// The change in words: `value "xhigh" added`.
  public var summary: String
  /// Where: in NEW, or in OLD for a removal.
  public var location: SourceLocation
  /// Does a client built on OLD still send requests a server on NEW accepts?
  public var request: Verdict
  /// Does a client built on OLD still read the responses of a server on NEW?
  public var response: Verdict
  /// Does Swift code written against OLD's generated API still compile?
  public var source: Verdict

  /// The worst of the two wire verdicts.
  public var wire: Level { max(request.level, response.level) }
  public var isDocumentationOnly: Bool { wire == .none && source.level == .none }
}

/// The changes between two schemas, with a summary.
public struct SchemaDiffReport: Sendable {
  public var changes: [SchemaChange]

  public enum Bump: String, Sendable {
    case major, minor, patch, none
  }

  /// major for any breaking change, minor for additions, patch for documentation only.
  public var bump: Bump {
    if changes.isEmpty { return .none }
    if changes.contains(where: { $0.wire == .breaking || $0.source.level == .breaking }) {
      return .major
    }
    if changes.contains(where: { !$0.isDocumentationOnly }) { return .minor }
    return .patch
  }

  public var breakingOnTheWire: Int { changes.filter { $0.wire == .breaking }.count }
  public var breakingInSource: Int { changes.filter { $0.source.level == .breaking }.count }
  public var documentationOnly: Int { changes.filter(\.isDocumentationOnly).count }
  public var additiveOnly: Int {
    changes.filter {
      $0.wire != .breaking && $0.source.level != .breaking && !$0.isDocumentationOnly
    }.count
  }
}
