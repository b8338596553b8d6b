/// A pattern compiled to instructions for ``PatternMatcher``.
struct PatternProgram: Sendable {
  /// Programs stay below this many instructions, so matching costs at most this much per
  /// character of input.
  static let maximumSize = 20_000

  enum Instruction: Sendable {
    case scalar(Unicode.Scalar)
    case set(ScalarSet)
    case assertion(PatternAssertion)
    /// Continue at both targets.
    case split(Int, Int)
    case jump(Int)
    case match
  }

  private(set) var instructions: [Instruction] = []

  init(compiling node: PatternNode) throws(PatternError) {
    try emit(node)
    instructions.append(.match)
  }

  private mutating func append(_ instruction: Instruction) throws(PatternError) -> Int {
    guard instructions.count < Self.maximumSize else {
      throw PatternError(
        message:
          "the pattern is too large once its repetitions are expanded (over \(Self.maximumSize) steps)",
        offset: 0)
    }
    instructions.append(instruction)
    return instructions.count - 1
  }

  private mutating func emit(_ node: PatternNode) throws(PatternError) {
    switch node {
    case .empty:
      break
    case .scalar(let scalar):
      _ = try append(.scalar(scalar))
    case .set(let set):
      _ = try append(.set(set))
    case .assertion(let assertion):
      _ = try append(.assertion(assertion))
    case .sequence(let nodes):
      for node in nodes { try emit(node) }
    case .alternation(let branches):
      var jumps: [Int] = []
      for (index, branch) in branches.enumerated() {
        if index < branches.count - 1 {
          let split = try append(.split(0, 0))
          try emit(branch)
          jumps.append(try append(.jump(0)))
          instructions[split] = .split(split + 1, instructions.count)
        } else {
          try emit(branch)
        }
      }
      for jump in jumps { instructions[jump] = .jump(instructions.count) }
    case .repetition(let body, let min, let max):
      for _ in 0..<min { try emit(body) }
      guard let max else {
        // L: split(body, out); body; jump L
        let split = try append(.split(0, 0))
        try emit(body)
        _ = try append(.jump(split))
        instructions[split] = .split(split + 1, instructions.count)
        return
      }
      var splits: [Int] = []
      for _ in min..<max {
        splits.append(try append(.split(0, 0)))
        try emit(body)
      }
      for split in splits { instructions[split] = .split(split + 1, instructions.count) }
    }
  }
}
