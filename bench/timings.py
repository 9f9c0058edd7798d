"""Reading cargo --timings reports: shared by report.py (bench/run.sh) and bench/builds.sh."""

import json


def unit_data(html):
    """The UNIT_DATA a cargo-timing.html embeds: one dict per unit (name, start, duration...)."""
    start = html.index("[", html.index("const UNIT_DATA ="))
    data, _ = json.JSONDecoder().raw_decode(html[start:])
    return data


def unit_durations(html):
    """(name, version, target) -> seconds, from the UNIT_DATA a cargo-timing.html embeds."""
    out = {}
    for u in unit_data(html):
        key = (u["name"], u["version"], u["target"].strip())
        out[key] = out.get(key, 0.0) + u["duration"]
    return out


def only_in(units, other):
    """The units of crates (name, version) that `other`'s build does not compile."""
    crates = {(n, v) for n, v, _ in other}
    return {k: d for k, d in units.items() if (k[0], k[1]) not in crates}


def ours_and_generated(units):
    """Issue 17's compile row: our own crates and the program the macro expands into."""
    return sum(d for (n, _, _), d in units.items() if n.startswith("awsgen-") or n == "bench-ours")
