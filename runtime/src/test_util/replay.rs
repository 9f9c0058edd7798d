//! [`ReplayTransport`]: recorded HTTP exchanges served in order, each request checked against
//! the one recorded at its place, with a readable account of every difference.

use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};

use bytes::Bytes;
use serde_json::Value;

use crate::http::{HttpError, HttpErrorKind, HttpFuture, HttpRequest, HttpResponse, HttpTransport};

/// A request as recorded: what a request made at its place must match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    pub method: String,
    /// Compared by scheme and host (case-insensitively), path (a trailing `/` aside) and
    /// query parameters as a set.
    pub url: String,
    /// Compared by name (case-insensitively) and value; headers not listed are not compared.
    pub headers: Vec<(String, String)>,
    /// Compared as JSON when both sides are JSON, as bytes otherwise; `None`: not compared.
    pub body: Option<Bytes>,
}

/// A recorded answer: a response, or a connection that failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordedResponse {
    Response(HttpResponse),
    /// The connection failed before a response (the reason, for the error).
    ConnectionFailed(String),
}

/// One recorded request and the answer it got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exchange {
    pub request: RecordedRequest,
    pub response: RecordedResponse,
}

/// Headers that differ on every request (signatures, dates, invocation ids, the user agent):
/// never compared, and left out of recordings.
pub const VOLATILE_HEADERS: &[&str] = &[
    "authorization",
    "x-amz-date",
    "x-amz-content-sha256",
    "user-agent",
    "x-amz-user-agent",
    "amz-sdk-invocation-id",
    "amz-sdk-request",
    "content-length",
];

#[derive(Debug, Default)]
struct State {
    next: usize,
    problems: Vec<String>,
}

/// Serves recorded exchanges in order through the [`HttpTransport`] seam. A request that
/// differs from the recorded one, or comes after the last, fails its attempt (as a refused
/// connection) and is kept as a problem; [`ReplayTransport::verify`] reports every problem
/// and every recorded request never made.
///
/// Cheap to clone: clones share the recording and its progress, so keep one to verify after
/// giving the other to [`ClientBuilder::http_transport`](crate::ClientBuilder::http_transport).
#[derive(Debug, Clone)]
pub struct ReplayTransport {
    exchanges: Arc<Vec<Exchange>>,
    state: Arc<Mutex<State>>,
}

/// What [`ReplayTransport::verify`] found, one line each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplayProblems(pub Vec<String>);

