//! What the scripted server keeps of each request, for a test's assertions.

/// One request as the server received it, refused ones included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    pub method: String,
    /// The request target: path and query, as sent.
    pub path: String,
    /// Every header line, names as sent, in arrival order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl RecordedRequest {
    /// The first header named `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        awsgen_runtime::http::header(&self.headers, name)
    }

    /// How many headers are named `name` (case-insensitive).
    pub fn header_count(&self, name: &str) -> usize {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .count()
    }
}

impl From<crate::http::Request> for RecordedRequest {
    fn from(request: crate::http::Request) -> Self {
        RecordedRequest {
            method: request.method,
            path: request.target,
            headers: request.headers,
            body: request.body,
        }
    }
}
