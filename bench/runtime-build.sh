#!/usr/bin/env bash
# What awsgen-runtime costs to build, crate by crate, at one or more commits: for each commit
# (default: HEAD and the working tree's changes as they are, labelled "tree"), a clean debug
# build of awsgen-runtime with `cargo build --timings` (every crate of its dependency tree,
# with its compile time, and which crates one commit builds that another does not), then
# ROUNDS rebuilds of awsgen-runtime alone with its dependencies built (CARGO_INCREMENTAL=0,
# touch runtime/src/lib.rs), alternating between the commits. Prints a markdown table (also
# saved as runtime-build.md in the results folder). This is the section "What the credential
# providers, the transport seam and TLS settings add to a clean build" of BENCHMARKS.md.
#
#   bench/runtime-build.sh                 # the working tree alone
#   bench/runtime-build.sh 6cb6e2b HEAD    # two commits (each checked out in a git worktree)
#   ROUNDS=5 bench/runtime-build.sh 6cb6e2b tree
#
# About 3-4 minutes per commit on 2 cores (the clean build dominates); run it with nothing
# else running. Each commit builds in its own target dir under bench/target/runtime-build/.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
TARGETS=${BENCH_TARGET_DIR:-$HERE/target}
WORK=$TARGETS/runtime-build
OUT=${BENCH_OUT:-$TARGETS/runtime-build-$(date -u +%Y%m%dT%H%M%SZ)}
ROUNDS=${ROUNDS:-3}
mkdir -p "$WORK" "$OUT"
log() { echo "== $*" >&2; }
[ $# -gt 0 ] || set -- tree

if [ ! -x /usr/bin/time ]; then
    log "installing GNU time for CPU seconds"
    apt-get install -y time >/dev/null
fi

# The source folder of a commit: the working tree itself for "tree", else a detached worktree.
source_of() {
    local rev=$1
    if [ "$rev" = tree ]; then
        echo "$ROOT"
        return
    fi
    local sha dir
    sha=$(git -C "$ROOT" rev-parse --short "$rev^{commit}")
    dir=$WORK/src-$sha
    if [ ! -d "$dir" ]; then
        git -C "$ROOT" worktree add --detach --quiet "$dir" "$sha"
    fi
    echo "$dir"
}

labels=()
for rev in "$@"; do
    label=$rev
    [ "$rev" = tree ] || label=$(git -C "$ROOT" rev-parse --short "$rev^{commit}")
    labels+=("$label")
    src=$(source_of "$rev")
    target=$WORK/target-$label
    log "$label: clean build of awsgen-runtime with --timings ($src)"
    rm -rf "$target"
    (cd "$src" && cargo fetch --quiet)
    start=$(date +%s%N)
    (cd "$src" && CARGO_INCREMENTAL=0 CARGO_TARGET_DIR=$target cargo build --quiet -p awsgen-runtime --timings)
    end=$(date +%s%N)
    echo "$(((end - start) / 1000000))" >"$OUT/$label-clean.ms"
    cp "$target"/cargo-timings/cargo-timing.html "$OUT/$label-timing.html"
    find "$src/runtime/src" -name '*.rs' -print0 | xargs -0 cat | grep -cv '^\s*$' >"$OUT/$label-lines.txt"
done

for round in $(seq "$ROUNDS"); do
    for i in "${!labels[@]}"; do
        label=${labels[$i]}
        src=$(source_of "${@:i+1:1}")
        touch "$src/runtime/src/lib.rs"
        (cd "$src" && CARGO_INCREMENTAL=0 CARGO_TARGET_DIR=$WORK/target-$label \
            /usr/bin/time -f "%U %e" -o "$OUT/$label-rebuild-$round.time" \
            cargo build --quiet -p awsgen-runtime)
        log "$label round $round: $(cat "$OUT/$label-rebuild-$round.time") (user s, wall s)"
    done
done
uptime >"$OUT/load-end.txt"

python3 - "$OUT" "${labels[@]}" <<'PY' | tee "$OUT/runtime-build.md"
import json, statistics, sys
from pathlib import Path
out, labels = Path(sys.argv[1]), sys.argv[2:]

def units(label):
    html = (out / f"{label}-timing.html").read_text()
    start = html.index("[", html.index("const UNIT_DATA ="))
    data, _ = json.JSONDecoder().raw_decode(html[start:])
    crates = {}
    for u in data:
        key = f"{u['name']} {u['version']}"
        crates[key] = crates.get(key, 0.0) + u["duration"]
    return crates

def rebuilds(label):
    return [tuple(float(x) for x in p.read_text().split()) for p in sorted(out.glob(f"{label}-rebuild-*.time"))]

per = {label: units(label) for label in labels}
print("| | " + " | ".join(labels) + " |")
print("| --- |" + " ---: |" * len(labels))
print("| `awsgen-runtime` non-blank lines in `src/` | " + " | ".join(f"{int((out / f'{l}-lines.txt').read_text()):,}" for l in labels) + " |")
print("| clean build of awsgen-runtime and its dependencies, wall s | " + " | ".join(f"{int((out / f'{l}-clean.ms').read_text()) / 1000:.1f}" for l in labels) + " |")
print("| crates compiled | " + " | ".join(str(len(per[l])) for l in labels) + " |")
for what, index in (("user CPU s", 0), ("wall s", 1)):
    cells = []
    for l in labels:
        runs = [r[index] for r in rebuilds(l)]
        cells.append(f"{statistics.median(runs):.2f}" if runs else "")
    print(f"| awsgen-runtime alone, dependencies built, CARGO_INCREMENTAL=0, {what} (median) | " + " | ".join(cells) + " |")
print()
print("Per crate, `cargo build --timings` duration of all its units (s; debug; 2 cores share the build, so crates overlap):")
print()
print("| crate | " + " | ".join(labels) + " |")
print("| --- |" + " ---: |" * len(labels))
names = sorted(set().union(*per.values()), key=lambda k: -max(p.get(k, 0) for p in per.values()))
for name in names:
    cells = [f"{per[l][name]:.2f}" if name in per[l] else "—" for l in labels]
    print(f"| {name} | " + " | ".join(cells) + " |")
if len(labels) > 1:
    first, last = per[labels[0]], per[labels[-1]]
    added = sorted(set(last) - set(first))
    gone = sorted(set(first) - set(last))
    print()
    print(f"Crates {labels[-1]} builds and {labels[0]} does not: " + (", ".join(f"{c} ({last[c]:.2f} s)" for c in added) or "none"))
    print(f"Crates {labels[0]} builds and {labels[-1]} does not: " + (", ".join(gone) or "none"))
PY
log "results in $OUT"
