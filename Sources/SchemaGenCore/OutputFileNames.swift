// The names of generated files, derived in one place. The build-tool and command plugins
// compile this same file (through a symbolic link), so they agree with the generator.

/// Where the generator writes the output of each schema file, relative to the output folder.
///
/// A schema file's outputs are named by its stem: its file name without `.schema`, and for
/// files of one name in different folders, as many of their folders as tell them apart
/// (`a/Models.schema` and `b/Models.schema` are `a.Models` and `b.Models`). Swift files end in
/// `.schema.swift`, a name no one gives a hand-written file, so that `Models.schema` can sit
/// next to a `Models.swift` of its own extensions.
enum OutputFileNames {
  static let schemaExtension = "schema"
  static let swiftFolder = "Swift"
  static let docsFolder = "Docs"
  static let docsIndexName = "README.md"
  /// The index of the reference pages.
  static let docsIndex = "\(docsFolder)/\(docsIndexName)"

  /// `Graders` → `Swift/Graders.schema.swift`.
  static func swiftFile(stem: String) -> String {
    "\(swiftFolder)/\(swiftFileName(stem: stem))"
  }

  /// `Graders` → `Graders.schema.swift`.
  static func swiftFileName(stem: String) -> String {
    "\(stem).\(schemaExtension).swift"
  }

  /// `Graders` → `Docs/Graders.md`.
  static func docsPage(stem: String) -> String {
    "\(docsFolder)/\(docsPageName(stem: stem))"
  }

  /// `Graders` → `Graders.md`: the page's name, which the other pages link to.
  static func docsPageName(stem: String) -> String {
    "\(stem).md"
  }

  /// The stem of each schema file, in the order given.
  static func stems(of paths: [String]) -> [String] {
    let components = paths.map { path in
      var parts = path.split(separator: "/").map(String.init)
      let suffix = "." + schemaExtension
      if let last = parts.last, last.hasSuffix(suffix), last.count > suffix.count {
        parts[parts.count - 1] = String(last.dropLast(suffix.count))
      }
      return parts
    }
    var stems = components.map { $0.last ?? "" }
    var byName: [String: [Int]] = [:]
    for (index, stem) in stems.enumerated() { byName[stem.lowercased(), default: []].append(index) }
    for group in byName.values where group.count > 1 {
      let depth = group.map { components[$0].count }.max() ?? 1
      var length = 2
      while length <= depth {
        let candidates = group.map { components[$0].suffix(length).joined(separator: ".") }
        if Set(candidates.map { $0.lowercased() }).count == group.count { break }
        length += 1
      }
      for index in group { stems[index] = components[index].suffix(length).joined(separator: ".") }
    }
    return stems
  }

  /// What the index of the reference pages is called in a collision.
  static let docsIndexDescription = "the index of the reference pages"

  /// Pairs of schema files whose outputs would have the same name, ignoring case as macOS
  /// does, or (with `docs`) would take the name of the reference pages' index.
  static func collisions(among paths: [String], docs: Bool) -> [(path: String, other: String)] {
    var seen: [String: String] = docs ? [docsIndexName.lowercased(): docsIndexDescription] : [:]
    var collisions: [(path: String, other: String)] = []
    for (path, stem) in zip(paths, stems(of: paths)) {
      let key = docsPageName(stem: stem).lowercased()
      if let other = seen[key] {
        collisions.append((path, other))
      } else {
        seen[key] = path
      }
    }
    return collisions
  }
}