impl fmt::Display for ReplayProblems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the replay found {} problem(s):", self.0.len())?;
        for problem in &self.0 {
            write!(f, "\n  - {problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ReplayProblems {}

impl ReplayTransport {
    pub fn new(exchanges: Vec<Exchange>) -> Self {
        ReplayTransport {
            exchanges: Arc::new(exchanges),
            state: Arc::default(),
        }
    }

    /// Reads a recording in the JSON format of [`crate::test_util::recording`].
    pub fn from_json(text: &str) -> Result<Self, super::recording::RecordingError> {
        super::recording::parse(text).map(ReplayTransport::new)
    }

    /// How many exchanges were recorded.
    pub fn recorded(&self) -> usize {
        self.exchanges.len()
    }

    /// How many requests were made.
    pub fn made(&self) -> usize {
        self.lock().next
    }

    /// Every problem: requests that differ from the recording, requests beyond it, recorded
    /// requests never made.
    pub fn problems(&self) -> Vec<String> {
        let state = self.lock();
        let mut problems = state.problems.clone();
        for (i, missing) in self.exchanges.iter().enumerate().skip(state.next) {
            problems.push(format!(
                "recorded request {} not made: {} {}",
                i + 1,
                missing.request.method,
                missing.request.url
            ));
        }
        problems
    }

    /// Problems other than recorded requests never made.
    pub fn unexpected(&self) -> Vec<String> {
        self.lock().problems.clone()
    }

    /// `Ok` when every recorded request was made, in order, as recorded, and no other.
    pub fn verify(&self) -> Result<(), ReplayProblems> {
        let problems = self.problems();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(ReplayProblems(problems))
        }
    }

    fn answer(&self, request: &HttpRequest) -> Result<HttpResponse, HttpError> {
        let mut state = self.lock();
        let index = state.next;
        let Some(recorded) = self.exchanges.get(index) else {
            state.problems.push(format!(
                "request {} beyond the recording: {} {}",
                index + 1,
                request.method,
                request.url
            ));
            return Err(HttpError::new(
                HttpErrorKind::Connect,
                "replay: no more recorded exchanges",
            ));
        };
        state.next += 1;
        let differences = differences(&recorded.request, request);
        if !differences.is_empty() {
            state.problems.push(format!(
                "request {} ({} {}) differs from the recording:\n    {}",
                index + 1,
                request.method,
                request.url,
                differences.join("\n    ")
            ));
            return Err(HttpError::new(
                HttpErrorKind::Connect,
                "replay: the request differs from the recording",
            ));
        }
        match &recorded.response {
            RecordedResponse::Response(response) => Ok(response.clone()),
            RecordedResponse::ConnectionFailed(why) => {
                Err(HttpError::new(HttpErrorKind::Send, why.clone()))
            }
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl HttpTransport for ReplayTransport {
    fn send(&self, request: HttpRequest) -> HttpFuture<'_> {
        let answer = self.answer(&request);
        Box::pin(std::future::ready(answer))
    }
}

/// How `sent` differs from `recorded`, one line per difference. Header values are not
/// printed (they may be secrets); body values are.
pub fn differences(recorded: &RecordedRequest, sent: &HttpRequest) -> Vec<String> {
    let mut out = Vec::new();
    if !recorded.method.eq_ignore_ascii_case(sent.method) {
        out.push(format!(
            "method: sent {}, recorded {}",
            sent.method, recorded.method
        ));
    }
    if split_url(&sent.url) != split_url(&recorded.url) {
        out.push(format!("url: sent {}, recorded {}", sent.url, recorded.url));
    }
    for (name, value) in &recorded.headers {
        if VOLATILE_HEADERS
            .iter()
            .any(|v| v.eq_ignore_ascii_case(name))
        {
            continue;
        }
        match sent.header(name) {
            None => out.push(format!("header {name}: not sent")),
            Some(v) if v != value => out.push(format!("header {name}: differs from the recording")),
            Some(_) => {}
        }
    }
    if let Some(body) = &recorded.body {
        let parsed = (
            serde_json::from_slice::<Value>(&sent.body),
            serde_json::from_slice::<Value>(body),
        );
        match parsed {
            (Ok(sent), Ok(recorded)) => json_differences("body", &sent, &recorded, &mut out),
            _ if sent.body != body => out.push(format!(
                "body: sent {:?}, recorded {:?}",
                String::from_utf8_lossy(&sent.body),
                String::from_utf8_lossy(body)
            )),
            _ => {}
        }
    }
    out
}

/// Differences between two JSON values, by path (`body.EngineConfiguration.MaxConcurrentDpus`).
fn json_differences(path: &str, sent: &Value, recorded: &Value, out: &mut Vec<String>) {
    match (sent, recorded) {
        (Value::Object(s), Value::Object(r)) => {
            for (key, r_value) in r {
                let at = format!("{path}.{key}");
                match s.get(key) {
                    Some(s_value) => json_differences(&at, s_value, r_value, out),
                    None => out.push(format!("{at}: not sent, recorded {r_value}")),
                }
            }
            for (key, s_value) in s {
                if !r.contains_key(key) {
                    out.push(format!("{path}.{key}: sent {s_value}, not recorded"));
                }
            }
        }
        (Value::Array(s), Value::Array(r)) if s.len() == r.len() => {
            for (i, (s_item, r_item)) in s.iter().zip(r).enumerate() {
                json_differences(&format!("{path}[{i}]"), s_item, r_item, out);
            }
        }
        _ if sent != recorded => out.push(format!("{path}: sent {sent}, recorded {recorded}")),
        _ => {}
    }
}

/// Scheme and host lower-cased, the path without a trailing `/`, query parameters sorted.
type UrlParts = (String, String, String, Vec<(String, String)>);

fn split_url(url: &str) -> Option<UrlParts> {
    let (scheme, rest) = url.split_once("://")?;
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, path_query) = rest.split_at(end);
    let (path, query) = path_query.split_once('?').unwrap_or((path_query, ""));
    let mut params: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (k.to_string(), v.to_string())
        })
        .collect();
    params.sort();
    let path = path.trim_end_matches('/');
    Some((
        scheme.to_ascii_lowercase(),
        authority.to_ascii_lowercase(),
        if path.is_empty() {
            "/".into()
        } else {
            path.to_string()
        },
        params,
    ))
}
