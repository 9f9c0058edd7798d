//! The generated code for StartSession, formatted, compared with the checked-in file
//! (as prost-build's golden tests do). `AWSGEN_BLESS=1` rewrites the file.

use std::path::PathBuf;

#[test]
fn start_session_matches_the_golden_file() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let model_path = root.join("codegen/macros/models/athena-start-session.smithy.json");
    let model = awsgen_codegen::load_model(&model_path, "models/athena-start-session.smithy.json")
        .unwrap_or_else(|d| panic!("shipped model does not load: {d:?}"));
    let code = awsgen_codegen::generate_pretty(&model, &["StartSession".to_string()], "shipped")
        .unwrap_or_else(|d| panic!("generation failed: {d:?}"));
    let golden = root.join("tests/golden/start_session.rs");
    if std::env::var_os("AWSGEN_BLESS").is_some() {
        std::fs::write(&golden, &code).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&golden).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run with AWSGEN_BLESS=1 to create it",
            golden.display()
        )
    });
    if expected != code {
        let first_diff = expected
            .lines()
            .zip(code.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(expected.lines().count().min(code.lines().count()));
        panic!(
            "generated code differs from {} at line {}:\n  golden:    {:?}\n  generated: {:?}\n\
             review the change, then run with AWSGEN_BLESS=1 to accept it",
            golden.display(),
            first_diff + 1,
            expected.lines().nth(first_diff),
            code.lines().nth(first_diff)
        );
    }
}
