/// The parsed form of a pattern.
indirect enum PatternNode: Sendable {
  case empty
  case scalar(Unicode.Scalar)
  case set(ScalarSet)
  case assertion(PatternAssertion)
  case sequence([PatternNode])
  case alternation([PatternNode])
  case repetition(PatternNode, min: Int, max: Int?)
}

enum PatternAssertion: Sendable {
  case start, end, wordBoundary, notWordBoundary
}

/// A set of Unicode scalars as sorted ranges, possibly negated.
struct ScalarSet: Sendable {
  var ranges: [ClosedRange<UInt32>]
  var isNegated = false

  func contains(_ scalar: Unicode.Scalar) -> Bool {
    ranges.contains { $0.contains(scalar.value) } != isNegated
  }

  static let digits = ScalarSet(ranges: [0x30...0x39])
  static let word = ScalarSet(ranges: [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A])
  static let space = ScalarSet(ranges: [
    0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A, 0x2028...0x2029,
    0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
  ])
  /// What `.` matches: anything but a line terminator.
  static let dot = ScalarSet(ranges: [0x0A...0x0A, 0x0D...0x0D, 0x2028...0x2029], isNegated: true)

  var negated: ScalarSet { ScalarSet(ranges: ranges, isNegated: !isNegated) }
}

/// Parses ECMAScript regular-expression syntax, without recursion deeper than
/// ``PatternParser/maximumNesting`` groups.
struct PatternParser {
  static let maximumNesting = 64
  static let maximumRepetition = 1_000

  private let scalars: [Unicode.Scalar]
  private var index = 0
  private var nesting = 0

  static func parse(_ source: String) throws(PatternError) -> PatternNode {
    var parser = PatternParser(scalars: Array(source.unicodeScalars))
    let node = try parser.alternation()
    if parser.index < parser.scalars.count {
      throw parser.error("unmatched ')'")
    }
    return node
  }

  private init(scalars: [Unicode.Scalar]) {
    self.scalars = scalars
  }

  private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

  private func error(_ message: String, at offset: Int? = nil) -> PatternError {
    PatternError(message: message, offset: offset ?? index)
  }

  private mutating func consume(_ scalar: Unicode.Scalar) -> Bool {
    guard current == scalar else { return false }
    index += 1
    return true
  }

  private mutating func alternation() throws(PatternError) -> PatternNode {
    var branches = [try sequence()]
    while consume("|") { branches.append(try sequence()) }
    return branches.count == 1 ? branches[0] : .alternation(branches)
  }

  private mutating func sequence() throws(PatternError) -> PatternNode {
    var items: [PatternNode] = []
    while let scalar = current, scalar != "|", scalar != ")" {
      let start = index
      var atom = try self.atom()
      let quantifierStart = index
      if let bounds = try quantifier() {
        if case .assertion = atom {
          throw error("an anchor or boundary cannot be repeated", at: start)
        }
        atom = .repetition(atom, min: bounds.min, max: bounds.max)
        if try quantifier() != nil {
          throw error(
            "a repetition cannot be repeated again; put it in a group", at: quantifierStart)
        }
      }
      items.append(atom)
    }
    return items.count == 1 ? items[0] : (items.isEmpty ? .empty : .sequence(items))
  }

  private mutating func quantifier() throws(PatternError) -> (min: Int, max: Int?)? {
    let start = index
    let bounds: (min: Int, max: Int?)
    switch current {
    case "*": bounds = (0, nil)
    case "+": bounds = (1, nil)
    case "?": bounds = (0, 1)
    case "{":
      guard let counted = countedQuantifier() else { return nil }
      bounds = counted
    default: return nil
    }
    if scalars[start] != "{" { index += 1 }
    if let max = bounds.max, max < bounds.min {
      throw error(
        "the repetition {\(bounds.min),\(max)} has its bounds in the wrong order", at: start)
    }
    if bounds.min > Self.maximumRepetition || (bounds.max ?? 0) > Self.maximumRepetition {
      throw error("repetitions count to at most \(Self.maximumRepetition)", at: start)
    }
    _ = consume("?")  // lazy: the same set of whole matches
    if current == "+" { throw error("possessive quantifiers are not supported") }
    return bounds
  }

  /// `{n}`, `{n,}` or `{n,m}`, consumed; `nil` with nothing consumed when the brace does not
  /// start one (ECMAScript then reads a literal `{`).
  private mutating func countedQuantifier() -> (min: Int, max: Int?)? {
    let start = index
    index += 1
    guard let min = number() else {
      index = start
      return nil
    }
    var max: Int? = min
    if consume(",") { max = number() }
    guard consume("}") else {
      index = start
      return nil
    }
    return (min, max)
  }

  /// Decimal digits, capped just above ``maximumRepetition``.
  private mutating func number() -> Int? {
    var value: Int?
    while let scalar = current, ("0"..."9").contains(scalar) {
      value = min((value ?? 0) * 10 + Int(scalar.value - 0x30), Self.maximumRepetition + 1)
      index += 1
    }
    return value
  }

