import SchemaGenCore

/// A schema of any size that uses every construct of the DSL: resources, objects with
/// required, optional and nullable fields, constants, defaults, deprecation, every kind of
/// constraint, a cross-field rule, enums, "auto" unions, tagged and untagged unions (recursive
/// through a tagged one), arrays, maps, `unknown`, endpoints with path and query parameters and
/// pagination, and examples.
enum SyntheticSchema {
  /// Each group declares this many types.
  static let typesPerGroup = 6
  static let groupsPerFile = 25

  static func sources(types: Int) -> [SourceFile] {
    let groups = max(1, types / typesPerGroup)
    return stride(from: 0, to: groups, by: groupsPerFile).map { first in
      let last = min(groups, first + groupsPerFile)
      let text =
        "/// Synthetic resource \(first / groupsPerFile).\nresource \"Part \(first / groupsPerFile)\"\n\n"
        + (first..<last).map(group).joined(separator: "\n")
      return SourceFile(path: "Synthetic/Part\(first / groupsPerFile).schema", text: text)
    }
  }

  private static func group(_ g: Int) -> String {
    """
    /// The state of item \(g).
    enum State\(g) { "queued" "running" "succeeded" "failed" }

    /// An item \(g), the first variant of Choice\(g).
    object Item\(g) {
      /// The tag.
      type: "item"
      /// The identifier.
      id: string @minLength(1) @maxLength(64) @pattern("^[a-z0-9-]+$")
      count?: "auto" | int | null = "auto" @min(1) @max(50)
      rate?: "auto" | number @exclusiveMin(0) @max(10)
      state: State\(g)
      finished_at: int | null
      labels: [string] @minItems(1) @maxItems(16)
      passing: [string]
      range?: [number] @minItems(2) @maxItems(2) @increasing
      metadata?: [string: string] | null @maxEntries(16) @maxKeyLength(64) @maxValueLength(512)
      data?: unknown
      legacy?: int @deprecated("Use count.")

      rule passing subsetOf labels
    }

    /// A batch \(g), the second variant of Choice\(g); it holds choices, so Choice\(g) is recursive.
    object Batch\(g) {
      type: "batch"
      children?: [Choice\(g)]
      content?: Content\(g)
    }

    /// Choice \(g), tagged by type.
    union Choice\(g) by "type" {
      Item\(g)
      Batch\(g)
    }

    /// Content \(g), told apart by shape.
    union Content\(g) {
      text: string
      parts: [string]
      named: [string: int]
    }

    /// A page of items \(g).
    object Page\(g) {
      data: [Item\(g)]
      has_more: bool
      object: "list"
    }

    /// Lists items of group \(g).
    endpoint listItems\(g) GET "/groups/\(g)/{owner_id}/items" {
      path owner_id: string
      query after?: string
      query limit?: int = 20
      query state?: State\(g)
      response Page\(g)
      paginated
    }

    example Item\(g) {
      "type": "item", "id": "item-\(g)", "count": 3, "state": "queued", "finished_at": null,
      "labels": ["a", "b"], "passing": ["a"], "range": [0, 1], "metadata": { "k": "v" }
    }

    """
  }
}
