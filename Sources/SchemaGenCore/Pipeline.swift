/// A schema file's path and text, as the CLI or a plugin read it.
public struct SourceFile: Sendable {
  public var path: String
  public var text: String

  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }
}

/// A file to write, with its path relative to the output folder.
public struct GeneratedFile: Hashable, Sendable {
  public var path: String
  /// The file's bytes: UTF-8, as they are written.
  public var utf8: [UInt8]

  /// The file's text.
  public var contents: String { String(decoding: utf8, as: UTF8.self) }
}

/// The whole pipeline in one place: parse → check → render. Pure: files in, files out.
public enum Pipeline {
  /// Parses and checks; the schema is `nil` when any error was found.
  public static func check(_ sources: [SourceFile]) -> (schema: Schema?, diagnostics: [Diagnostic])
  {
    var diagnostics = Diagnostics()
    let parsed = sources.sorted { $0.path < $1.path }.concurrentMap { source in
      Parser.parse(file: source.path, text: source.text)
    }
    for (_, parseDiagnostics) in parsed { diagnostics.append(contentsOf: parseDiagnostics) }
    let (schema, checkDiagnostics) = Checker.check(parsed.map(\.0))
    diagnostics.append(contentsOf: checkDiagnostics)
    return (diagnostics.hasErrors ? nil : schema, diagnostics.sorted)
  }

  /// Generates every output file, or none when the schema has errors.
  public static func generate(
    _ sources: [SourceFile], _ outputs: Set<Output> = Set(Output.allCases)
  ) -> (files: [GeneratedFile], diagnostics: [Diagnostic]) {
    var (schema, diagnostics) = check(sources)
    if outputs.contains(.docs) {
      // A schema file named like the pages' index clashes only when the pages are generated.
      let clashes = Checker.outputNameCollisions(sources.map(\.path), index: true)
      if clashes.hasErrors {
        schema = nil
        diagnostics = (diagnostics + clashes.all).sorted { $0.location < $1.location }
      }
    }
    guard let schema else { return ([], diagnostics) }
    return (render(schema, outputs), diagnostics)
  }

  /// What to generate.
  public enum Output: String, Sendable, CaseIterable {
    case swift
    case docs
  }

  /// The output files of a checked schema: Swift, then the reference pages. The files are
  /// independent of one another, so they are made on every core.
  public static func render(_ schema: Schema, _ outputs: Set<Output> = Set(Output.allCases))
    -> [GeneratedFile]
  {
    var files: [OutputFile] = []
    if outputs.contains(.swift) { files += schema.files.map(OutputFile.swift) }
    if outputs.contains(.docs) {
      let links = ReferenceLinks(schema: schema)
      files += schema.files.map { .page($0, links) } + [.index(links)]
    }
    return files.concurrentMap { file in
      switch file {
      case .swift(let file):
        GeneratedFile(
          path: OutputFileNames.swiftFile(stem: file.stem),
          utf8: SwiftFileRenderer(file: file, schema: schema).render())
      case .page(let file, let links):
        GeneratedFile(
          path: OutputFileNames.docsPage(stem: file.stem),
          utf8: ResourcePage(file: file, links: links).render())
      case .index(let links):
        GeneratedFile(
          path: OutputFileNames.docsIndex,
          utf8: IndexPage(schema: schema, links: links).render())
      }
    }
  }

  /// One file `render` makes.
  private enum OutputFile: Sendable {
    /// A schema file's Swift.
    case swift(SchemaFile)
    /// A schema file's reference page.
    case page(SchemaFile, ReferenceLinks)
    /// The reference pages' index.
    case index(ReferenceLinks)
  }
}
