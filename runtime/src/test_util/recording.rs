//! The recording format, and [`RecordingTransport`], which captures a real transport's
//! exchanges in it.
//!
//! A recording is a JSON array of exchanges, easy to write by hand:
//!
//! ```json
//! [
//!   {
//!     "request": {
//!       "method": "POST",
//!       "url": "https://athena.us-east-1.amazonaws.com/",
//!       "headers": { "x-amz-target": "AmazonAthena.GetSessionStatus" },
//!       "body": { "SessionId": "s-1" }
//!     },
//!     "response": {
//!       "status": 200,
//!       "headers": { "x-amzn-requestid": "r-1" },
//!       "body": { "SessionId": "s-1", "Status": { "State": "IDLE" } }
//!     }
//!   },
//!   { "request": { "method": "POST", "url": "https://athena.us-east-1.amazonaws.com/" },
//!     "response": { "connection_failed": "connection reset" } }
//! ]
//! ```
//!
//! `headers` (optional) lists the request headers compared; `body` (optional) is compared as
//! JSON, or as text when given as a string that is not JSON. A response `body` is JSON or a
//! string sent as it is.

use std::fmt;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use serde_json::{Map, Value};

use super::replay::{Exchange, RecordedRequest, RecordedResponse, VOLATILE_HEADERS};
use crate::http::{HttpFuture, HttpRequest, HttpResponse, HttpTransport};

/// A recording that cannot be read: what is wrong, and in which exchange.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordingError {
    pub message: String,
}

impl fmt::Display for RecordingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unreadable recording: {}", self.message)
    }
}

impl std::error::Error for RecordingError {}

/// Reads a recording; the error names the exchange and what is wrong with it.
pub fn parse(text: &str) -> Result<Vec<Exchange>, RecordingError> {
    let error = |message: String| RecordingError { message };
    let value: Value = serde_json::from_str(text).map_err(|e| error(format!("not JSON: {e}")))?;
    let items = value
        .as_array()
        .ok_or_else(|| error("a recording is a JSON array of exchanges".into()))?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            parse_exchange(item).map_err(|e| error(format!("exchange {}: {e}", i + 1)))
        })
        .collect()
}

fn parse_exchange(item: &Value) -> Result<Exchange, String> {
    let request = item.get("request").ok_or("no \"request\"")?;
    let response = item.get("response").ok_or("no \"response\"")?;
    let text = |v: &Value, key: &str| {
        v.get(key)
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or(format!("no \"{key}\" string"))
    };
    let request = RecordedRequest {
        method: text(request, "method")?,
        url: text(request, "url")?,
        headers: headers(request.get("headers"))?,
        body: request.get("body").map(body_bytes),
    };
    let response = if let Some(why) = response.get("connection_failed") {
        RecordedResponse::ConnectionFailed(why.as_str().unwrap_or("connection failed").into())
    } else {
        let status = response
            .get("status")
            .and_then(Value::as_u64)
            .and_then(|s| u16::try_from(s).ok())
            .ok_or("response without a \"status\" number")?;
        RecordedResponse::Response(HttpResponse {
            status,
            headers: headers(response.get("headers"))?,
            body: response.get("body").map(body_bytes).unwrap_or_default(),
        })
    };
    Ok(Exchange { request, response })
}

fn headers(value: Option<&Value>) -> Result<Vec<(String, String)>, String> {
    let Some(value) = value else {
        return Ok(Vec::new());
    };
    let map = value.as_object().ok_or("\"headers\" is not an object")?;
    map.iter()
        .map(|(name, value)| match value.as_str() {
            Some(v) => Ok((name.clone(), v.to_string())),
            None => Err(format!("header {name} is not a string")),
        })
        .collect()
}

/// A string body is sent as it is; any other JSON value as its JSON text.
fn body_bytes(value: &Value) -> Bytes {
    match value {
        Value::String(s) => Bytes::from(s.clone()),
        other => Bytes::from(other.to_string()),
    }
}

