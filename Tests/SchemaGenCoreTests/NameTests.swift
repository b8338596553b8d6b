import Testing

@testable import SchemaGenCore

/// How schema names become Swift names and page anchors: every rule of the conversion, and
/// names short enough to live in a string's own bytes as well as longer ones.
@Suite("Names")
struct NameTests {
  @Test(arguments: [
    ("model", "model"),
    ("fine_tuned_model", "fineTunedModel"),
    ("validating_files", "validatingFiles"),
    ("rouge_1", "rouge1"),
    ("gpt-4o", "gpt4o"),
    ("ID", "id"),
    ("URLPath", "uRLPath"),
    ("HTTP_status", "httpStatus"),
    ("x", "x"),
    ("X", "x"),
    ("1st_place", "value1stPlace"),
    ("2FA", "value2fa"),
    ("", "value"),
    ("___", "value"),
    ("__leading__and__trailing__", "leadingAndTrailing"),
    ("a_very_long_property_name_of_the_api", "aVeryLongPropertyNameOfTheApi"),
    ("self", "self_"),
    ("additionalProperties", "additionalProperties_"),
  ])
  func properties(_ json: String, _ swift: String) {
    #expect(SwiftNames.property(json) == swift)
  }

  @Test(arguments: [
    ("in_progress", "inProgress"),
    ("unknown", "unknown_"),
    ("gpt-4o-mini-2024-07-18", "gpt4oMini20240718"),
    ("über_größe", "überGröße"),
  ])
  func enumCases(_ value: String, _ swift: String) {
    #expect(SwiftNames.enumCase(value) == swift)
  }

  @Test(arguments: [
    ("FineTuningJob", "finetuningjob"),
    ("Fine Tuning Job", "fine-tuning-job"),
    ("A_b-C.d(e)", "a_b-cde"),
    (
      "Checkpoint permissions of a fine-tuned model", "checkpoint-permissions-of-a-fine-tuned-model"
    ),
    ("Größe Ä", "größe-ä"),
    ("", ""),
  ])
  func anchors(_ heading: String, _ anchor: String) {
    #expect(MarkdownText.anchor(heading) == anchor)
  }
}
