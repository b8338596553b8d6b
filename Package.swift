// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "SchemaGen",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "OpenAIFineTuning", targets: ["OpenAIFineTuning"]),
    .library(name: "SchemaRuntime", targets: ["SchemaRuntime"]),
    .library(name: "SchemaGenCore", targets: ["SchemaGenCore"]),
    .executable(name: "schemagen", targets: ["schemagen"]),
  ],
  dependencies: [],
  targets: [
    // Support code that generated types import: the JSON value, lossless decoding helpers.
    .target(name: "SchemaRuntime"),
    // The pure pipeline: parse, check, model, render. No disk I/O.
    .target(name: "SchemaGenCore"),
    // The command-line tool; the only code that reads and writes files.
    .executableTarget(name: "schemagen", dependencies: ["SchemaGenCore"]),
    // The fine-tuning API types: the committed Generated/Swift (linked in as
    // Sources/OpenAIFineTuning/Generated) plus a few hand-written conveniences.
    .target(name: "OpenAIFineTuning", dependencies: ["SchemaRuntime"]),
    .testTarget(
      name: "SchemaGenCoreTests",
      dependencies: ["SchemaGenCore"]
    ),
    .testTarget(
      name: "OpenAIFineTuningTests",
      dependencies: ["OpenAIFineTuning"],
      resources: [.copy("Fixtures")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
