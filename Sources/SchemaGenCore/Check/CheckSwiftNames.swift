extension Checker {
  /// Every name the generated Swift declares must be unique in its scope: types and endpoint
  /// descriptors in the module, members in each type. Schema names that differ only in case
  /// style (`a_b` and `aB`) meet here.
  mutating func checkSwiftNames(_ files: [SchemaFile]) {
    // Two types of one name are already reported as duplicates; one of each name is enough.
    var typeNames: Set<String> = []
    var moduleScope: [SwiftMember] = []
    for file in files {
      for type in file.types {
        switch type {
        case .object(let object):
          for scope in SwiftMembers.scopes(of: object) { report(scope, in: "'\(object.name)'") }
        case .enumeration(let enumeration):
          for scope in SwiftMembers.scopes(of: enumeration) {
            report(scope, in: "'\(enumeration.name)'")
          }
        case .union(let union):
          for scope in SwiftMembers.scopes(of: union) { report(scope, in: "'\(union.name)'") }
        }
        if typeNames.insert(type.name).inserted {
          moduleScope.append(
            SwiftMember(name: type.name, origin: "type '\(type.name)'", location: type.location))
        }
      }
      for endpoint in file.endpoints {
        for scope in SwiftMembers.scopes(of: endpoint) {
          report(scope, in: "'\(SwiftNames.endpointType(endpoint.name))'")
        }
        let typeName = SwiftNames.endpointType(endpoint.name)
        if ReservedNames.types.contains(typeName) {
          diagnostics.error(
            "endpoint '\(endpoint.name)' would be the Swift type '\(typeName)', a name the generated code already uses; choose another name",
            at: endpoint.location)
        }
        moduleScope.append(
          SwiftMember(
            name: typeName, origin: "endpoint '\(endpoint.name)'", location: endpoint.location))
      }
    }
    report(moduleScope, in: "the generated module")
  }

  /// Reports each member whose Swift name an earlier member of the scope already has.
  private mutating func report(_ scope: [SwiftMember], in owner: String) {
    var first: [String: SwiftMember] = [:]
    for member in scope {
      guard let earlier = first[member.name] else {
        first[member.name] = member
        continue
      }
      let location = member.location ?? earlier.location
      guard let location else { continue }
      diagnostics.error(
        "\(member.origin) and \(earlier.origin) both become the Swift name '\(member.name)' in \(owner)",
        at: location,
        notes: earlier.location.flatMap {
          $0 == location ? nil : [.init("\(earlier.origin) is here", at: $0)]
        } ?? [])
    }
  }
}
