#!/usr/bin/env bash
# Client CPU per request, ours against the SDK. The host's speed drifts by tens of percent over
# minutes, so the two are not timed in separate runs: bench/pair alternates 500-request batches of
# each in one process, 1000 times, and reports the median ratio of adjacent batches (three runs).
# Then criterion times each of our steps alone. Called by run.sh; alone:
#
#   bench/cpu.sh [results-dir]   # default: a new bench/target/cpu-<time> folder
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
TARGETS=${BENCH_TARGET_DIR:-$HERE/target}
OUT=${1:-$TARGETS/cpu-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"

echo "== pair: building (not timed)" >&2
# The SDK's target dir: its crates are already built there with the same versions.
(cd "$HERE/pair" && CARGO_TARGET_DIR=$TARGETS/sdk cargo build --release --quiet)
for run in 1 2 3; do
    echo "== pair: run $run of 3" >&2
    "$TARGETS/sdk/release/bench-pair" 1000 500 >"$OUT/pair-$run.json"
done
echo "== ours: where the time goes (criterion step benches)" >&2
(cd "$HERE/ours" && CARGO_TARGET_DIR=$TARGETS/ours cargo bench --bench cpu -- --noplot "step:") \
    >"$OUT/ours-steps.txt" 2>"$OUT/ours-steps.log"
