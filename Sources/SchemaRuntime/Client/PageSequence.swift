/// The items of a paginated endpoint across every page, fetched one page at a time as the
/// caller reaches the end of the one before: `for try await job in client.allJobs()`.
public struct PageSequence<E: PaginatedEndpoint>: AsyncSequence, Sendable {
  public typealias Element = E.PageItem

  let client: APIClient
  let first: E

  public init(client: APIClient, first: E) {
    self.client = client
    self.first = first
  }

  public func makeAsyncIterator() -> Iterator {
    Iterator(client: client, next: first)
  }

  public struct Iterator: AsyncIteratorProtocol {
    let client: APIClient
    var next: E?
    var items: [E.PageItem] = []
    var index = 0

    init(client: APIClient, next: E) {
      self.client = client
      self.next = next
    }

    public mutating func next() async throws -> E.PageItem? {
      while index == items.count {
        guard let endpoint = next else { return nil }
        let page = try await client.send(endpoint)
        items = endpoint.items(of: page)
        index = 0
        next = endpoint.next(after: page)
      }
      defer { index += 1 }
      return items[index]
    }
  }
}
