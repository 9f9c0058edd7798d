//! The generator: loads an AWS service model (Smithy JSON AST, or botocore's service-2.json),
//! resolves what the requested operations need, checks it, and emits Rust.
//!
//! Most users want the `athena_operation!` macro (through `awsgen-runtime`), which calls this
//! crate while their crate compiles. Call it yourself to generate code from a build script or
//! to read what the macro would emit; the code it emits calls `awsgen-runtime`.
//!
//! ```
//! let model = r#"{
//!   "smithy": "2.0",
//!   "shapes": {
//!     "example.notes#Notes": {
//!       "type": "service",
//!       "version": "2024-01-01",
//!       "operations": [{ "target": "example.notes#GetNote" }],
//!       "traits": {
//!         "aws.protocols#awsJson1_1": {},
//!         "aws.auth#sigv4": { "name": "notes" },
//!         "aws.api#service": { "sdkId": "Notes", "endpointPrefix": "notes" }
//!       }
//!     },
//!     "example.notes#GetNote": {
//!       "type": "operation",
//!       "input": { "target": "example.notes#GetNoteInput" }
//!     },
//!     "example.notes#GetNoteInput": {
//!       "type": "structure",
//!       "members": {
//!         "Id": { "target": "smithy.api#String", "traits": { "smithy.api#required": {} } }
//!       }
//!     }
//!   }
//! }"#;
//! let model = awsgen_codegen::parse_model(model, "notes.json").expect("a valid model");
//! let code = awsgen_codegen::generate(&model, &["GetNote".to_string()], "notes.json")
//!     .expect("GetNote generates")
//!     .to_string();
//! assert!(code.contains("pub fn get_note"));
//!
//! // Problems come back as diagnostics, never as a panic.
//! let missing = awsgen_codegen::generate(&model, &["PutNote".to_string()], "notes.json");
//! assert!(missing.unwrap_err()[0].message.contains("PutNote"));
//! ```
//!
//! Stages, one a module: [`smithy`] or [`botocore`] (load; what both share is in [`loader`])
//! → [`closure`] (resolve and check) → [`analyze`] (decide every fact about the closure's
//! shapes once: nullability, defaults, boxing, validation, wire names, timestamp formats,
//! sensitivity, error kinds) → [`emit`] (write Rust, reading only the analysis). The load and
//! closure stages report every problem they find as a [`Diagnostic`].
#![forbid(unsafe_code)]

pub mod analyze;
pub mod botocore;
pub mod closure;
pub mod diagnostic;
pub mod docs;
pub mod emit;
pub mod json_parse;
pub mod json_value;
pub mod loader;
pub mod model;
pub mod names;
mod options;
pub mod pagination;
pub mod side_files;
pub mod smithy;
pub mod waiters;

use std::path::Path;

use proc_macro2::TokenStream;

pub use diagnostic::{Diagnostic, Origin};
pub use model::Model;
pub use options::Options;

/// Reads and parses a model file; `display_name` is how messages name it.
pub fn load_model(path: &Path, display_name: &str) -> Result<Model, Vec<Diagnostic>> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        let message = if e.kind() == std::io::ErrorKind::NotFound {
            format!(
                "model file {display_name} not found; a relative path is read from the \
                 directory of the calling crate's Cargo.toml"
            )
        } else {
            format!("cannot read model file {display_name}: {e}")
        };
        vec![Diagnostic {
            origin: Origin::Model,
            message,
        }]
    })?;
    let mut model = parse_model(&text, display_name)?;
    if looks_like_botocore(&text) {
        side_files::apply(&mut model, path, display_name)?;
    }
    Ok(model)
}

/// Parses model text: Smithy JSON AST, or botocore's format when it has `metadata` and no `smithy` key.
pub fn parse_model(text: &str, display_name: &str) -> Result<Model, Vec<Diagnostic>> {
    if looks_like_botocore(text) {
        botocore::parse(text, display_name)
    } else {
        smithy::parse(text, display_name)
    }
}

/// botocore files start with `metadata` and carry no `smithy` version key; a cheap look at
/// the text avoids parsing twice.
fn looks_like_botocore(text: &str) -> bool {
    let head = &text[..text.len().min(4096)];
    !head.contains("\"smithy\"") && head.contains("\"metadata\"") && text.contains("\"operations\"")
}

/// Generates every operation of the service. Operations the generator cannot support (event
/// streams) are left out and listed, with the reason, in the generated `SKIPPED_OPERATIONS`.
pub fn generate_all(model: &Model, display_name: &str) -> Result<TokenStream, Vec<Diagnostic>> {
    generate_all_with(model, display_name, &Options::default())
}

/// [`generate_all`] with [`Options`] (serde derives).
pub fn generate_all_with(
    model: &Model,
    display_name: &str,
    options: &Options,
) -> Result<TokenStream, Vec<Diagnostic>> {
    let mut names = Vec::new();
    let mut skipped = Vec::new();
    for name in model.operation_names() {
        let streams = model
            .operation(name)
            .and_then(|op| closure::event_stream_member(model, op));
        match streams {
            Some(member) => skipped.push((name.to_string(), format!("streams events ({member})"))),
            None => names.push(name.to_string()),
        }
    }
    let closure = closure::resolve(model, &names, display_name)?;
    Ok(emit::emit_with(model, &closure, &skipped, options))
}

/// Generates the code for the named operations (local names such as `StartSession`).
pub fn generate(
    model: &Model,
    operations: &[String],
    display_name: &str,
) -> Result<TokenStream, Vec<Diagnostic>> {
    generate_with(model, operations, display_name, &Options::default())
}

/// [`generate`] with [`Options`] (serde derives).
pub fn generate_with(
    model: &Model,
    operations: &[String],
    display_name: &str,
    options: &Options,
) -> Result<TokenStream, Vec<Diagnostic>> {
    let closure = closure::resolve(model, operations, display_name)?;
    Ok(emit::emit_with(model, &closure, &[], options))
}

/// Generates and formats the code, as a person would read it (golden files, the CLI).
#[cfg(feature = "pretty")]
pub fn generate_pretty(
    model: &Model,
    operations: &[String],
    display_name: &str,
) -> Result<String, Vec<Diagnostic>> {
    format_tokens(generate(model, operations, display_name)?)
}

/// Formats generated tokens with prettyplease.
#[cfg(feature = "pretty")]
pub fn format_tokens(tokens: TokenStream) -> Result<String, Vec<Diagnostic>> {
    let file: syn2::File = syn2::parse2(tokens).map_err(|e| {
        vec![Diagnostic {
            origin: Origin::Model,
            message: format!("generated code does not parse: {e}"),
        }]
    })?;
    Ok(prettyplease::unparse(&file))
}
