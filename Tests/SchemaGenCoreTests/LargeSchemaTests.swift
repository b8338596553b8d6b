import Foundation
import SchemaGenCore
import Testing

/// Schemas far larger than an API's, in the shapes that make naive checks quadratic: the
/// checker's work must grow with the schema, so that no schema a build meets stalls it.
@Suite("Large schemas", .serialized)
struct LargeSchemaTests {
  /// 50,000 objects in a chain, each holding the next, the last holding a union that lists the
  /// first: no object contains itself (the union comes between), and the union is recursive.
  /// Checking each type for a path back to itself, one search per type, took minutes here.
  @Test(.timeLimit(.minutes(1))) func aLongChainOfTypesIsCheckedInLinearTime() async throws {
    let count = 50_000
    var schema = "union Node {\n  first: O0\n  text: string\n}\n"
    for index in 0..<count {
      let next = index + 1 < count ? "O\(index + 1)" : "Node"
      schema += "object O\(index) {\n  next?: \(next)\n}\n"
    }
    let (checked, diagnostics) = await Self.check(schema, in: "chain.schema")
    #expect(diagnostics.isEmpty, "\(diagnostics.prefix(3))")
    let node = try #require(checked?.files.first?.types.first)
    guard case .union(let union) = node else {
      Issue.record("expected the union Node first, found \(node.name)")
      return
    }
    #expect(union.isRecursive)
  }

