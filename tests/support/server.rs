//! A scripted HTTP/1.1 server on loopback: it records every request and answers each with
//! the next reply of its script. Enough HTTP for the client's requests (Content-Length
//! bodies, keep-alive); not a general server.
//!
//! It is strict, as AWS is: every request first passes the emulator's check
//! ([`awsgen_emulator::strict`]): header names each once, the headers SigV4
//! requires signed, an awsJson Content-Type and X-Amz-Target, and, with a key
//! ([`TestServer::start_strict`]), a signature that recomputes from the bytes received. A
//! request that fails is answered as AWS would (400/403 and the error code), without using
//! the script, and recorded in [`TestServer::refusals`].

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use awsgen_emulator::strict::{self, Expectation, Received, Refusal};
use awsgen_runtime::protocol::ServiceSpec;
use awsgen_runtime::{Credentials, DateTime};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// One request as the server received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    pub method: String,
    /// The request target: path and query.
    pub path: String,
    /// In arrival order, names as sent.
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

/// What the server does with one request.
#[derive(Debug, Clone)]
pub enum Reply {
    /// A complete response; Content-Length is added.
    Response {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
        /// Waited before answering.
        delay: Duration,
    },
    /// These bytes, as they are, then the connection is closed.
    Raw(Vec<u8>),
    /// The connection is closed without an answer.
    Drop,
    /// The connection is reset (TCP RST, no orderly close) without an answer.
    Reset,
}

impl Reply {
    /// A response with a JSON body of the awsJson 1.1 content type.
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

/// What the server checks beyond the form of a request.
#[derive(Debug, Clone, Default)]
pub struct Strict {
    key: Option<Credentials>,
    service: Option<&'static ServiceSpec>,
    /// Not an AWS API request (IMDS, container credentials, the SSO portal, STS's query
    /// protocol): only the rule every HTTP peer of ours keeps, each header name once.
    unsigned: bool,
}

impl Strict {
    /// The form checks only.
    pub fn new() -> Self {
        Strict::default()
    }

    /// Signatures are recomputed with this key (the token is the one the request carries);
    /// other key ids are refused.
    pub fn key(mut self, key: Credentials) -> Self {
        self.key = Some(key);
        self
    }

    /// Requests must be this service's: its signing name, target prefix and content type.
    pub fn service(mut self, service: &'static ServiceSpec) -> Self {
        self.service = Some(service);
        self
    }

    /// Requests that are not SigV4-signed awsJson calls: each header name once, nothing else.
    pub fn unsigned() -> Self {
        Strict {
            unsigned: true,
            ..Strict::default()
        }
    }

    fn check(&self, request: &RecordedRequest) -> Result<(), Refusal> {
        if self.unsigned {
            return match repeated_header(&request.headers) {
                Some(name) => Err(Refusal {
                    status: 400,
                    code: "InvalidRequest",
                    message: format!("header {name} was sent more than once"),
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

#[derive(Default)]
struct State {
    requests: Vec<RecordedRequest>,
    refusals: Vec<String>,
    script: VecDeque<Reply>,
    strict: Strict,
}

/// The running server; stopped when dropped.
pub struct TestServer {
    addr: SocketAddr,
    state: Arc<Mutex<State>>,
    accept_loop: JoinHandle<()>,
}

/// The answer once the script is used up: loud, so a test sees what happened.
const SCRIPT_EXHAUSTED: &[u8] = b"the test server has no scripted reply left";

/// The first header name that appears more than once (case-insensitively).
fn repeated_header(headers: &[(String, String)]) -> Option<&str> {
    headers.iter().enumerate().find_map(|(i, (name, _))| {
        headers[..i]
            .iter()
            .any(|(earlier, _)| earlier.eq_ignore_ascii_case(name))
            .then_some(name.as_str())
    })
}

impl TestServer {
    /// Binds 127.0.0.1 on a free port and serves `script`, one reply per request, to requests
    /// that pass the form checks.
    pub async fn start(script: impl IntoIterator<Item = Reply>) -> TestServer {
        TestServer::start_strict(Strict::new(), script).await
    }

    /// Like [`TestServer::start`], for peers that are not AWS API endpoints (instance metadata,
    /// container credentials, the SSO portal, STS's query protocol): each header once only.
    pub async fn start_unsigned(script: impl IntoIterator<Item = Reply>) -> TestServer {
        TestServer::start_strict(Strict::unsigned(), script).await
    }

    /// Like [`TestServer::start`], checking requests as `strict` says too.
    pub async fn start_strict(
        strict: Strict,
        script: impl IntoIterator<Item = Reply>,
    ) -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a loopback port");
        let addr = listener.local_addr().expect("local address");
        let state = Arc::new(Mutex::new(State {
            requests: Vec::new(),
            refusals: Vec::new(),
            script: script.into_iter().collect(),
            strict,
        }));
        let shared = state.clone();
        let accept_loop = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve_connection(stream, shared.clone()));
            }
        });
        TestServer {
            addr,
            state,
            accept_loop,
        }
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Every request received so far, in order.
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

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.accept_loop.abort();
    }
}

async fn serve_connection(mut stream: TcpStream, state: Arc<Mutex<State>>) {
    let mut buffer = Vec::new();
    loop {
        let Some(request) = read_request(&mut stream, &mut buffer).await else {
            return;
        };
        let reply = {
            let mut state = state.lock().unwrap_or_else(|p| p.into_inner());
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
                let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
                for (name, value) in &headers {
                    head.push_str(&format!("{name}: {value}\r\n"));
                }
                head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
                let mut bytes = head.into_bytes();
                bytes.extend_from_slice(&body);
                if stream.write_all(&bytes).await.is_err() {
                    return;
                }
            }
            Reply::Raw(bytes) => {
                let _ = stream.write_all(&bytes).await;
                let _ = stream.shutdown().await;
                return;
            }
            Reply::Drop => return,
            Reply::Reset => {
                // A zero linger makes the close send RST instead of FIN.
                let _ = stream.set_zero_linger();
                return;
            }
        }
    }
}

/// Reads one request from the connection; `None` at end of stream or on garbage.
/// `buffer` keeps bytes of a following pipelined request.
async fn read_request(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<RecordedRequest> {
    let head_end = loop {
        if let Some(i) = find(buffer, b"\r\n\r\n") {
            break i;
        }
        if !read_more(stream, buffer).await {
            return None;
        }
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let method = request_line.next()?.to_string();
    let path = request_line.next()?.to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| {
            let (name, value) = line.split_once(':')?;
            Some((name.trim().to_string(), value.trim().to_string()))
        })
        .collect();
    let length = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let body_start = head_end + 4;
    while buffer.len() < body_start + length {
        if !read_more(stream, buffer).await {
            return None;
        }
    }
    let body = buffer[body_start..body_start + length].to_vec();
    buffer.drain(..body_start + length);
    Some(RecordedRequest {
        method,
        path,
        headers,
        body,
    })
}

async fn read_more(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> bool {
    let mut chunk = [0u8; 4096];
    match stream.read(&mut chunk).await {
        Ok(0) | Err(_) => false,
        Ok(n) => {
            buffer.extend_from_slice(&chunk[..n]);
            true
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    }
}
