#!/usr/bin/env bash
# Whole-service rows: all 70 Athena operations generated from Athena's full Smithy model (a
# fixture in ../shared beside the project) against aws-sdk-athena doing the same three calls.
#
#   - compile with dependencies already built (debug, cargo's default CARGO_INCREMENTAL):
#       macro in the user's crate: `cargo clean -p bench-service-ours`, build it;
#       generation crate: clean bench-service-ops and bench-service-app, build the app;
#       SDK: clean aws-sdk-athena and bench-service-sdk, build the program;
#   - incremental rebuild after touching the user's main.rs, for the three;
#   - generated lines per operation: the CLI's formatted output (`awsgen --model ... '*'`),
#     non-blank lines over the operations `--list` names;
#   - where the macro crate's rebuild goes: the same program with the CLI's output pasted in
#     (bench-service-expanded, no macro: rustc alone), the macro's steps timed one by one as
#     it runs in a debug build (bench-service-expand), and the macro crate's rebuild with
#     proc macros optimized (CARGO_PROFILE_DEV_BUILD_OVERRIDE_OPT_LEVEL=3).
#
# Every timing alternates the programs, ROUNDS rounds (default 3); medians are printed as a
# markdown table (also saved as service.md in the results folder). The first builds, which
# compile the dependencies, are not timed. About 15 minutes on 2 cores once the dependencies
# are built (30+ the first time); run it with nothing else running.
#
#   bench/service.sh
#   ROUNDS=5 bench/service.sh
#   SERVICE_ONLY=incremental bench/service.sh   # skip the clean-of-the-crate compiles
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
TARGETS=${BENCH_TARGET_DIR:-$HERE/target}
OUT=${BENCH_OUT:-$TARGETS/service-$(date -u +%Y%m%dT%H%M%SZ)}
ROUNDS=${ROUNDS:-3}
MODEL=${ATHENA_MODEL:-$ROOT/../shared/upstream/models/athena.smithy.json}
OURS_DIR=$HERE/service
SDK_DIR=$HERE/service/sdk
OURS_TARGET=$TARGETS/service
SDK_TARGET=$TARGETS/service-sdk
mkdir -p "$OUT"
log() { echo "== $*" >&2; }

[ -f "$MODEL" ] || { echo "no Athena model at $MODEL (set ATHENA_MODEL)" >&2; exit 1; }
uptime >"$OUT/load-start.txt"
log "load at start: $(cat "$OUT/load-start.txt")"

log "generated code: awsgen --model athena '*' (main workspace)"
(cd "$ROOT" && cargo run --quiet -p awsgen-cli -- --model "$MODEL" '*') >"$OUT/athena-generated.rs"
(cd "$ROOT" && cargo run --quiet -p awsgen-cli -- --model "$MODEL" --list) >"$OUT/operations.txt"
export BENCH_SERVICE_EXPANDED=$OUT/athena-generated.rs

ours() { (cd "$OURS_DIR" && CARGO_TARGET_DIR=$OURS_TARGET cargo "$@"); }
sdk() { (cd "$SDK_DIR" && CARGO_TARGET_DIR=$SDK_TARGET cargo "$@"); }

# Each package is built on its own, exactly as it is timed below: cargo resolves features for the
# packages selected, and a `--workspace` build unifies them across members (bench-service-expand
# depends on awsgen-codegen, whose serde_json has `preserve_order`), so its dependency builds are
# other artifacts than a `-p bench-service-ours` build needs, and the first timed build would
# compile serde_json, reqwest, awsgen-runtime, syn, ... again.
log "building dependencies (not timed)"
for package in bench-service-ours bench-service-app bench-service-expanded bench-service-expand; do
    ours build --quiet -p "$package"
done
sdk build --quiet

# Seconds taken by "$@". A timed build must compile only the crates cleaned for it (ours, or
# aws-sdk-athena and its program): anything else means the dependencies were not built as timed.
seconds() {
    local start end extra
    start=$(date +%s%N)
    "$@" >/dev/null 2>"$OUT/last-build.log"
    end=$(date +%s%N)
    cat "$OUT/last-build.log" >>"$OUT/build.log"
    extra=$(grep -E '^ *Compiling ' "$OUT/last-build.log" | grep -vE 'Compiling (bench-service-[a-z]+|aws-sdk-athena) ' || true)
    if [ -n "$extra" ]; then
        echo "a timed build ($*) compiled dependencies, so its time is not the crate's:" >&2
        echo "$extra" >&2
        exit 1
    fi
    python3 -c "print(($end - $start) / 1e9)"
}

declare -A times
record() { # row, then the command
    local row=$1
    shift
    local t
    t=$(seconds "$@")
    times[$row]="${times[$row]:-} $t"
    log "  $row: $t s"
}

# `cargo clean -p`, and the crates' incremental caches with it, so nothing of the crate is reused.
forget() { # target dir, packages...
    local target=$1
    shift
    local args=() package
    for package in "$@"; do
        args+=(-p "$package")
        rm -rf "$target"/debug/incremental/"${package//-/_}"-*
    done
    (cd "$OURS_DIR" && CARGO_TARGET_DIR=$target cargo clean --quiet --manifest-path "$(manifest_of "$target")" "${args[@]}")
}
manifest_of() { if [ "$1" = "$SDK_TARGET" ]; then echo "$SDK_DIR/Cargo.toml"; else echo "$OURS_DIR/Cargo.toml"; fi; }
clean_ours() { forget "$OURS_TARGET" bench-service-ours; }
clean_pattern() { forget "$OURS_TARGET" bench-service-ops bench-service-app; }
clean_sdk() { forget "$SDK_TARGET" aws-sdk-athena bench-service-sdk; }
clean_expanded() { forget "$OURS_TARGET" bench-service-expanded; }

