//! Reading an answer: a 2xx as the operation's output, an error answer kept raw until the
//! operation's error type reads it.

use std::fmt;

use crate::error::{Error, ErrorMetadata, OperationError, UnreadableResponse};
use crate::json::DeserializeJson;
use crate::protocol::{self, OperationSpec};

/// A 2xx answer, before the operation's output type reads it.
pub(super) struct RawSuccess {
    pub(super) status: u16,
    pub(super) request_id: Option<String>,
    pub(super) body: bytes::Bytes,
    /// A stub's typed output, returned as it is instead of reading `body`.
    #[cfg(feature = "test-util")]
    pub(super) stubbed: Option<crate::test_util::Typed>,
}

/// An error answer, before the operation's error type reads it.
#[derive(Debug)]
pub(super) struct RawServiceError {
    pub(super) meta: ErrorMetadata,
    pub(super) body: Option<serde_json::Value>,
    /// A stub's typed error, returned as it is instead of reading `meta` and `body`.
    #[cfg(feature = "test-util")]
    pub(super) stubbed: Option<crate::test_util::Typed>,
}

impl fmt::Display for RawServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.meta.fmt(f)
    }
}

impl std::error::Error for RawServiceError {}

// The retry loop classifies errors through this trait (by their metadata).
impl OperationError for RawServiceError {
    fn from_response(meta: ErrorMetadata, body: Option<&serde_json::Value>) -> Self {
        RawServiceError {
            meta,
            body: body.cloned(),
            #[cfg(feature = "test-util")]
            stubbed: None,
        }
    }
    fn meta(&self) -> &ErrorMetadata {
        &self.meta
    }
}

/// Reads a 2xx answer as the operation's output.
pub(super) fn read_output<O: DeserializeJson + 'static, E>(
    op: &OperationSpec,
    answer: RawSuccess,
) -> Result<O, Error<E>> {
    #[cfg(feature = "test-util")]
    if let Some(typed) = answer.stubbed {
        return typed.downcast::<O>(op.name).map_err(Error::Config);
    }
    let value = answer.json().map_err(Error::UnreadableResponse)?;
    let mut output = O::from_json(&value).map_err(|e| {
        Error::UnreadableResponse(answer.unreadable(format!(
            "response does not match the model at {}{}: {}",
            protocol::output_path(op),
            e.path,
            e.message
        )))
    })?;
    output.set_request_id(answer.request_id.clone());
    Ok(output)
}

/// Reads the last failure's error answer, if it is one, as the operation's error type.
pub(super) fn read_error<E: OperationError>(
    _op: &OperationSpec,
    error: Error<RawServiceError>,
) -> Error<E> {
    match error {
        #[cfg(feature = "test-util")]
        Error::Service(RawServiceError {
            stubbed: Some(typed),
            ..
        }) => match typed.downcast::<E>(_op.name) {
            Ok(typed) => Error::Service(typed),
            Err(mismatch) => Error::Config(mismatch),
        },
        other => other.map_service(|raw| E::from_response(raw.meta, raw.body.as_ref())),
    }
}

impl RawSuccess {
    /// The body as JSON (not generic, so the JSON parser is compiled in this crate only).
    fn json(&self) -> Result<serde_json::Value, UnreadableResponse> {
        // Operations without output may answer with an empty body.
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(serde_json::Value::Object(serde_json::Map::new()));
        }
        serde_json::from_slice(&self.body)
            .map_err(|e| self.unreadable(format!("body is not JSON: {e}")))
    }

    fn unreadable(&self, reason: String) -> UnreadableResponse {
        let mut error = UnreadableResponse::new(self.status, reason, &self.body[..]);
        error.request_id = self.request_id.clone();
        error
    }
}
