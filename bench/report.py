#!/usr/bin/env python3
"""Turns the files bench/run.sh leaves in its results folder into one markdown table:
each figure for awsgen and aws-sdk-athena, their ratio (ours/sdk) and the target."""

import json
import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timings import only_in, ours_and_generated, unit_data, unit_durations  # noqa: E402

OUT = Path(sys.argv[1])
PROGRAMS = ("ours", "sdk")


def text(name):
    return (OUT / name).read_text()


def wall(name):
    start, end = text(f"{name}.wall").split()
    return float(end) - float(start)


def compiled(name):
    return sum(1 for line in text(f"{name}.log").splitlines() if line.strip().startswith("Compiling "))


def max_rss_mb(name):
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text(f"{name}.time"))
    return int(m.group(1)) / 1024 if m else None


def cpu_seconds(name):
    """User + system CPU time of a timed command, from GNU time's report."""
    report = text(f"{name}.time")
    user = re.search(r"User time \(seconds\): ([\d.]+)", report)
    system = re.search(r"System time \(seconds\): ([\d.]+)", report)
    return float(user.group(1)) + float(system.group(1)) if user and system else None


def units(name):
    """(name, version, target) -> seconds, from the UNIT_DATA cargo --timings embeds."""
    return unit_durations(text(f"{name}-timing.html"))


def own_units(profile):
    """For each program, the units of crates (name, version) the other does not build."""
    both = {p: units(f"{p}-{profile}") for p in PROGRAMS}
    return {p: only_in(both[p], both["sdk" if p == "ours" else "ours"]) for p in PROGRAMS}


