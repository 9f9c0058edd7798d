//! Small AWS clients generated at compile time from AWS's own service models.
//!
//! This is the crate you depend on: it re-exports the [`athena_operation!`] macro, which reads
//! a service model when your crate compiles and emits, in the module where you invoke it, the
//! service client (`Athena`) with a method per operation, the request and response types with
//! builders, `validate()`, each operation's error enum and an operation fn (returning its
//! future) per operation; and it holds what that code calls at run time.
//!
//! ```toml
//! [dependencies]
//! awsgen-runtime = "0.1"
//! tokio = { version = "1", features = ["rt", "macros"] }
//! ```
//!
//! With no `model` argument the macro reads the model shipped with awsgen (Athena's Spark
//! session operations):
//!
//! ```no_run
//! awsgen_runtime::athena_operation!(StartSession, GetSession);
//!
//! async fn start() -> Result<(), Box<dyn std::error::Error>> {
//!     // Region and credentials from the environment and ~/.aws, as the AWS SDKs find them.
//!     let athena = Athena::from_env();
//!     let started = athena
//!         .start_session()
//!         .work_group("primary")
//!         .engine_configuration(EngineConfiguration::builder().max_concurrent_dpus(4).build())
//!         .send()
//!         .await?;
//!     println!("session {:?} is {:?}", started.session_id, started.state);
//!     Ok(())
//! }
//! # fn main() {}
//! ```
//!
//! Each operation fn validates its input before sending anything; `validate()` does the same
//! check on its own and names the path of each violation:
//!
//! ```
//! awsgen_runtime::athena_operation!(StartSession);
//!
//! # fn main() -> Result<(), awsgen_runtime::BuildError> {
//! let request = StartSessionRequest::builder()
//!     .work_group("primary")
//!     .engine_configuration(EngineConfiguration::builder().max_concurrent_dpus(1).build())
//!     .build()?;
//! let message = request.validate().unwrap_err().to_string();
//! assert!(message.contains("MaxConcurrentDpus: 1 is below the minimum 2"), "{message}");
//! # Ok(())
//! # }
//! ```
//!
//! With `model = "path"` (relative to your `Cargo.toml`) it reads any awsJson 1.0/1.1 model,
//! Smithy JSON AST or botocore `service-2.json`; `*` generates every operation. One invocation
//! per module: each emits its own types, in your crate.
//!
//! Inside, the runtime knows nothing about any one service: generated code describes an
//! operation with an [`OperationSpec`](protocol::OperationSpec), serializes its input with
//! [`json`], and the [`Client`] signs it with SigV4, sends it over HTTPS and turns the response
//! into a value or an [`Error`].
//!
//! For your own tests, the `test-util` feature (enable it in dev-dependencies) adds the
//! `test_util` module: a stub that answers operations with typed outputs and errors without
//! HTTP, and a transport that replays recorded HTTP exchanges and checks every request. It
//! also gives `athena_operation!`'s response-only types (outputs, errors and the structures
//! only they reach) builders, to write the responses a stub answers with.
//!
//! The `serde` feature (off by default) lets `athena_operation!(serde = true, ...)` derive
//! serde's `Serialize` and `Deserialize` on every generated structure, union and enum, with the
//! model's member names as keys; the derives go through this crate's copy of serde, so you need
//! no serde dependency of your own:
//!
//! ```toml
//! [dependencies]
//! awsgen-runtime = { version = "0.1", features = ["serde"] }
//! ```
//!
//! Representations: members under their wire names (`"WorkGroup"`, or `@jsonName`), `None`
//! members left out and missing members read as their defaults; enums as their model value
//! (values the model does not know round-trip as they were); unions as an object with the one
//! member set (`{"S3Location": {...}}`; a member the model does not know is written with a
//! `null` value and read back as `Unknown`); timestamps as RFC 3339 strings in UTC (reading
//! accepts epoch seconds and HTTP dates too); blobs as base64 strings; documents as their JSON
//! value; a modeled error's metadata under `"_meta"` (`code`, `message`, `requestId`, `status`)
//! and an output's request id under `"_requestId"`; an error enum (`{Operation}Error`, the
//! service-wide `{Client}Error`) as `{code: error}`, `Unhandled` as `{code: {"_meta": ...}}`. Members marked `@sensitive` are serialized
//! like any other (as the AWS SDK for Rust's serde support does): the `Debug` redaction does not
//! apply, so treat the serialized form as you treat the secrets in it.
#![forbid(unsafe_code)]

pub mod client;
pub mod config;
pub mod credentials;
pub mod endpoint;
pub mod error;
#[cfg(feature = "serde")]
#[doc(hidden)]
pub mod error_serde;
pub mod http;
mod idempotency;
mod identity;
pub mod json;
mod json_structure;
pub mod os;
pub mod paginate;
pub mod profile;
pub mod protocol;
pub mod random;
pub mod regex;
pub mod region;
pub mod request_id;
pub mod retry;
pub mod sensitive;
#[cfg(feature = "serde")]
mod serde_impls;
pub mod settings;
pub mod sigv4;
#[cfg(feature = "test-util")]
pub mod test_util;
pub mod time;
mod tls;
mod uri_encode;
pub mod validate;
pub mod waiter;

pub use awsgen_macros::athena_operation;
pub use client::{Client, ClientBuilder};
pub use credentials::Credentials;
pub use error::{Error, ErrorMetadata, OperationError};
pub use idempotency::idempotency_token;
pub use json::{Blob, Document};
pub use paginate::{PageItems, PageSize, Pages};
pub use request_id::{EmptyOutput, RequestId};
pub use sensitive::REDACTED;
pub use time::DateTime;
pub use validate::{BuildError, ValidationErrors, Violation};
pub use waiter::{FinalPoll, WaitOptions, WaiterError};

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

/// The payload of the hidden variant every generated enum carries. It has no values, so the
/// variant never exists; its only effect is that a `match` on a generated enum needs a `_`
/// arm, which keeps user code compiling when a newer model adds values, members or errors
/// (what `#[non_exhaustive]` does across crates, for code generated into the user's crate).
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NonExhaustive {}

impl NonExhaustive {
    /// Proof that a value of this type cannot exist; generated `match`es end with it.
    pub fn unreachable(&self) -> ! {
        match *self {}
    }
}
