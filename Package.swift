// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "SchemaGen",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "OpenAIFineTuning", targets: ["OpenAIFineTuning"]),
    .library(name: "SchemaRuntime", targets: ["SchemaRuntime"]),
    .library(name: "SchemaRuntimeURLSession", targets: ["SchemaRuntimeURLSession"]),
    .library(name: "SchemaGenCore", targets: ["SchemaGenCore"]),
    .executable(name: "schemagen", targets: ["schemagen"]),
    .plugin(name: "SchemaGenPlugin", targets: ["SchemaGenPlugin"]),
    .plugin(name: "SchemaGenCommand", targets: ["SchemaGenCommand"]),
  ],
  dependencies: [],
  targets: [
    // Support code that generated types import: the JSON value, lossless decoding helpers.
    .target(name: "SchemaRuntime"),
    // The URLSession transport of the generated clients; a module of its own, so that only code
    // that sends requests links FoundationNetworking (libcurl on Linux), not the generator.
    .target(name: "SchemaRuntimeURLSession", dependencies: ["SchemaRuntime"]),
    // The pure pipeline: parse, check, model, render. No disk I/O.
    .target(name: "SchemaGenCore", dependencies: ["SchemaRuntime"]),
    // The command-line tool; the only code that reads and writes files.
    .executableTarget(name: "schemagen", dependencies: ["SchemaGenCore"]),
    // Generates Swift from a target's .schema files at build time.
    .plugin(name: "SchemaGenPlugin", capability: .buildTool(), dependencies: ["schemagen"]),
    // `swift package --allow-writing-to-package-directory regenerate`: rewrites Generated/.
    .plugin(
      name: "SchemaGenCommand",
      capability: .command(
        intent: .custom(verb: "regenerate", description: "Regenerate Generated/ from Schema/"),
        permissions: [
          .writeToPackageDirectory(reason: "Writes the generated files into Generated/")
        ]
      ),
      dependencies: ["schemagen"]
    ),
    // Mutation fuzzing of the generator and of the generated types, for the tests and for
    // long runs: swift run -c release schemagen-fuzz schema|json --cases 100000
    .target(name: "SchemaGenFuzzing", dependencies: ["SchemaGenCore", "OpenAIFineTuning"]),
    .executableTarget(name: "schemagen-fuzz", dependencies: ["SchemaGenFuzzing"]),
    // The generator's speed (swift run -c release schemagen-benchmark), and the generated
    // types' against synthesized Codable (... schemagen-benchmark codable).
    .executableTarget(
      name: "schemagen-benchmark",
      dependencies: ["SchemaGenCore", "OpenAIFineTuning", "LoopbackServer"]),
    // The fine-tuning API types: the committed Generated/Swift (linked in as
    // Sources/OpenAIFineTuning/Generated) plus a few hand-written conveniences.
    .target(name: "OpenAIFineTuning", dependencies: ["SchemaRuntime", "SchemaRuntimeURLSession"]),
    .testTarget(
      name: "SchemaGenCoreTests",
      dependencies: ["SchemaGenCore", "SchemaGenFuzzing"],
      // Read from the source tree by the audit tests.
      exclude: ["Audit"]
    ),
    .testTarget(name: "SchemaRuntimeTests", dependencies: ["SchemaRuntime"]),
    .testTarget(name: "SchemagenTests", dependencies: ["schemagen"]),
    // A schema of every name and literal the generator must accept, compiled by the build-tool
    // plugin: a name that breaks the generated Swift breaks this package's build.
    .target(
      name: "TortureSchema", dependencies: ["SchemaRuntime"], path: "Tests/TortureSchema",
      plugins: ["SchemaGenPlugin"]),
    .testTarget(
      name: "TortureSchemaTests",
      dependencies: ["TortureSchema", "LoopbackServer", "SchemaRuntimeURLSession"]),
    // A real HTTP/1.1 server on 127.0.0.1, for the client's tests and benchmark.
    .target(name: "LoopbackServer", path: "Tests/LoopbackServer"),
    .testTarget(name: "ClientTests", dependencies: ["OpenAIFineTuning", "LoopbackServer"]),
    .testTarget(
      name: "OpenAIFineTuningTests",
      dependencies: ["OpenAIFineTuning", "SchemaGenFuzzing"],
      resources: [.copy("Fixtures")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