for round in $(seq "$ROUNDS"); do
    if [ "${SERVICE_ONLY:-}" != incremental ]; then
        log "round $round: compile with dependencies built"
        clean_ours
        record ours-compile ours build -p bench-service-ours
        clean_sdk
        record sdk-compile sdk build
        clean_pattern
        record pattern-compile ours build -p bench-service-app
        clean_expanded
        record expanded-compile ours build -p bench-service-expanded
    fi
    log "round $round: incremental rebuild after touching main.rs"
    touch "$OURS_DIR/ours/src/main.rs"
    record ours-incremental ours build -p bench-service-ours
    touch "$SDK_DIR/src/main.rs"
    record sdk-incremental sdk build
    touch "$OURS_DIR/app/src/main.rs"
    record pattern-incremental ours build -p bench-service-app
    touch "$OURS_DIR/expanded/src/main.rs"
    record expanded-incremental ours build -p bench-service-expanded
done

log "the macro crate's rebuild with proc macros optimized (build-override opt-level 3)"
export CARGO_PROFILE_DEV_BUILD_OVERRIDE_OPT_LEVEL=3
ours build --quiet -p bench-service-ours
for round in $(seq "$ROUNDS"); do
    touch "$OURS_DIR/ours/src/main.rs"
    record ours-incremental-optmacro ours build -p bench-service-ours
done
unset CARGO_PROFILE_DEV_BUILD_OVERRIDE_OPT_LEVEL

log "the macro's steps, as it runs in a debug build"
ours run --quiet -p bench-service-expand -- "$MODEL" "$((ROUNDS * 2 + 1))" >"$OUT/expand-steps.json"

log "one timed build of the macro crate with --timings"
touch "$OURS_DIR/ours/src/main.rs"
ours build --quiet -p bench-service-ours --timings
cp "$OURS_TARGET"/cargo-timings/cargo-timing.html "$OUT/ours-incremental-timing.html"

uptime >"$OUT/load-end.txt"
log "load at end: $(cat "$OUT/load-end.txt")"
for row in "${!times[@]}"; do echo "$row ${times[$row]}"; done >"$OUT/times.txt"
{
    echo "rustc: $(rustc --version)"
    echo "nproc: $(nproc)"
    sdk tree --depth 1 -e normal --prefix none | sed 's/^/sdk: /'
} >"$OUT/versions.txt"

python3 - "$OUT" <<'PY' | tee "$OUT/service.md"
import json, statistics, sys
out = sys.argv[1]
times = {}
for line in open(f"{out}/times.txt"):
    row, *values = line.split()
    times[row] = [float(v) for v in values]
med = lambda row: statistics.median(times[row]) if row in times else None
ops = sum(1 for line in open(f"{out}/operations.txt") if line.strip())
lines = sum(1 for line in open(f"{out}/athena-generated.rs") if line.strip())
steps = json.loads(open(f"{out}/expand-steps.json").read())
rounds = max(len(v) for v in times.values())

def row(label, ours, sdk):
    a, b = med(ours), med(sdk) if sdk else None
    if a is None:
        return
    ratio = f"{a / b:.2f}" if b else ""
    print(f"| {label} | {a:.2f} | {b:.2f} | {ratio} |" if b else f"| {label} | {a:.2f} | | |")

print(f"Whole service: {ops} Athena operations, debug, medians of {rounds} alternated runs (seconds)")
print()
print("| Figure | awsgen | aws-sdk-athena + program | awsgen/sdk |")
print("| --- | ---: | ---: | ---: |")
row("Compile, dependencies built: macro in the user's crate", "ours-compile", "sdk-compile")
row("Compile, dependencies built: generation crate + user's crate", "pattern-compile", "sdk-compile")
row("Incremental rebuild after touching main.rs: macro in the user's crate", "ours-incremental", "sdk-incremental")
row("Incremental rebuild after touching main.rs: generation-crate pattern", "pattern-incremental", "sdk-incremental")
row("Incremental rebuild, macro in the user's crate, proc macros optimized (build-override opt-level 3)", "ours-incremental-optmacro", "sdk-incremental")
print(f"| Generated lines (formatted, non-blank) | {lines:,} | | |")
print(f"| Generated lines per operation | {lines / ops:.0f} | | |")
print()
print("Where the macro crate's rebuild goes (seconds, medians):")
print()
print("| Part | seconds |")
print("| --- | ---: |")
for label, key in [("whole rebuild, macro in the crate", "ours-incremental"),
                   ("same program, generated code pasted in (rustc alone, no macro)", "expanded-incremental"),
                   ("clean-of-the-crate compile, code pasted in", "expanded-compile")]:
    if med(key) is not None:
        print(f"| {label} | {med(key):.2f} |")
for label, key in [("macro step: read the model file", "read_ms"),
                   ("macro step: parse the model (JSON, shapes)", "parse_ms"),
                   ("macro step: generate the tokens of every operation", "generate_ms"),
                   ("macro step: tokens to text (stand-in for the hand-over to rustc)", "to_string_ms")]:
    print(f"| {label}, unoptimized as in a debug build | {steps[key] / 1000:.3f} |")
print()
print("raw seconds: " + "; ".join(f"{k} {v}" for k, v in sorted(times.items())))
PY
log "results in $OUT"
