//! A local stand-in for Amazon Athena's Spark session API, for your tests: StartSession,
//! GetSessionStatus, GetSession, TerminateSession and ListSessions over awsJson 1.1 on 127.0.0.1, with real
//! SigV4 checking against a key of its own, and knobs for the failures your code must handle.
//!
//! ```toml
//! [dev-dependencies]
//! awsgen-emulator = "0.1"
//! ```
//!
//! One line starts it, one more gives a client set up for it (its endpoint, key and region,
//! and none of the machine's `AWS_*` variables or `~/.aws` files). Here a throttled call is
//! retried by the client and then succeeds, and the emulator shows what it received:
//!
//! ```
//! awsgen_runtime::athena_operation!(StartSession, GetSession);
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let emulator = awsgen_emulator::Emulator::start().await?;
//! let client = emulator.client()?;
//!
//! emulator.throttle_next(1);
//! let request = StartSessionRequest::builder()
//!     .work_group("primary")
//!     .engine_configuration(EngineConfiguration::builder().max_concurrent_dpus(4).build())
//!     .build()?;
//! let started = start_session(&client, request).await?;
//! assert_eq!(started.state, Some(SessionState::Creating));
//!
//! let calls = emulator.requests();
//! assert_eq!(calls.len(), 2, "one throttled attempt, one retry");
//! assert_eq!(calls[0].error_code.as_deref(), Some("TooManyRequestsException"));
//! assert_eq!(calls[1].operation, "StartSession");
//! assert_eq!(calls[1].input["WorkGroup"], "primary");
//! # Ok(())
//! # }
//! ```
//!
//! Sessions start in `CREATING` and become `IDLE` after [`Timing::creating`]; TerminateSession
//! puts them in `TERMINATING` and [`Timing::terminating`] later they are `TERMINATED`. Only the
//! `primary` work group exists. Errors use Athena's codes: `InvalidRequestException` for bad
//! input, an unknown work group or a ClientRequestToken reused with other parameters;
//! `ResourceNotFoundException` for an unknown session id. Every request first passes the
//! strict check of [`strict`], as AWS would make it: a header name sent twice, a required
//! header left unsigned, a signature that does not recompute from the bytes received or
//! another key is refused with `IncompleteSignatureException` (400),
//! `InvalidSignatureException`, `UnrecognizedClientException` or
//! `MissingAuthenticationTokenException` (403); a wrong Content-Type with
//! `SerializationException` and an unknown X-Amz-Target with `UnknownOperationException`
//! (400).
//!
//! # Knobs
//!
//! Each takes effect for the next request, while the emulator runs, from any task:
//!
//! - [`Emulator::throttle_next`]: the next N calls are throttled as Athena throttles (HTTP
//!   400; `TooManyRequestsException` with its `Reason` for StartSession,
//!   `ThrottlingException` for the others). The runtime retries both.
//! - [`Emulator::fail_next`]: the next N calls get HTTP 500 `InternalServerException`
//!   (after any throttled ones). The runtime retries it too.
//! - [`Emulator::set_delay`] (or [`EmulatorBuilder::delay`]): every answer waits this long,
//!   to meet a client's attempt or operation timeout.
//! - [`Emulator::fail_session`]: a session becomes `FAILED` now, with a `StateChangeReason`;
//!   [`Emulator::fail_next_sessions`]: the next N sessions started fail instead of becoming
//!   `IDLE`, for code that starts its own sessions.
//! - [`Emulator::requests`]: every request that passed the strict check, with its operation,
//!   its JSON input and how it was answered.
//!
//! # Any other service: scripted replies
//!
//! [`scripted::ScriptedServer`] answers any awsJson client with replies your test scripts
//! (outputs, errors, broken connections, slow answers), after the same strict check.
#![forbid(unsafe_code)]

mod faults;
mod http;
mod recorded;
pub mod scripted;
mod sessions;
pub mod strict;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use awsgen_runtime::config::Environment;
use awsgen_runtime::error::ConfigError;
use awsgen_runtime::{Client, Credentials, DateTime};
use serde_json::Value;
use tokio::net::TcpListener;
use tokio::task::{JoinHandle, JoinSet};

use faults::Faults;
use http::{Connection, Incoming, Request};
pub use recorded::ReceivedCall;
use sessions::{ApiError, Sessions, DEFAULT_FAILURE_REASON};
pub use sessions::{Timing, WORK_GROUP};

/// The region the emulator's client signs for. The emulator accepts any region in the
/// signature's scope; this one is only a default.
pub const REGION: &str = "us-east-1";
/// The access key id of the emulator's key; the secret is random per emulator.
pub const ACCESS_KEY_ID: &str = "AKIAEMULATOR0LOCAL01";
const TARGET_PREFIX: &str = "AmazonAthena";
const CONTENT_TYPE: &str = "application/x-amz-json-1.1";
/// The signing name requests must be scoped to.
const SIGNING_NAME: &str = "athena";
/// The operations the emulator serves.
const OPERATIONS: &[&str] = &[
    "StartSession",
    "GetSessionStatus",
    "GetSession",
    "TerminateSession",
    "ListSessions",
];

