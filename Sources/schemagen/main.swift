import Foundation
import SchemaGenCore

let status = CommandLine.run(Array(CommandLine.arguments.dropFirst()))
exit(status.rawValue)
