import Foundation
import PackagePlugin

/// Generates Swift from the `.schema` files of the target that applies it, at build time.
///
/// Inputs are the schema files and the generator itself, outputs the Swift files named by
/// `OutputFileNames`: an unchanged schema does not run the generator again, a changed schema or
/// generator does. Schema errors fail the build as `path:line:column: error: message`. Output
/// names that would clash, with each other or with the target's own Swift files, are reported
/// here, naming both files, before SwiftPM plans the build.
@main
struct SchemaGenPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    guard let target = target as? SourceModuleTarget else { return [] }
    let sourcePaths = target.sourceFiles.map { $0.url.path(percentEncoded: false) }
    let schemaFiles = SchemagenInvocation.schemaFiles(among: sourcePaths)
    guard !schemaFiles.isEmpty else { return [] }
    try checkOutputNames(schemaFiles: schemaFiles, sourcePaths: sourcePaths, target: target.name)
    let generator = try context.tool(named: "schemagen")
    let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
    return [
      .buildCommand(
        displayName: "Generating Swift from \(schemaFiles.count) schema file(s) of \(target.name)",
        executable: generator.url,
        arguments: SchemagenInvocation.generate(
          schemaFiles: schemaFiles, output: output.path(percentEncoded: false), swiftOnly: true),
        inputFiles: schemaFiles.map { URL(fileURLWithPath: $0) } + [generator.url],
        outputFiles: OutputFileNames.stems(of: schemaFiles).map {
          output.appending(path: OutputFileNames.swiftFile(stem: $0))
        }
      )
    ]
  }

  /// Every generated file name must differ (ignoring case, as macOS does) from the others and
  /// from the target's own Swift files: the compiler takes one file of each name per module.
  private func checkOutputNames(schemaFiles: [String], sourcePaths: [String], target: String)
    throws
  {
    var problems: [String] = []
    for (path, other) in OutputFileNames.collisions(among: schemaFiles, docs: false) {
      problems.append(
        "\(path): error: the generated files of this schema file would have the same names as those of \(other.hasPrefix("the ") ? other : "'\(other)'"), ignoring case; rename one of them"
      )
    }
    let ownFiles = Dictionary(
      sourcePaths.filter { $0.hasSuffix(".swift") }.map { (fileName($0).lowercased(), $0) },
      uniquingKeysWith: { first, _ in first })
    for (path, stem) in zip(schemaFiles, OutputFileNames.stems(of: schemaFiles)) {
      let generated = OutputFileNames.swiftFileName(stem: stem)
      if let own = ownFiles[generated.lowercased()] {
        problems.append(
          "\(path): error: the Swift file generated from this schema file, '\(generated)', has the name of the target's own '\(own)'; rename one of them"
        )
      }
    }
    guard !problems.isEmpty else { return }
    for problem in problems { Diagnostics.error(problem) }
    throw OutputNameCollision(target: target)
  }

  private func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  struct OutputNameCollision: Error, CustomStringConvertible {
    var target: String
    var description: String { "generated file names of target '\(target)' collide; see above" }
  }
}
