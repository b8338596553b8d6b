extension Checker {
  /// Every name the generated Swift declares must be unique in its scope: types and endpoint
  /// descriptors in the module, the client's methods, members in each type. Schema names that differ only in case
  /// style (`a_b` and `aB`) meet here.
  mutating func checkSwiftNames(_ files: [SchemaFile]) {
    // Two types of one name are already reported as duplicates; one of each name is enough.
    var typeNames: Set<String> = []
    var moduleScope: [SwiftMember] = []
    var clientScope: [SwiftMember] = []
    for file in files {
      for type in file.types {
        let scopes =
          switch type {
          case .object(let object): SwiftMembers.scopes(of: object)
          case .enumeration(let enumeration): SwiftMembers.scopes(of: enumeration)
          case .union(let union): SwiftMembers.scopes(of: union)
          }
        report(scopes, in: "'\(type.name)'")
        if typeNames.insert(type.name).inserted {
          moduleScope.append(
            SwiftMember(name: type.name, origin: .type(type.name), location: type.location))
        }
      }
      for endpoint in file.endpoints {
        let typeName = SwiftNames.endpointType(endpoint.name)
        report(SwiftMembers.scopes(of: endpoint), in: "'\(typeName)'")
        if ReservedNames.types.contains(typeName) {
          diagnostics.error(
            "endpoint '\(endpoint.name)' would be the Swift type '\(typeName)', a name the generated code already uses; choose another name",
            at: endpoint.location)
        }
        moduleScope.append(
          SwiftMember(
            name: typeName, origin: .endpoint(endpoint.name), location: endpoint.location))
        clientScope.append(
          SwiftMember(
            name: SwiftNames.clientMethod(endpoint.name), origin: .endpoint(endpoint.name),
            location: endpoint.location))
        if endpoint.isPaginated {
          clientScope.append(
            SwiftMember(
              name: SwiftNames.allPagesMethod(endpoint.name), origin: .allPages(endpoint.name),
              location: endpoint.location))
        }
      }
    }
    report([moduleScope, clientScope], in: "the generated module")
  }

  /// Reports each member whose Swift name an earlier member of its scope already has, once per
  /// schema element (a clash of properties is also one of their coding keys).
  private mutating func report(_ scopes: [[SwiftMember]], in owner: String) {
    var reported: Set<SourceLocation> = []
    for scope in scopes { report(scope, in: owner, skipping: &reported) }
  }

  private mutating func report(
    _ scope: [SwiftMember], in owner: String, skipping reported: inout Set<SourceLocation>
  ) {
    // The index of the first member of each name: members are large, indices are not.
    var first: [String: Int] = [:]
    first.reserveCapacity(scope.count)
    for (index, member) in scope.enumerated() {
      guard let earlierIndex = first[member.name] else {
        first[member.name] = index
        continue
      }
      let earlier = scope[earlierIndex]
      guard let location = member.location ?? earlier.location,
        reported.insert(location).inserted
      else { continue }
      diagnostics.error(
        "\(member.origin) and \(earlier.origin) both become the Swift name '\(member.name)' in \(owner)",
        at: location,
        notes: earlier.location.flatMap {
          $0 == location ? nil : [.init("\(earlier.origin) is here", at: $0)]
        } ?? [])
    }
  }
}
