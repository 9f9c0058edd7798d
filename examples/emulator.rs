//! A local stand-in for Athena's Spark session API, for trying the client without an AWS
//! account: StartSession, GetSessionStatus, GetSession and TerminateSession over awsJson 1.1
//! on 127.0.0.1, with real SigV4 checking against a key of its own.
//!
//! Sessions start in `CREATING` and become `IDLE` after [`Timing::creating`]; TerminateSession
//! puts them in `TERMINATING` and [`Timing::terminating`] later they are `TERMINATED`. Only the
//! `primary` work group exists. Errors use Athena's codes: `InvalidRequestException` for bad
//! input, an unknown work group or a ClientRequestToken reused with other parameters;
//! `ResourceNotFoundException` for an unknown session id (the operations' documented error
//! for a missing resource). Every request first passes the strict check of [`strict`], as
//! AWS would make it: a header name sent twice, a required header left unsigned, a signature
//! that does not recompute from the bytes received or another key is refused with
//! `IncompleteSignatureException` (400), `InvalidSignatureException`,
//! `UnrecognizedClientException` or `MissingAuthenticationTokenException` (403); a wrong
//! Content-Type with `SerializationException` and an unknown X-Amz-Target with
//! `UnknownOperationException` (400).
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let emulator = awsgen_examples::emulator::Emulator::start().await?;
//! let client = emulator.client()?; // region, key and endpoint set for the emulator
//! # Ok(()) }
//! ```

mod http;
mod sessions;
pub mod strict;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use awsgen_runtime::config::Environment;
use awsgen_runtime::error::ConfigError;
use awsgen_runtime::{Client, Credentials, DateTime};
use serde_json::Value;
use tokio::net::TcpListener;
use tokio::task::{JoinHandle, JoinSet};

use http::{Connection, Incoming, Request};
use sessions::{ApiError, Sessions};
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
    sessions: Mutex<Sessions>,
    /// The emulator's clock: session states follow from time elapsed since this.
    started: Instant,
}

impl Emulator {
    /// Starts an emulator with the default timing (sessions idle after 1.5 s).
    pub async fn start() -> std::io::Result<Emulator> {
        Emulator::start_with(Timing::default()).await
    }

    /// Starts an emulator on 127.0.0.1, on a free port.
    pub async fn start_with(timing: Timing) -> std::io::Result<Emulator> {
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
            sessions: Mutex::new(Sessions::new(timing, epoch_base)),
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
        self.state
            .sessions
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
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
        let (status, body) = answer(&request, &shared);
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

/// The status and JSON body for one request: the strict check first, as AWS makes it, then
/// the operation.
fn answer(request: &Request, shared: &Shared) -> (u16, Value) {
    match route(request, shared) {
        Ok(output) => (200, output),
        Err(Answer::Refused(refusal)) => (refusal.status, refusal.body()),
        Err(Answer::Api(error)) => (error.status(), error.body()),
    }
}

/// Why a request got no output.
enum Answer {
    Refused(strict::Refusal),
    Api(ApiError),
}

fn route(request: &Request, shared: &Shared) -> Result<Value, Answer> {
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
    let operation = strict::check(&received, &expect, DateTime::now()).map_err(Answer::Refused)?;
    if request.method != "POST" || request.target != "/" {
        return Err(Answer::Api(ApiError {
            code: "UnknownOperationException",
            message: format!(
                "awsJson requests are POST /, not {} {}",
                request.method, request.target
            ),
            fields: Vec::new(),
        }));
    }
    let input: Value = if request.body.iter().all(u8::is_ascii_whitespace) {
        Value::Object(serde_json::Map::new())
    } else {
        serde_json::from_slice(&request.body).map_err(|e| {
            Answer::Api(ApiError {
                code: "SerializationException",
                message: format!("the body is not JSON: {e}"),
                fields: Vec::new(),
            })
        })?
    };
    let at = shared.started.elapsed();
    shared
        .sessions
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .call(operation, &input, at)
        .map_err(Answer::Api)
}
