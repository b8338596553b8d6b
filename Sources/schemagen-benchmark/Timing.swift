import Foundation

// Wall-time medians shared by both benchmarks.

func median(_ samples: [Double]) -> Double {
  let sorted = samples.sorted()
  return sorted[sorted.count / 2]
}

func milliseconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15
}

/// Median wall time in milliseconds of `runs` calls of `body`, after one warm-up call; `setup`
/// runs before each call, untimed.
func time(runs: Int, setup: () -> Void = {}, _ body: () throws -> Void) rethrows -> Double {
  setup()
  try body()
  var samples: [Double] = []
  for _ in 0..<runs {
    setup()
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    samples.append(
      Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
  }
  return median(samples)
}
