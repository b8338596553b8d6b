import Experiments
import Foundation
import OpenAIFineTuning

/// Reads an experiment plan (JSON, on standard input or from a file) and prints the request
/// that creates its reinforcement fine-tuning job; with `--submit`, sends it (needs
/// OPENAI_API_KEY).
func request(for experiment: Experiment) -> CreateFineTuningJobRequest {
  let grader: Grader
  switch experiment.scoring {
  case .exact(let exact):
    grader = .stringCheck(
      StringCheckGrader(
        input: Experiment.sampleTemplate, name: experiment.name, operation: .eq,
        reference: exact.reference))
  case .similarity(let similarity):
    grader = .textSimilarity(
      TextSimilarityGrader(
        evaluationMetric: TextSimilarityMetric(rawValue: similarity.metric),
        input: Experiment.sampleTemplate, name: experiment.name, reference: similarity.reference))
  case .unknown(let scoring):
    fatalError("unsupported scoring \(scoring)")
  }
  var request = CreateFineTuningJobRequest(
    model: experiment.baseModel, trainingFile: experiment.trainingFile)
  request.suffix = experiment.name
  request.metadata = ["priority": experiment.priority.rawValue]
  request.method = .reinforcement(
    ReinforcementMethod(
      grader: grader,
      hyperparameters: ReinforcementHyperparameters(
        nEpochs: experiment.epochs ?? .auto,
        reasoningEffort: experiment.priority == .high ? .high : .medium)))
  return request
}

let arguments = CommandLine.arguments.dropFirst().filter { $0 != "--submit" }
let input =
  arguments.isEmpty
  ? FileHandle.standardInput.readDataToEndOfFile()
  : try Data(contentsOf: URL(fileURLWithPath: arguments[arguments.startIndex]))
do {
  let experiment = try JSONDecoder().decode(Experiment.self, from: input)
  try experiment.validate()
  let request = request(for: experiment)
  try request.validate()
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
  print(String(decoding: try encoder.encode(request), as: UTF8.self))
  if CommandLine.arguments.contains("--submit") {
    try await submit(request)
  }
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit(1)
}
