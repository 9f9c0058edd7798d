//! One scripted answer: a response, or a broken connection of some kind.

use std::time::Duration;

/// What the server does with one request that passed its check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// A complete response; Content-Length is added.
    Response {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
        /// Waited before answering, to meet a client's timeouts.
        delay: Duration,
    },
    /// These bytes, as they are (a truncated body, a malformed status line), then the
    /// connection is closed.
    Raw(Vec<u8>),
    /// The connection is closed without an answer.
    Drop,
    /// The connection is reset (TCP RST, no orderly close) without an answer.
    Reset,
}

impl Reply {
    /// A response with a JSON body and the awsJson 1.1 content type: an output
    /// (`Reply::json(200, r#"{"State":"IDLE"}"#)`) or an error
    /// (`Reply::json(400, r#"{"__type":"ThrottlingException"}"#)`).
    pub fn json(status: u16, body: &str) -> Reply {
        Reply::Response {
            status,
            headers: vec![(
                "Content-Type".to_string(),
                "application/x-amz-json-1.1".to_string(),
            )],
            body: body.as_bytes().to_vec(),
            delay: Duration::ZERO,
        }
    }

    /// A response with the given body and no headers besides Content-Length.
    pub fn status(status: u16, body: impl Into<Vec<u8>>) -> Reply {
        Reply::Response {
            status,
            headers: Vec::new(),
            body: body.into(),
            delay: Duration::ZERO,
        }
    }

    /// Adds a header (to a `Response`; other replies are unchanged).
    pub fn header(mut self, name: &str, value: &str) -> Reply {
        if let Reply::Response { headers, .. } = &mut self {
            headers.push((name.to_string(), value.to_string()));
        }
        self
    }

    /// Waits this long before answering (a `Response`; other replies are unchanged).
    pub fn delayed(mut self, by: Duration) -> Reply {
        if let Reply::Response { delay, .. } = &mut self {
            *delay = by;
        }
        self
    }
}
