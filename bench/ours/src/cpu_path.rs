//! The client CPU of one StartSession for awsgen: build the full request, validate it against
//! the model, serialize it to JSON and sign it with SigV4 using a cached signing key (one
//! `Signer` reused, as `Client` does). This is the work `start_session` does before handing
//! bytes to reqwest. Used by benches/cpu.rs and by bench/pair.

use awsgen_runtime::sigv4::{SignableRequest, Signer, SigningParams, SigningOutput};
use awsgen_runtime::{Credentials, DateTime};

use super::request;

pub struct OursPath {
    credentials: Credentials,
    signer: Signer,
}

impl OursPath {
    pub fn new() -> Self {
        OursPath {
            credentials: Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None),
            signer: Signer::new(),
        }
    }

    pub fn run_once(&self) -> (String, SigningOutput) {
        let input = request::full_request().expect("valid request");
        input.validate().expect("valid input");
        let body = awsgen_runtime::json::to_string(&input);
        let signed = self.sign(&body);
        (body, signed)
    }

    /// The signing step alone.
    pub fn sign(&self, body: &str) -> SigningOutput {
        let headers = [
            ("host", "127.0.0.1:8080"),
            ("content-type", "application/x-amz-json-1.1"),
            ("x-amz-target", "AmazonAthena.StartSession"),
        ];
        self.signer.sign(
            &SignableRequest { method: "POST", path_and_query: "/", headers: &headers, body: body.as_bytes() },
            &SigningParams { credentials: &self.credentials, region: "us-east-1", service: "athena", time: DateTime::now() },
        )
    }
}
