//! A stub's answer to one attempt, in place of the signed request and its response: the
//! retry loop around it and the reading of the answer are the client's own.

use std::sync::Arc;

use super::attempt::Failure;
use super::response::{RawServiceError, RawSuccess};
use super::Client;
use crate::error::{ConfigError, Error};
use crate::protocol::OperationSpec;
use crate::test_util::{Answer, Stub};

impl Client {
    /// This client, answered by `stub` instead of HTTP. Only a client just built (not yet
    /// cloned) can take a stub.
    pub(crate) fn with_stub(mut self, stub: Stub) -> Result<Client, ConfigError> {
        let inner = Arc::get_mut(&mut self.inner).ok_or_else(|| {
            ConfigError::new("a stub can only be attached to a client not yet cloned")
        })?;
        inner.stub = Some(stub);
        Ok(self)
    }
}

/// One attempt answered by the stub: a typed output, a typed service error with the metadata
/// the retry loop classifies, or another failure.
// The attempt's own result type, returned once per attempt: not worth boxing.
#[allow(clippy::result_large_err)]
pub(super) fn attempt(
    stub: &Stub,
    op: &OperationSpec,
    body: &[u8],
) -> Result<RawSuccess, Failure<RawServiceError>> {
    match stub.answer(op.name, body) {
        Answer::Output(typed) => Ok(RawSuccess {
            status: 200,
            request_id: None,
            body: bytes::Bytes::new(),
            stubbed: Some(typed),
        }),
        Answer::ServiceError { meta, error } => {
            Err(Failure::from(Error::Service(RawServiceError {
                meta,
                body: None,
                stubbed: Some(error),
            })))
        }
        Answer::Failure(error) => Err(Failure::from(error.map_service(|meta| RawServiceError {
            meta,
            body: None,
            stubbed: None,
        }))),
    }
}
