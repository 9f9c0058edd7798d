//! A project outside the workspace builds from the packaged crates, as a user's crate would:
//! `.ci/package.sh` packages and verifies awsgen-codegen, awsgen-macros, awsgen-runtime,
//! awsgen-emulator and awsgen-cli and unpacks the tarballs; tests/downstream
//! (`awsgen-runtime = "0.1.0"` and `awsgen-emulator = "0.1.0"` in its Cargo.toml) is then
//! built with `[patch.crates-io]` pointing at the unpacked tarballs, never at our source tree,
//! and run: the shipped model's StartSession and GetSession, and an operation from its own
//! model file, against the published emulator, which checks SigV4, with a throttling knob.
//!
//! Everything builds in `<target>/downstream`, kept between runs: a user's profile, not ours,
//! so it shares nothing with the workspace's own builds; only the first run compiles the
//! dependencies.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use awsgen_tests::report;

/// The crates the downstream project sees, all through the patch.
const PATCHED: [&str; 4] = [
    "awsgen-runtime",
    "awsgen-emulator",
    "awsgen-macros",
    "awsgen-codegen",
];

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap_or_else(|e| panic!("creating {}: {e}", to.display()));
    let entries = fs::read_dir(from).unwrap_or_else(|e| panic!("reading {}: {e}", from.display()));
    for entry in entries {
        let path = entry.expect("listing the downstream project").path();
        let target = to.join(path.file_name().expect("a file name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            fs::copy(&path, &target).unwrap_or_else(|e| panic!("copying {}: {e}", path.display()));
        }
    }
}

#[test]
fn a_project_outside_the_workspace_builds_from_the_packaged_crates_and_runs() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is inside the workspace");
    let target: PathBuf = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is <target>/tmp")
        .join("downstream");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());

    let started = Instant::now();
    let package = Command::new("bash")
        .arg(workspace.join(".ci/package.sh"))
        .env("CARGO_TARGET_DIR", &target)
        .env("CARGO", &cargo)
        .output()
        .expect("run .ci/package.sh");
    let package_secs = started.elapsed().as_secs_f64();
    assert!(
        package.status.success(),
        ".ci/package.sh failed:\n{}{}",
        String::from_utf8_lossy(&package.stdout),
        String::from_utf8_lossy(&package.stderr)
    );
    let unpacked = target.join("package/unpacked");
    let version = env!("CARGO_PKG_VERSION");

    // A copy, so that building it writes nothing into the source tree. Our lock file pins the
    // versions we test with; the awsgen crates in it are replaced by the patch.
    let project = target.join("project");
    let _ = fs::remove_dir_all(project.join("src"));
    copy_dir(&workspace.join("tests/downstream"), &project);
    fs::copy(workspace.join("Cargo.lock"), project.join("Cargo.lock")).expect("copy Cargo.lock");

    let mut patches = Vec::new();
    for name in PATCHED {
        let path = unpacked.join(format!("{name}-{version}"));
        assert!(
            path.join("Cargo.toml").is_file(),
            "{} not unpacked",
            path.display()
        );
        let path = path.to_str().expect("UTF-8 target path");
        patches.push("--config".to_string());
        patches.push(format!("patch.crates-io.{name}.path={path:?}"));
    }
    let started = Instant::now();
    let output = Command::new(&cargo)
        .args(["run", "--quiet", "--offline", "--color", "never"])
        .args(&patches)
        .current_dir(&project)
        .env("CARGO_TARGET_DIR", &target)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("run cargo in the downstream project");
    let run_secs = started.elapsed().as_secs_f64();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    eprintln!("{stdout}{stderr}");
    assert!(output.status.success(), "the downstream project failed");
    // It was built from the tarballs: cargo says where each awsgen crate came from.
    let metadata = Command::new(&cargo)
        .args(["metadata", "--offline", "--format-version", "1"])
        .args(&patches)
        .current_dir(&project)
        .output()
        .expect("cargo metadata");
    let metadata = String::from_utf8_lossy(&metadata.stdout);
    for name in PATCHED {
        let from_tarball = unpacked.join(format!("{name}-{version}/Cargo.toml"));
        assert!(
            metadata.contains(&format!("{:?}", from_tarball.to_str().expect("UTF-8"))),
            "{name} does not come from {}",
            from_tarball.display()
        );
    }
    for line in [
        "shipped model: StartSession",
        "emulator knob: GetSession throttled once, then retried",
        "shipped model: GetSession",
        "own model: GetSessionStatus",
        "own model: unknown session: ResourceNotFoundException",
        "wrong secret: InvalidSignatureException",
        "downstream: session flow passed",
    ] {
        assert!(stdout.contains(line), "missing {line:?} in:\n{stdout}");
    }
    report(&format!(
        "downstream: 5 crates packaged and verified ({package_secs:.0} s), \
         session flow passed from the tarballs ({run_secs:.0} s)"
    ));
}
