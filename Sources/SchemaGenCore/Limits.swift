/// The limits on what a schema may hold. Each keeps the generator's own work bounded (no input
/// makes it recurse without end or run away) and the generated Swift quick to compile; each is
/// far above what an API needs. Exceeding one is a diagnostic at the place it happens.
enum Limits {
  /// Arrays and maps inside one another in one type: `[[[string]]]` is 3.
  static let typeNesting = 8
  /// Arrays and objects inside one another in an example, a default or an attribute argument.
  static let jsonNesting = 64
  /// The UTF-8 length of a type, field, enum value, tag, endpoint or parameter name.
  static let nameLength = 256
  /// Fields of one object.
  static let fields = 500
  /// Values of one enum.
  static let enumValues = 1_000
  /// Variants of one tagged union (past about 700, the compiler gives up proving the
  /// generated switches exhaustive).
  static let taggedVariants = 500
  /// Variants of one untagged union, which decoding tries one after another.
  static let untaggedVariants = 64
}
