//! The request id AWS gives every response (`x-amzn-RequestId`), as the AWS SDK for Rust
//! offers it: one trait, implemented by every generated output, the operation errors and
//! [`Error`].

use std::fmt;

use crate::error::{Error, ErrorMetadata, OperationError, UnreadableResponse};
use crate::json::{DeserializeError, DeserializeJson, Value};

/// The id AWS gave the response a value was read from: quote it to AWS support.
pub trait RequestId {
    /// The response's `x-amzn-RequestId`; `None` for a value built in code, an error raised
    /// before any response, or a response without the header.
    fn request_id(&self) -> Option<&str>;
}

/// The request id a generated output carries (its hidden `_request_id` field).
///
/// It is response metadata, not part of the output's value, so it never makes two outputs
/// unequal: an output read from a response `==` the same output built in code. `Default`
/// (what builders and `Default::default()` give) is no id.
#[derive(Clone, Default)]
pub struct ResponseRequestId(Option<String>);

impl ResponseRequestId {
    pub fn new(id: Option<String>) -> Self {
        ResponseRequestId(id)
    }

    pub fn get(&self) -> Option<&str> {
        self.0.as_deref()
    }

    /// No id: generated serde derives leave the field out then.
    pub fn is_none(&self) -> bool {
        self.0.is_none()
    }
}

impl PartialEq for ResponseRequestId {
    fn eq(&self, _other: &Self) -> bool {
        true
    }
}

impl fmt::Debug for ResponseRequestId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

/// What an operation whose model declares no output returns: the request id alone.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EmptyOutput {
    #[doc(hidden)]
    pub _request_id: ResponseRequestId,
}

impl DeserializeJson for EmptyOutput {
    // Operations without output accept any body.
    fn from_json(_value: &Value) -> Result<Self, DeserializeError> {
        Ok(EmptyOutput::default())
    }

    fn set_request_id(&mut self, id: Option<String>) {
        self._request_id = ResponseRequestId::new(id);
    }
}

impl RequestId for EmptyOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.get()
    }
}

impl RequestId for ErrorMetadata {
    fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

impl RequestId for UnreadableResponse {
    fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

impl<E: OperationError> RequestId for Error<E> {
    fn request_id(&self) -> Option<&str> {
        match self {
            Error::Service(e) => e.meta().request_id(),
            Error::UnreadableResponse(e) => e.request_id(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_id_is_kept_but_never_makes_values_unequal() {
        let mut read = EmptyOutput::from_json(&serde_json::json!({})).expect("any body");
        read.set_request_id(Some("r-1".to_string()));
        assert_eq!(read.request_id(), Some("r-1"));
        assert_eq!(EmptyOutput::default().request_id(), None);
        assert_eq!(read, EmptyOutput::default());
        assert_eq!(
            format!("{read:?}"),
            r#"EmptyOutput { _request_id: Some("r-1") }"#
        );
    }

    #[test]
    fn errors_carry_the_id_of_their_response() {
        let meta = ErrorMetadata {
            code: "ThrottlingException".to_string(),
            request_id: Some("r-2".to_string()),
            ..ErrorMetadata::default()
        };
        assert_eq!(Error::Service(meta).request_id(), Some("r-2"));
        let mut unreadable = UnreadableResponse::new(200, "not JSON", b"<html>");
        unreadable.request_id = Some("r-3".to_string());
        let error: Error<ErrorMetadata> = Error::UnreadableResponse(unreadable);
        assert_eq!(error.request_id(), Some("r-3"));
        let timeout: Error<ErrorMetadata> = Error::Timeout(crate::error::TimeoutError {
            kind: crate::error::TimeoutKind::Operation,
            after: std::time::Duration::from_secs(1),
        });
        assert_eq!(timeout.request_id(), None);
    }
}
