import Foundation
import SchemaGenCore

/// The package's own files, found from this source file's place in `Tests/`.
enum PackageFiles {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `.schema` files of `Schema/`, with paths as the CLI gives them (`Schema/Jobs.schema`).
  static func schemaSources(_ folder: String = "Schema") throws -> [SourceFile] {
    let directory = root.appendingPathComponent(folder)
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    return try names.filter { $0.hasSuffix(".schema") }.sorted().map { name in
      SourceFile(
        path: "\(folder)/\(name)",
        text: try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
    }
  }

  static func text(_ path: String) -> String? {
    try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  /// Files of a folder under the root, relative to it.
  static func files(in folder: String) -> [String] {
    let names =
      (try? FileManager.default.contentsOfDirectory(
        atPath: root.appendingPathComponent(folder).path)) ?? []
    return names.sorted().map { "\(folder)/\($0)" }
  }
}
