#!/usr/bin/env bash
# Side-by-side benchmark of awsgen (bench/ours) against aws-sdk-athena (bench/sdk): clean and
# incremental build times, crates compiled, Athena-specific compile time, stripped binary size,
# peak build memory, loopback throughput and latency, peak runtime memory, client CPU per
# request, and macro expansion time. Prints a markdown table (also saved as table.md in the
# results folder). Run it with nothing else running: it takes 10+ minutes on 2 cores.
#
#   bench/run.sh                      # everything
#   BENCH_REQUESTS=2000 bench/run.sh  # fewer requests per load run (default 5000)
#
# Every program has its own CARGO_TARGET_DIR under bench/target/ (kept out of git).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
TARGETS=${BENCH_TARGET_DIR:-$HERE/target}
OUT=${BENCH_OUT:-$TARGETS/results-$(date -u +%Y%m%dT%H%M%SZ)}
REQUESTS=${BENCH_REQUESTS:-5000}
mkdir -p "$OUT"

log() { echo "== $*" >&2; }

if [ ! -x /usr/bin/time ]; then
    log "installing GNU time for peak build memory"
    apt-get install -y time >/dev/null
fi

# The one-CPU load runs pin the server and the clients with taskset (util-linux): fail now, not
# after the builds.
if ! command -v taskset >/dev/null; then
    log "taskset (util-linux) is needed for the one-CPU load runs"
    exit 1
fi

uptime >"$OUT/load-start.txt"
# The CPU rows of the report divide build CPU time by the cores the builds had.
nproc >"$OUT/cores.txt"
log "load at start: $(cat "$OUT/load-start.txt")"

# Wall time in seconds of "$@", its stderr kept in $1.log; GNU time's report in $1.time.
timed() {
    local name=$1
    shift
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -v -o "$OUT/$name.time" "$@" 2>"$OUT/$name.log"
    end=$(date +%s.%N)
    echo "$start $end" >"$OUT/$name.wall"
}

# Our crates are path dependencies of bench/ours, and cargo compiles path dependencies
# incrementally in debug builds (slower: it also writes the incremental cache). A user takes
# them from crates.io, as bench/sdk takes the SDK, and cargo never compiles registry crates
# incrementally; so build ours as a registry dependency is built. BENCH_OURS_AS_PATH=1 keeps
# cargo's path-dependency default (the figures before 2026-12-01 03:40 UTC were taken so).
as_registry=()
if [ -z "${BENCH_OURS_AS_PATH:-}" ]; then
    for crate in awsgen-runtime awsgen-macros awsgen-codegen; do
        as_registry+=(--config "profile.dev.package.$crate.incremental=false")
    done
fi

# bench/floor is the HTTP stack alone (reqwest, rustls, tokio): the part of ours it sets.
for program in ours sdk floor; do
    dir=$HERE/$program
    target=$TARGETS/$program
    flags=()
    [ "$program" = ours ] && flags=("${as_registry[@]}")
    log "$program: fetching dependencies (not timed)"
    (cd "$dir" && cargo fetch --quiet)

    log "$program: clean debug build"
    rm -rf "$target"
    (cd "$dir" && CARGO_TARGET_DIR=$target timed "$program-debug" cargo build "${flags[@]}" --timings)
    cp "$target"/cargo-timings/cargo-timing.html "$OUT/$program-debug-timing.html"

    log "$program: incremental debug rebuild after touching main.rs"
    touch "$dir/src/main.rs"
    (cd "$dir" && CARGO_TARGET_DIR=$target timed "$program-incremental" cargo build "${flags[@]}")

    log "$program: clean release build"
    rm -rf "$target"
    (cd "$dir" && CARGO_TARGET_DIR=$target timed "$program-release" cargo build "${flags[@]}" --release --timings)
    cp "$target"/cargo-timings/cargo-timing.html "$OUT/$program-release-timing.html"
    cp "$target/release/bench-$program" "$OUT/bench-$program"
    strip "$OUT/bench-$program"
    stat -c %s "$OUT/bench-$program" >"$OUT/$program-stripped.bytes"
done

log "loopback server"
SERVER_TARGET=$TARGETS/server
(cd "$HERE/server" && CARGO_TARGET_DIR=$SERVER_TARGET cargo build --release --quiet)
# Two placements. "two CPUs": server and client wherever the scheduler puts them. On an idle
# virtual machine each hop then waits for a halted vCPU to wake (about 50 µs here), the same
# for every client, so that ratio is capped by the floor's (the stack alone). "one CPU": server
# and client pinned to the same CPU, so a request costs the CPU time both sides spend on it and
# the ratio shows the clients' difference.
PIN_CPU=$(($(nproc) - 1))
for placement in two one; do
    if [ "$placement" = one ]; then pin=(taskset -c "$PIN_CPU"); suffix=pinned; else pin=(); suffix=load; fi
    coproc SERVER { exec "${pin[@]}" "$SERVER_TARGET/release/bench-server" --seconds 1200; }
    server_pid=$SERVER_PID
    trap 'kill "$server_pid" 2>/dev/null || true' EXIT
    read -r URL <&"${SERVER[0]}"
    log "server at $URL, $placement CPU(s); $REQUESTS requests per run, three runs each, alternating"
    # The floor sends the same header names and body bytes with none of a client's work: how
    # fast the stack alone goes against this server.
    for round in 1 2 3; do
        for program in ours sdk floor; do
            "${pin[@]}" "$OUT/bench-$program" "$URL" "$REQUESTS" >"$OUT/$program-$suffix-$round.json"
        done
    done
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
done

log "client CPU per request (bench/pair, then criterion steps)"
"$HERE/cpu.sh" "$OUT"

log "macro expansion (awsgen-codegen expand bench, main workspace)"
(cd "$ROOT" && CARGO_TARGET_DIR=$TARGETS/workspace cargo bench -p awsgen-codegen --bench expand -- --noplot) \
    >"$OUT/expand.txt" 2>"$OUT/expand.log"

uptime >"$OUT/load-end.txt"
log "load at end: $(cat "$OUT/load-end.txt")"

{
    echo "rustc: $(rustc --version)"
    echo "cargo: $(cargo --version)"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    for program in ours sdk; do
        (cd "$HERE/$program" && cargo tree --depth 1 -e normal --prefix none) | sed "s/^/$program: /"
    done
} >"$OUT/versions.txt"

python3 "$HERE/report.py" "$OUT" | tee "$OUT/table.md"
log "results in $OUT"
