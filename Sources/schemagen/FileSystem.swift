import Foundation

/// The files and folders the CLI reads and writes, through the system's own calls: files as
/// bytes, so that nothing between the pipeline's `[UInt8]` and the disk copies them into
/// `Data`, and folders without `FileManager`, whose first use costs more than a whole run's
/// other bookkeeping.
enum FileSystem {
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

  /// What is at a path.
  enum Kind: String {
    case regularFile = "file"
    case directory = "folder"
    case symbolicLink = "symbolic link"
    case other = "special file"
  }

  /// What `path` is, or `nil` when nothing is there; a symbolic link itself unless
  /// `followingLinks`.
  static func kind(of path: String, followingLinks: Bool = false) -> Kind? {
    var status = stat()
    let result = followingLinks ? stat(path, &status) : lstat(path, &status)
    guard result == 0 else { return nil }
    switch status.st_mode & S_IFMT {
    case S_IFREG: return .regularFile
    case S_IFDIR: return .directory
    case S_IFLNK: return .symbolicLink
    default: return .other
    }
  }

  /// The names of the entries in a folder, without `.` and `..`, in no particular order.
  static func names(in folder: String) throws(Failure) -> [String] {
    guard let stream = opendir(folder) else { throw Failure() }
    defer { closedir(stream) }
    var names: [String] = []
    while true {
      errno = 0
      guard let entry = readdir(stream) else {
        if errno != 0 { throw Failure() }
        return names
      }
      let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
        String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != ".", name != ".." { names.append(name) }
    }
  }

  /// Makes `folder` and any folders above it that are missing.
  static func makeFolder(_ folder: String) throws(Failure) {
    if kind(of: folder, followingLinks: true) == .directory { return }
    let parent = self.folder(of: folder)
    if !parent.isEmpty { try makeFolder(parent) }
    if mkdir(folder, 0o777) != 0 {
      let code = errno
      // Made meanwhile by someone else, it is as good as made here; anything else is not.
      guard code == EEXIST, kind(of: folder, followingLinks: true) == .directory else {
        throw Failure(code: code)
      }
    }
  }

  // Paths are cut at their last `/` rather than through `NSString`, whose path methods cost
  // more than the rest of a run's bookkeeping.

  /// `Docs/Jobs.md` → `Docs`; `Jobs.md` and `/Jobs.md` → the empty string.
  static func folder(of path: String) -> String {
    path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
  }

  /// `Docs/Jobs.md` → `Jobs.md`.
  static func name(of path: String) -> Substring {
    path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[path.index(after: $0)...] } ?? path[...]
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
