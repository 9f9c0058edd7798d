//! The generated code, formatted, compared with checked-in files (as prost-build's golden tests
//! do): StartSession from the shipped model, and one tiny model per feature in
//! `golden/features/<feature>.json` (every operation of each) against `<feature>.rs` beside it.
//! `AWSGEN_BLESS=1` rewrites the files that differ. `golden_compiles.rs` compiles each file.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn features_dir() -> PathBuf {
    root().join("tests/golden/features")
}

/// The feature models, by name (`unions`), sorted.
fn feature_names() -> Vec<String> {
    let dir = features_dir();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.expect("listing golden/features").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter_map(|p| Some(p.file_stem()?.to_str()?.to_string()))
        .collect();
    names.sort();
    names
}

/// The first line where `golden` and `generated` differ, as a message; `None` when equal.
fn first_difference(golden: &Path, expected: &str, code: &str) -> Option<String> {
    if expected == code {
        return None;
    }
    let line = expected
        .lines()
        .zip(code.lines())
        .position(|(a, b)| a != b)
        .unwrap_or(expected.lines().count().min(code.lines().count()));
    Some(format!(
        "generated code differs from {} at line {}:\n  golden:    {:?}\n  generated: {:?}",
        golden.display(),
        line + 1,
        expected.lines().nth(line),
        code.lines().nth(line)
    ))
}

/// Compares `code` with the file at `golden` (rewriting it under `AWSGEN_BLESS`); the
/// difference, when there is one.
fn compare(golden: &Path, code: &str) -> Option<String> {
    let expected = std::fs::read_to_string(golden).unwrap_or_default();
    let difference = first_difference(golden, &expected, code)?;
    if std::env::var_os("AWSGEN_BLESS").is_some() {
        std::fs::write(golden, code).unwrap_or_else(|e| panic!("{}: {e}", golden.display()));
    }
    Some(difference)
}

fn start_session_code() -> String {
    let model_path = root().join("codegen/macros/models/athena-start-session.smithy.json");
    let model = awsgen_codegen::load_model(&model_path, "models/athena-start-session.smithy.json")
        .unwrap_or_else(|d| panic!("shipped model does not load: {d:?}"));
    awsgen_codegen::generate_pretty(&model, &["StartSession".to_string()], "shipped")
        .unwrap_or_else(|d| panic!("generation failed: {d:?}"))
}

fn feature_code(name: &str) -> String {
    let display = format!("golden/features/{name}.json");
    let model = awsgen_codegen::load_model(&features_dir().join(format!("{name}.json")), &display)
        .unwrap_or_else(|d| panic!("{display} does not load: {d:?}"));
    let tokens = awsgen_codegen::generate_all(&model, &display)
        .unwrap_or_else(|d| panic!("{display} does not generate: {d:?}"));
    awsgen_codegen::format_tokens(tokens)
        .unwrap_or_else(|d| panic!("{display}: generated code does not parse: {d:?}"))
}

#[test]
fn every_golden_file_matches() {
    let mut cases = vec![(
        root().join("tests/golden/start_session.rs"),
        start_session_code(),
    )];
    for name in feature_names() {
        let code = feature_code(&name);
        cases.push((features_dir().join(format!("{name}.rs")), code));
    }
    let differences: Vec<String> = cases
        .iter()
        .filter_map(|(golden, code)| compare(golden, code))
        .collect();
    awsgen_tests::report(&format!(
        "golden files: {} matched, {} differ",
        cases.len() - differences.len(),
        differences.len()
    ));
    let blessed = std::env::var_os("AWSGEN_BLESS").is_some();
    assert!(
        blessed || differences.is_empty(),
        "{}\nreview the change, then run with AWSGEN_BLESS=1 to accept it",
        differences.join("\n")
    );
}

#[test]
fn the_feature_models_cover_each_feature() {
    let names = feature_names();
    for feature in [
        "unions",
        "recursion",
        "enums",
        "sensitive",
        "pagination",
        "waiters",
        "errors",
        "defaults",
        "timestamps",
    ] {
        assert!(
            names.iter().any(|n| n == feature),
            "no golden/features/{feature}.json"
        );
    }
}

/// A golden file that is not compiled could hold code that does not compile.
#[test]
fn every_golden_file_is_compiled() {
    let compiles = root().join("tests/golden_compiles.rs");
    let text = std::fs::read_to_string(&compiles)
        .unwrap_or_else(|e| panic!("{}: {e}", compiles.display()));
    let mut files = vec!["golden/start_session.rs".to_string()];
    files.extend(
        feature_names()
            .iter()
            .map(|n| format!("golden/features/{n}.rs")),
    );
    for file in files {
        assert!(
            text.contains(&format!("include!(\"{file}\")")),
            "{} does not include {file}",
            compiles.display()
        );
    }
}