/// A running emulator; it stops when dropped.
pub struct Emulator {
    addr: SocketAddr,
    credentials: Credentials,
    state: Arc<Shared>,
    accept_loop: JoinHandle<()>,
}

/// What every connection task sees.
struct Shared {
    credentials: Credentials,
    state: Mutex<State>,
    /// The emulator's clock: session states follow from time elapsed since this.
    started: Instant,
}

/// What requests change, behind one lock.
struct State {
    sessions: Sessions,
    faults: Faults,
    received: Vec<ReceivedCall>,
}

/// How to start an [`Emulator`]: [`Emulator::builder`].
#[derive(Debug, Clone, Default)]
pub struct EmulatorBuilder {
    timing: Timing,
    delay: Duration,
}

impl EmulatorBuilder {
    /// How long sessions stay `CREATING` and `TERMINATING`; default 1.5 s and 1 s.
    pub fn timing(mut self, timing: Timing) -> Self {
        self.timing = timing;
        self
    }

    /// How long every answer waits before it is sent; default none. See
    /// [`Emulator::set_delay`].
    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    /// Starts the emulator on 127.0.0.1, on a free port. Call it from a tokio runtime: the
    /// emulator runs as tasks on it.
    pub async fn start(self) -> std::io::Result<Emulator> {
        Emulator::start_from(self).await
    }
}

impl Emulator {
    /// Starts an emulator with the default timing (sessions idle after 1.5 s), on
    /// 127.0.0.1, on a free port. Call it from a tokio runtime.
    pub async fn start() -> std::io::Result<Emulator> {
        Emulator::builder().start().await
    }

    /// Starts an emulator with `timing`.
    pub async fn start_with(timing: Timing) -> std::io::Result<Emulator> {
        Emulator::builder().timing(timing).start().await
    }

    /// Settings for an emulator, then [`EmulatorBuilder::start`].
    pub fn builder() -> EmulatorBuilder {
        EmulatorBuilder::default()
    }

    async fn start_from(settings: EmulatorBuilder) -> std::io::Result<Emulator> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        // Two random tokens: 64 hex digits of secret, unknown outside this process.
        let secret = format!(
            "{}{}",
            awsgen_runtime::idempotency_token(),
            awsgen_runtime::idempotency_token()
        )
        .replace('-', "");
        let credentials = Credentials::new(ACCESS_KEY_ID, secret, None);
        let epoch_base = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64());
        let state = Arc::new(Shared {
            credentials: credentials.clone(),
            state: Mutex::new(State {
                sessions: Sessions::new(settings.timing, epoch_base),
                faults: Faults {
                    delay: settings.delay,
                    ..Faults::default()
                },
                received: Vec::new(),
            }),
            started: Instant::now(),
        });
        let shared = state.clone();
        let accept_loop = tokio::spawn(async move {
            // Owned here so that stopping the loop also stops every connection.
            let mut connections = JoinSet::new();
            while let Ok((stream, _)) = listener.accept().await {
                while connections.try_join_next().is_some() {}
                connections.spawn(serve(Connection::new(stream), shared.clone()));
            }
        });
        Ok(Emulator {
            addr,
            credentials,
            state,
            accept_loop,
        })
    }

    /// The address it listens on (127.0.0.1).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The key requests must be signed with.
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    /// A client builder set up for this emulator: its endpoint, key and [`REGION`], and an
    /// empty environment so that no `AWS_*` variable or `~/.aws` file of the machine applies.
    pub fn client_builder(&self) -> awsgen_runtime::ClientBuilder {
        Client::builder()
            .region(REGION)
            .credentials(self.credentials.clone())
            .endpoint_url(self.url())
            .environment(Environment::from_vars(
                std::iter::empty::<(String, String)>(),
            ))
    }

    /// A client for this emulator (see [`Emulator::client_builder`]).
    pub fn client(&self) -> Result<Client, ConfigError> {
        self.client_builder().build()
    }

    /// How many sessions have been started (a retried StartSession does not count twice).
    pub fn session_count(&self) -> usize {
        self.lock().sessions.len()
    }

    /// Throttles the next `calls` requests, whatever their operation, as Athena does: HTTP
    /// 400 `TooManyRequestsException` (with `Reason` `CONCURRENT_QUERY_LIMIT_EXCEEDED`) for
    /// StartSession, `ThrottlingException` for the others. Replaces any count still left.
    pub fn throttle_next(&self, calls: u32) {
        self.lock().faults.throttle = calls;
    }

    /// Answers the next `calls` requests (after any throttled ones) with HTTP 500
    /// `InternalServerException`. Replaces any count still left.
    pub fn fail_next(&self, calls: u32) {
        self.lock().faults.server_errors = calls;
    }

    /// Makes every answer from now on wait `delay` before it is sent (`Duration::ZERO`: no
    /// wait). A request already waiting keeps its delay.
    pub fn set_delay(&self, delay: Duration) {
        self.lock().faults.delay = delay;
    }

    /// Makes session `session_id` `FAILED` now, with `reason` (or a default) as its
    /// `StateChangeReason`. False when the emulator has no such session; a session already
    /// terminating, terminated or failed is left as it is.
    pub fn fail_session(&self, session_id: &str, reason: Option<&str>) -> bool {
        let at = self.state.started.elapsed();
        self.lock()
            .sessions
            .fail(session_id, reason.unwrap_or(DEFAULT_FAILURE_REASON), at)
    }

    /// Makes the next `sessions` sessions started go from `CREATING` to `FAILED` (with
    /// `reason`, or a default) instead of `IDLE`: for code that starts its own sessions and
    /// must handle one that fails. Replaces any count still left.
    pub fn fail_next_sessions(&self, sessions: u32, reason: Option<&str>) {
        self.lock()
            .sessions
            .fail_next_sessions(sessions, reason.unwrap_or(DEFAULT_FAILURE_REASON));
    }

    /// Every request that passed the strict check so far, in arrival order, with how it was
    /// answered (throttled and failed attempts included).
    pub fn requests(&self) -> Vec<ReceivedCall> {
        self.lock().received.clone()
    }

    /// Forgets the requests received so far.
    pub fn clear_requests(&self) {
        self.lock().received.clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock()
    }
}

