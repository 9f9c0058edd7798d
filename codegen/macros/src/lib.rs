//! `athena_operation!`: reads an AWS service model at compile time and emits the client code
//! for the named operations.
//!
//! Use it through `awsgen-runtime`, which re-exports it and which the generated code calls
//! (`cargo add awsgen-runtime`); this crate alone is not enough to compile what it emits.
//!
//! ```
//! awsgen_runtime::athena_operation!(GetSessionStatus);
//!
//! # fn main() -> Result<(), awsgen_runtime::BuildError> {
//! let request = GetSessionStatusRequest::builder().session_id("s-1").build()?;
//! assert_eq!(request.session_id.as_deref(), Some("s-1"));
//! # Ok(())
//! # }
//! ```
//!
//! The model shipped here, `models/athena-start-session.smithy.json` (Athena's four Spark
//! session operations, see `models/README.md` in this package), is used when no `model` is
//! given. All the generating is in `awsgen-codegen`; this crate parses the macro arguments,
//! reads the file and points errors at the argument at fault.
#![forbid(unsafe_code)]

mod args;

use proc_macro::TokenStream;
use quote::quote;

use args::{Args, ModelArg};

/// The model shipped with awsgen: Athena's StartSession closure, written for this project.
const SHIPPED_MODEL: &str = include_str!("../models/athena-start-session.smithy.json");
const SHIPPED_MODEL_NAME: &str = "models/athena-start-session.smithy.json (shipped with awsgen)";

/// Generates request and response types, validators, the error enum and the async operation
/// fn for each named operation.
///
/// ```
/// mod shipped {
///     // The model shipped with awsgen.
///     awsgen_runtime::athena_operation!(StartSession, GetSession);
/// }
/// mod chosen {
///     // A model file of the calling crate: this doctest is compiled as part of awsgen-macros,
///     // so the path is relative to awsgen-macros' Cargo.toml.
///     awsgen_runtime::athena_operation!(
///         model = "models/athena-start-session.smithy.json",
///         GetSessionStatus,
///     );
/// }
/// mod everything {
///     awsgen_runtime::athena_operation!(*); // every operation of the model
/// }
/// # fn main() {
/// assert_eq!(everything::OPERATIONS.len(), 5);
/// # }
/// ```
///
/// `model` is relative to the calling crate's manifest directory; without it the model
/// shipped with awsgen is used.
///
/// `serde = true` (after `model`, before the operations; needs awsgen-runtime's `serde`
/// feature) derives serde's `Serialize` and `Deserialize` on every generated structure, union
/// and enum, keyed by the model's member names, through awsgen-runtime's copy of serde: your
/// crate needs no serde dependency. The representations are in awsgen-runtime's crate docs.
/// Members marked `@sensitive` are serialized like the others (as in the AWS SDK for Rust):
/// only `Debug` redacts them. Where the model has `@deprecated` members the derives warn
/// about them: put `#[allow(deprecated)]` on the module that invokes the macro.
///
/// ```ignore
/// awsgen_runtime::athena_operation!(model = "models/athena.json", serde = true, StartSession);
/// let json = serde_json::to_string(&request)?; // {"WorkGroup":"primary",...}
/// ```
///
/// Editing the model file regenerates on the next build. The generated items are emitted
/// where the macro is invoked, so they belong to the calling crate: two crates that invoke it
/// get distinct types.
#[proc_macro]
pub fn athena_operation(input: TokenStream) -> TokenStream {
    let args = syn::parse_macro_input!(input as Args);
    expand(&args)
        .unwrap_or_else(|e| e.to_compile_error())
        .into()
}

fn expand(args: &Args) -> syn::Result<proc_macro2::TokenStream> {
    // This crate's `serde` feature is on exactly when awsgen-runtime's is (its feature turns
    // ours on): without it the derives would fail on a missing path, far from the cause.
    if let (Some(serde), false) = (&args.serde, cfg!(feature = "serde")) {
        if serde.value.value {
            return Err(syn::Error::new(
                serde.key.span(),
                "`serde = true` needs the `serde` feature of awsgen-runtime: \
                 awsgen-runtime = { version = \"0.1\", features = [\"serde\"] }",
            ));
        }
    }
    // Builders of response-only types exist for faking responses: only with awsgen-runtime's
    // `test-util` feature (which turns on ours), usually a dev-dependency feature.
    let options = awsgen_codegen::Options::default()
        .with_serde(args.serde())
        .with_output_builders(cfg!(feature = "test-util"));
    let operations: Vec<String> = args.operations.iter().map(ToString::to_string).collect();
    let (model, display_name, tracking) = match &args.model {
        None => (
            awsgen_codegen::parse_model(SHIPPED_MODEL, SHIPPED_MODEL_NAME),
            SHIPPED_MODEL_NAME.to_string(),
            quote!(),
        ),
        Some(ModelArg { path, .. }) => {
            let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
            let full = std::path::Path::new(&manifest_dir).join(path.value());
            let display = path.value();
            let full_str = full.to_string_lossy().into_owned();
            // rustc does not track files a macro reads: this makes an edit rebuild the crate.
            let tracking = if full.is_file() {
                // botocore's paginators/waiters/endpoint rules beside service-2.json, too.
                let side: Vec<String> = awsgen_codegen::side_files::beside(&full)
                    .iter()
                    .map(|p| p.to_string_lossy().into_owned())
                    .collect();
                quote!(
                    const _: &[u8] = include_bytes!(#full_str);
                    #( const _: &[u8] = include_bytes!(#side); )*
                )
            } else {
                quote!()
            };
            (
                awsgen_codegen::load_model(&full, &display),
                display,
                tracking,
            )
        }
    };
    let generated = model.and_then(|m| {
        if args.all.is_some() {
            awsgen_codegen::generate_all_with(&m, &display_name, &options)
        } else {
            awsgen_codegen::generate_with(&m, &operations, &display_name, &options)
        }
    });
    match generated {
        Ok(tokens) => Ok(quote! { #tracking #tokens }),
        Err(diagnostics) => Err(args.errors(diagnostics)),
    }
}
