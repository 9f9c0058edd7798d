//! AWS credentials and where they come from.
//!
//! Secrets never appear in `Debug` or `Display` output.

// Request modules (STS, IMDS, container, SSO): plain inputs in, credentials out.
pub mod attempts;
pub mod container;
pub mod imds;
pub mod query_xml;
pub mod sha1;
pub mod sso;
pub mod sts;

// Providers, one source each, and the layers above them.
pub mod cache;
pub mod chain;
pub mod context;
pub mod environment;
pub mod process;
pub mod profile_chain;
pub mod profile_provider;
pub mod remote;
pub mod token;

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

// The values live in a leaf module (no imports of the runtime), so the error type and the
// signer can name them without depending on the providers.
pub use crate::identity::{Credentials, CredentialsError, CredentialsErrorKind};

pub use cache::CachedCredentials;
pub use chain::DefaultCredentialsChain;
pub use context::ProviderContext;
pub use environment::EnvironmentCredentials;
pub use profile_provider::ProfileCredentials;

/// What [`ProvideCredentials::provide_credentials`] returns: boxed, so providers compose
/// behind `dyn` and the client's call path is compiled once.
pub type CredentialsFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Credentials, CredentialsError>> + Send + 'a>>;

/// A source of credentials, asked before each attempt. Put [`CachedCredentials`] in front of
/// a source that makes requests or runs processes.
pub trait ProvideCredentials: Send + Sync + fmt::Debug {
    fn provide_credentials(&self) -> CredentialsFuture<'_>;
}

impl ProvideCredentials for Credentials {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(std::future::ready(Ok(self.clone())))
    }
}

impl<T: ProvideCredentials + ?Sized> ProvideCredentials for Arc<T> {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        (**self).provide_credentials()
    }
}
