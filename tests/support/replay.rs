//! A transport that answers from a recording (smithy-rs `http-traffic.json` V0 events, or
//! aws-sdk-kotlin's array of exchanges) and checks each request against the one recorded at
//! its place: method, URI (scheme, host, path, query parameters as a set) and, where
//! recorded, `x-aws-ec2-metadata-token`. Recorded signatures and dates cannot match and are
//! not compared. What went wrong is kept for the test to report: mismatched requests,
//! requests beyond the recording, and recorded requests never made.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Mutex;

use awsgen_runtime::http::{
    HttpError, HttpErrorKind, HttpFuture, HttpRequest, HttpResponse, HttpTransport,
};
use serde_json::Value;

/// Header names and values, in order.
pub type Headers = Vec<(String, String)>;

/// A recorded answer: status, headers, body.
pub type RecordedResponse = (u16, Headers, Vec<u8>);

/// One recorded request and the answer it got.
#[derive(Debug, Clone)]
pub struct Exchange {
    pub method: String,
    pub uri: String,
    pub headers: Vec<(String, String)>,
    /// `Err`: the connection failed.
    pub response: Result<RecordedResponse, String>,
}

#[derive(Debug, Default)]
struct State {
    next: usize,
    problems: Vec<String>,
}

/// Serves the recorded exchanges in order.
#[derive(Debug)]
pub struct ReplayTransport {
    exchanges: Vec<Exchange>,
    state: Mutex<State>,
}

impl ReplayTransport {
    pub fn new(exchanges: Vec<Exchange>) -> Self {
        ReplayTransport {
            exchanges,
            state: Mutex::new(State::default()),
        }
    }

