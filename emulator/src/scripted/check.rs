//! What the scripted server checks before it looks at its script.

use awsgen_runtime::protocol::ServiceSpec;
use awsgen_runtime::{Credentials, DateTime};

use super::RecordedRequest;
use crate::strict::{self, Expectation, Received, Refusal};

/// The checks a request must pass, as AWS makes them ([`crate::strict`]). A request that
/// fails is answered with the status and error code AWS would send, not with the script.
#[derive(Debug, Clone, Default)]
pub struct Strict {
    key: Option<Credentials>,
    service: Option<&'static ServiceSpec>,
    /// Not an AWS API request: only the rule every HTTP peer of the runtime keeps.
    unsigned: bool,
}

impl Strict {
    /// The form checks only: header names each once, the headers SigV4 requires signed, a
    /// complete signature (not recomputed), an awsJson Content-Type and a `Prefix.Operation`
    /// X-Amz-Target, a body that is a JSON object or empty.
    pub fn new() -> Self {
        Strict::default()
    }

    /// Signatures are recomputed with this key from the bytes received (the session token is
    /// the one the request carries); other access key ids are refused.
    pub fn key(mut self, key: Credentials) -> Self {
        self.key = Some(key);
        self
    }

    /// Requests must be this service's: its signing name, X-Amz-Target prefix and content
    /// type. Generated code names its service `SERVICE`.
    pub fn service(mut self, service: &'static ServiceSpec) -> Self {
        self.service = Some(service);
        self
    }

    /// For peers that are not SigV4-signed awsJson APIs (instance metadata, container
    /// credentials, the SSO portal, STS's query protocol): header names each once, nothing
    /// else.
    pub fn unsigned() -> Self {
        Strict {
            unsigned: true,
            ..Strict::default()
        }
    }

    pub(super) fn check(&self, request: &RecordedRequest) -> Result<(), Refusal> {
        if self.unsigned {
            return match strict::repeated_header(&request.headers) {
                Some(name) => Err(Refusal {
                    status: 400,
                    code: "InvalidRequest",
                    message: format!("header {name:?} appears more than once"),
                }),
                None => Ok(()),
            };
        }
        let received = Received {
            method: &request.method,
            target: &request.path,
            headers: &request.headers,
            body: &request.body,
        };
        let expect = Expectation {
            key: self.key.as_ref(),
            signing_name: self.service.map(|s| s.signing_name),
            target_prefix: self.service.map(|s| s.target_prefix),
            operations: None,
            content_type: self.service.map(|s| s.json_version.content_type()),
        };
        strict::check(&received, &expect, DateTime::now()).map(|_| ())
    }
}
