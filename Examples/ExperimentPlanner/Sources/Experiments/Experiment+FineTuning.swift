extension Experiment {
  /// The text the experiment's grader reads from a sample.
  public static let sampleTemplate = "{{sample.output_text}}"
}
