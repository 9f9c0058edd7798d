#!/usr/bin/env bash
# The whole test suite, as the README states it. Needs the Rust toolchain, python3 and the
# package registries (crates.io, PyPI): the oracle tests compare against botocore and moto,
# installed once into target/python.
set -euo pipefail
cd "$(dirname "$0")"
AWSGEN_PYTHON="$(bash tests/python-env.sh)"
export AWSGEN_PYTHON
# Tests run where no instance metadata service is to be reached: a client whose chain falls
# through to IMDS must stop there, not probe 169.254.169.254. (Tests that exercise IMDS point
# it at a loopback server explicitly.)
export AWS_EC2_METADATA_DISABLED=true
# --no-fail-fast: every suite runs and prints its summary line even when one fails.
cargo test --workspace --no-fail-fast "$@"
# The workspace-pattern example is a workspace of its own (as a user's would be); it shares
# the main target dir.
cargo test --manifest-path examples/workspace/Cargo.toml --target-dir "${CARGO_TARGET_DIR:-target}" --no-fail-fast "$@"
