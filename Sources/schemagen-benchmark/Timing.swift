import Foundation

// Wall-time medians shared by both benchmarks.

func median(_ samples: [Double]) -> Double {
  let sorted = samples.sorted()
  return sorted[sorted.count / 2]
}

func milliseconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15
}

/// Median wall time in milliseconds of `runs` calls of `body`, after one warm-up call.
func time(runs: Int, _ body: () throws -> Void) rethrows -> Double {
  try body()
  var samples: [Double] = []
  for _ in 0..<runs {
    let start = ContinuousClock.now
    try body()
    samples.append(milliseconds(ContinuousClock.now - start))
  }
  return median(samples)
}

/// Something to time, with untimed work before each run.
struct Step {
  var setup: () -> Void = {}
  var body: () async -> Void
}

/// Median wall times in milliseconds of `steps`, each run `runs` times, taking turns: on a
/// machine whose speed drifts, every step sees the same drift, so their differences hold.
func timeInTurns(runs: Int, _ steps: [Step]) async -> [Double] {
  var samples = Array(repeating: [Double](), count: steps.count)
  for round in 0...runs {
    for (index, step) in steps.enumerated() {
      step.setup()
      let start = ContinuousClock.now
      await step.body()
      // The first round warms up.
      if round > 0 { samples[index].append(milliseconds(ContinuousClock.now - start)) }
    }
  }
  return samples.map(median)
}
