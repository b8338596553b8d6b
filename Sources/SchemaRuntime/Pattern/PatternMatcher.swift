/// Runs a ``PatternProgram`` over a string as a set of threads, one per instruction at most,
/// all stepped one scalar at a time: time proportional to the string's length times the
/// program's size, whatever the pattern.
struct PatternMatcher {
  let program: PatternProgram

  func matches(_ input: [Unicode.Scalar]) -> Bool {
    let instructions = program.instructions
    var current = ThreadList(capacity: instructions.count)
    var next = ThreadList(capacity: instructions.count)
    add(0, at: 0, in: input, to: &current)
    for position in 0...input.count {
      if current.isEmpty { return false }
      next.removeAll()
      for pc in current.members {
        switch instructions[pc] {
        case .match where position == input.count:
          return true
        case .scalar(let scalar) where position < input.count && input[position] == scalar:
          add(pc + 1, at: position + 1, in: input, to: &next)
        case .set(let set) where position < input.count && set.contains(input[position]):
          add(pc + 1, at: position + 1, in: input, to: &next)
        default:
          continue
        }
      }
      swap(&current, &next)
    }
    return false
  }

  /// Adds the thread at `pc` and every thread it reaches without reading a scalar.
  private func add(
    _ pc: Int, at position: Int, in input: [Unicode.Scalar], to list: inout ThreadList
  ) {
    var stack = [pc]
    while let pc = stack.popLast() {
      guard list.insert(pc) else { continue }
      switch program.instructions[pc] {
      case .jump(let target):
        stack.append(target)
      case .split(let first, let second):
        stack.append(second)
        stack.append(first)
      case .assertion(let assertion):
        if holds(assertion, at: position, in: input) { stack.append(pc + 1) }
      default:
        continue
      }
    }
  }

  private func holds(_ assertion: PatternAssertion, at position: Int, in input: [Unicode.Scalar])
    -> Bool
  {
    switch assertion {
    case .start: return position == 0
    case .end: return position == input.count
    case .wordBoundary, .notWordBoundary:
      let before = position > 0 && ScalarSet.word.contains(input[position - 1])
      let after = position < input.count && ScalarSet.word.contains(input[position])
      return (before != after) == (assertion == .wordBoundary)
    }
  }
}

/// A set of instruction indices with constant-time insertion and clearing, kept in insertion
/// order (a sparse set).
private struct ThreadList {
  private var dense: [Int] = []
  private var sparse: [Int]

  init(capacity: Int) {
    sparse = Array(repeating: 0, count: capacity)
    dense.reserveCapacity(capacity)
  }

  var isEmpty: Bool { dense.isEmpty }
  var members: [Int] { dense }

  /// Inserts `pc`; `false` when it was already there.
  mutating func insert(_ pc: Int) -> Bool {
    let slot = sparse[pc]
    if slot < dense.count, dense[slot] == pc { return false }
    sparse[pc] = dense.count
    dense.append(pc)
    return true
  }

  mutating func removeAll() { dense.removeAll(keepingCapacity: true) }
}
