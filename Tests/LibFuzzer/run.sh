#!/usr/bin/env bash
# Coverage-guided fuzzing of parse, check and render with libFuzzer (swiftc -sanitize=fuzzer),
# starting from the repository's schemas. From the package folder:
#   Tests/LibFuzzer/run.sh [seconds]            (default 60; any libFuzzer flags may follow)
# A crash or a broken promise stops the run and leaves the input as crash-<hash> here.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
out=.build-libfuzzer
mkdir -p "$out/corpus"
flags=(-O -sanitize=fuzzer,address -parse-as-library -swift-version 6 -I "$out")

module() { # name, sources...
  local name=$1
  shift
  swiftc "${flags[@]}" -module-name "$name" -emit-module -emit-module-path "$out/$name.swiftmodule" \
    -wmo -c "$@" -o "$out/$name.o"
}
module SchemaRuntime $(find Sources/SchemaRuntime -name '*.swift')
module SchemaGenCore $(find Sources/SchemaGenCore -name '*.swift')
module OpenAIFineTuning $(find -L Sources/OpenAIFineTuning -name '*.swift')
module SchemaGenFuzzing $(find Sources/SchemaGenFuzzing -name '*.swift')
swiftc "${flags[@]}" Tests/LibFuzzer/SchemaFuzzEntry.swift "$out"/*.o -o "$out/schema-libfuzzer"

find Schema Tests/TortureSchema Examples/ExperimentPlanner/Sources -name '*.schema' \
  -exec cp {} "$out/corpus/" \;
"$out/schema-libfuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix=Tests/LibFuzzer/ "$@" "$out/corpus"
