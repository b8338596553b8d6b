// The generated types use `JSON` and the decoding helpers of SchemaRuntime; importing
// OpenAIFineTuning makes them available without a second import.
@_exported import SchemaRuntime
