import Foundation
import SchemaGenCore

/// The folder the generator writes into, and the only code that changes files in it.
///
/// It writes a file only when its bytes change, and replaces or removes only files it made: a
/// regular file with the extension it writes, in `Swift/` or `Docs/`, that starts with the
/// generated header. A file it did not make in its way is an error, as is a symbolic link inside
/// the folder; everything is checked before the first byte is written, so a refused run
/// changes nothing.
struct OutputFolder {
  struct Summary: CustomStringConvertible {
    var written: [String] = []
    var unchanged = 0
    var removed: [String] = []

    var description: String {
      "\(written.count) written, \(unchanged) unchanged, \(removed.count) removed"
    }
  }

  private let root: String

  init(_ path: String) throws(FileError) {
    let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    guard !trimmed.isEmpty, !Self.isRoot(trimmed) else {
      throw FileError(
        path.isEmpty ? "--output" : path,
        "the output folder must be a folder of its own, not \(path.isEmpty ? "empty" : "the file system's root")"
      )
    }
    root = trimmed
  }

  /// Whether `path` names the file system's root once `.` and `..` are resolved as written, a
  /// relative path from the current folder.
  private static func isRoot(_ path: String) -> Bool {
    var depth = 0
    if !path.hasPrefix("/") {
      // A current folder that cannot be named is deeper than the root.
      guard let folder = getcwd(nil, 0) else { return false }
      defer { free(folder) }
      depth = Self.depth(of: String(cString: folder), from: 0)
    }
    return Self.depth(of: path, from: depth) == 0
  }

  /// How many folders below the root `path` leads from a folder `depth` below it.
  private static func depth(of path: String, from depth: Int) -> Int {
    var depth = depth
    for component in path.utf8.split(separator: UInt8(ascii: "/")) {
      if component.elementsEqual(".".utf8) { continue }
      depth = component.elementsEqual("..".utf8) ? max(depth - 1, 0) : depth + 1
    }
    return depth
  }

  func write(_ files: [GeneratedFile]) throws(FileError) -> Summary {
    var summary = Summary()
    var changes: [(path: String, bytes: [UInt8], isNew: Bool)] = []
    try checkFolder(root, isRoot: true)
    for folder in Set(files.map { FileSystem.folder(of: $0.path) }).sorted() {
      try checkFolder(root + "/" + folder, isRoot: false)
    }
    for file in files {
      let path = root + "/" + file.path
      switch FileSystem.kind(of: path) {
      case .none:
        changes.append((file.path, file.utf8, true))
      case .regularFile:
        // One read tells both whether the file is the generator's and whether it changes.
        let existing = try? FileSystem.read(path)
        guard let existing, Self.isGenerated(existing, path: path) else {
          throw FileError(
            path,
            "this file was not written by schemagen, so it is not replaced; move it away or choose another output folder"
          )
        }
        if FileSystem.equal(existing, file.utf8) {
          summary.unchanged += 1
        } else {
          changes.append((file.path, file.utf8, false))
        }
      case .some(let other):
        throw FileError(path, "a \(other.rawValue) is in the way of a generated file; move it away")
      }
    }
    let stale = try staleFiles(
      keeping: Set(files.map(\.path)), in: Set(files.map { FileSystem.folder(of: $0.path) }))
    for folder in Set(changes.map { FileSystem.folder(of: root + "/" + $0.path) }).sorted()
    where FileSystem.kind(of: folder, followingLinks: true) == nil {
      do {
        try FileSystem.makeFolder(folder)
      } catch {
        throw FileError(folder, "cannot create the output folder", error)
      }
    }
    for change in changes {
      let path = root + "/" + change.path
      if change.isNew {
        try create(path, with: change.bytes)
      } else {
        try replace(path, with: change.bytes)
      }
      summary.written.append(change.path)
    }
    for file in stale {
      guard unlink(root + "/" + file) == 0 else {
        throw FileError(
          root + "/" + file, "cannot remove the stale generated file", FileSystem.Failure())
      }
      summary.removed.append(file)
    }
    return summary
  }

  /// Writes `bytes` to a temporary file beside `path` and renames it over `path`, so a reader
  /// sees the old file or the new one, never part of one. No fsync: the output is made again
  /// from the schema whenever it is lost.
  private func replace(_ path: String, with bytes: [UInt8]) throws(FileError) {
    let temporary =
      FileSystem.folder(of: path) + "/.\(FileSystem.name(of: path)).schemagen-\(getpid())"
    do {
      try FileSystem.write(bytes, to: temporary, flags: O_TRUNC)
    } catch {
      unlink(temporary)
      throw FileError(path, "cannot write the generated file", error)
    }
    guard rename(temporary, path) == 0 else {
      let failure = FileSystem.Failure()
      unlink(temporary)
      throw FileError(path, "cannot write the generated file", failure)
    }
  }

  /// Writes a file where there was none, in place: there is no old file for a reader to see
  /// instead. `O_EXCL` refuses a file that appeared since the folder was checked.
  private func create(_ path: String, with bytes: [UInt8]) throws(FileError) {
    do {
      try FileSystem.write(bytes, to: path, flags: O_EXCL)
    } catch {
      throw FileError(path, "cannot write the generated file", error)
    }
  }

  /// Generated files in `folders` that the schema no longer produces.
  private func staleFiles(keeping produced: Set<String>, in folders: Set<String>) throws(FileError)
    -> [String]
  {
    var stale: [String] = []
    for folder in folders.sorted() {
      let directory = root + "/" + folder
      guard FileSystem.kind(of: directory) == .directory else { continue }
      let names: [String]
      do {
        names = try FileSystem.names(in: directory)
      } catch {
        throw FileError(directory, "cannot list the output folder", error)
      }
      for name in names.sorted() {
        let file = folder + "/" + name
        let path = root + "/" + file
        guard !produced.contains(file), FileSystem.kind(of: path) == .regularFile,
          let start = try? FileSystem.read(path, upTo: Self.markerLength),
          Self.isGenerated(start, path: path)
        else { continue }
        stale.append(file)
      }
    }
    return stale
  }

  /// A folder to write into: absent (it will be made) or a real folder. The output folder
  /// itself may be a symbolic link the user chose; a link inside it is never followed.
  private func checkFolder(_ path: String, isRoot: Bool) throws(FileError) {
    switch FileSystem.kind(of: path, followingLinks: isRoot) {
    case .none, .directory:
      return
    case .symbolicLink:
      throw FileError(
        path,
        "is a symbolic link; the generator writes only into real folders inside the output folder")
    case .some(let other):
      throw FileError(path, "is a \(other.rawValue), not a folder; choose another output folder")
    }
  }

  /// As many bytes as the longest header marker: what ``isGenerated(_:path:)`` needs of a file.
  private static let markerLength = max(
    GeneratedHeader.swiftMarker.utf8.count, GeneratedHeader.markdownMarker.utf8.count)

  /// Whether `contents`, read from `path` (the whole file or its start), are the generator's:
  /// an extension it writes and its header first.
  private static func isGenerated(_ contents: [UInt8], path: String) -> Bool {
    guard let marker = GeneratedHeader.marker(forExtension: pathExtension(of: path))
    else { return false }
    return contents.starts(with: marker.utf8)
  }

  /// `Docs/Jobs.md` → `md`; a name that starts with its only dot (`.md`) has no extension.
  private static func pathExtension(of path: String) -> String {
    let name = FileSystem.name(of: path)
    guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else {
      return ""
    }
    return String(name[name.index(after: dot)...])
  }
}
