#!/usr/bin/env bash
# Credentials rows: time to first credentials from a loopback IMDS (IMDSv2 token, role,
# credentials) and from a loopback container endpoint, through DefaultCredentialsChain with an
# injected environment; and a warm CachedCredentials hit per call beside one request's signing
# and the whole client CPU path (bench/ours/benches/credentials.rs). Criterion, bench profile.
# About 3 minutes once built (the first build compiles bench/ours's dependencies optimized,
# 5-10 minutes on 2 cores; bench/run.sh builds the same target dir).
#
#   bench/credentials.sh [results-dir]   # default: a new bench/target/credentials-<time> folder
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
TARGETS=${BENCH_TARGET_DIR:-$HERE/target}
OUT=${1:-$TARGETS/credentials-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
uptime >"$OUT/load-start.txt"
(cd "$HERE/ours" && CARGO_TARGET_DIR=$TARGETS/ours cargo bench --bench credentials -- --noplot) \
    >"$OUT/credentials.txt" 2>"$OUT/credentials.log"
uptime >"$OUT/load-end.txt"
# Criterion's summary lines: the name, then `time: [low median high]`.
python3 - "$OUT/credentials.txt" <<'PY' | tee "$OUT/credentials.md"
import re, sys
text = open(sys.argv[1]).read()
rows = re.findall(r"^(\S.*?)\s*\n?\s+time:\s+\[\S+ \S+ (\S+) (\S+) \S+ \S+\]", text, re.M)
unit = {"ns": 1e-3, "µs": 1.0, "us": 1.0, "ms": 1e3, "s": 1e6}
median = {name.strip(): float(v) * unit[u] for name, v, u in rows}
print("| Figure | µs (criterion median) |")
print("| --- | ---: |")
for name, us in median.items():
    print(f"| {name} | {us:,.3f} |")
hit = median.get("per call/warm credentials cache hit")
sign = median.get("per call/sign one request")
path = median.get("per call/client CPU: build + validate + serialize + sign")
if hit and sign and path:
    print()
    print(f"warm cache hit / signing: {hit / sign:.3f}; / client CPU path: {hit / path:.3f}")
PY
echo "results in $OUT" >&2
