import Foundation
import SchemaGenCore

/// The process exit status of a command.
enum ExitStatus: Int32 {
  case success = 0
  /// The schema has errors.
  case failure = 1
  /// The command was called wrongly.
  case usage = 64
}

extension CommandLine {
  static let usage = """
    OVERVIEW: Generates Swift types from schema DSL files.

    USAGE: schemagen <command> [options]

    COMMANDS:
      generate    Generate Swift from a schema folder into an output folder.
      check       Report schema errors without writing anything.
      diff        List the changes between two schemas: breaking, additive or neither.
      audit       Compare a schema with an OpenAPI document and report every difference.

    See 'schemagen <command> --help' for a command's options.
    """

  static func run(_ arguments: [String]) -> ExitStatus {
    guard let command = arguments.first else {
      printError(usage)
      return .usage
    }
    let rest = Array(arguments.dropFirst())
    switch command {
    case "generate": return GenerateCommand.run(rest)
    case "check": return CheckCommand.run(rest)
    case "diff": return DiffCommand.run(rest)
    case "audit": return AuditCommand.run(rest)
    case "--help", "-h", "help":
      print(usage)
      return .success
    default:
      printError("error: unknown command '\(command)'\n\n\(usage)")
      return .usage
    }
  }
}

/// Runs a command's body: `--help` prints `help`; a usage error prints it with the help (exit
/// 64); any other error is printed (exit 1).
func runCommand(_ arguments: [String], help: String, _ body: () throws -> ExitStatus) -> ExitStatus
{
  if arguments.contains("--help") || arguments.contains("-h") {
    print(help)
    return .success
  }
  do {
    return try body()
  } catch let error as UsageError {
    printError("error: \(error.message)\n\n\(help)")
    return .usage
  } catch let error as FileError {
    printError(error.description)
    return .failure
  } catch {
    printError("error: \(error)")
    return .failure
  }
}

/// Writes to standard error.
func printError(_ text: String) {
  FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Parses `<positional> [--flag value]` arguments; unknown flags are usage errors.
struct Arguments {
  var positional: [String] = []
  var options: [String: String] = [:]
  var flags: Set<String> = []

  init(_ arguments: [String], options known: Set<String>, flags knownFlags: Set<String> = [])
    throws(UsageError)
  {
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if known.contains(argument) {
        guard index + 1 < arguments.count else {
          throw UsageError("missing value for '\(argument)'")
        }
        options[argument] = arguments[index + 1]
        index += 2
      } else if knownFlags.contains(argument) {
        flags.insert(argument)
        index += 1
      } else if argument.hasPrefix("-") {
        throw UsageError("unknown option '\(argument)'")
      } else {
        positional.append(argument)
        index += 1
      }
    }
  }
}

struct UsageError: Error {
  var message: String
  init(_ message: String) { self.message = message }
}
