//! What a generated service client (`Athena`) calls through: a [`Client`], or the
//! configuration error that kept one from being built. Constructing the service client from
//! the environment then cannot fail; the error comes back, typed, from every call made
//! through it, as a client built from `aws_config::load_from_env()` reports a missing region
//! when it is called.

use super::Client;
use crate::error::{ConfigError, Error};

/// A runtime [`Client`], or why the environment could not configure one.
///
/// Cheap to clone: a clone shares the client's connection pool, credentials and retry quota
/// (or the error's message and source).
#[derive(Clone, Debug)]
pub struct ServiceHandle {
    client: Result<Client, ConfigError>,
}

impl ServiceHandle {
    /// Calls through `client`.
    pub fn new(client: Client) -> Self {
        ServiceHandle { client: Ok(client) }
    }

    /// A client configured from the environment and the shared config files, or the
    /// [`ConfigError`] that doing so met, kept for the calls to return.
    pub fn from_env() -> Self {
        ServiceHandle {
            client: Client::from_env(),
        }
    }

    /// The client, or the configuration error its construction met.
    pub fn get(&self) -> Result<&Client, &ConfigError> {
        self.client.as_ref()
    }

    /// The client, or the configuration error as a call's [`Error::Config`].
    pub fn client<E>(&self) -> Result<&Client, Error<E>> {
        self.client.as_ref().map_err(|e| Error::Config(e.clone()))
    }
}

impl From<Client> for ServiceHandle {
    fn from(client: Client) -> Self {
        ServiceHandle::new(client)
    }
}

impl From<Result<Client, ConfigError>> for ServiceHandle {
    fn from(client: Result<Client, ConfigError>) -> Self {
        ServiceHandle { client }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Environment;
    use crate::error::ConfigErrorKind;

    #[test]
    fn a_configuration_error_comes_back_from_every_call() {
        // No region anywhere: the environment is empty and the profile files do not exist.
        let built = Client::builder()
            .environment(Environment::from_vars([
                ("AWS_CONFIG_FILE", "/nonexistent/awsgen/config"),
                (
                    "AWS_SHARED_CREDENTIALS_FILE",
                    "/nonexistent/awsgen/credentials",
                ),
            ]))
            .build();
        let handle = ServiceHandle::from(built);
        let kind = handle.get().map(|_| ()).map_err(ConfigError::kind);
        assert_eq!(kind, Err(ConfigErrorKind::NoRegion));
        for _ in 0..2 {
            match handle.client::<crate::ErrorMetadata>() {
                Err(Error::Config(e)) => assert_eq!(e.kind(), ConfigErrorKind::NoRegion),
                other => panic!("expected a configuration error, got {other:?}"),
            }
        }
    }
}
