import Foundation
import LoopbackServer
import SchemaRuntime
import SchemaRuntimeURLSession
import Testing
import TortureSchema

/// The torture schema compiles (the build-tool plugin generated it for this package's build);
/// these tests check that it also means what the schema says: each Swift name reads and writes
/// its own JSON name, reserved names are renamed, literals are values and not code.
@Suite("Torture schema")
struct TortureSchemaTests {
  private func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
    try JSONDecoder().decode(Value.self, from: Data(json.utf8))
  }

  private func json(_ value: some Encodable) throws -> JSON {
    try JSONDecoder().decode(JSON.self, from: JSONEncoder().encode(value))
  }

  @Test func keywordFieldsReadAndWriteTheirOwnNames() throws {
    let keywords = try decode(
      Keywords.self, #"{"default": "d", "self": "s", "init": "i", "Type": "t", "where": "w"}"#)
    #expect(keywords.default == "d")
    #expect(keywords.self_ == "s")
    #expect(keywords.`init` == "i")
    #expect(keywords.additionalProperties == ["Type": "t"])
    #expect(keywords.where == "w")
    #expect(
      try json(keywords)
        == decode(
          JSON.self, #"{"default": "d", "self": "s", "init": "i", "Type": "t", "where": "w"}"#))
    let capitalized = try decode(Capitalized.self, #"{"Type": "t", "Self": "s"}"#)
    #expect(capitalized.type == "t")
    #expect(capitalized.self_ == "s")
  }

  @Test func namesTheGeneratedCodeUsesAreRenamedNotShadowed() throws {
    let text = #"""
      {"self_": 1, "hashValue": 2, "additional_properties": 3, "explicit_nulls": 4,
       "x_is_present": 5, "decoder": 6, "container": 7, "path": 8, "violations": 9,
       "raw_value": 10, "名前": 11, "1st": 12, "first name": 13, "mode": "fixed",
       "mode_is_present": true, "nullable": null, "extra": "kept"}
      """#
    let meanings = try decode(Meanings.self, text)
    #expect(meanings.self_ == 1)
    #expect(meanings.hashValue_ == 2)
    #expect(meanings.additionalProperties_ == 3)
    #expect(meanings.explicitNulls == 4)
    #expect(meanings.xIsPresent == 5)
    #expect(meanings.decoder == 6)
    #expect(meanings.container == 7)
    #expect(meanings.path == 8)
    #expect(meanings.violations == 9)
    #expect(meanings.rawValue == 10)
    #expect(meanings.名前 == 11)
    #expect(meanings.value1st == 12)
    #expect(meanings.firstName == 13)
    #expect(meanings.modeIsPresent == true)
    #expect(meanings.nullable == nil)
    #expect(meanings.additionalProperties == ["extra": "kept"])
    #expect(meanings.violations() == [])
    // Everything comes back as it was sent, the explicit null included.
    #expect(try json(meanings) == decode(JSON.self, text))
  }

  @Test func reservedEnumValuesAreCasesOfTheirOwn() throws {
    #expect(
      try decode([Values].self, #"["unknown", "none", "init", "line\nbreak", "other"]"#) == [
        .unknown_, .none_, .`init`, .lineBreak, .unknown("other"),
      ])
    for value in Values.knownCases {
      #expect(Values(rawValue: value.rawValue) == value)
    }
    #expect(Values.knownCases.count == 15)
    #expect(Values.unknown_.violations().isEmpty)
    #expect(Values.unknown("other").violations().count == 1)
  }

  @Test func reservedTagsAndCaseNamesAreCasesOfTheirOwn() throws {
    #expect(try decode(Tagged.self, #"{"type": "unknown"}"#) == .unknown_(UnknownTag()))
    #expect(try decode(Tagged.self, #"{"type": "a-b\n"}"#) == .aB(DashTag()))
    #expect(try decode(Tagged.self, #"{"type": "new"}"#) == .unknown(["type": "new"]))
    #expect(try decode(Untagged.self, "5") == .unknown_(5))
    #expect(try decode(Untagged.self, #""s""#) == .self_("s"))
    #expect(try decode(Untagged.self, #"[{"type": "init"}]"#) == .`init`([.`init`(InitTag())]))
  }

  @Test func literalsStayValues() throws {
    let literals = try decode(
      Literals.self,
      #"{"quote": "say \"hi\"\n", "smallest": -9223372036854775808, "huge": 1.7976931348623157e308, "pattern": "a\nb"}"#
    )
    #expect(literals.quote == "say \"hi\"\n")
    #expect(literals.smallest == Int.min)
    #expect(literals.violations() == [])
    #expect(Literals(pattern: "\u{0}").violations().map(\.rule) == ["pattern"])
    #expect(throws: DecodingError.self) { try decode(Literals.self, #"{"quote": "say hi"}"#) }
  }

  @Test func anObjectWithoutFieldsIsAnyObject() throws {
    #expect(try decode(Empty.self, "{}") == Empty())
    #expect(try decode(Empty.self, #"{"a": 1}"#).additionalProperties == ["a": 1])
    #expect(try JSONEncoder().encode(Empty()) == Data("{}".utf8))
    #expect(throws: DecodingError.self) { try decode(Empty.self, "5") }
  }

  @Test func recursiveTypesDecodeToTheEnd() throws {
    let tree = try decode(
      Tree.self,
      #"{"children": [{"children": [], "node": {"kind": "branch", "next": {"kind": "leaf"}}}]}"#)
    #expect(tree.children.first?.node == .branch(Branch(next: .leaf(Leaf()))))
  }

  @Test func parametersNamedLikeTheDescriptorsMembers() {
    var endpoint = ListTreesEndpoint(
      path_: "a/b", query_: "q", body_: .none_, self_: 7, items_: "i",
      query: .init(value: .none_, default: .rawValue_, next_: false))
    #expect(endpoint.path == "/trees/a%2Fb/q/none/7/i:list")
    #expect(
      endpoint.queryItems.map { "\($0.name)=\($0.value ?? "")" } == [
        "default=rawValue", "next=false",
      ])
    endpoint.query.url_ = "x"
    let page = TreePage(data: [TreeItem(id: "t1")], hasMore: true)
    #expect(endpoint.next(after: page)?.query.after == "t1")
    #expect(SelfEndpoint.pathTemplate == "/self/$a;b=c@d~e")
  }

  /// The client the build-tool plugin generated calls a real server: parameters named like the
  /// client's and the descriptor's own members go where the schema says.
  @Test(.timeLimit(.minutes(1)))
  func theGeneratedClientCallsAServer() async throws {
    let server = try LoopbackServer { request in
      request.path.hasPrefix("/v1/self/")
        ? .json(200, #"{"description": 1, "hash": 2}"#)
        : .json(200, #"{"data": [{"id": "t1"}, {"id": "t2"}], "has_more": false}"#)
    }
    defer { server.stop() }
    let client = APIClient(
      baseURL: server.baseURL, transport: URLSessionTransport(), retryPolicy: .none)
    let page = try await client.listTrees(
      path_: "a/b", query_: "q", body_: .none_, self_: 7, items_: "i", default: .rawValue_)
    #expect(page.data.map(\.id) == ["t1", "t2"])
    var ids: [String] = []
    for try await item in client.allTrees(
      path_: "a/b", query_: "q", body_: .none_, self_: 7, items_: "i", next_: false)
    {
      ids.append(item.id)
    }
    #expect(ids == ["t1", "t2"])
    let meanings = try await client.self_(Literals())
    #expect(meanings.description == 1)
    #expect(meanings.hash == 2)
    #expect(
      server.requests.map(\.target) == [
        "/v1/trees/a%2Fb/q/none/7/i:list?default=rawValue",
        "/v1/trees/a%2Fb/q/none/7/i:list?next=false",
        "/v1/self/$a;b=c@d~e",
      ])
    #expect(
      try JSONDecoder().decode(JSON.self, from: server.requests[2].body)
        == ["quote": "say \"hi\"\n"])
  }
}
