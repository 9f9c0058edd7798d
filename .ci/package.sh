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
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)"
# Cargo unpacks the overlay's tarballs into $CARGO_HOME/registry/src/-<hash>/ (the hash names the
# overlay's path) and reuses an unpacked name-version it finds there, so a second run on the
# same machine would verify against the first run's sources. Remove our crates from those
# overlay directories (they start with "-"; crates.io's do not) before packaging.
cargo_home="${CARGO_HOME:-$HOME/.cargo}"
for overlay in "$cargo_home"/registry/src/-* "$cargo_home"/registry/cache/-*; do
    [ -d "$overlay" ] || continue
    for crate in "${crates[@]}"; do
        rm -rf "$overlay/$crate-$version" "$overlay/$crate-$version.crate"
    done
done
# Verification builds in "$target" too, and cargo takes a registry crate it has built before
# as unchanged (its fingerprint is name, version and source, not the files), so our crates
# built from an earlier overlay would be linked again: drop their fingerprints.
rm -rf "$target"/debug/.fingerprint/awsgen-*
# --allow-dirty: package the working tree as it is, uncommitted edits included, so what is
# checked is what is being tested. One command for all of them: cargo orders them and verifies
# each against the others' tarballs through a local registry overlay (cargo >= 1.82).
cargo package --allow-dirty --quiet $(printf -- '-p %s ' "${crates[@]}")
unpacked="$target/package/unpacked"
rm -rf "$unpacked"
mkdir -p "$unpacked"
for crate in "${crates[@]}"; do
    tar -xzf "$target/package/$crate-$version.crate" -C "$unpacked"
done
echo "packaged and verified ${crates[*]} $version in $((SECONDS - started)) s; unpacked into $unpacked"
