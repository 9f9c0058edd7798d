//! `awsgen`: prints the Rust code `athena_operation!` would generate, formatted, to read it or
//! to diff it between model versions.
//!
//! ```text
//! cargo install awsgen-cli
//! awsgen --model athena.json StartSession GetSession
//! awsgen --model athena.json '*' > athena.rs
//! awsgen --model athena.json --list
//! awsgen --model athena.json --serde StartSession   # as athena_operation!(serde = true, ...)
//! awsgen --model athena.json --output-builders '*'  # as the macro with awsgen-runtime's test-util
//! ```
//!
//! In the awsgen repository:
//! `cargo run -p awsgen-cli -- --model codegen/macros/models/athena-start-session.smithy.json StartSession`.
#![forbid(unsafe_code)]

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: awsgen --model <model.json> [--serde] [--output-builders] (<Operation>... | '*' | --list)";

fn main() -> ExitCode {
    let mut model: Option<PathBuf> = None;
    let mut operations = Vec::new();
    let mut list = false;
    let mut options = awsgen_codegen::Options::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--model" | "-m" => match args.next() {
                Some(path) => model = Some(PathBuf::from(path)),
                None => return fail("--model needs a path"),
            },
            "--list" => list = true,
            "--serde" => options = options.with_serde(true),
            "--output-builders" => options = options.with_output_builders(true),
            "--help" | "-h" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other if other.starts_with('-') => return fail(&format!("unknown option {other}")),
            other => operations.push(other.to_string()),
        }
    }
    let Some(model_path) = model else {
        return fail("--model is required");
    };
    let display = model_path.display().to_string();
    let model = match awsgen_codegen::load_model(&model_path, &display) {
        Ok(model) => model,
        Err(diagnostics) => return report(&diagnostics),
    };
    if list {
        for name in model.operation_names() {
            println!("{name}");
        }
        return ExitCode::SUCCESS;
    }
    if operations.is_empty() {
        return fail("name at least one operation, '*' for all, or --list");
    }
    let code = if operations == ["*"] {
        awsgen_codegen::generate_all_with(&model, &display, &options)
    } else {
        awsgen_codegen::generate_with(&model, &operations, &display, &options)
    }
    .and_then(awsgen_codegen::format_tokens);
    match code {
        Ok(code) => {
            // A closed pipe (`| head`) is not an error worth a panic.
            let _ = std::io::stdout().write_all(code.as_bytes());
            ExitCode::SUCCESS
        }
        Err(diagnostics) => report(&diagnostics),
    }
}

fn report(diagnostics: &[awsgen_codegen::Diagnostic]) -> ExitCode {
    for d in diagnostics {
        eprintln!("error: {d}");
    }
    ExitCode::FAILURE
}

fn fail(message: &str) -> ExitCode {
    eprintln!("awsgen: {message}\n{USAGE}");
    ExitCode::from(2)
}
