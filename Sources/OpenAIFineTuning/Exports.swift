// The generated types use `JSON` and the decoding helpers of SchemaRuntime; importing
// OpenAIFineTuning makes them available without a second import.
@_exported import SchemaRuntime
// The ready OpenAI client sends its requests with URLSession.
@_exported import SchemaRuntimeURLSession
