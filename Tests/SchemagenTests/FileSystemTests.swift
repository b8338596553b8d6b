import Foundation
import Testing

@testable import schemagen

/// Files and folders through the system's calls: files whole and by their first bytes, folders
/// listed, made and searched for schemas, and the errors in the system's words.
@Suite("File system")
final class FileSystemTests {
  private let root = NSTemporaryDirectory() + "schemagen-files-\(UUID().uuidString)"

  init() throws {
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: root)
  }

  @Test(arguments: [0, 1, 4_096, 200_003])
  func writesAndReadsBackEveryByte(count: Int) throws {
    let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
    let path = root + "/file-\(count)"
    try FileSystem.write(bytes, to: path, flags: O_EXCL)
    #expect(try FileSystem.read(path) == bytes)
    #expect(try FileSystem.read(path, upTo: 10) == Array(bytes.prefix(10)))
    #expect(FileSystem.equal(try FileSystem.read(path), bytes))
  }

  @Test func equalComparesEveryByte() {
    #expect(FileSystem.equal([], []))
    #expect(FileSystem.equal([1, 2, 3], [1, 2, 3]))
    #expect(!FileSystem.equal([1, 2, 3], [1, 2, 4]))
    #expect(!FileSystem.equal([1, 2, 3], [1, 2]))
  }

  @Test func failuresSayTheSystemsReason() throws {
    #expect {
      try FileSystem.read(root + "/missing")
    } throws: { error in
      (error as? FileSystem.Failure)?.reason == "No such file or directory"
    }
    try FileSystem.write([1], to: root + "/once", flags: O_EXCL)
    #expect {
      try FileSystem.write([2], to: root + "/once", flags: O_EXCL)
    } throws: { error in
      (error as? FileSystem.Failure)?.reason == "File exists"
    }
    #expect(try FileSystem.read(root + "/once") == [1], "O_EXCL leaves the file as it was")
  }

  @Test func foldersAreListedAndMadeWithTheFoldersAboveThem() throws {
    try FileSystem.makeFolder(root + "/a/b/c")
    try FileSystem.makeFolder(root + "/a/b/c")
    try FileSystem.write([], to: root + "/a/file", flags: O_EXCL)
    #expect(try FileSystem.names(in: root + "/a").sorted() == ["b", "file"])
    #expect(try FileSystem.names(in: root + "/a/b/c").isEmpty)
    #expect(FileSystem.kind(of: root + "/a/b/c") == .directory)
    #expect {
      try FileSystem.makeFolder(root + "/a/file/d")
    } throws: { error in
      (error as? FileSystem.Failure)?.reason == "File exists"
    }
    #expect {
      try FileSystem.names(in: root + "/missing")
    } throws: { error in
      (error as? FileSystem.Failure)?.reason == "No such file or directory"
    }
  }

  /// A folder of schemas is searched through its folders, in the order of the paths; a link to
  /// a schema file counts, a link to a folder is not followed, and neither a folder named like
  /// a schema nor a link to nothing is read.
  @Test func schemaFoldersAreSearchedThroughButLinksToFoldersAreNot() throws {
    let manager = FileManager.default
    for folder in ["schemas/b", "schemas/a.schema", "elsewhere"] {
      try FileSystem.makeFolder(root + "/" + folder)
    }
    for file in [
      "schemas/z.schema", "schemas/b/y.schema", "schemas/b/notes.txt", "elsewhere/x.schema",
    ] {
      try FileSystem.write(
        Array("object A { a: string }".utf8), to: root + "/" + file, flags: O_EXCL)
    }
    try manager.createSymbolicLink(
      atPath: root + "/schemas/linked.schema", withDestinationPath: root + "/elsewhere/x.schema")
    try manager.createSymbolicLink(
      atPath: root + "/schemas/folder", withDestinationPath: root + "/elsewhere")
    try manager.createSymbolicLink(
      atPath: root + "/schemas/dangling.schema", withDestinationPath: root + "/nothing")
    #expect(
      try SchemaFiles.read([root + "/schemas/"]).map(\.path)
        == ["b/y.schema", "linked.schema", "z.schema"].map { root + "/schemas/" + $0 })
  }

  @Test func aNamedPipeIsRefusedWithoutWaitingForAWriter() throws {
    try #require(mkfifo(root + "/pipe.schema", 0o644) == 0)
    #expect {
      try FileSystem.read(root + "/pipe.schema")
    } throws: { error in
      (error as? FileSystem.Failure)?.reason == "not a regular file"
    }
    #expect {
      try SchemaFiles.read([root])
    } throws: { error in
      (error as? FileError)?.description
        == "\(root)/pipe.schema: error: cannot read the schema file: not a regular file"
    }
  }
}
