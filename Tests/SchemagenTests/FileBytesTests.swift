import Foundation
import Testing

@testable import schemagen

/// Files read and written through the system's calls: whole, by their first bytes, and the
/// errors in the system's words.
@Suite("File bytes")
final class FileBytesTests {
  private let root = NSTemporaryDirectory() + "schemagen-bytes-\(UUID().uuidString)"

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
    try FileBytes.write(bytes, to: path, flags: O_EXCL)
    #expect(try FileBytes.read(path) == bytes)
    #expect(try FileBytes.read(path, upTo: 10) == Array(bytes.prefix(10)))
    #expect(FileBytes.equal(try FileBytes.read(path), bytes))
  }

  @Test func equalComparesEveryByte() {
    #expect(FileBytes.equal([], []))
    #expect(FileBytes.equal([1, 2, 3], [1, 2, 3]))
    #expect(!FileBytes.equal([1, 2, 3], [1, 2, 4]))
    #expect(!FileBytes.equal([1, 2, 3], [1, 2]))
  }

  @Test func failuresSayTheSystemsReason() throws {
    #expect {
      try FileBytes.read(root + "/missing")
    } throws: { error in
      (error as? FileBytes.Failure)?.reason == "No such file or directory"
    }
    try FileBytes.write([1], to: root + "/once", flags: O_EXCL)
    #expect {
      try FileBytes.write([2], to: root + "/once", flags: O_EXCL)
    } throws: { error in
      (error as? FileBytes.Failure)?.reason == "File exists"
    }
    #expect(try FileBytes.read(root + "/once") == [1], "O_EXCL leaves the file as it was")
  }

  @Test func aNamedPipeIsRefusedWithoutWaitingForAWriter() throws {
    try #require(mkfifo(root + "/pipe.schema", 0o644) == 0)
    #expect {
      try FileBytes.read(root + "/pipe.schema")
    } throws: { error in
      (error as? FileBytes.Failure)?.reason == "not a regular file"
    }
    #expect {
      try SchemaFiles.read([root])
    } throws: { error in
      (error as? FileError)?.description
        == "\(root)/pipe.schema: error: cannot read the schema file: not a regular file"
    }
  }
}
