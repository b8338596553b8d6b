import SchemaGenCore
import Testing

/// Every relative link of the generated reference pages points at a generated file, and every
/// `#anchor` at a heading of that page (anchors as GitHub makes them, duplicates numbered).
@Suite("Reference links")
struct ReferenceLinkTests {
  @Test func everyLinkAndAnchorResolves() throws {
    let files = Pipeline.generate(try PackageFiles.schemaSources()).files
    let pages = files.filter { $0.path.hasSuffix(".md") }
    #expect(pages.count == 9)
    let anchors = Dictionary(
      uniqueKeysWithValues: pages.map { ($0.path, Self.anchors(in: $0.contents)) })
    let paths = Set(files.map(\.path))
    var checked = 0
    for page in pages {
      for link in Self.links(in: page.contents) where !link.hasPrefix("http") {
        checked += 1
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let target = parts[0].isEmpty ? page.path : Self.resolve(String(parts[0]), from: page.path)
        guard paths.contains(target) else {
          Issue.record("\(page.path): link to \(link): no generated file \(target)")
          continue
        }
        if parts.count == 2, anchors[target]?.contains(String(parts[1])) != true {
          Issue.record(
            "\(page.path): link to \(link): no heading with anchor #\(parts[1]) in \(target)")
        }
      }
    }
    #expect(checked > 300)
  }

  @Test func brokenLinksAreFound() {
    let page =
      "# Title\n\n## Same\n\n## Same\n\nSee [x](#same-1), [y](#missing) and [z](Other.md#a).\n"
    #expect(Self.anchors(in: page) == ["title", "same", "same-1"])
    #expect(Self.links(in: page) == ["#same-1", "#missing", "Other.md#a"])
    #expect(
      Self.resolve("../Swift/Jobs.schema.swift", from: "Docs/Jobs.md") == "Swift/Jobs.schema.swift")
  }

  /// Heading anchors in page order, numbered like GitHub's when repeated.
  static func anchors(in markdown: String) -> [String] {
    var seen: [String: Int] = [:]
    var inCode = false
    var anchors: [String] = []
    for line in markdown.split(separator: "\n") {
      if line.hasPrefix("```") { inCode.toggle() }
      guard !inCode, line.hasPrefix("#") else { continue }
      let text = line.drop { $0 == "#" }.dropFirst()
      var slug = ""
      for character in text.lowercased() {
        if character.isLetter || character.isNumber || character == "-" || character == "_" {
          slug.append(character)
        } else if character == " " {
          slug.append("-")
        }
      }
      let count = seen[slug, default: 0]
      seen[slug] = count + 1
      anchors.append(count == 0 ? slug : "\(slug)-\(count)")
    }
    return anchors
  }

  /// The targets of `[text](target)` links outside code blocks.
  static func links(in markdown: String) -> [String] {
    var links: [String] = []
    var inCode = false
    for line in markdown.split(separator: "\n") {
      if line.hasPrefix("```") { inCode.toggle() }
      guard !inCode else { continue }
      var rest = Substring(line)
      while let start = rest.range(of: "](") {
        let after = rest[start.upperBound...]
        guard let end = after.firstIndex(of: ")") else { break }
        links.append(String(after[..<end]))
        rest = after[end...]
      }
    }
    return links
  }

  /// A relative link resolved against the folder of `page`.
  static func resolve(_ link: String, from page: String) -> String {
    var components = page.split(separator: "/").dropLast().map(String.init)
    for part in link.split(separator: "/") {
      if part == ".." {
        _ = components.popLast()
      } else if part != "." {
        components.append(String(part))
      }
    }
    return components.joined(separator: "/")
  }
}
