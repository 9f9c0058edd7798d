#!/usr/bin/env bash
# Creates, once, the Python environment the oracle tests need (botocore for the SigV4 oracle,
# moto for the loopback Athena emulator) and prints its python path. Run it, then:
#   export AWSGEN_PYTHON="$(tests/python-env.sh)"
# The venv lives at $AWSGEN_PY_VENV (default: <repo>/target/python). A marker file records
# what was installed, so later runs return at once; a changed package list reinstalls.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${AWSGEN_PY_VENV:-$repo/target/python}"
packages=(botocore 'moto==5.2.5' flask flask-cors)
marker="$venv/.awsgen-packages"
wanted="${packages[*]}"

if [[ -x "$venv/bin/python" && -f "$marker" && "$(cat "$marker")" == "$wanted" ]]; then
    echo "$venv/bin/python"
    exit 0
fi

# Everything but the final path goes to stderr, so callers can capture stdout.
{
    if [[ ! -x "$venv/bin/python" ]]; then
        "${PYTHON:-python3}" -m venv "$venv"
    fi
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${packages[@]}"
    "$venv/bin/python" -c 'import botocore, moto, flask, flask_cors'
} >&2
printf '%s' "$wanted" > "$marker"
echo "$venv/bin/python"
