import Dispatch

extension Array where Element: Sendable {
  /// `map` with the elements spread over the machine's cores, results in the elements' order.
  /// Rendering files is independent work; a process that renders them one after another leaves
  /// all but one core idle while the user waits.
  func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
    guard count > 1 else { return map(transform) }
    let slots = ResultSlots<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
      slots.store(transform(self[index]), at: index)
    }
    return slots.results()
  }
}

/// One slot per result, each written by exactly one iteration of `concurrentPerform` and read
/// only after it returns (which orders the writes before the reads).
private final class ResultSlots<Result>: @unchecked Sendable {
  private let storage: UnsafeMutablePointer<Result>
  private let count: Int

  init(count: Int) {
    self.count = count
    storage = .allocate(capacity: count)
  }

  func store(_ result: Result, at index: Int) {
    (storage + index).initialize(to: result)
  }

  /// The results, moved out; call once, after every slot is stored.
  func results() -> [Result] {
    let results = Array(UnsafeBufferPointer(start: storage, count: count))
    storage.deinitialize(count: count)
    return results
  }

  deinit { storage.deallocate() }
}
