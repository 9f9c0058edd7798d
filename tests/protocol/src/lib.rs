//! The harness for the botocore awsJson protocol test vectors.
//!
//! The build script turns every case of `{input,output}/*.json` into a module of generated
//! code plus a [`Case`]; this library runs those cases against a loopback [`ScriptedServer`] and
//! compares what went over the wire (input cases) or what the generated operation returned
//! (output cases) with the case's expectation.
#![forbid(unsafe_code)]

// The generated cases name this crate by its path (`::awsgen_protocol_tests::Case`).
extern crate self as awsgen_protocol_tests;

/// Every case, as the build script generated it: `CASES` and `LOAD_ERRORS`. Compiled once
/// here, for the vector check and the wire checks alike.
pub mod vectors {
    include!(concat!(env!("OUT_DIR"), "/vectors.rs"));
}

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use awsgen_emulator::scripted::{RecordedRequest, Reply, ScriptedServer, Strict};
use awsgen_runtime::config::Environment;
use awsgen_runtime::{Client, Credentials, ErrorMetadata};
use serde_json::Value;

/// What a case's generated code returns: `Err` says what differed.
pub type Pending = Pin<Box<dyn Future<Output = Result<(), String>> + Send>>;

/// Calls the case's generated operation through `client`.
pub type Runner = fn(Client) -> Pending;

/// One protocol test case.
pub struct Case {
    /// The suite file, relative to the protocol test directory (`input/json.json`).
    pub file: &'static str,
    pub id: &'static str,
    pub check: Check,
}

