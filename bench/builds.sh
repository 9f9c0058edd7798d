#!/usr/bin/env bash
# Clean builds of bench/ours and bench/sdk, alternated: for each round, debug then release, each
# program in an emptied target dir. This machine's speed drifts by 20% and more over minutes,
# and bench/run.sh builds each program once, minutes apart; here each ratio compares builds made
# one after the other, and the report gives every round's ratio and their median. Odd rounds
# build ours first, even rounds the SDK first: the SDK's build is four times longer, so with one
# fixed order a machine slowing down (or speeding up) within a round favours one side, and
# reversing the order every round cancels a steady drift over each pair of rounds.
#
#   ROUNDS=6 bench/builds.sh     # default 4 (keep it even: the orders balance); about 7
#                                # minutes a round on 2 cores, 6 for release alone
#   PROFILES=release bench/builds.sh
#   VARIANT=<git revision> bench/builds.sh
#
# VARIANT builds a third program each round: bench/ours as it is at that revision (a git
# worktree under the target dir), so a change to the runtime or the generator is weighed
# against the same SDK builds as the current tree. Every build runs with --timings, and the
# table also gives issue 17's compile row (our crates + generated code against the SDK's
# Athena-specific time) round by round.
#
# Our crates are built as registry crates are (no incremental), as in bench/run.sh.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
TARGETS=${BENCH_TARGET_DIR:-$HERE/target}
OUT=${BENCH_OUT:-$TARGETS/builds-$(date -u +%Y%m%dT%H%M%SZ)}
ROUNDS=${ROUNDS:-4}
PROFILES=${PROFILES:-debug release}
mkdir -p "$OUT"

log() { echo "== $*" >&2; }

as_registry=()
for crate in awsgen-runtime awsgen-macros awsgen-codegen; do
    as_registry+=(--config "profile.dev.package.$crate.incremental=false")
done

declare -A dirs=([ours]=$HERE/ours [sdk]=$HERE/sdk)
programs=(ours)
if [ -n "${VARIANT:-}" ]; then
    variant_src=$TARGETS/builds-variant-src
    git -C "$HERE" worktree remove --force "$variant_src" 2>/dev/null || rm -rf "$variant_src"
    git -C "$HERE" worktree add --detach "$variant_src" "$VARIANT" >&2
    git -C "$variant_src" rev-parse HEAD >"$OUT/variant.txt"
    dirs[variant]=$variant_src/bench/ours
    programs+=(variant)
fi
programs+=(sdk)
for program in "${programs[@]}"; do
    (cd "${dirs[$program]}" && cargo fetch --quiet)
done
uptime >"$OUT/load-start.txt"
log "load at start: $(cat "$OUT/load-start.txt")"

for round in $(seq 1 "$ROUNDS"); do
    for profile in $PROFILES; do
        order=("${programs[@]}")
        if [ $((round % 2)) -eq 0 ]; then
            order=()
            for ((i = ${#programs[@]} - 1; i >= 0; i--)); do order+=("${programs[$i]}"); done
        fi
        for program in "${order[@]}"; do
            flags=(--timings)
            [ "$program" != sdk ] && flags+=("${as_registry[@]}")
            [ "$profile" = release ] && flags+=(--release)
            target=$TARGETS/builds-$program
            rm -rf "$target"
            log "round $round: $program, clean $profile build"
            start=$(date +%s.%N)
            (cd "${dirs[$program]}" && CARGO_TARGET_DIR=$target cargo build --quiet "${flags[@]}")
            end=$(date +%s.%N)
            echo "$round $profile $program $start $end" >>"$OUT/builds.txt"
            cp "$target/cargo-timings/cargo-timing.html" "$OUT/$round-$profile-$program-timing.html"
        done
    done
done
uptime >"$OUT/load-end.txt"
[ -n "${VARIANT:-}" ] && git -C "$HERE" worktree remove --force "$variant_src"

python3 - "$OUT" "$HERE" <<'EOF' | tee "$OUT/table.md"
import statistics, sys
from pathlib import Path
out = Path(sys.argv[1])
sys.path.insert(0, sys.argv[2])
from timings import only_in, ours_and_generated, unit_durations
wall = {}
for line in (out / "builds.txt").read_text().splitlines():
    rnd, profile, program, start, end = line.split()
    wall[(int(rnd), profile, program)] = float(end) - float(start)
rounds = sorted({r for r, _, _ in wall})
profiles = [p for p in ("debug", "release") if any(k[1] == p for k in wall)]
programs = [p for p in ("ours", "variant") if any(k[2] == p for k in wall)]
if "variant" in programs:
    print(f"variant: bench/ours at {(out / 'variant.txt').read_text().strip()}\n")
targets = {"debug": 0.35, "release": 0.28}


def units(rnd, profile, program):
    return unit_durations((out / f"{rnd}-{profile}-{program}-timing.html").read_text())


def table(title, target, figure):
    """One row per round and program, then each program's median ratio."""
    print(f"| {title} | round | program | awsgen (s) | aws-sdk-athena (s) | ratio |")
    print("| --- | ---: | --- | ---: | ---: | ---: |")
    for profile in profiles:
        for program in programs:
            ratios = []
            for r in rounds:
                ours, sdk = figure(r, profile, program)
                ratios.append(ours / sdk)
                print(f"| {profile} | {r} | {program} | {ours:.1f} | {sdk:.1f} | {ours / sdk:.3f} |")
            median = statistics.median(ratios)
            bound = target(profile)
            met = "" if bound is None else f" (target ≤ {bound}, {'met' if median <= bound else 'missed'})"
            print(f"| {profile} | median | {program} | | | {median:.3f}{met} |")
    print()


def clean_build(r, profile, program):
    return wall[(r, profile, program)], wall[(r, profile, "sdk")]


def own_compile(r, profile, program):
    ours, sdk = units(r, profile, program), units(r, profile, "sdk")
    return ours_and_generated(ours), sum(only_in(sdk, ours).values())


table("Clean build, wall", targets.get, clean_build)
table(
    "Our crates + generated code against the SDK's Athena-specific compile time",
    lambda profile: 0.05 if profile == "release" else None,
    own_compile,
)
EOF
log "results in $OUT"
