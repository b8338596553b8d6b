import Foundation
import OpenAIFineTuning
@_exported import SchemaGenFuzzing
import Testing

/// One payload of `Fixtures/`, with the row of its folder's `INDEX.tsv`.
struct Fixture: CustomTestStringConvertible, Sendable {
  var folder: String
  var file: String
  /// OpenAI's schema name for the payload.
  var schema: String
  /// For invalid payloads: `decode` or `validation`.
  var failsAt: String?

  var testDescription: String { "\(folder)/\(file)" }

  var data: Data {
    get throws { try Data(contentsOf: Fixture.root.appendingPathComponent("\(folder)/\(file)")) }
  }

  static let root = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

  /// Every fixture listed in `folder/INDEX.tsv`.
  static func all(in folder: String) -> [Fixture] {
    let url = root.appendingPathComponent("\(folder)/INDEX.tsv")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    let rows = text.split(separator: "\n").map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
    guard let header = rows.first else { return [] }
    let failsAtColumn = header.firstIndex(of: "fails_at")
    return rows.dropFirst().map { row in
      Fixture(
        folder: folder, file: row[0], schema: row[1],
        failsAt: failsAtColumn.map { row[$0] })
    }
  }
}

extension JSON {
  /// The same value with every integer as a `Double`, so numbers compare by value.
  var comparable: JSON {
    switch self {
    case .integer(let value): .number(Double(value))
    case .array(let elements): .array(elements.map(\.comparable))
    case .object(let members): .object(members.mapValues(\.comparable))
    default: self
    }
  }

  init(data: Data) throws {
    self = try JSONDecoder().decode(JSON.self, from: data)
  }
}

extension DecodingError {
  /// The JSON path of the value the error is about: `integrations[0].wandb.project`.
  var jsonPath: String {
    let path: [any CodingKey]
    switch self {
    case .keyNotFound(let key, let context): path = context.codingPath + [key]
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
      path = context.codingPath
    @unknown default: path = []
    }
    return path.reduce(into: "") { result, key in
      if let index = key.intValue {
        result += "[\(index)]"
      } else {
        result += (result.isEmpty ? "" : ".") + key.stringValue
      }
    }
  }
}
