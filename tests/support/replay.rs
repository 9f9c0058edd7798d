//! Reads the credential test data's recordings (smithy-rs `http-traffic.json` V0 events, or
//! aws-sdk-kotlin's array of exchanges) into the runtime's replaying transport
//! (`awsgen_runtime::test_util::ReplayTransport`), which checks each request against the one
//! recorded at its place: method, URL (scheme, host, path, query parameters as a set) and,
//! where recorded, `x-aws-ec2-metadata-token`. The recordings' other headers (signatures,
//! dates, user agents) cannot match and are not compared.

use std::collections::BTreeMap;
use std::path::Path;

use awsgen_runtime::http::HttpResponse;
use awsgen_runtime::test_util::{Exchange, RecordedRequest, RecordedResponse, ReplayTransport};
use serde_json::Value;

/// Header names and values, in order.
pub type Headers = Vec<(String, String)>;

/// The one recorded request header compared: the IMDS session token.
const COMPARED_HEADER: &str = "x-aws-ec2-metadata-token";

/// Reads `http-traffic.json`; a missing file is a recording of no requests.
pub fn from_file(path: &Path) -> Result<ReplayTransport, String> {
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

/// An exchange whose request is compared by method, URL and the IMDS token only.
fn exchange(
    method: String,
    url: String,
    headers: &[(String, String)],
    response: Result<(u16, Headers, Vec<u8>), String>,
) -> Exchange {
    Exchange {
        request: RecordedRequest {
            method,
            url,
            headers: headers
                .iter()
                .filter(|(n, _)| n.eq_ignore_ascii_case(COMPARED_HEADER))
                .cloned()
                .collect(),
            body: None,
        },
        response: match response {
            Ok((status, headers, body)) => RecordedResponse::Response(HttpResponse {
                status,
                headers,
                body: body.into(),
            }),
            Err(why) => RecordedResponse::ConnectionFailed(why),
        },
    }
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
    Ok(exchange(
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
        &headers_of(request.get("headers")),
        Ok((
            u16::try_from(status).map_err(|_| "bad status")?,
            headers_of(response.get("headers")),
            body,
        )),
    ))
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
        exchanges.push(exchange(method, uri, &headers, response));
    }
    Ok(exchanges)
}
