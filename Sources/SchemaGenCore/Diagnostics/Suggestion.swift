/// "Did you mean" suggestions by edit distance, as swift-argument-parser makes them.
enum Suggestion {
  /// How much one check may spend on suggestions: a unit for each candidate looked at, and one
  /// for each cell of each edit distance worked out (the product of the two names' lengths),
  /// about 0.1 s in all (a few hundred typical suggestions). A suggestion compares a name with
  /// every candidate, so thousands of unknown names among thousands of types would take time
  /// quadratic in the schema; once the budget is spent, diagnostics go without, as clang stops
  /// spell-checking after 50 (`-fspell-checking-limit`).
  static let budget = 4_000_000

  /// The candidate closest to `name`, if it is close enough to be a likely typo, or else the
  /// longest candidate that `name` starts with (`@minimum` → `@min`); `nil` as well when the
  /// search would overrun `budget`, which it draws on.
  static func closest(to name: String, in candidates: some Sequence<String>, budget: inout Int)
    -> String?
  {
    // No name is this long, so nothing is close to it; and edit distance would cost its square.
    guard name.utf8.count <= Limits.nameLength else { return nil }
    let lowercasedName = name.lowercased()
    let limit = max(1, name.count / 3)
    var best: (name: String, distance: Int)?
    var prefix: String?
    for candidate in candidates {
      budget -= 1
      guard budget >= 0 else { return nil }
      guard abs(candidate.count - name.count) <= limit || name.hasPrefix(candidate) else {
        continue
      }
      let lowercasedCandidate = candidate.lowercased()
      budget -= lowercasedName.utf8.count * lowercasedCandidate.utf8.count
      guard budget >= 0 else { return nil }
      let distance = editDistance(lowercasedName, lowercasedCandidate)
      if distance <= limit, distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
      if candidate.count > 1, name.hasPrefix(candidate), candidate.count > (prefix?.count ?? 0) {
        prefix = candidate
      }
    }
    return best?.name ?? prefix
  }

  /// A note that says "did you mean 'x'?" when a close candidate exists.
  static func didYouMean(_ name: String, in candidates: some Sequence<String>, budget: inout Int)
    -> String
  {
    closest(to: name, in: candidates, budget: &budget).map { "; did you mean '\($0)'?" } ?? ""
  }

  /// Edits (insert, delete, substitute, swap two neighbours) that turn `lhs` into `rhs`.
  static func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs.utf8)
    let b = Array(rhs.utf8)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var rows = [Array(0...b.count)]
    for i in 1...a.count {
      var row = [i] + [Int](repeating: 0, count: b.count)
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        }
      }
      rows.append(row)
    }
    return rows[a.count][b.count]
  }
}