  /// The same chain closed on itself without a union: every object in it contains itself.
  @Test(.timeLimit(.minutes(1))) func aLongCycleOfObjectsIsReportedForEachObject() async {
    let count = 20_000
    var schema = ""
    for index in 0..<count {
      schema += "object O\(index) {\n  next?: O\((index + 1) % count)\n}\n"
    }
    let (checked, diagnostics) = await Self.check(schema, in: "cycle.schema")
    #expect(checked == nil)
    #expect(diagnostics.count == count)
    #expect(
      diagnostics.allSatisfy {
        $0.message.hasSuffix("contains itself; put an array, a map or a union between them")
      })
  }

  /// 20,000 untagged unions in a cycle, each trying a boolean and then the next: decoding any
  /// of them would never end, and each is reported, in time linear in the chain.
  @Test(.timeLimit(.minutes(1))) func aLongCycleOfUntaggedUnionsIsReportedForEachUnion() async {
    let count = 20_000
    var schema = ""
    for index in 0..<count {
      schema += "union U\(index) {\n  flag: bool\n  deeper: U\((index + 1) % count)\n}\n"
    }
    let (checked, diagnostics) = await Self.check(schema, in: "unions.schema")
    #expect(checked == nil)
    #expect(diagnostics.count == count)
    #expect(diagnostics.allSatisfy { $0.message.contains("so decoding it would never end") })
  }

  /// Untagged unions whose variants are untagged unions branch at every level: asking whether
  /// the tree of 40 such unions below `U0` accepts an array walks 2^16 paths unless each
  /// answer is kept. 300 unions ask it of nine arrays, and none of them accepts one.
  @Test(.timeLimit(.minutes(1))) func unionsOfUnionsAreComparedOncePerQuestion() async {
    var schema = Self.unionTree(depth: 20)
    let arrays = ["int", "bool", "string"].flatMap { ["[\($0)]", "[[\($0)]]", "[[[\($0)]]]"] }
    for index in 0..<300 {
      schema += "union X\(index) {\n  u: U0\n  w: W0\n"
      for (position, array) in arrays.enumerated() { schema += "  v\(position): \(array)\n" }
      schema += "}\n"
    }
    let (_, diagnostics) = await Self.check(schema, in: "tree.schema")
    // The tree's own unions near its leaves repeat one another, and are reported for it.
    let aboutX = diagnostics.filter { $0.message.contains("of union 'X") }
    #expect(aboutX.isEmpty, "\(aboutX.prefix(3))")
    #expect(diagnostics.allSatisfy { $0.message.contains("can never be decoded") })
  }

  /// An example checked against the same kind of tree, 30 levels deep: a value that fits no
  /// variant would be tried on each of 2^30 paths unless each union is tried once per value.
  @Test(.timeLimit(.minutes(1))) func anExampleIsCheckedOncePerUnionOfUnions() async {
    var schema = Self.unionTree(depth: 30)
    schema += "example U0 true\n"
    let (_, diagnostics) = await Self.check(schema, in: "tree.schema")
    #expect(
      diagnostics.contains {
        $0.message == "invalid example of 'U0': true matches no variant of 'U0' (U1, W1)"
      }, "\(diagnostics.prefix(3))")
  }

  /// 20,000 misspelt type names among 20,000 types: each suggestion compares the name with
  /// every type, so the first diagnostics suggest the type meant and, once the check's budget
  /// for suggestions is spent, the others are reported without one.
  @Test(.timeLimit(.minutes(1))) func suggestionsStopBeforeTheyCostTimeQuadraticInTheSchema() async
  {
    let count = 20_000
    var schema = ""
    for index in 0..<count { schema += "object Obj\(index) {\n  f: Obk\(index)\n}\n" }
    let (_, diagnostics) = await Self.check(schema, in: "typos.schema")
    #expect(diagnostics.count == count)
    #expect(diagnostics.first?.message == "unknown type 'Obk0'; did you mean 'Obj0'?")
    #expect(diagnostics.last?.message == "unknown type 'Obk\(count - 1)'")
  }

  /// An endpoint with 20,000 path parameters: each placeholder finds its parameter, in the
  /// check and in the generated path, without a search through all of them.
  @Test(.timeLimit(.minutes(1))) func anEndpointWithThousandsOfPathParametersIsGenerated()
    async throws
  {
    let count = 20_000
    let path = (0..<count).map { "{p\($0)}" }.joined(separator: "/")
    var schema = "object Item {\n  id: string\n}\nendpoint get GET \"/\(path)\" {\n"
    for index in 0..<count { schema += "  path p\(index): string\n" }
    schema += "  response Item\n}\n"
    let (files, diagnostics) = await Self.onItsOwnThread { [schema] in
      Pipeline.generate([SourceFile(path: "endpoint.schema", text: schema)], [.swift])
    }
    #expect(diagnostics.isEmpty, "\(diagnostics.prefix(3))")
    let swift = try #require(files.first).contents
    #expect(swift.contains("/\\(PathParameter.encode(self.p\(count - 1)))\""))
  }

  /// Two versions of 30,000 objects, each object with a new field in the second: each change
  /// finds its resource without a search of the schema.
  @Test(.timeLimit(.minutes(1))) func aDiffOfThousandsOfChangesIsMadeInLinearTime() async {
    let count = 30_000
    var old = "/// Things.\nresource \"Things\"\n"
    var new = old
    for index in 0..<count {
      old += "object O\(index) {\n  id: string\n}\n"
      new += "object O\(index) {\n  id: string\n  extra?: int\n}\n"
    }
    let changes = await Self.onItsOwnThread { [old, new] () -> [SchemaChange]? in
      guard let old = Pipeline.check([SourceFile(path: "a.schema", text: old)]).schema,
        let new = Pipeline.check([SourceFile(path: "a.schema", text: new)]).schema
      else { return nil }
      return SchemaDiff.compare(old: old, new: new).changes
    }
    #expect(changes?.count == count)
    #expect(changes?.allSatisfy { $0.resource == "Things" } == true)
  }

  /// Checks `schema` as the file `path`, on a thread of its own.
  private static func check(_ schema: String, in path: String) async -> (
    Schema?, [Diagnostic]
  ) {
    await onItsOwnThread { Pipeline.check([SourceFile(path: path, text: schema)]) }
  }

  /// Runs `work` on a thread of its own, not on the pool where tests run: these take seconds
  /// of processor time, and there they would hold up the other suites' time-outs (a client test
  /// expects a 300 ms time-out to end within 3 s).
  private static func onItsOwnThread<Result: Sendable>(
    _ work: @escaping @Sendable () -> Result
  ) async -> Result {
    await withCheckedContinuation { continuation in
      Thread { continuation.resume(returning: work()) }.start()
    }
  }

  /// Untagged unions `U0` and `W0`, each of which lists both unions of the next level, down to
  /// `depth` levels, where they list `string` and `int`.
  private static func unionTree(depth: Int) -> String {
    var schema = ""
    for level in 0..<depth {
      let (u, w) = level + 1 < depth ? ("U\(level + 1)", "W\(level + 1)") : ("string", "int")
      schema += "union U\(level) {\n  a: \(u)\n  b: \(w)\n}\n"
      schema += "union W\(level) {\n  a: \(u)\n  b: \(w)\n}\n"
    }
    return schema
  }
}
