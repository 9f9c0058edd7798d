//! The client: one connection pool, configuration, and the call path.

/// Builds a [`Client`].
#[derive(Debug, Default)]
pub struct ClientBuilder {}

/// A configured client for any awsJson service.
#[derive(Debug, Clone)]
pub struct Client {}
