/// A line of generated text written as a string literal, interpolations included, whose pieces
/// go straight into UTF-8 bytes: no `String` is built for it, as `DefaultStringInterpolation`
/// would, only to be copied into the writer and freed. A line that fits ``LineBytes`` (most
/// do) is kept in the value itself, so writing it allocates nothing at all.
struct CodeLine: ExpressibleByStringInterpolation {
  fileprivate enum Storage {
    case literal(StaticString)
    case short(LineBytes)
    case long([UInt8])
  }

  fileprivate var storage: Storage

  init(stringLiteral literal: StaticString) {
    storage = .literal(literal)
  }

  init(stringInterpolation: Interpolation) {
    storage = stringInterpolation.long.map(Storage.long) ?? .short(stringInterpolation.short)
  }

  /// Calls `body` with the line's UTF-8.
  func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    switch storage {
    case .literal(let literal): literal.withUTF8Buffer(body)
    case .short(let bytes): bytes.withUTF8(body)
    case .long(let bytes): bytes.withUnsafeBufferPointer(body)
    }
  }

  struct Interpolation: StringInterpolationProtocol {
    fileprivate var short = LineBytes()
    /// All the bytes, once they no longer fit `short`.
    fileprivate var long: [UInt8]?

    init(literalCapacity: Int, interpolationCount: Int) {}

    mutating func appendLiteral(_ literal: StaticString) {
      literal.withUTF8Buffer { append($0) }
    }

    mutating func appendInterpolation(_ text: String) {
      text.withUTF8Bytes { append($0) }
    }

    /// A piece of a line built on its own, such as a call that several lines share.
    mutating func appendInterpolation(_ piece: CodeLine) {
      piece.withUTF8 { append($0) }
    }

    mutating func appendInterpolation(_ number: Int) {
      appendInterpolation(String(number))
    }

    mutating func appendInterpolation(_ text: Substring) {
      var text = text
      text.withUTF8 { append($0) }
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
      if long == nil {
        if short.append(bytes) { return }
        long = short.withUTF8 { Array($0) }
      }
      long!.append(contentsOf: bytes)
    }
  }
}

/// Up to ``capacity`` bytes held in the value itself, without a heap allocation: the text of
/// a short ``CodeLine``.
struct LineBytes {
  /// Longer than all but about one line in a hundred of the fine-tuning API's output.
  static let capacity = 128

  private var storage:
    (
      UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
      UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64
    ) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
  private var count = 0

  /// Appends `bytes` when they fit; returns `false`, and changes nothing, when they do not.
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count <= Self.capacity - count else { return false }
    guard let source = bytes.baseAddress else { return true }
    let start = count
    withUnsafeMutableBytes(of: &storage) { buffer in
      buffer.baseAddress!.advanced(by: start).copyMemory(from: source, byteCount: bytes.count)
    }
    count += bytes.count
    return true
  }

  /// Calls `body` with the bytes appended so far.
  func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    withUnsafeBytes(of: storage) { buffer in
      body(
        UnsafeBufferPointer(
          start: buffer.assumingMemoryBound(to: UInt8.self).baseAddress, count: count))
    }
  }
}

extension String {
  /// Calls `body` with the text's UTF-8 where it is stored. `withUTF8` would do the same, but it
  /// is `mutating`, so a borrowed string would be copied (two reference counts) to call it.
  func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = self
    return copy.withUTF8(body)
  }
}

extension DefaultStringInterpolation {
  /// A ``CodeLine`` has no text of its own to describe: interpolated into a `String`, it would
  /// write its storage instead of its text.
  @available(*, unavailable, message: "interpolate a CodeLine into a CodeLine")
  mutating func appendInterpolation(_ piece: CodeLine) {}
}
