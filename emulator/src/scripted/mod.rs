//! A server on loopback that answers your client with scripted replies, for tests of what the
//! emulator does not cover: any awsJson service, and answers you choose (a throttling error
//! twice then an output, a 503, a reset connection, a truncated body, a slow answer).
//!
//! It is strict, as AWS is: every request first passes the check of [`crate::strict`]
//! (header names each once, the headers SigV4 requires signed, an awsJson Content-Type and
//! X-Amz-Target, and, with a key, a signature that recomputes from the bytes received). A
//! request that fails is answered as AWS would (400 or 403 and the error code) without using
//! the script, and listed in [`ScriptedServer::refusals`]. A request that is not HTTP the
//! server can read (a malformed head, a chunked or oversized body) gets a 400, 411, 413 or
//! 431, is listed there too, and its connection is closed. Every request read, refused or
//! not, is kept in [`ScriptedServer::requests`].
//!
//! ```
//! awsgen_runtime::athena_operation!(GetSessionStatus);
//!
//! use awsgen_emulator::scripted::{Reply, ScriptedServer, Strict};
//! use awsgen_runtime::config::Environment;
//! use awsgen_runtime::{Client, Credentials};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let key = Credentials::new("AKIDEXAMPLE", "the test's own secret", None);
//! let server = ScriptedServer::start_strict(
//!     Strict::new().key(key.clone()).service(&SERVICE),
//!     [
//!         Reply::json(400, r#"{"__type":"ThrottlingException","message":"slow down"}"#),
//!         Reply::json(200, r#"{"SessionId":"s-1","Status":{"State":"IDLE"}}"#),
//!     ],
//! )
//! .await?;
//! let client = Client::builder()
//!     .region("us-east-1")
//!     .credentials(key)
//!     .endpoint_url(server.url())
//!     .environment(Environment::from_vars(std::iter::empty::<(String, String)>()))
//!     .build()?;
//!
//! let request = GetSessionStatusRequest::builder().session_id("s-1").build()?;
//! let status = get_session_status(&client, request).await?;
//! assert_eq!(status.status.and_then(|s| s.state), Some(SessionState::Idle));
//!
//! let sent = server.requests();
//! assert_eq!(sent.len(), 2, "the throttled attempt and its retry");
//! assert_eq!(sent[1].header("x-amz-target"), Some("AmazonAthena.GetSessionStatus"));
//! assert!(server.refusals().is_empty());
//! # Ok(())
//! # }
//! ```

mod check;
mod reply;
mod request;

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tokio::net::TcpListener;
use tokio::task::{JoinHandle, JoinSet};

use crate::http::{Connection, Incoming};
pub use check::Strict;
pub use reply::Reply;
pub use request::RecordedRequest;

/// The answer once the script is used up: loud, so a test sees what happened.
const SCRIPT_EXHAUSTED: &[u8] = b"the scripted server has no reply left";

/// A running scripted server on 127.0.0.1; it stops, with its connections, when dropped.
pub struct ScriptedServer {
    addr: SocketAddr,
    state: Arc<Mutex<State>>,
    accept_loop: JoinHandle<()>,
}

struct State {
    requests: Vec<RecordedRequest>,
    refusals: Vec<String>,
    script: VecDeque<Reply>,
    strict: Strict,
}

impl ScriptedServer {
    /// Binds 127.0.0.1 on a free port and answers each request that passes the form checks
    /// ([`Strict::new`]) with the next reply of `script`; once it is used up, with a 500.
    /// Call it from a tokio runtime: the server runs as tasks on it.
    pub async fn start(script: impl IntoIterator<Item = Reply>) -> std::io::Result<Self> {
        ScriptedServer::start_strict(Strict::new(), script).await
    }

    /// Like [`ScriptedServer::start`], for peers that are not AWS API endpoints (instance
    /// metadata, container credentials, the SSO portal, STS's query protocol): header names
    /// each once, nothing else ([`Strict::unsigned`]).
    pub async fn start_unsigned(script: impl IntoIterator<Item = Reply>) -> std::io::Result<Self> {
        ScriptedServer::start_strict(Strict::unsigned(), script).await
    }

    /// Like [`ScriptedServer::start`], checking requests as `strict` says.
    pub async fn start_strict(
        strict: Strict,
        script: impl IntoIterator<Item = Reply>,
    ) -> std::io::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(Mutex::new(State {
            requests: Vec::new(),
            refusals: Vec::new(),
            script: script.into_iter().collect(),
            strict,
        }));
        let shared = state.clone();
        let accept_loop = tokio::spawn(async move {
            // Owned here so that stopping the loop also stops every connection.
            let mut connections = JoinSet::new();
            while let Ok((stream, _)) = listener.accept().await {
                while connections.try_join_next().is_some() {}
                connections.spawn(serve(Connection::new(stream), shared.clone()));
            }
        });
        Ok(ScriptedServer {
            addr,
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

    /// Every request read so far, refused ones included, in arrival order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.lock().requests.clone()
    }

    /// Why requests were refused, in order (`400 IncompleteSignatureException: ...`).
    pub fn refusals(&self) -> Vec<String> {
        self.lock().refusals.clone()
    }

    /// Appends a reply to the script.
    pub fn push(&self, reply: Reply) {
        self.lock().script.push_back(reply);
    }

    /// Replies not yet used.
    pub fn remaining(&self) -> usize {
        self.lock().script.len()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }
}

impl Drop for ScriptedServer {
    fn drop(&mut self) {
        self.accept_loop.abort();
    }
}

/// The state; a panic in another holder leaves it usable (each change is one step).
fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

async fn serve(mut connection: Connection, state: Arc<Mutex<State>>) {
    loop {
        let request = match connection.next_request().await {
            Incoming::Request(request) => RecordedRequest::from(request),
            Incoming::Refused(refused) => {
                let why = format!("{} {}", refused.status, refused.reason);
                lock(&state).refusals.push(why);
                return connection.refuse(&refused).await;
            }
            Incoming::Closed => return,
        };
        let reply = {
            let mut state = lock(&state);
            let verdict = state.strict.check(&request);
            state.requests.push(request);
            match verdict {
                Ok(()) => state
                    .script
                    .pop_front()
                    .unwrap_or_else(|| Reply::status(500, SCRIPT_EXHAUSTED)),
                Err(refusal) => {
                    state.refusals.push(refusal.to_string());
                    Reply::json(refusal.status, &refusal.body().to_string())
                }
            }
        };
        match reply {
            Reply::Response {
                status,
                headers,
                body,
                delay,
            } => {
                if !delay.is_zero() {
                    tokio::time::sleep(delay).await;
                }
                let headers: Vec<(&str, &str)> = headers
                    .iter()
                    .map(|(name, value)| (name.as_str(), value.as_str()))
                    .collect();
                if !connection.reply(status, &headers, &body).await {
                    return;
                }
            }
            Reply::Raw(bytes) => return connection.send_raw_and_close(&bytes).await,
            Reply::Drop => return,
            Reply::Reset => return connection.reset(),
        }
    }
}
