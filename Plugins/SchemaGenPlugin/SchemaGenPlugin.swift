import Foundation
import PackagePlugin

/// Generates Swift from the `.schema` files of the target that applies it, at build time.
///
/// Inputs are the schema files and the generator itself, outputs the Swift files named by
/// `OutputFileNames`: an unchanged schema does not run the generator again, a changed schema or
/// generator does. Schema errors fail the build as `path:line:column: error: message`.
@main
struct SchemaGenPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    guard let target = target as? SourceModuleTarget else { return [] }
    let schemaFiles = SchemagenInvocation.schemaFiles(
      among: target.sourceFiles.map { $0.url.path(percentEncoded: false) })
    guard !schemaFiles.isEmpty else { return [] }
    let generator = try context.tool(named: "schemagen")
    let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
    return [
      .buildCommand(
        displayName: "Generating Swift from \(schemaFiles.count) schema file(s) of \(target.name)",
        executable: generator.url,
        arguments: SchemagenInvocation.generate(
          schemaFiles: schemaFiles, output: output.path(percentEncoded: false), swiftOnly: true),
        inputFiles: schemaFiles.map { URL(fileURLWithPath: $0) } + [generator.url],
        outputFiles: schemaFiles.map {
          output.appending(path: OutputFileNames.swiftFile(forSchema: $0))
        }
      )
    ]
  }
}
