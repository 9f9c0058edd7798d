#!/usr/bin/env bash
# The workspace pattern against generating in place: how long a rebuild of a crate takes after
# an edit to it (here a touch of its source), when the operations come from another crate of the
# workspace (examples/workspace/app) and when the crate generates them itself (its example
# in_place, the same program). Rebuilds alternate, ROUNDS each, in the workspace's dev profile;
# medians and their ratio are printed. Run from anywhere; the first build is not counted.
# examples/workspace is a workspace of its own; it builds in the main target dir (or
# CARGO_TARGET_DIR), whose dependencies it shares.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${ROUNDS:-5}"
app=examples/workspace/app
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
cargo() { command cargo "$1" --manifest-path examples/workspace/Cargo.toml "${@:2}"; }
cargo build --quiet -p awsgen-example-app --bin awsgen-example-app --example in_place

time_build() { # file to touch, cargo target arguments...
    local file="$1"
    shift
    touch "$file"
    local start end
    start=$(date +%s%N)
    cargo build --quiet -p awsgen-example-app "$@"
    end=$(date +%s%N)
    echo "$(((end - start) / 1000000))e-3"
}

pattern=()
in_place=()
ops=()
for _ in $(seq "$rounds"); do
    pattern+=("$(time_build "$app/src/main.rs" --bin awsgen-example-app)")
    in_place+=("$(time_build "$app/examples/in_place.rs" --example in_place)")
    # An edit to the generating crate: it expands again, and the app relinks.
    ops+=("$(time_build examples/workspace/athena-ops/src/lib.rs --bin awsgen-example-app)")
done
python3 - "${pattern[*]}" "${in_place[*]}" "${ops[*]}" <<'PY'
import statistics, sys
pattern, in_place, ops = ([float(x) for x in arg.split()] for arg in sys.argv[1:4])
p, i, o = (statistics.median(v) for v in (pattern, in_place, ops))
print(f"rebuild after an edit, median of {len(pattern)} (seconds):")
print(f"  dependent crate, operations from the generating crate: {p:.2f}  {pattern}")
print(f"  the same crate generating in place:                    {i:.2f}  {in_place}")
print(f"  the generating crate itself (then the dependent relinks): {o:.2f}  {ops}")
print(f"ratio dependent / in place: {p / i:.2f}")
PY
