#!/usr/bin/env bash
# The published crates' documentation builds without a single warning (broken or private
# intra-doc links, bad code blocks, ...). Their doctests run in ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
RUSTDOCFLAGS="${RUSTDOCFLAGS:-} -D warnings" cargo doc --no-deps --quiet \
    -p awsgen-runtime -p awsgen-emulator -p awsgen-macros -p awsgen-codegen -p awsgen-cli
