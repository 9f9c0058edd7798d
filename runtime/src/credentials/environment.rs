//! Credentials from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN` and
//! `AWS_ACCOUNT_ID`.

use crate::credentials::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};
use crate::os::Environment;

/// Reads the four variables on every call.
#[derive(Debug, Clone)]
pub struct EnvironmentCredentials {
    env: Environment,
}

impl EnvironmentCredentials {
    pub fn new(env: Environment) -> Self {
        EnvironmentCredentials { env }
    }

    /// The credentials; `NotLoaded` when neither key variable is set, and
    /// `InvalidConfiguration` when only one is (a half-set pair must not fall through to
    /// another identity).
    pub fn lookup(&self) -> Result<Credentials, CredentialsError> {
        let key = self.env.var("AWS_ACCESS_KEY_ID");
        let secret = self.env.var("AWS_SECRET_ACCESS_KEY");
        let token = self.env.var("AWS_SESSION_TOKEN");
        match (key, secret) {
            (Some(key), Some(secret)) => {
                let mut credentials = Credentials::new(key, secret, token.map(str::to_string));
                if let Some(account) = self.env.var("AWS_ACCOUNT_ID") {
                    credentials = credentials.with_account_id(account);
                }
                Ok(credentials)
            }
            (None, None) => Err(CredentialsError::not_loaded(
                "environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (not set)",
            )),
            (Some(_), None) => Err(CredentialsError::invalid_configuration(
                "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not: set both or neither",
            )),
            (None, Some(_)) => Err(CredentialsError::invalid_configuration(
                "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not: set both or neither",
            )),
        }
    }
}

impl ProvideCredentials for EnvironmentCredentials {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(std::future::ready(self.lookup()))
    }
}
