//! The answers recorded in aws-config's and aws-sdk-kotlin's scenario fixtures, read by our
//! parsers: for every case that ends in credentials, the last successful exchange is an
//! IMDS, container, STS or SSO answer, and parsing it must give the expected credentials.

use std::path::Path;
use std::time::{Duration, UNIX_EPOCH};

use awsgen_runtime::credentials::{container, imds, sso, sts};
use awsgen_runtime::json::base64_decode;
use awsgen_runtime::Credentials;
use awsgen_tests::{report, shared_dir};
use serde_json::Value;

/// One recorded exchange.
struct Exchange {
    uri: String,
    request_body: String,
    status: u16,
    response_body: String,
}

fn data_text(data: &Value) -> String {
    if let Some(text) = data["Utf8"].as_str() {
        return text.to_string();
    }
    data["Base64"]
        .as_str()
        .and_then(base64_decode)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default()
}

/// The exchanges of an `http-traffic.json`, smithy-rs (`events`) or Kotlin (array) format.
fn exchanges(traffic: &Value) -> Vec<Exchange> {
    if let Some(array) = traffic.as_array() {
        return array
            .iter()
            .map(|e| Exchange {
                uri: e["request"]["uri"].as_str().unwrap_or("").to_string(),
                request_body: e["request"]["body"].as_str().unwrap_or("").to_string(),
                status: e["response"]["status"].as_u64().unwrap_or(0) as u16,
                response_body: e["response"]["body"].as_str().unwrap_or("").to_string(),
            })
            .collect();
    }
    let mut by_connection: Vec<(u64, Exchange)> = Vec::new();
    for event in traffic["events"].as_array().into_iter().flatten() {
        let id = event["connection_id"].as_u64().unwrap_or(0);
        let action = &event["action"];
        if let Some(request) = action["Request"]["request"].as_object() {
            by_connection.push((
                id,
                Exchange {
                    uri: request["uri"].as_str().unwrap_or("").to_string(),
                    request_body: String::new(),
                    status: 0,
                    response_body: String::new(),
                },
            ));
            continue;
        }
        let Some((_, exchange)) = by_connection.iter_mut().rev().find(|(c, _)| *c == id) else {
            continue;
        };
        if let Some(status) = action["Response"]["response"]["Ok"]["status"].as_u64() {
            exchange.status = status as u16;
        }
        if let Some(data) = action["Data"].as_object() {
            let text = data_text(&data["data"]);
            match data["direction"].as_str() {
                Some("Request") => exchange.request_body.push_str(&text),
                _ => exchange.response_body.push_str(&text),
            }
        }
    }
    by_connection.into_iter().map(|(_, e)| e).collect()
}

/// Our parse of a successful answer, or `None` when the exchange is not one of our calls.
fn parse(exchange: &Exchange) -> Option<Result<Credentials, String>> {
    let url = reqwest::Url::parse(&exchange.uri).ok()?;
    let path = url.path();
    if let Some(action) = exchange
        .request_body
        .split('&')
        .find_map(|pair| pair.strip_prefix("Action="))
    {
        return Some(
            sts::parse_credentials(action, &exchange.response_body).map_err(|e| e.to_string()),
        );
    }
    if path.ends_with("/federation/credentials") {
        let account = url
            .query_pairs()
            .find(|(k, _)| k == "account_id")
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default();
        return Some(
            sso::parse_role_credentials(exchange.response_body.as_bytes())
                .map(|c| c.with_account_id(account))
                .map_err(|e| e.to_string()),
        );
    }
    if let Some(role) = path.strip_prefix("/latest/meta-data/iam/security-credentials/") {
        if role.is_empty() {
            return None;
        }
        return Some(imds::parse_credentials(&exchange.response_body).map_err(|e| e.to_string()));
    }
    if path.starts_with("/latest/") {
        return None;
    }
    Some(container::parse_credentials(exchange.response_body.as_bytes()).map_err(|e| e.to_string()))
}

fn check(expected: &Value, got: &Credentials) -> Option<String> {
    let expected_expiry = expected["expiry"]
        .as_u64()
        .map(|s| UNIX_EPOCH + Duration::from_secs(s));
    // Whole seconds, as the fixtures give them.
    let got_expiry = got
        .expiry()
        .and_then(|e| e.duration_since(UNIX_EPOCH).ok())
        .map(|d| UNIX_EPOCH + Duration::from_secs(d.as_secs()));
    let mut wrong = Vec::new();
    if expected["access_key_id"].as_str() != Some(got.access_key_id()) {
        wrong.push("access_key_id");
    }
    if expected["secret_access_key"].as_str() != Some(got.secret_access_key()) {
        wrong.push("secret_access_key");
    }
    if expected["session_token"].as_str() != got.session_token() {
        wrong.push("session_token");
    }
    if expected["account_id"].as_str().is_some()
        && expected["account_id"].as_str() != got.account_id()
    {
        wrong.push("account_id");
    }
    if expected_expiry.is_some() && expected_expiry != got_expiry {
        wrong.push("expiry");
    }
    (!wrong.is_empty()).then(|| format!("wrong {wrong:?}: {got:?}"))
}

#[test]
fn recorded_answers_parse_to_the_expected_credentials() {
    let root = shared_dir().join("credentials-tests");
    let folders = [
        "smithy-rs/aws-config/test-data/default-credential-provider-chain",
        "smithy-rs/aws-config/test-data/profile-provider",
        "aws-sdk-kotlin/default-provider-chain",
    ];
    let (mut passed, mut failures, mut not_ours) = (0, Vec::new(), 0);
    for folder in folders {
        let dir = root.join(folder);
        let mut cases: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        cases.sort();
        for case in cases {
            let read = |name: &str| -> Option<Value> {
                let text = std::fs::read_to_string(Path::new(&case).join(name)).ok()?;
                serde_json::from_str(&text).ok()
            };
            let Some(test_case) = read("test-case.json") else {
                continue;
            };
            let expected = &test_case["result"]["Ok"];
            if !expected.is_object() {
                continue;
            }
            let Some(traffic) = read("http-traffic.json") else {
                not_ours += 1;
                continue;
            };
            let last_ok = exchanges(&traffic)
                .into_iter()
                .rev()
                .find(|e| (200..300).contains(&e.status));
            let name = format!(
                "{folder}/{}",
                case.file_name().unwrap_or_default().to_string_lossy()
            );
            match last_ok.as_ref().and_then(parse) {
                None => not_ours += 1,
                Some(Err(e)) => failures.push(format!("{name}: {e}")),
                Some(Ok(credentials)) => match check(expected, &credentials) {
                    None => passed += 1,
                    Some(why) => failures.push(format!("{name}: {why}")),
                },
            }
        }
    }
    report(&format!(
        "recorded credential answers: {passed} passed, {} failed ({not_ours} cases end in no HTTP answer of ours)",
        failures.len()
    ));
    assert!(passed > 0, "no recorded answer was checked");
    assert!(failures.is_empty(), "{failures:#?}");
}
