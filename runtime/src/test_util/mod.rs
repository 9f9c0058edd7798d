//! Testing utilities for your own tests, behind the `test-util` feature: enable it in
//! dev-dependencies only.
//!
//! ```toml
//! [dev-dependencies]
//! awsgen-runtime = { version = "0.1", features = ["test-util"] }
//! ```
//!
//! - [`Stub`]: typed answers per operation (outputs, service errors, any failure, or a
//!   closure), no HTTP at all, with the requests kept for assertions. The client's own retry
//!   loop runs: a throttling error answered twice then an output is a call that succeeds on
//!   its third attempt.
//! - [`ReplayTransport`]: recorded HTTP exchanges served in order through the
//!   [`HttpTransport`](crate::http::HttpTransport) seam; the client signs and sends as it
//!   would to AWS. [`ReplayTransport::verify`] reports requests that differ from the
//!   recording (method, URL, the recorded headers, JSON body by path), requests beyond it and
//!   recorded requests never made. [`RecordingTransport`] wraps the real transport to capture
//!   a recording; the [`recording`] module describes its JSON format.
//!
//! A stub, answering `StartSession` with a throttling error twice and then an output:
//!
//! ```
//! awsgen_runtime::athena_operation!(StartSession);
//! use awsgen_runtime::test_util::Stub;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let stub = Stub::new();
//! let throttled = || {
//!     StartSessionError::TooManyRequestsException(TooManyRequestsException::builder().build())
//! };
//! stub.error("StartSession", throttled())
//!     .error("StartSession", throttled())
//!     .output("StartSession", StartSessionResponse::builder().session_id("s-1").build());
//! let client = stub.client()?;
//!
//! let request = StartSessionRequest::builder()
//!     .work_group("primary")
//!     .engine_configuration(EngineConfiguration::builder().max_concurrent_dpus(4).build())
//!     .build()?;
//! let started = start_session(&client, request).await?;
//! assert_eq!(started.session_id.as_deref(), Some("s-1"));
//! // Three attempts, each with the input as the client serialized it.
//! let requests = stub.requests_for("StartSession");
//! assert_eq!(requests.len(), 3);
//! assert_eq!(requests[0].input["WorkGroup"], "primary");
//!
//! // Nothing left to answer: a clear error naming the operation, not a panic.
//! let request = StartSessionRequest::builder()
//!     .work_group("primary")
//!     .engine_configuration(EngineConfiguration::builder().max_concurrent_dpus(4).build())
//!     .build()?;
//! let error = start_session(&client, request).await.unwrap_err();
//! assert!(error.to_string().contains("no answer left for StartSession"), "{error}");
//! # Ok(())
//! # }
//! ```
//!
//! A replay, from a recording written by hand:
//!
//! ```
//! awsgen_runtime::athena_operation!(GetSessionStatus);
//! use awsgen_runtime::test_util::ReplayTransport;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let replay = ReplayTransport::from_json(r#"[
//!   { "request": { "method": "POST", "url": "https://athena.us-east-1.amazonaws.com/",
//!                  "headers": { "x-amz-target": "AmazonAthena.GetSessionStatus" },
//!                  "body": { "SessionId": "s-1" } },
//!     "response": { "status": 200, "body": { "SessionId": "s-1", "Status": { "State": "IDLE" } } } }
//! ]"#)?;
//! let client = awsgen_runtime::Client::builder()
//!     .region("us-east-1")
//!     .credentials(awsgen_runtime::Credentials::new("AKID", "secret", None))
//!     .http_transport(replay.clone())
//!     .build()?;
//! let status = get_session_status(
//!     &client,
//!     GetSessionStatusRequest::builder().session_id("s-1").build()?,
//! )
//! .await?;
//! assert_eq!(status.status.and_then(|s| s.state).map(|s| s.as_str().to_string()).as_deref(), Some("IDLE"));
//! replay.verify()?;
//! # Ok(())
//! # }
//! ```

pub mod recording;
mod replay;
mod stub;

pub use recording::{RecordingError, RecordingTransport};
pub use replay::{
    differences, Exchange, RecordedRequest, RecordedResponse, ReplayProblems, ReplayTransport,
    VOLATILE_HEADERS,
};
pub(crate) use stub::{Answer, Typed};
pub use stub::{Stub, StubRequest};
