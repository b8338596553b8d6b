import Foundation
import PackagePlugin

/// Regenerates the package's committed output (`Generated/` by default) from its schema
/// (`Schema/` by default), in place:
///
///     swift package --allow-writing-to-package-directory regenerate [--schema Schema] [--output Generated]
@main
struct SchemaGenCommand: CommandPlugin {
  static let usage = """
    USAGE: swift package --allow-writing-to-package-directory regenerate [--schema <folder>] [--output <folder>]

    Regenerates <output> (default: Generated) from the .schema files of <schema> (default: Schema),
    both relative to the package folder. Writes only files whose bytes change and removes
    generated files the schema no longer produces.
    """

  func performCommand(context: PluginContext, arguments: [String]) throws {
    var extractor = ArgumentExtractor(arguments)
    if extractor.extractFlag(named: "help") > 0 {
      print(Self.usage)
      return
    }
    let schema = extractor.extractOption(named: "schema").last ?? "Schema"
    let output = extractor.extractOption(named: "output").last ?? "Generated"
    guard extractor.remainingArguments.isEmpty else {
      Diagnostics.error(
        "unexpected argument(s) \(extractor.remainingArguments.joined(separator: " "))\n\n\(Self.usage)"
      )
      throw CommandError.usage
    }
    let package = context.package.directoryURL
    let folder = package.appending(path: schema)
    let paths = FileManager.default.subpaths(atPath: folder.path(percentEncoded: false)) ?? []
    let schemaFiles = SchemagenInvocation.schemaFiles(among: paths).map { "\(schema)/\($0)" }
    guard !schemaFiles.isEmpty else {
      Diagnostics.error("no .schema files in '\(schema)'\n\n\(Self.usage)")
      throw CommandError.usage
    }
    // Relative paths, run from the package folder: the generated headers name
    // `Schema/File.schema`, exactly as `swift run schemagen` does.
    let process = Process()
    process.executableURL = try context.tool(named: "schemagen").url
    process.arguments = SchemagenInvocation.generate(schemaFiles: schemaFiles, output: output)
    process.currentDirectoryURL = package
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw CommandError.generationFailed }
  }

  enum CommandError: Error, CustomStringConvertible {
    case usage
    case generationFailed

    var description: String {
      switch self {
      case .usage: "called wrongly; see the usage above"
      case .generationFailed: "schemagen reported errors; see above"
      }
    }
  }
}
