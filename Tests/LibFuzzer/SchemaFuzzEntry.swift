import SchemaGenCore
import SchemaGenFuzzing

// libFuzzer's entry point: each input is one schema file. The run stops (and libFuzzer saves
// the input) on a crash, and on any broken promise the mutation fuzzer checks as well.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneSchema(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
  let sources = [SourceFile(path: "fuzz.schema", text: text)]
  let (files, diagnostics) = Pipeline.generate(sources)
  let problems =
    SchemaFuzzer.problems(in: diagnostics, of: sources) + SchemaFuzzer.problems(in: files)
  if let problem = problems.first { fatalError(problem) }
  return 0
}
