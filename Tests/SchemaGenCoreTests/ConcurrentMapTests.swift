import Testing

@testable import SchemaGenCore

/// `concurrentMap` gives what `map` gives, in the same order, however the threads share the work.
@Suite("Concurrent map")
struct ConcurrentMapTests {
  @Test(arguments: [0, 1, 2, 3, 17, 1_000])
  func resultsKeepTheElementsOrder(count: Int) {
    let elements = (0..<count).map { "element \($0)" }
    #expect(elements.concurrentMap { $0.uppercased() } == elements.map { $0.uppercased() })
  }

  /// Elements that take very different times: whichever thread finishes first, each result
  /// stays at its element's place.
  @Test func unevenWorkKeepsItsPlace() {
    let sizes = (0..<64).map { $0 % 7 == 0 ? 200_000 : $0 }
    let sums = sizes.concurrentMap { size in (0..<size).reduce(0, &+) }
    #expect(sums == sizes.map { size in size * (size - 1) / 2 })
  }

  /// Output is the same from run to run: the files of one schema, rendered many times.
  @Test func renderingIsTheSameEveryTime() throws {
    let sources = try PackageFiles.schemaSources()
    let (schema, diagnostics) = Pipeline.check(sources)
    #expect(diagnostics.isEmpty)
    let first = Pipeline.render(try #require(schema))
    for _ in 0..<20 {
      #expect(Pipeline.render(try #require(schema)) == first)
    }
  }
}
