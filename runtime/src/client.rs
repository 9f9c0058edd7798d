//! The client: one connection pool, configuration, and the call path.
//! (Placeholder API while the real client lands from its branch.)

use crate::error::{Error, OperationError};
use crate::json::DeserializeJson;
use crate::protocol::OperationSpec;

/// Builds a [`Client`].
#[derive(Debug, Default)]
pub struct ClientBuilder {}

/// A configured client for any awsJson service.
#[derive(Debug, Clone)]
pub struct Client {}

impl Client {
    pub fn validates_input(&self) -> bool {
        true
    }

    pub async fn call<O: DeserializeJson, E: OperationError>(
        &self,
        _op: &OperationSpec,
        _body: String,
    ) -> Result<O, Error<E>> {
        unimplemented!("placeholder")
    }
}
