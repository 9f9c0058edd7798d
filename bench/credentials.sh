#!/usr/bin/env bash
# Credentials rows: time to first credentials from a loopback IMDS (IMDSv2 token, role,
# credentials) and from a loopback container endpoint (bench/credentials_server.rs), through
# our DefaultCredentialsChain (bench/ours/benches/credentials.rs) and aws-config's
# (bench/sdk/benches/credentials.rs) side by side; and our warm CachedCredentials hit per call
# beside one request's signing and the whole client CPU path. Criterion, bench profile.
# About 5 minutes once built (the first build compiles each program's dependencies optimized,
# 5-10 minutes each on 2 cores; bench/run.sh and bench/cpu.sh build the same target dirs).
#
#   bench/credentials.sh [results-dir]   # default: a new bench/target/credentials-<time> folder
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
TARGETS=${BENCH_TARGET_DIR:-$HERE/target}
OUT=${1:-$TARGETS/credentials-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
uptime >"$OUT/load-start.txt"
for program in ours sdk; do
    (cd "$HERE/$program" && CARGO_TARGET_DIR=$TARGETS/$program cargo bench --bench credentials -- --noplot) \
        >"$OUT/$program-credentials.txt" 2>"$OUT/$program-credentials.log"
done
uptime >"$OUT/load-end.txt"
# Criterion's summary lines: the name, then `time: [low median high]`.
python3 - "$OUT" <<'PY' | tee "$OUT/credentials.md"
import re, sys
from pathlib import Path
out = Path(sys.argv[1])
unit = {"ns": 1e-3, "µs": 1.0, "us": 1.0, "ms": 1e3, "s": 1e6}


def medians(program):
    """Criterion's summary lines: the name, then `time: [low median high]`; in µs."""
    text = (out / f"{program}-credentials.txt").read_text()
    rows = re.findall(r"^(\S.*?)\s*\n?\s+time:\s+\[\S+ \S+ (\S+) (\S+) \S+ \S+\]", text, re.M)
    return {name.strip(): float(v) * unit[u] for name, v, u in rows}


ours, sdk = medians("ours"), medians("sdk")
print("| Figure | awsgen (µs) | aws-sdk-athena (µs) | ratio |")
print("| --- | ---: | ---: | ---: |")
for name, us in ours.items():
    theirs = sdk.get(name)
    if theirs is None:
        print(f"| {name} | {us:,.3f} | | |")
    else:
        print(f"| {name} | {us:,.1f} | {theirs:,.1f} | {us / theirs:.2f} |")
missing = [name for name in sdk if name not in ours]
if missing:
    sys.exit(f"the SDK bench has rows ours has not: {missing}")
hit = ours.get("per call/warm credentials cache hit")
sign = ours.get("per call/sign one request")
path = ours.get("per call/client CPU: build + validate + serialize + sign")
if hit and sign and path:
    print()
    print(f"warm cache hit / signing: {hit / sign:.3f}; / client CPU path: {hit / path:.3f}")
PY
echo "results in $OUT" >&2
