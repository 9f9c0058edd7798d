#!/usr/bin/env bash
# Clean builds of bench/ours and bench/sdk, alternated: for each round, debug then release, ours
# then the SDK, each in an emptied target dir. This machine's speed drifts by 20% and more over
# minutes, and bench/run.sh builds each program once, minutes apart; here each ratio compares
# builds made one after the other, and the report gives every round's ratio and their median.
#
#   ROUNDS=3 bench/builds.sh     # default 2 rounds, about 7 minutes each on 2 cores
#
# Our crates are built as registry crates are (no incremental), as in bench/run.sh.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
TARGETS=${BENCH_TARGET_DIR:-$HERE/target}
OUT=${BENCH_OUT:-$TARGETS/builds-$(date -u +%Y%m%dT%H%M%SZ)}
ROUNDS=${ROUNDS:-2}
mkdir -p "$OUT"

log() { echo "== $*" >&2; }

as_registry=()
for crate in awsgen-runtime awsgen-macros awsgen-codegen; do
    as_registry+=(--config "profile.dev.package.$crate.incremental=false")
done

for program in ours sdk; do
    (cd "$HERE/$program" && cargo fetch --quiet)
done
uptime >"$OUT/load-start.txt"
log "load at start: $(cat "$OUT/load-start.txt")"

for round in $(seq 1 "$ROUNDS"); do
    for profile in debug release; do
        for program in ours sdk; do
            flags=()
            [ "$program" = ours ] && flags=("${as_registry[@]}")
            [ "$profile" = release ] && flags+=(--release)
            target=$TARGETS/builds-$program
            rm -rf "$target"
            log "round $round: $program, clean $profile build"
            start=$(date +%s.%N)
            (cd "$HERE/$program" && CARGO_TARGET_DIR=$target cargo build --quiet "${flags[@]}")
            end=$(date +%s.%N)
            echo "$round $profile $program $start $end" >>"$OUT/builds.txt"
        done
    done
done
uptime >"$OUT/load-end.txt"

python3 - "$OUT" <<'EOF' | tee "$OUT/table.md"
import statistics, sys
from pathlib import Path
out = Path(sys.argv[1])
wall = {}
for line in (out / "builds.txt").read_text().splitlines():
    rnd, profile, program, start, end = line.split()
    wall[(int(rnd), profile, program)] = float(end) - float(start)
rounds = sorted({r for r, _, _ in wall})
targets = {"debug": 0.35, "release": 0.28}
print("| Clean build | round | awsgen (s) | aws-sdk-athena (s) | ratio |")
print("| --- | ---: | ---: | ---: | ---: |")
for profile in ("debug", "release"):
    ratios = []
    for r in rounds:
        ours, sdk = wall[(r, profile, "ours")], wall[(r, profile, "sdk")]
        ratios.append(ours / sdk)
        print(f"| {profile} | {r} | {ours:.1f} | {sdk:.1f} | {ours / sdk:.3f} |")
    median = statistics.median(ratios)
    met = "met" if median <= targets[profile] else "missed"
    print(f"| {profile} | median | | | {median:.3f} (target ≤ {targets[profile]}, {met}) |")
EOF
log "results in $OUT"
