#!/usr/bin/env bash
# The issue-14 user task, side by side: examples/user_task.rs (awsgen) against
# bench/ergonomics/src/sdk_user_task.rs (aws-sdk-athena + aws-config). Counts code lines (not
# blank, not comments, `use` lines included) and `?` operators, after rustfmt on both, and
# checks that the SDK program compiles (its own workspace, CARGO_TARGET_DIR under bench/target;
# the first run builds aws-sdk-athena, several minutes). SKIP_SDK_BUILD=1 only counts.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
OURS=$ROOT/examples/user_task.rs
SDK=$HERE/ergonomics/src/sdk_user_task.rs
if [ "${SKIP_SDK_BUILD:-0}" != 1 ]; then
    (cd "$HERE/ergonomics" && CARGO_TARGET_DIR=${BENCH_TARGET_DIR:-$HERE/target}/ergonomics \
        cargo check --quiet)
fi
python3 - "$OURS" "$SDK" <<'PY'
import re, subprocess, sys
def count(path):
    text = subprocess.run(["rustfmt", "--edition", "2021", "--emit", "stdout", path],
                          check=True, capture_output=True, text=True).stdout
    lines = [l.strip() for l in text.splitlines()]
    code = [l for l in lines if l and not l.startswith("//") and not l.startswith(path)]
    # `?` as an operator: after `)`, `]`, an identifier or `await`, not inside strings.
    stripped = re.sub(r'"(\\.|[^"\\])*"', '""', "\n".join(code))
    qs = len(re.findall(r'[\w)\]]\?', stripped))
    return len(code), qs, stripped.count(".build()")
rows = [("awsgen (examples/user_task.rs)", count(sys.argv[1])),
        ("aws-sdk-athena (bench/ergonomics/src/sdk_user_task.rs)", count(sys.argv[2]))]
print("| program | code lines | `?` | `.build()` |")
print("|---|---:|---:|---:|")
for name, (lines, qs, builds) in rows:
    print(f"| {name} | {lines} | {qs} | {builds} |")
(o, oq, _), (s, sq, _) = rows[0][1], rows[1][1]
print(f"\nratio awsgen / aws-sdk-athena: lines {o/s:.2f}, ? {oq}/{sq}")
PY