pub enum Check {
    /// Params to a request: `serialized` is the case's expected request, as JSON text.
    Request {
        serialized: &'static str,
        /// The endpoint the case configures (`clientEndpoint`), when it sets one.
        client_endpoint: Option<&'static str>,
        run: Runner,
    },
    /// A response to a result or error: `response` is the case's response, as JSON text; the
    /// comparison with the expected value is in the generated `run`.
    Response { response: &'static str, run: Runner },
    /// The case exercises something the generator does not implement; the reason says what.
    Skip(&'static str),
    /// No code could be generated for the case; the text says why. Counts as a failure.
    Broken(&'static str),
}

/// How the cases went.
#[derive(Debug, Default)]
pub struct Summary {
    pub passed: usize,
    /// `file id: reason`, one per failed case.
    pub failed: Vec<String>,
    /// `file id: reason`, one per skipped case.
    pub skipped: Vec<String>,
}

/// Runs every case; `load_errors` (unreadable suite files) count as failures.
pub async fn run_all(cases: &[Case], load_errors: &[&str]) -> Summary {
    let mut summary = Summary::default();
    summary
        .failed
        .extend(load_errors.iter().map(|e| e.to_string()));
    for case in cases {
        let label = format!("{} {}", case.file, case.id);
        let outcome = match &case.check {
            Check::Skip(reason) => {
                summary.skipped.push(format!("{label}: {reason}"));
                continue;
            }
            Check::Broken(why) => Err(format!("no code generated: {why}")),
            Check::Request {
                serialized,
                client_endpoint,
                run,
            } => bounded(check_request(serialized, *client_endpoint, *run)).await,
            Check::Response { response, run } => bounded(check_response(response, *run)).await,
        };
        match outcome {
            Ok(()) => summary.passed += 1,
            Err(why) => summary.failed.push(format!("{label}: {why}")),
        }
    }
    summary
}

/// A case that hangs fails instead of stalling the suite.
async fn bounded(check: impl Future<Output = Result<(), String>>) -> Result<(), String> {
    const LIMIT: Duration = Duration::from_secs(20);
    tokio::time::timeout(LIMIT, check)
        .await
        .unwrap_or_else(|_| Err(format!("did not finish within {LIMIT:?}")))
}

/// The key the cases' client signs with, and the loopback server checks.
pub const ACCESS_KEY_ID: &str = "AKIDEXAMPLE";
pub const SECRET_ACCESS_KEY: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
/// The region the cases' client is configured for.
pub const REGION: &str = "us-east-1";

fn credentials() -> Credentials {
    Credentials::new(ACCESS_KEY_ID, SECRET_ACCESS_KEY, None)
}

/// A client for the loopback server: fixed credentials, no retries (5xx error cases must be
/// read once, not retried).
fn client(endpoint: &str, validate_input: bool) -> Result<Client, String> {
    Client::builder()
        .environment(Environment::from_vars(Vec::<(String, String)>::new()))
        .region(REGION)
        .credentials(credentials())
        .endpoint_url(endpoint)
        .max_attempts(1)
        .operation_timeout(Duration::from_secs(10))
        .validate_input(validate_input)
        .build()
        .map_err(|e| format!("client: {e}"))
}

fn parse(text: &str, what: &str) -> Result<Value, String> {
    serde_json::from_str(text).map_err(|e| format!("{what} is not JSON: {e}"))
}

async fn check_request(
    serialized: &str,
    client_endpoint: Option<&str>,
    run: Runner,
) -> Result<(), String> {
    let expected = parse(serialized, "the case's serialized request")?;
    let captured = capture(client_endpoint, run).await?;
    compare_request(
        &captured.request,
        &expected,
        client_endpoint,
        &captured.server_url,
    )
}

/// A request the client sent for an input case, as the loopback server received it.
#[derive(Debug, Clone)]
pub struct Captured {
    pub request: RecordedRequest,
    /// `http://127.0.0.1:PORT`, the server it went to.
    pub server_url: String,
}

/// Runs an input case's operation against a strict loopback server (which checks its
/// signature with [`SECRET_ACCESS_KEY`]) and returns the one request it sent; `None` for a
/// case that is not an input case or cannot run.
pub async fn capture_case(case: &Case) -> Option<Result<Captured, String>> {
    match &case.check {
        Check::Request {
            client_endpoint,
            run,
            ..
        } => Some(bounded_capture(*client_endpoint, *run).await),
        _ => None,
    }
}

async fn bounded_capture(client_endpoint: Option<&str>, run: Runner) -> Result<Captured, String> {
    const LIMIT: Duration = Duration::from_secs(20);
    tokio::time::timeout(LIMIT, capture(client_endpoint, run))
        .await
        .unwrap_or_else(|_| Err(format!("did not finish within {LIMIT:?}")))
}

async fn capture(client_endpoint: Option<&str>, run: Runner) -> Result<Captured, String> {
    let server =
        ScriptedServer::start_strict(Strict::new().key(credentials()), [Reply::json(200, "{}")])
            .await
            .map_err(|e| format!("cannot start the scripted server: {e}"))?;
    // The case's endpoint path (`https://example.com/custom`) is kept on the loopback URL.
    let endpoint_path = client_endpoint
        .map(|e| endpoint_host_and_path(e).1)
        .unwrap_or_default();
    let endpoint = format!("{}{endpoint_path}", server.url());
    let outcome = run(client(&endpoint, true)?).await;
    let refusals = server.refusals();
    if !refusals.is_empty() {
        return Err(format!(
            "the strict server refused the request: {refusals:?}"
        ));
    }
    let requests = server.requests();
    match (requests.as_slice(), outcome) {
        ([request], Ok(())) => Ok(Captured {
            request: request.clone(),
            server_url: server.url(),
        }),
        (_, Err(why)) => Err(why),
        (sent, Ok(())) => Err(format!("{} requests sent, expected 1", sent.len())),
    }
}

/// (`host`, `/path`) of an endpoint URL, the path without a trailing `/`.
fn endpoint_host_and_path(endpoint: &str) -> (&str, &str) {
    let rest = endpoint.split_once("://").map_or(endpoint, |(_, r)| r);
    let (host, path) = rest.find('/').map_or((rest, ""), |i| rest.split_at(i));
    (host, path.trim_end_matches('/'))
}

fn compare_request(
    request: &RecordedRequest,
    expected: &Value,
    client_endpoint: Option<&str>,
    server_url: &str,
) -> Result<(), String> {
    let mut problems = Vec::new();
    if let Some(method) = expected["method"].as_str() {
        if request.method != method {
            problems.push(format!("method {:?}, expected {method:?}", request.method));
        }
    }
    if let Some(uri) = expected["uri"].as_str() {
        if request.path != uri {
            problems.push(format!("URI {:?}, expected {uri:?}", request.path));
        }
    }
    for (name, value) in expected["headers"].as_object().into_iter().flatten() {
        let got = request.header(name);
        if got != value.as_str() {
            problems.push(format!("header {name}: {got:?}, expected {value}"));
        }
    }
    for name in expected["requireHeaders"].as_array().into_iter().flatten() {
        let name = name.as_str().unwrap_or_default();
        if request.header(name).is_none() {
            problems.push(format!("header {name} missing"));
        }
    }
    if let Some(host) = expected["host"].as_str() {
        // Loopback cannot answer for the case's host; what can be checked is that the case
        // expects the configured endpoint itself, and that the request went to it.
        let (endpoint_host, endpoint_path) = client_endpoint
            .map(endpoint_host_and_path)
            .unwrap_or_default();
        let sent_to = endpoint_host.to_string() + endpoint_path;
        if host != sent_to {
            problems.push(format!(
                "the case expects host {host:?}, not its endpoint {sent_to:?}"
            ));
        }
        let server_host = server_url.trim_start_matches("http://");
        if request.header("host") != Some(server_host) {
            problems.push(format!(
                "Host header {:?}, expected {server_host:?}",
                request.header("host")
            ));
        }
    }
    if let Some(body) = expected["body"].as_str() {
        let got = String::from_utf8_lossy(&request.body);
        if body.is_empty() {
            if !got.is_empty() {
                problems.push(format!("body {got:?}, expected none"));
            }
        } else {
            match (
                serde_json::from_str::<Value>(&got),
                parse(body, "expected body"),
            ) {
                (Ok(got_json), Ok(want)) if got_json == want => {}
                (_, Err(e)) => problems.push(e),
                _ => problems.push(format!("body {got}, expected {body}")),
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

async fn check_response(response: &str, run: Runner) -> Result<(), String> {
    let response = parse(response, "the case's response")?;
    let status = response["status_code"]
        .as_u64()
        .and_then(|s| u16::try_from(s).ok())
        .ok_or("the response has no status_code")?;
    let headers = response["headers"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(n, v)| (n.clone(), v.as_str().unwrap_or_default().to_string()))
        .collect();
    let body = response["body"].as_str().unwrap_or_default();
    let server = ScriptedServer::start([Reply::Response {
        status,
        headers,
        body: body.as_bytes().to_vec(),
        delay: Duration::ZERO,
    }])
    .await
    .map_err(|e| format!("cannot start the scripted server: {e}"))?;
    // Output cases call with an empty input, which may lack required members.
    run(client(&server.url(), false)?).await
}

/// `got == expected`, or a message showing both.
pub fn same<T: PartialEq + std::fmt::Debug>(got: &T, expected: &T) -> Result<(), String> {
    if got == expected {
        Ok(())
    } else {
        Err(format!("got {got:?}, expected {expected:?}"))
    }
}

/// The code, message and status of a service error.
pub fn check_meta(
    meta: &ErrorMetadata,
    code: &str,
    message: Option<&str>,
    status: u16,
) -> Result<(), String> {
    let mut problems = Vec::new();
    if meta.code != code {
        problems.push(format!("code {:?}, expected {code:?}", meta.code));
    }
    if message.is_some() && meta.message.as_deref() != message {
        problems.push(format!("message {:?}, expected {message:?}", meta.message));
    }
    if meta.status != status {
        problems.push(format!("status {}, expected {status}", meta.status));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}
