// Hand-written extensions of the types generated from Experiments.schema. The file is named
// after the schema on purpose: generated files end in `.schema.swift`, so both can be here.

extension Experiment {
  /// The text the experiment's grader reads from a sample.
  public static let sampleTemplate = "{{sample.output_text}}"
}