impl Shared {
    /// The state; a panic in another holder leaves it usable (each change is one step).
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.accept_loop.abort();
    }
}

async fn serve(mut connection: Connection, shared: Arc<Shared>) {
    loop {
        let request = match connection.next_request().await {
            Incoming::Request(request) => request,
            Incoming::Refused(refusal) => return connection.refuse(&refusal).await,
            Incoming::Closed => return,
        };
        let (status, body, delay) = answer(&request, &shared);
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
        let request_id = awsgen_runtime::idempotency_token();
        let headers = [
            ("Content-Type", CONTENT_TYPE),
            ("x-amzn-RequestId", request_id.as_str()),
        ];
        if !connection
            .reply(status, &headers, body.to_string().as_bytes())
            .await
        {
            return;
        }
    }
}

/// The status and JSON body for one request, and how long to wait before sending them: the
/// strict check first, as AWS makes it, then any fault the test asked for, then the
/// operation. Requests past the strict check are recorded.
fn answer(request: &Request, shared: &Shared) -> (u16, Value, Duration) {
    let operation = match check(request, shared) {
        Ok(operation) => operation,
        Err(refusal) => {
            let delay = shared.lock().faults.delay;
            return (refusal.status, refusal.body(), delay);
        }
    };
    let input = parse_input(request);
    let at = shared.started.elapsed();
    let mut state = shared.lock();
    let outcome = match &input {
        Err(error) => Err(error.clone()),
        Ok(input) => match state.faults.next(operation) {
            Some(fault) => Err(fault),
            None => state.sessions.call(operation, input, at),
        },
    };
    let (status, body, error_code) = match outcome {
        Ok(output) => (200, output, None),
        Err(error) => (error.status(), error.body(), Some(error.code.to_string())),
    };
    state.received.push(ReceivedCall {
        operation: operation.to_string(),
        input: input.unwrap_or(Value::Null),
        status,
        error_code,
    });
    (status, body, state.faults.delay)
}

/// The operation a request calls, once it passes the strict check.
fn check<'r>(request: &'r Request, shared: &Shared) -> Result<&'r str, strict::Refusal> {
    let received = strict::Received {
        method: &request.method,
        target: &request.target,
        headers: &request.headers,
        body: &request.body,
    };
    let expect = strict::Expectation {
        key: Some(&shared.credentials),
        signing_name: Some(SIGNING_NAME),
        target_prefix: Some(TARGET_PREFIX),
        operations: Some(OPERATIONS),
        content_type: Some(CONTENT_TYPE),
    };
    let operation = strict::check(&received, &expect, DateTime::now())?;
    if request.method != "POST" || request.target != "/" {
        return Err(strict::Refusal {
            status: 400,
            code: "UnknownOperationException",
            message: format!(
                "awsJson requests are POST /, not {} {}",
                request.method, request.target
            ),
        });
    }
    Ok(operation)
}

/// The request body as JSON; an empty body is an empty object.
fn parse_input(request: &Request) -> Result<Value, ApiError> {
    if request.body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Value::Object(serde_json::Map::new()));
    }
    serde_json::from_slice(&request.body).map_err(|e| ApiError {
        code: "SerializationException",
        message: format!("the body is not JSON: {e}"),
        fields: Vec::new(),
    })
}
