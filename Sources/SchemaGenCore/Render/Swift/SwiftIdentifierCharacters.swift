/// The characters of Swift identifiers, as The Swift Programming Language's lexical structure
/// lists them, less the invisible ones (zero-width spaces, joiners, bidirectional and other
/// format characters) that would let two names look alike.
enum SwiftIdentifierCharacters {
  /// A letter, digit or mark that may appear in a generated identifier.
  static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
        || (scalar >= "0" && scalar <= "9")
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
      return isHead(scalar) || isContinuation(scalar)
    default:
      return false
    }
  }

  /// May start an identifier.
  static func isHead(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if scalar.isASCII {
      return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "_"
    }
    if invisible.contains(where: { $0.contains(value) }) { return false }
    if value >= 0x10000 { return value & 0xFFFF <= 0xFFFD && value <= 0xEFFFD }
    return heads.contains { $0.contains(value) }
  }

  /// May follow the first character.
  private static func isContinuation(_ scalar: Unicode.Scalar) -> Bool {
    continuations.contains { $0.contains(scalar.value) }
  }

  private static let invisible: [ClosedRange<UInt32>] = [
    0x00AD...0x00AD, 0x180E...0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F,
    0xFE00...0xFE0F, 0xFEFF...0xFEFF,
  ]

  private static let heads: [ClosedRange<UInt32>] = [
    0x00A8...0x00A8, 0x00AA...0x00AA, 0x00AD...0x00AD, 0x00AF...0x00AF, 0x00B2...0x00B5,
    0x00B7...0x00BA, 0x00BC...0x00BE, 0x00C0...0x00D6, 0x00D8...0x00F6, 0x00F8...0x00FF,
    0x0100...0x02FF, 0x0370...0x167F, 0x1681...0x180D, 0x180F...0x1DBF, 0x1E00...0x1FFF,
    0x200B...0x200D, 0x202A...0x202E, 0x203F...0x2040, 0x2054...0x2054, 0x2060...0x206F,
    0x2070...0x20CF, 0x2100...0x218F, 0x2460...0x24FF, 0x2776...0x2793, 0x2C00...0x2DFF,
    0x2E80...0x2FFF, 0x3004...0x3007, 0x3021...0x302F, 0x3031...0x303F, 0x3040...0xD7FF,
    0xF900...0xFD3D, 0xFD40...0xFDCF, 0xFDF0...0xFE1F, 0xFE30...0xFE44, 0xFE47...0xFFFD,
  ]

  private static let continuations: [ClosedRange<UInt32>] = [
    0x0300...0x036F, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F,
  ]
}
