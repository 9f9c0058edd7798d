#!/usr/bin/env bash
# The whole test suite, as the README states it. Needs the Rust toolchain, python3 and the
# package registries (crates.io, PyPI): the oracle tests compare against botocore and moto,
# installed once into target/python.
set -euo pipefail
cd "$(dirname "$0")"
AWSGEN_PYTHON="$(bash tests/python-env.sh)"
export AWSGEN_PYTHON
# --no-fail-fast: every suite runs and prints its summary line even when one fails.
cargo test --workspace --no-fail-fast "$@"
