// swift-tools-version: 6.0
import PackageDescription

// A consumer of SchemaGen, as a new user would set one up: its own schema compiled by the
// build-tool plugin, and the fine-tuning types from the OpenAIFineTuning library.
let package = Package(
  name: "ExperimentPlanner",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "SchemaGen", path: "../..")],
  targets: [
    .target(
      name: "Experiments",
      dependencies: [.product(name: "SchemaRuntime", package: "SchemaGen")],
      plugins: [.plugin(name: "SchemaGenPlugin", package: "SchemaGen")]
    ),
    .executableTarget(
      name: "experiment-planner",
      dependencies: [
        "Experiments", .product(name: "OpenAIFineTuning", package: "SchemaGen"),
      ]
    ),
    .testTarget(
      name: "ExperimentsTests",
      dependencies: ["Experiments", .product(name: "OpenAIFineTuning", package: "SchemaGen")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
