import Foundation

/// Files read and written as bytes with the system's own calls: the pipeline takes and gives
/// `[UInt8]`, so nothing between it and the disk copies them into `Data` on the way.
enum FileBytes {
  /// Why a file could not be read or written, in the system's words for a failed call.
  struct Failure: Error {
    /// "Permission denied", "No such file or directory".
    var reason: String

    /// The failure of the system call that just set `errno`.
    init(code: Int32 = errno) { reason = String(cString: strerror(code)) }

    init(reason: String) { self.reason = reason }
  }

  /// The file's bytes, or its first `limit` bytes when it is longer. Only a regular file is
  /// read: a pipe or a device in its place could block the run or never end.
  static func read(_ path: String, upTo limit: Int = .max) throws(Failure) -> [UInt8] {
    // Non-blocking, so that opening a named pipe does not wait for a writer.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { throw Failure() }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw Failure() }
    guard status.st_mode & S_IFMT == S_IFREG else { throw Failure(reason: "not a regular file") }
    // One byte more than the file's size, so one read finds the end when the size holds.
    var bytes = try read(descriptor, upTo: min(limit, max(Int(status.st_size), 0) + 1))
    while bytes.count < limit {
      let more = try read(descriptor, upTo: min(limit - bytes.count, 1 << 16))
      if more.isEmpty { break }
      bytes += more
    }
    return bytes
  }

  /// Up to `count` bytes from `descriptor`, fewer only at the end of the file.
  private static func read(_ descriptor: Int32, upTo count: Int) throws(Failure) -> [UInt8] {
    var failure: Failure?
    let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      while initialized < count {
        let result = Foundation.read(
          descriptor, buffer.baseAddress! + initialized, count - initialized)
        if result > 0 {
          initialized += result
        } else if result == 0 {
          return
        } else if errno != EINTR {
          failure = Failure()
          return
        }
      }
    }
    if let failure { throw failure }
    return bytes
  }

  /// Whether two files' bytes are the same, compared with `memcmp` (`==` on arrays compares
  /// them one element at a time).
  static func equal(_ first: [UInt8], _ second: [UInt8]) -> Bool {
    guard first.count == second.count else { return false }
    return first.withUnsafeBytes { first in
      second.withUnsafeBytes { second in
        first.isEmpty || memcmp(first.baseAddress!, second.baseAddress!, first.count) == 0
      }
    }
  }

  /// Writes `bytes` to a new or emptied file at `path`, opened with `flags` besides.
  static func write(_ bytes: [UInt8], to path: String, flags: Int32) throws(Failure) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | flags, 0o644)
    guard descriptor >= 0 else { throw Failure() }
    var failure: Failure?
    bytes.withUnsafeBufferPointer { buffer in
      var written = 0
      while written < buffer.count {
        let result = Foundation.write(
          descriptor, buffer.baseAddress! + written, buffer.count - written)
        if result >= 0 {
          written += result
        } else if errno != EINTR {
          failure = Failure()
          return
        }
      }
    }
    if close(descriptor) != 0, failure == nil { failure = Failure() }
    if let failure { throw failure }
  }
}