/// A body as it is written in a recording: JSON when it parses, else text.
fn body_value(body: &[u8]) -> Value {
    serde_json::from_slice(body)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(body).into_owned()))
}

fn headers_value<'a>(headers: impl Iterator<Item = &'a (String, String)>) -> Value {
    Value::Object(
        headers
            .map(|(n, v)| (n.to_ascii_lowercase(), Value::String(v.clone())))
            .collect::<Map<_, _>>(),
    )
}

/// Writes exchanges in the recording format. Volatile request headers (signatures, dates)
/// and `x-amz-security-token` are left out: a recording holds no secret.
pub fn to_json(exchanges: &[Exchange]) -> String {
    let items: Vec<Value> = exchanges
        .iter()
        .map(|exchange| {
            let request = &exchange.request;
            let kept = request.headers.iter().filter(|(n, _)| {
                !VOLATILE_HEADERS.iter().any(|v| v.eq_ignore_ascii_case(n))
                    && !n.eq_ignore_ascii_case("x-amz-security-token")
            });
            let mut req = Map::new();
            req.insert("method".into(), Value::String(request.method.clone()));
            req.insert("url".into(), Value::String(request.url.clone()));
            req.insert("headers".into(), headers_value(kept));
            if let Some(body) = &request.body {
                req.insert("body".into(), body_value(body));
            }
            let mut resp = Map::new();
            match &exchange.response {
                RecordedResponse::Response(r) => {
                    resp.insert("status".into(), Value::from(r.status));
                    resp.insert("headers".into(), headers_value(r.headers.iter()));
                    resp.insert("body".into(), body_value(&r.body));
                }
                RecordedResponse::ConnectionFailed(why) => {
                    resp.insert("connection_failed".into(), Value::String(why.clone()));
                }
            }
            let mut item = Map::new();
            item.insert("request".into(), Value::Object(req));
            item.insert("response".into(), Value::Object(resp));
            Value::Object(item)
        })
        .collect();
    serde_json::to_string_pretty(&Value::Array(items)).unwrap_or_default()
}

/// Wraps a transport (the real one, usually) and keeps every exchange that passes through,
/// to write as a recording with [`RecordingTransport::to_json`]. Response bodies are kept
/// whole: credentials a response carries end up in the recording, so record service calls,
/// not credential providers' calls.
///
/// Cheap to clone: clones share the exchanges.
#[derive(Debug)]
pub struct RecordingTransport<T> {
    inner: Arc<T>,
    exchanges: Arc<Mutex<Vec<Exchange>>>,
}

impl<T> Clone for RecordingTransport<T> {
    fn clone(&self) -> Self {
        RecordingTransport {
            inner: self.inner.clone(),
            exchanges: self.exchanges.clone(),
        }
    }
}

impl<T: HttpTransport> RecordingTransport<T> {
    pub fn new(inner: T) -> Self {
        RecordingTransport {
            inner: Arc::new(inner),
            exchanges: Arc::default(),
        }
    }

    /// The exchanges so far, in order.
    pub fn exchanges(&self) -> Vec<Exchange> {
        self.exchanges
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// The exchanges so far, in the recording format.
    pub fn to_json(&self) -> String {
        to_json(&self.exchanges())
    }
}

impl<T: HttpTransport> HttpTransport for RecordingTransport<T> {
    fn send(&self, request: HttpRequest) -> HttpFuture<'_> {
        Box::pin(async move {
            let recorded = RecordedRequest {
                method: request.method.to_string(),
                url: request.url.clone(),
                headers: request.headers.clone(),
                body: Some(request.body.clone()),
            };
            let result = self.inner.send(request).await;
            let response = match &result {
                Ok(response) => RecordedResponse::Response(response.clone()),
                Err(e) => RecordedResponse::ConnectionFailed(e.to_string()),
            };
            self.exchanges
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(Exchange {
                    request: recorded,
                    response,
                });
            result
        })
    }
}