  private mutating func atom() throws(PatternError) -> PatternNode {
    let start = index
    guard let scalar = current else { throw error("expected an expression") }
    index += 1
    switch scalar {
    case ".": return .set(.dot)
    case "^": return .assertion(.start)
    case "$": return .assertion(.end)
    case "(": return try group(at: start)
    case "[": return .set(try characterClass())
    case "\\": return try escape(inClass: false)
    case "*", "+", "?":
      throw error("'\(scalar)' has nothing to repeat", at: start)
    case "{":
      index = start
      if countedQuantifier() != nil {
        throw error("'{' has nothing to repeat", at: start)
      }
      index = start + 1
      return .scalar(scalar)
    default: return .scalar(scalar)
    }
  }

  private mutating func group(at start: Int) throws(PatternError) -> PatternNode {
    guard nesting < Self.maximumNesting else {
      throw error("groups nested more than \(Self.maximumNesting) deep", at: start)
    }
    if consume("?") {
      if consume(":") {
      } else if current == "<", index + 1 < scalars.count, scalars[index + 1] != "=",
        scalars[index + 1] != "!"
      {
        while let scalar = current, scalar != ">" { index += 1 }
        guard consume(">") else { throw error("a group name is not closed with '>'", at: start) }
      } else {
        throw error("look-around and other '(?' groups are not supported", at: start)
      }
    }
    nesting += 1
    let inner = try alternation()
    nesting -= 1
    guard consume(")") else { throw error("'(' is not closed", at: start) }
    return inner
  }

  private mutating func characterClass() throws(PatternError) -> ScalarSet {
    let start = index - 1
    let negated = consume("^")
    var ranges: [ClosedRange<UInt32>] = []
    while current != nil, current != "]" {
      let low = try classAtom()
      if current == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
        index += 1
        let high = try classAtom()
        guard case .single(let from) = low, case .single(let to) = high else {
          throw error("a class such as \\d cannot be the end of a range")
        }
        guard from <= to else { throw error("the range is in the wrong order") }
        ranges.append(from...to)
        continue
      }
      switch low {
      case .single(let value): ranges.append(value...value)
      case .set(let set) where !set.isNegated: ranges += set.ranges
      case .set(let set):
        ranges += ScalarSet.complement(of: set.ranges)
      }
    }
    guard consume("]") else { throw error("'[' is not closed", at: start) }
    return ScalarSet(ranges: ranges, isNegated: negated)
  }

  private enum ClassAtom {
    case single(UInt32)
    case set(ScalarSet)
  }

  private mutating func classAtom() throws(PatternError) -> ClassAtom {
    guard let scalar = current else { throw error("'[' is not closed") }
    index += 1
    guard scalar == "\\" else { return .single(scalar.value) }
    switch try escape(inClass: true) {
    case .scalar(let value): return .single(value.value)
    case .set(let set): return .set(set)
    default: throw error("this escape cannot appear in a class")
    }
  }

  private mutating func escape(inClass: Bool) throws(PatternError) -> PatternNode {
    let start = index - 1
    guard let scalar = current else { throw error("'\\' ends the pattern", at: start) }
    index += 1
    switch scalar {
    case "d": return .set(.digits)
    case "D": return .set(ScalarSet.digits.negated)
    case "w": return .set(.word)
    case "W": return .set(ScalarSet.word.negated)
    case "s": return .set(.space)
    case "S": return .set(ScalarSet.space.negated)
    case "b": return inClass ? .scalar("\u{8}") : .assertion(.wordBoundary)
    case "B" where !inClass: return .assertion(.notWordBoundary)
    case "t": return .scalar("\t")
    case "n": return .scalar("\n")
    case "r": return .scalar("\r")
    case "f": return .scalar("\u{C}")
    case "v": return .scalar("\u{B}")
    case "0" where !(current.map { ("0"..."9").contains($0) } ?? false): return .scalar("\0")
    case "x": return .scalar(try hexScalar(digits: 2, at: start))
    case "u":
      if consume("{") {
        var digits = ""
        while let next = current, next != "}" {
          digits.unicodeScalars.append(next)
          index += 1
        }
        guard consume("}"), let value = UInt32(digits, radix: 16),
          let result = Unicode.Scalar(value)
        else { throw error("'\\u{…}' needs a hexadecimal scalar value", at: start) }
        return .scalar(result)
      }
      return .scalar(try hexScalar(digits: 4, at: start))
    case "1"..."9":
      throw error("back-references are not supported", at: start)
    case "p", "P", "k", "c":
      throw error("'\\\(scalar)' is not supported", at: start)
    default:
      guard !scalar.properties.isAlphabetic, !("0"..."9").contains(scalar) else {
        throw error("'\\\(scalar)' is not a known escape", at: start)
      }
      return .scalar(scalar)
    }
  }

  private mutating func hexScalar(digits: Int, at start: Int) throws(PatternError) -> Unicode.Scalar
  {
    guard index + digits <= scalars.count else {
      throw error("expected \(digits) hexadecimal digits", at: start)
    }
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars[index..<(index + digits)])
    guard let value = UInt32(text, radix: 16), let scalar = Unicode.Scalar(value) else {
      throw error("expected \(digits) hexadecimal digits", at: start)
    }
    index += digits
    return scalar
  }
}

extension ScalarSet {
  /// The scalars outside `ranges`, as ranges.
  static func complement(of ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
    var result: [ClosedRange<UInt32>] = []
    var next: UInt32 = 0
    for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
      next = max(next, range.upperBound &+ 1)
    }
    if next <= 0x10FFFF { result.append(next...0x10FFFF) }
    return result
  }
}