    /// Reads `http-traffic.json`; a missing file is a recording of no requests.
    pub fn from_file(path: &Path) -> Result<Self, String> {
        if !path.exists() {
            return Ok(ReplayTransport::new(Vec::new()));
        }
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let value: Value =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        parse_recording(&value)
            .map(ReplayTransport::new)
            .map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn recorded(&self) -> usize {
        self.exchanges.len()
    }

    /// How many requests were made.
    pub fn made(&self) -> usize {
        self.state.lock().unwrap().next
    }

    /// Everything that went wrong: mismatches, requests beyond the recording, recorded
    /// requests not made.
    pub fn problems(&self) -> Vec<String> {
        let state = self.state.lock().unwrap();
        let mut problems = state.problems.clone();
        for missing in self.exchanges.iter().skip(state.next) {
            problems.push(format!(
                "recorded request not made: {} {}",
                missing.method, missing.uri
            ));
        }
        problems
    }

    /// Problems other than "recorded request not made".
    pub fn unexpected(&self) -> Vec<String> {
        self.state.lock().unwrap().problems.clone()
    }

    fn answer(&self, request: &HttpRequest) -> Result<HttpResponse, HttpError> {
        let mut state = self.state.lock().unwrap();
        let index = state.next;
        let Some(recorded) = self.exchanges.get(index) else {
            state.problems.push(format!(
                "request beyond the recording: {} {}",
                request.method, request.url
            ));
            return Err(HttpError::new(
                HttpErrorKind::Connect,
                "no more recorded exchanges",
            ));
        };
        state.next += 1;
        let mut mismatch = Vec::new();
        if !recorded.method.eq_ignore_ascii_case(request.method) {
            mismatch.push(format!(
                "method {} (recorded {})",
                request.method, recorded.method
            ));
        }
        match (split_uri(&request.url), split_uri(&recorded.uri)) {
            (Some(sent), Some(expected)) if sent == expected => {}
            _ => mismatch.push(format!("uri {} (recorded {})", request.url, recorded.uri)),
        }
        if let Some(token) = header(&recorded.headers, "x-aws-ec2-metadata-token") {
            if request.header("x-aws-ec2-metadata-token") != Some(token) {
                mismatch.push("x-aws-ec2-metadata-token differs from the recording".into());
            }
        }
        if !mismatch.is_empty() {
            state.problems.push(format!(
                "request {} does not match the recording: {}",
                index + 1,
                mismatch.join("; ")
            ));
            return Err(HttpError::new(
                HttpErrorKind::Connect,
                "request does not match the recording",
            ));
        }
        match &recorded.response {
            Ok((status, headers, body)) => Ok(HttpResponse {
                status: *status,
                headers: headers.clone(),
                body: body.clone().into(),
            }),
            Err(why) => Err(HttpError::new(HttpErrorKind::Send, why.clone())),
        }
    }
}

impl HttpTransport for ReplayTransport {
    fn send(&self, request: HttpRequest) -> HttpFuture<'_> {
        let answer = self.answer(&request);
        Box::pin(std::future::ready(answer))
    }
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// The parts of a URI that are compared: scheme and host lower-cased, the path (a trailing
/// `/` is not significant: the SDKs differ on the IMDS role list), query parameters as a
/// sorted list.
type UriParts = (String, String, String, Vec<(String, String)>);

fn split_uri(uri: &str) -> Option<UriParts> {
    let (scheme, rest) = uri.split_once("://")?;
    let (authority, path_query) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => match rest.find('?') {
            Some(i) => rest.split_at(i),
            None => (rest, ""),
        },
    };
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

fn headers_of(value: Option<&Value>) -> Vec<(String, String)> {
    let Some(Value::Object(map)) = value else {
        return Vec::new();
    };
    map.iter()
        .filter_map(|(name, value)| {
            let value = match value {
                Value::String(s) => s.clone(),
                Value::Array(items) => items.first()?.as_str()?.to_string(),
                _ => return None,
            };
            Some((name.clone(), value))
        })
        .collect()
}

fn parse_recording(value: &Value) -> Result<Vec<Exchange>, String> {
    match value {
        Value::Array(items) => items.iter().map(parse_kotlin_exchange).collect(),
        Value::Object(map) => {
            let events = map
                .get("events")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            parse_smithy_events(&events)
        }
        _ => Err("recording is neither an array nor an object".into()),
    }
}

fn parse_kotlin_exchange(item: &Value) -> Result<Exchange, String> {
    let request = item.get("request").ok_or("exchange without request")?;
    let response = item.get("response").ok_or("exchange without response")?;
    let status = response
        .get("status")
        .and_then(Value::as_u64)
        .ok_or("response without status")?;
    let body = response
        .get("body")
        .and_then(Value::as_str)
        .unwrap_or("")
        .as_bytes()
        .to_vec();
    Ok(Exchange {
        method: request
            .get("method")
            .and_then(Value::as_str)
            .ok_or("request without method")?
            .to_string(),
        uri: request
            .get("uri")
            .and_then(Value::as_str)
            .ok_or("request without uri")?
            .to_string(),
        headers: headers_of(request.get("headers")),
        response: Ok((
            u16::try_from(status).map_err(|_| "bad status")?,
            headers_of(response.get("headers")),
            body,
        )),
    })
}

#[derive(Default)]
struct Connection {
    /// Method, URI, headers.
    request: Option<(String, String, Headers)>,
    /// Status and headers, or why the connection failed.
    response: Option<Result<(u16, Headers), String>>,
    body: Vec<u8>,
}

fn parse_smithy_events(events: &[Value]) -> Result<Vec<Exchange>, String> {
    let mut order: Vec<u64> = Vec::new();
    let mut connections: BTreeMap<u64, Connection> = BTreeMap::new();
    for event in events {
        let id = event
            .get("connection_id")
            .and_then(Value::as_u64)
            .ok_or("event without connection_id")?;
        if !order.contains(&id) {
            order.push(id);
        }
        let connection = connections.entry(id).or_default();
        let action = event.get("action").ok_or("event without action")?;
        if let Some(request) = action.get("Request") {
            let request = request.get("request").ok_or("Request without request")?;
            connection.request = Some((
                request
                    .get("method")
                    .and_then(Value::as_str)
                    .ok_or("request without method")?
                    .to_string(),
                request
                    .get("uri")
                    .and_then(Value::as_str)
                    .ok_or("request without uri")?
                    .to_string(),
                headers_of(request.get("headers")),
            ));
        } else if let Some(response) = action.get("Response") {
            let response = response
                .get("response")
                .ok_or("Response without response")?;
            connection.response = Some(match response.get("Ok") {
                Some(ok) => Ok((
                    ok.get("status")
                        .and_then(Value::as_u64)
                        .and_then(|s| u16::try_from(s).ok())
                        .ok_or("response without status")?,
                    headers_of(ok.get("headers")),
                )),
                None => Err(response
                    .get("Err")
                    .map(|e| e.to_string())
                    .unwrap_or_else(|| "connection error".into())),
            });
        } else if let Some(data) = action.get("Data") {
            let direction = data.get("direction").and_then(Value::as_str);
            if direction != Some("Response") {
                continue;
            }
            let data = data.get("data").ok_or("Data without data")?;
            if let Some(text) = data.get("Utf8").and_then(Value::as_str) {
                connection.body.extend_from_slice(text.as_bytes());
            } else if let Some(encoded) = data.get("Base64").and_then(Value::as_str) {
                let bytes = awsgen_runtime::json::base64_decode(encoded)
                    .ok_or("Data with invalid base64")?;
                connection.body.extend_from_slice(&bytes);
            }
        }
    }
    let mut exchanges = Vec::new();
    for id in order {
        let Some(connection) = connections.remove(&id) else {
            continue;
        };
        let Some((method, uri, headers)) = connection.request else {
            return Err(format!("connection {id} has no request"));
        };
        let response = match connection.response {
            Some(Ok((status, headers))) => Ok((status, headers, connection.body)),
            Some(Err(why)) => Err(why),
            None => Err(format!("connection {id} has no response")),
        };
        exchanges.push(Exchange {
            method,
            uri,
            headers,
            response,
        });
    }
    Ok(exchanges)
}
