/// A coding key made from any string, for object properties known only at run time.
public struct AnyCodingKey: CodingKey, Hashable, Sendable {
  public var stringValue: String
  public var intValue: Int?

  public init(_ string: String) {
    self.stringValue = string
    self.intValue = nil
  }

  public init(stringValue: String) {
    self.init(stringValue)
  }

  public init(intValue: Int) {
    self.stringValue = String(intValue)
    self.intValue = intValue
  }
}