UNITS = {"ps": 1e-12, "ns": 1e-9, "µs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1.0}


def criterion(name):
    """bench name -> median seconds per iteration, from criterion's text output."""
    results = {}
    current = None
    for line in text(name).splitlines():
        m = re.search(r"time:\s+\[\S+ \S+ (\S+) (\S+) \S+ \S+\]", line)
        if m:
            head = line.split("time:")[0].strip()
            bench = head or current
            results[bench] = float(m.group(1)) * UNITS[m.group(2)]
        elif line.strip() and not line.startswith(" "):
            current = line.strip()
    return results


def load_runs(program, placement="load"):
    """The load runs of one program: `load` (two CPUs, unpinned) or `pinned` (one CPU)."""
    return [json.loads(p.read_text()) for p in sorted(OUT.glob(f"{program}-{placement}-*.json"))]


def median_run(program, key, placement="load"):
    """The run whose `key` throughput is the median of the runs."""
    runs = sorted(load_runs(program, placement), key=lambda r: r[key])
    return runs[len(runs) // 2]


def fmt(value, digits=1):
    if value is None:
        return "—"
    if isinstance(value, int):
        return f"{value:,}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.{digits}f}"


rows = []


def row(label, ours, sdk, target="", better="lower", ratio=None):
    if ratio is None:
        ratio = ours / sdk if ours is not None and sdk else None
    met = ""
    if target and ratio is not None:
        op, bound = target.split()
        bound = float(bound)
        ok = ratio <= bound if op == "≤" else ratio >= bound
        met = "yes" if ok else "**no**"
    rows.append((label, fmt(ours), fmt(sdk), fmt(ratio, 2), target, met))


row("Clean debug build, wall (s)", wall("ours-debug"), wall("sdk-debug"), "≤ 0.35")
row("Clean release build, wall (s)", wall("ours-release"), wall("sdk-release"), "≤ 0.28")
row("Incremental debug rebuild after touching main.rs (s)", wall("ours-incremental"), wall("sdk-incremental"))
row("Crates compiled (clean debug, `Compiling` lines)", compiled("ours-debug"), compiled("sdk-debug"))
for profile in ("debug", "release"):
    own = own_units(profile)
    row(
        f"Athena-specific compile time, {profile} (s, summed over crates the other does not build)",
        sum(own["ours"].values()),
        sum(own["sdk"].values()),
    )
# Issue 17's compile row: our own crates and the generated code (the runtime, the generator,
# the macro and the program the macro expands into) against the SDK's Athena-specific time.
own_release = own_units("release")
row(
    "Our crates + generated code, release compile (s) against the SDK's Athena-specific time",
    ours_and_generated(own_release["ours"]),
    sum(own_release["sdk"].values()),
    "≤ 0.05",
)
row("Stripped release binary (MB)", int(text("ours-stripped.bytes")) / 1e6, int(text("sdk-stripped.bytes")) / 1e6, "≤ 0.28")
# The floor: what the HTTP stack our user chose costs alone (bench/floor), and when reqwest,
# the last crate of that stack, finishes inside our own clean builds. No target: they show how
# much of each ratio above is ours to cut.
if (OUT / "floor-debug.wall").exists():
    row("Floor: reqwest + rustls + tokio alone, clean debug build, wall (s)", wall("floor-debug"), wall("sdk-debug"))
    row("Floor: reqwest + rustls + tokio alone, clean release build, wall (s)", wall("floor-release"), wall("sdk-release"))
    row(
        "Floor: reqwest + rustls + tokio alone, stripped release binary (MB)",
        int(text("floor-stripped.bytes")) / 1e6,
        int(text("sdk-stripped.bytes")) / 1e6,
    )
for profile in ("debug", "release"):
    ends = [k for k in units(f"ours-{profile}") if k[0] == "reqwest"]
    if ends:
        data = unit_data(text(f"ours-{profile}-timing.html"))
        done = max(u["start"] + u["duration"] for u in data if u["name"] == "reqwest")
        row(f"Clean {profile} build of ours: reqwest finished at (s)", done, wall(f"sdk-{profile}"))
# A clean build cannot take less wall time than its CPU time spread over every core with none
# idle: that bound, against the SDK's wall time, shows which build targets scheduling alone
# could still meet and which need less compiling.
if (OUT / "cores.txt").exists():
    cores = int(text("cores.txt"))
    for profile in ("debug", "release"):
        row(f"Clean {profile} build, CPU time (user + sys, s)", cpu_seconds(f"ours-{profile}"), cpu_seconds(f"sdk-{profile}"))
        if (OUT / f"floor-{profile}.time").exists():
            row(
                f"Floor: reqwest + rustls + tokio alone, clean {profile} build, CPU time (s)",
                cpu_seconds(f"floor-{profile}"),
                cpu_seconds(f"sdk-{profile}"),
            )
        row(
            f"Clean {profile} build of ours, CPU time ÷ {cores} cores (s; the least wall time any scheduling gives), against the SDK's wall",
            cpu_seconds(f"ours-{profile}") / cores,
            wall(f"sdk-{profile}"),
        )
row("Peak build memory, clean debug (MB, largest process)", max_rss_mb("ours-debug"), max_rss_mb("sdk-debug"))
row("Peak build memory, clean release (MB, largest process)", max_rss_mb("ours-release"), max_rss_mb("sdk-release"))

# Load runs in two placements (see run.sh): the target rows are the one-CPU runs, where the
# idle vCPU's wake-up does not cap the ratio; the two-CPU rows and each placement's floor show
# that cap.
for placement, name, target in (("pinned", "one CPU", "≥ 2"), ("load", "two CPUs", "")):
    if not load_runs("ours", placement):
        continue
    seq = {p: median_run(p, "seq_rps", placement) for p in PROGRAMS}
    conc = {p: median_run(p, "c8_rps", placement) for p in PROGRAMS}
    row(f"Requests/s, sequential, one connection, {name}", seq["ours"]["seq_rps"], seq["sdk"]["seq_rps"], target)
    row(f"p50 latency, sequential, {name} (µs)", seq["ours"]["seq_p50_us"], seq["sdk"]["seq_p50_us"])
    row(f"p99 latency, sequential, {name} (µs)", seq["ours"]["seq_p99_us"], seq["sdk"]["seq_p99_us"], "≤ 1")
    if load_runs("floor", placement):
        # The stack alone sending the same bytes: the most any client on it can reach here.
        floor_seq = median_run("floor", "seq_rps", placement)
        row(f"Floor: reqwest alone, same request bytes, requests/s, sequential, {name}", floor_seq["seq_rps"], seq["sdk"]["seq_rps"])
    row(f"Requests/s, 8 concurrent tasks, {name}", conc["ours"]["c8_rps"], conc["sdk"]["c8_rps"])
    row(f"p50 latency, 8 concurrent, {name} (µs)", conc["ours"]["c8_p50_us"], conc["sdk"]["c8_p50_us"])
    row(f"p99 latency, 8 concurrent, {name} (µs)", conc["ours"]["c8_p99_us"], conc["sdk"]["c8_p99_us"], "≤ 1")
row(
    "Peak runtime memory (VmHWM, MB, max of runs)",
    max(r["vmhwm_kb"] for r in load_runs("ours") + load_runs("ours", "pinned")) / 1024,
    max(r["vmhwm_kb"] for r in load_runs("sdk") + load_runs("sdk", "pinned")) / 1024,
)
pairs = sorted(
    (json.loads(p.read_text()) for p in OUT.glob("pair-*.json")), key=lambda r: r["ratio_median"]
)
pair = pairs[len(pairs) // 2]
row(
    "Client CPU per request: build + (validate) + serialize + sign (µs, alternated in one process)",
    pair["ours_median_us"],
    pair["sdk_median_us"],
    "≤ 0.4",
    ratio=pair["ratio_median"],
)
CPU_NOTE = "client CPU, median ratio of adjacent batches in each bench/pair run (quartiles): " + ", ".join(
    f"{r['ratio_median']:.2f} ({r['ratio_q1']:.2f}–{r['ratio_q3']:.2f})" for r in pairs
)
for bench, seconds in criterion("expand.txt").items():
    rows.append((f"Macro expansion: {bench} (ms)", fmt(seconds * 1e3, 2), "n/a", "", "", ""))

print("| Figure | awsgen | aws-sdk-athena | ours/sdk | target | met |")
print("| --- | ---: | ---: | ---: | --- | --- |")
for r in rows:
    print("| " + " | ".join(r) + " |")

print()
for profile in ("release",):
    own = own_units(profile)
    for p in PROGRAMS:
        top = sorted(own[p].items(), key=lambda kv: -kv[1])[:8]
        listed = ", ".join(f"{n}{' (' + t + ')' if t and t != 'lib' else ''} {d:.1f}s" for (n, _, t), d in top)
        print(f"- {p}: crates only it builds ({profile}), slowest first: {listed}")
print()
print("- " + CPU_NOTE)
steps = criterion("ours-steps.txt")
print("- ours per step (µs): " + ", ".join(f"{name.removeprefix('step: ')} {sec * 1e6:.2f}" for name, sec in steps.items()))
print()
print("Load at start: " + text("load-start.txt").strip())
print("Load at end: " + text("load-end.txt").strip())
