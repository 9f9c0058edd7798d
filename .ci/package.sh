#!/usr/bin/env bash
# Packages every crate a user depends on and verifies each from its own tarball (cargo builds
# the unpacked .crate, with our other crates taken from the tarballs just made, not from
# crates.io), in dependency order: awsgen-codegen, awsgen-macros, awsgen-runtime, awsgen-emulator,
# awsgen-cli.
# Then unpacks the tarballs into <target>/package/unpacked/, where tests/downstream.rs points a
# project outside the workspace at them. Honours CARGO_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
crates=(awsgen-codegen awsgen-macros awsgen-runtime awsgen-emulator awsgen-cli)
started=$SECONDS
# --allow-dirty: package the working tree as it is, uncommitted edits included, so what is
# checked is what is being tested. One command for all of them: cargo orders them and verifies
# each against the others' tarballs through a local registry overlay (cargo >= 1.82).
cargo package --allow-dirty --quiet $(printf -- '-p %s ' "${crates[@]}")
unpacked="$target/package/unpacked"
rm -rf "$unpacked"
mkdir -p "$unpacked"
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)"
for crate in "${crates[@]}"; do
    tar -xzf "$target/package/$crate-$version.crate" -C "$unpacked"
done
echo "packaged and verified ${crates[*]} $version in $((SECONDS - started)) s; unpacked into $unpacked"
