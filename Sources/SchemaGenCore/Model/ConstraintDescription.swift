extension Constraint {
  /// The rule in words, as docs and validation messages state it: "at least 1", "at most 64 characters".
  public var summary: String {
    switch self {
    case .minimum(let value, let exclusive):
      (exclusive ? "greater than " : "at least ") + value.compact
    case .maximum(let value, let exclusive): (exclusive ? "less than " : "at most ") + value.compact
    case .minLength(let count): "at least \(count) characters"
    case .maxLength(let count): "at most \(count) characters"
    case .pattern(let pattern): "matches `\(pattern)`"
    case .minItems(let count): "at least \(count) items"
    case .maxItems(let count): "at most \(count) items"
    case .increasing: "items in increasing order"
    case .minEntries(let count): "at least \(count) entries"
    case .maxEntries(let count): "at most \(count) entries"
    case .maxKeyLength(let count): "keys of at most \(count) characters"
    case .maxValueLength(let count): "values of at most \(count) characters"
    }
  }
}

extension Double {
  /// `1` rather than `1.0`, `0.00001` rather than `1e-05`.
  public var compact: String {
    if self == rounded(), abs(self) < 1e15 { return String(Int(self)) }
    var text = String(self)
    if text.contains("e") {
      let decimals = max(0, -Int(log10(abs(self)).rounded(.down)) + 1)
      text = String(decimals: decimals, self)
    }
    return text
  }
}

extension String {
  fileprivate init(decimals: Int, _ value: Double) {
    var digits = String(Int((abs(value) * pow10(decimals)).rounded()))
    while digits.count <= decimals { digits = "0" + digits }
    let split = digits.index(digits.endIndex, offsetBy: -decimals)
    var fraction = String(digits[split...])
    while fraction.hasSuffix("0") { fraction.removeLast() }
    self = (value < 0 ? "-" : "") + digits[..<split] + (fraction.isEmpty ? "" : "." + fraction)
  }
}

private func pow10(_ exponent: Int) -> Double {
  (0..<exponent).reduce(1.0) { result, _ in result * 10 }
}

private func log10(_ value: Double) -> Double {
  var exponent = 0.0
  var scaled = value
  while scaled < 1 {
    scaled *= 10
    exponent -= 1
  }
  while scaled >= 10 {
    scaled /= 10
    exponent += 1
  }
  return exponent
}
