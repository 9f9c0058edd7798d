//! Asking an async credentials provider from a plain `#[test]`.

use awsgen_runtime::credentials::{Credentials, CredentialsError, ProvideCredentials};

/// `provider.provide()`: runs `provide_credentials` to completion on a fresh runtime.
pub trait ProvideBlocking {
    fn provide(&self) -> Result<Credentials, CredentialsError>;
}

impl<T: ProvideCredentials + ?Sized> ProvideBlocking for T {
    fn provide(&self) -> Result<Credentials, CredentialsError> {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a tokio runtime")
            .block_on(self.provide_credentials())
    }
}
