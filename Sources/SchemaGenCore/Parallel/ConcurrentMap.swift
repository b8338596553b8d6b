import Dispatch

extension Array where Element: Sendable {
  /// `map` on every core. The results keep the elements' order, whichever thread made each, so
  /// the output never depends on the timing.
  func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
    guard count > 1 else { return map(transform) }
    let results = Results<T>(count: count)
    withoutActuallyEscaping(transform) { transform in
      DispatchQueue.concurrentPerform(iterations: count) { index in
        results.store(transform(self[index]), at: index)
      }
    }
    return results.all()
  }
}

/// One slot per element, each written by one thread and read after all of them have finished.
private final class Results<T>: @unchecked Sendable {
  // Unchecked: `concurrentPerform` runs each index once, so no two threads write one slot, and
  // `all()` is called after it has returned, which orders every write before the read.
  private let slots: UnsafeMutableBufferPointer<T?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize().deallocate()
  }

  func store(_ value: T, at index: Int) { slots[index] = value }

  func all() -> [T] { slots.map { $0! } }
}
