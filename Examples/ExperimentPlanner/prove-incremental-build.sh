#!/usr/bin/env bash
# Proves that the build-tool plugin runs the generator only when it must:
#   1. a first build runs it;            2. a second build with no change does not;
#   3. touching a schema file runs it;   4. changing the generator runs it;
#   5. a schema error fails the build with the diagnostic at its line and column;
#   6. a hand-written file with a generated file's name fails the build with a diagnostic that
#      names both, not SwiftPM's "multiple producers".
# Works on a scratch copy of the repository, so nothing here is modified.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
(cd "$repo" && git ls-files --cached --others --exclude-standard | while IFS= read -r file; do
  if [ -e "$file" ] || [ -L "$file" ]; then cp -P --parents "$file" "$scratch"; fi
done)
cd "$scratch/Examples/ExperimentPlanner"

ran_generator() { grep -q "Generating Swift from" "$1"; }
build() { swift build --product experiment-planner >"$1" 2>&1; }
fail() { echo "FAIL: $*" >&2; exit 1; }

build first.log || { cat first.log; fail "first build failed"; }
ran_generator first.log || fail "the first build did not run the generator"
echo "ok: the first build runs the generator"

# SwiftPM (6.3, Linux) relinks a plugin's host tool once on the build after the first; the
# generator then runs again because its input, the tool, changed. Settle that first.
build settle.log || { cat settle.log; fail "second build failed"; }
build second.log || { cat second.log; fail "third build failed"; }
! ran_generator second.log || fail "a build with no change ran the generator again"
echo "ok: a build with no change does not run it"

sleep 1
touch Sources/Experiments/Experiments.schema
build touched.log || { cat touched.log; fail "build after touch failed"; }
ran_generator touched.log || fail "touching the schema did not run the generator"
echo "ok: touching a schema file runs it"

# A change of code (a comment alone leaves the binary, and so the plugin's input, unchanged).
echo "extension Pipeline { static let scratchRevision = \"$(date +%s%N)\" }" \
  >>"$scratch/Sources/SchemaGenCore/Pipeline.swift"
build generator.log || { cat generator.log; fail "build after changing the generator failed"; }
ran_generator generator.log || { cat generator.log; fail "changing the generator did not run it"; }
echo "ok: changing the generator runs it"

printf '\nobject Broken {\n  name: strng\n}\n' >>Sources/Experiments/Experiments.schema
line=$(grep -n "name: strng" Sources/Experiments/Experiments.schema | cut -d: -f1)
if build broken.log; then fail "a schema error did not fail the build"; fi
expected="Experiments.schema:$line:9: error: unknown type 'strng'; did you mean 'string'?"
grep -qF "$expected" broken.log || { cat broken.log; fail "missing diagnostic: $expected"; }
echo "ok: a schema error fails the build with: $expected"

cp "$repo/Examples/ExperimentPlanner/Sources/Experiments/Experiments.schema" Sources/Experiments/
echo "// hand-written" >Sources/Experiments/Experiments.schema.swift
if build clash.log; then fail "a file named like a generated one did not fail the build"; fi
expected="the Swift file generated from this schema file, 'Experiments.schema.swift', has the name of the target's own"
grep -qF "$expected" clash.log || { cat clash.log; fail "missing diagnostic: $expected"; }
echo "ok: a file named like a generated one fails the build with: $expected"
