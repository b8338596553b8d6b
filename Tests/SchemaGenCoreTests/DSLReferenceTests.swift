import SchemaGenCore
import Testing

/// Every ```schema block of Docs/DSL.md is checked, so the reference cannot rot: each block
/// must check cleanly, except the one the page shows as wrong, which must fail as the page says.
@Suite("DSL reference")
struct DSLReferenceTests {
  static let page = PackageFiles.text("Docs/DSL.md") ?? ""

  /// The ```schema blocks of the page, in order.
  static var blocks: [String] {
    var blocks: [String] = []
    var current: [Substring]?
    for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
      if current == nil, line == "```schema" {
        current = []
      } else if current != nil, line == "```" {
        blocks.append(current!.joined(separator: "\n"))
        current = nil
      } else {
        current?.append(line)
      }
    }
    return blocks
  }

  @Test func pageHasAnExampleOfEveryConstruct() {
    let text = Self.blocks.joined(separator: "\n")
    for construct in [
      "resource ", "object ", "enum ", "union ", " by \"", "endpoint ", "example ", "rule ",
      "paginated", "query ", "path ", "@deprecated", "@min(", "@pattern(", "@maxEntries(",
      "@increasing", "@closed", "| null", "?: ", "= ", "unknown", "[string: ", "@spec(",
      "@deviation(",
    ] {
      #expect(text.contains(construct), "no example of \(construct)")
    }
  }

  @Test(arguments: blocks.indices)
  func blockChecksAsThePageSays(_ index: Int) {
    let block = Self.blocks[index]
    let diagnostics = Pipeline.check([SourceFile(path: "Docs/example.schema", text: block)])
      .diagnostics.map(\.description)
    if block.contains("level: \"info\" | \"warn\"") {
      let expected = Self.page.split(separator: "\n").first { $0.hasPrefix("Docs/example.schema:") }
      #expect(diagnostics == [expected.map(String.init) ?? "missing from the page"])
    } else {
      #expect(diagnostics.isEmpty, "block \(index):\n\(block)")
    }
  }
}
