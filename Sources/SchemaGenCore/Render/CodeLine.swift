/// A line of generated text written as a string literal, interpolations included, whose pieces
/// go straight into UTF-8 bytes: no `String` is built for it, as `DefaultStringInterpolation`
/// would, only to be copied into the writer and freed.
struct CodeLine: ExpressibleByStringInterpolation {
  fileprivate enum Storage {
    case literal(StaticString)
    case bytes([UInt8])
  }

  fileprivate var storage: Storage

  init(stringLiteral literal: StaticString) {
    storage = .literal(literal)
  }

  init(stringInterpolation: Interpolation) {
    storage = .bytes(stringInterpolation.utf8)
  }

  /// Calls `body` with the line's UTF-8.
  func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    switch storage {
    case .literal(let literal): literal.withUTF8Buffer(body)
    case .bytes(let bytes): bytes.withUnsafeBufferPointer(body)
    }
  }

  struct Interpolation: StringInterpolationProtocol {
    fileprivate var utf8: [UInt8] = []

    init(literalCapacity: Int, interpolationCount: Int) {
      utf8.reserveCapacity(literalCapacity + 16 * interpolationCount)
    }

    mutating func appendLiteral(_ literal: StaticString) {
      literal.withUTF8Buffer { utf8.append(contentsOf: $0) }
    }

    mutating func appendInterpolation(_ text: String) {
      var text = text
      text.withUTF8 { utf8.append(contentsOf: $0) }
    }

    /// A piece of a line built on its own, such as a call that several lines share.
    mutating func appendInterpolation(_ piece: CodeLine) {
      piece.withUTF8 { utf8.append(contentsOf: $0) }
    }

    mutating func appendInterpolation(_ number: Int) {
      appendInterpolation(String(number))
    }

    mutating func appendInterpolation(_ text: Substring) {
      var text = text
      text.withUTF8 { utf8.append(contentsOf: $0) }
    }
  }
}

extension DefaultStringInterpolation {
  /// A ``CodeLine`` has no text of its own to describe: interpolated into a `String`, it would
  /// write its storage instead of its text.
  @available(*, unavailable, message: "interpolate a CodeLine into a CodeLine")
  mutating func appendInterpolation(_ piece: CodeLine) {}
}
