//! What the emulator keeps of each request it answered, for a test's assertions.

use serde_json::Value;

/// One request that passed the strict check, and how it was answered.
#[derive(Debug, Clone, PartialEq)]
pub struct ReceivedCall {
    /// The operation X-Amz-Target named (`StartSession`).
    pub operation: String,
    /// The request body as JSON (`{}` for an empty body, `null` if it was not JSON).
    pub input: Value,
    /// The HTTP status answered.
    pub status: u16,
    /// The error code answered (`ThrottlingException`), none for a success.
    pub error_code: Option<String>,
}

impl ReceivedCall {
    /// Whether the call was answered with its output.
    pub fn succeeded(&self) -> bool {
        self.error_code.is_none()
    }
}
