import Foundation
import SchemaGenCore

/// A problem with a file or folder, printed as one line the way compilers print them:
/// `path: error: message` (or `path:line:column: error: message`).
struct FileError: Error, CustomStringConvertible {
  var path: String
  var line: Int?
  var column: Int?
  var message: String

  init(_ path: String, _ message: String, line: Int? = nil, column: Int? = nil) {
    self.path = path
    self.message = message
    self.line = line
    self.column = column
  }

  /// `error` from Foundation or the system, said in a few words: "Permission denied".
  init(_ path: String, _ doing: String, _ error: any Error) {
    self.init(path, "\(doing): \(FileError.reason(error))")
  }

  var description: String {
    let place = [path] + [line, column].compactMap { $0.map(String.init) }
    return Diagnostic.singleLine("\(place.joined(separator: ":")): error: \(message)")
  }

  /// The system's own words for an error (`strerror`), rather than Foundation's error dump.
  static func reason(_ error: any Error) -> String {
    if let failure = error as? FileSystem.Failure { return failure.reason }
    let error = error as NSError
    if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(underlying.code)))
    }
    if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
    switch CocoaError.Code(rawValue: error.code) {
    case .fileNoSuchFile, .fileReadNoSuchFile: return String(cString: strerror(ENOENT))
    case .fileReadNoPermission, .fileWriteNoPermission: return String(cString: strerror(EACCES))
    case .fileWriteOutOfSpace: return String(cString: strerror(ENOSPC))
    case .fileWriteVolumeReadOnly: return String(cString: strerror(EROFS))
    default: return error.localizedDescription
    }
  }
}
