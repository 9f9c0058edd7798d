//! Shared test support: fixture paths and loopback servers.
#![forbid(unsafe_code)]

use std::path::PathBuf;

pub mod botocore_data;
pub mod moto;
pub mod provide;
pub mod replay;
pub mod server;
pub mod specs;
pub mod temp_home;

/// `../shared` beside the project checkout, where the upstream fixtures live.
/// Panics with a clear message when it is missing: a test without its fixture must fail.
pub fn shared_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared");
    assert!(
        dir.is_dir(),
        "fixture directory {} not found: the tests need ../shared beside the project",
        dir.display()
    );
    dir
}

/// Prints a suite's summary line (`sigv4 suite: 34 passed, 0 failed`) straight to stdout, past
/// the test harness's capture, so a plain `cargo test` shows it.
pub fn report(line: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}
