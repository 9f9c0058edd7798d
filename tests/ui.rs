//! Bad input to `athena_operation!` is a compile error pointing at the argument at fault,
//! never a panic. Each file in ui/ must fail to compile with exactly its .stderr.
//! Regenerate the expectations with `TRYBUILD=overwrite`, then review them by eye.

use std::path::{Path, PathBuf};

/// trybuild compiles the cases as a crate in `<target>/tests/trybuild/<package>/`, and a
/// relative `model` path is read from that crate's manifest directory. Copying the models
/// there lets the cases say `model = "models/x.json"` whatever the target directory is.
fn copy_models_into_trybuild_project() {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is <target>/tmp");
    let project: PathBuf = [
        target,
        Path::new("tests/trybuild"),
        Path::new(env!("CARGO_PKG_NAME")),
    ]
    .iter()
    .collect();
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/models");
    let to = project.join("models");
    std::fs::create_dir_all(&to).unwrap_or_else(|e| panic!("creating {}: {e}", to.display()));
    let entries = std::fs::read_dir(&from)
        .unwrap_or_else(|e| panic!("reading {}: {e}", from.display()))
        .map(|entry| entry.expect("listing ui/models").path());
    let mut copied = 0;
    for path in entries {
        let Some(name) = path.file_name() else {
            continue;
        };
        std::fs::copy(&path, to.join(name))
            .unwrap_or_else(|e| panic!("copying {}: {e}", path.display()));
        copied += 1;
    }
    assert!(copied > 0, "no models in {}", from.display());
}

#[test]
fn bad_input_is_a_compile_error() {
    copy_models_into_trybuild_project();
    trybuild::TestCases::new().compile_fail("ui/*.rs");
}
