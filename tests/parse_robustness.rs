//! Robustness of response reading: whatever status, headers and body bytes a server sends,
//! error parsing, output deserialization and the generated error enum never panic, and what
//! they return keeps its invariants (the status carried through, sanitized codes, bounded
//! snippets, the variant its code names). Inputs are random, shaped like what servers send
//! (JSON with the model's member names and codes, mutated JSON, XML, raw bytes), and a smaller
//! run sends them through the real client over loopback.

awsgen_runtime::athena_operation!(StartSession);

use std::time::Duration;

use awsgen_runtime::config::Environment;
use awsgen_runtime::error::{snippet, UnreadableResponse};
use awsgen_runtime::json::{DeserializeJson, Value};
use awsgen_runtime::protocol::{self, ErrorResponse};
use awsgen_runtime::retry;
use awsgen_runtime::{Client, Credentials, Error, ErrorMetadata, OperationError};
use awsgen_tests::server::{Reply, TestServer};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

/// Cases per in-process property; each takes microseconds.
const CASES: u32 = 2000;
/// Cases sent through the client over loopback; each is one HTTP exchange.
const LOOPBACK_CASES: u32 = 300;

const MODELED_CODES: &[&str] = &[
    "InternalServerException",
    "InvalidRequestException",
    "ResourceNotFoundException",
    "SessionAlreadyExistsException",
    "TooManyRequestsException",
];
const OTHER_CODES: &[&str] = &[
    "ThrottlingException",
    "AccessDeniedException",
    "ValidationException",
    "SignatureDoesNotMatch",
    "",
];
/// Member names the output and the errors read, and the ones an error code hides in.
const KEYS: &[&str] = &[
    "SessionId",
    "State",
    "__type",
    "code",
    "message",
    "Message",
    "errorMessage",
    "Reason",
    "AthenaErrorCode",
    "ResourceName",
];
const ENUM_VALUES: &[&str] = &[
    "IDLE",
    "CREATING",
    "FAILED",
    "CONCURRENT_QUERY_LIMIT_EXCEEDED",
];
const HEADER_NAMES: &[&str] = &[
    "x-amzn-ErrorType",
    "X-AMZN-ERRORTYPE",
    "x-amzn-RequestId",
    "Retry-After",
    "x-amz-retry-after",
    "Content-Type",
];

/// Any short text: every Unicode scalar except controls, which JSON escapes anyway.
const ANY_TEXT: &str = "\\PC{0,12}";

fn config(cases: u32) -> Config {
    Config {
        cases,
        // A failure is shrunk and printed; no regression files are written into the tree.
        failure_persistence: None,
        ..Config::default()
    }
}

fn run<S: Strategy>(cases: u32, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>) {
    let mut runner = TestRunner::new(config(cases));
    if let Err(e) = runner.run(&strategy, test) {
        panic!("{e}");
    }
}

/// A wire error code: a known or made-up name, maybe with a namespace and a `:` suffix.
fn wire_code() -> impl Strategy<Value = String> {
    let name = prop_oneof![
        prop::sample::select(MODELED_CODES).prop_map(str::to_string),
        prop::sample::select(OTHER_CODES).prop_map(str::to_string),
        "[A-Za-z ]{0,12}",
    ];
    (
        prop::option::of("[a-z.]{0,16}#"),
        name,
        prop::option::of(":[a-z:/.#]{0,24}"),
    )
        .prop_map(|(namespace, name, suffix)| {
            format!(
                "{}{name}{}",
                namespace.unwrap_or_default(),
                suffix.unwrap_or_default()
            )
        })
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        ANY_TEXT,
        wire_code(),
        prop::sample::select(ENUM_VALUES).prop_map(str::to_string),
        "[0-9 ]{0,24}",
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(KEYS).prop_map(str::to_string),
        1 => ANY_TEXT,
    ]
}

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..4)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// An object shaped like an awsJson error: a code under `__type` or `code`, then members.
fn error_object() -> impl Strategy<Value = Value> {
    (
        prop::sample::select(&["__type", "code"][..]),
        wire_code(),
        prop::collection::vec((key(), json()), 0..4),
    )
        .prop_map(|(code_key, code, members)| {
            let mut object = serde_json::Map::new();
            object.insert(code_key.to_string(), Value::String(code));
            object.extend(members);
            Value::Object(object)
        })
}

/// Cuts, overwrites or inserts one byte.
fn mutate((mut bytes, at, byte, how): (Vec<u8>, prop::sample::Index, u8, u8)) -> Vec<u8> {
    let i = at.index(bytes.len() + 1);
    match how {
        0 => bytes.truncate(i),
        1 if i < bytes.len() => bytes[i] = byte,
        _ => bytes.insert(i, byte),
    }
    bytes
}

fn body() -> impl Strategy<Value = Vec<u8>> {
    let json_text = prop_oneof![json(), error_object()].prop_map(|v| v.to_string().into_bytes());
    let xml = (text(), text(), any::<bool>()).prop_map(|(code, message, cut)| {
        let doc = format!(
            "<ErrorResponse><Error><Code>{code}</Code><Message>{message}</Message></Error></ErrorResponse>"
        );
        let keep = if cut { doc.len() / 2 } else { doc.len() };
        doc.as_bytes()[..keep].to_vec()
    });
    prop_oneof![
        3 => json_text.clone(),
        2 => (json_text, any::<prop::sample::Index>(), any::<u8>(), 0u8..3).prop_map(mutate),
        1 => xml,
        1 => prop::collection::vec(any::<u8>(), 0..200),
        1 => prop::sample::select(&["", " ", "\r\n\t ", "null", "{}", "[]", "\"x\""][..])
            .prop_map(|s| s.as_bytes().to_vec()),
    ]
}

fn headers() -> impl Strategy<Value = Vec<(String, String)>> {
    let name = prop_oneof![
        3 => prop::sample::select(HEADER_NAMES).prop_map(str::to_string),
        1 => "[A-Za-z-]{1,20}",
    ];
    let value = prop_oneof![
        wire_code(),
        text(),
        any::<u64>().prop_map(|n| n.to_string()),
        "[0-9]{0,30}",
    ];
    prop::collection::vec((name, value), 0..4)
}

fn status() -> impl Strategy<Value = u16> {
    prop_oneof![3 => 200u16..600, 1 => any::<u16>()]
}

fn borrowed(headers: &[(String, String)]) -> Vec<(&str, &str)> {
    headers
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect()
}

/// The variant `code` selects, by name, or `Unhandled`.
fn variant_name(error: &StartSessionError) -> &'static str {
    match error {
        StartSessionError::InternalServerException(_) => "InternalServerException",
        StartSessionError::InvalidRequestException(_) => "InvalidRequestException",
        StartSessionError::ResourceNotFoundException(_) => "ResourceNotFoundException",
        StartSessionError::SessionAlreadyExistsException(_) => "SessionAlreadyExistsException",
        StartSessionError::TooManyRequestsException(_) => "TooManyRequestsException",
        StartSessionError::Unhandled(_) => "Unhandled",
        // Generated enums require a wildcard arm so newer models keep this compiling.
        _ => "a variant newer than this test",
    }
}

/// Builds the generated error and checks it keeps the metadata and picks the right variant.
fn check_error_enum(meta: &ErrorMetadata, body: Option<&Value>) -> Result<(), TestCaseError> {
    let error = StartSessionError::from_response(meta.clone(), body);
    prop_assert_eq!(error.meta(), meta);
    let expected = if MODELED_CODES.contains(&meta.code.as_str()) {
        meta.code.as_str()
    } else {
        "Unhandled"
    };
    prop_assert_eq!(variant_name(&error), expected);
    let text = Error::Service(error).to_string();
    prop_assert!(text.contains(&format!("HTTP {}", meta.status)), "{}", text);
    let raw = ErrorMetadata::from_response(meta.clone(), body);
    prop_assert_eq!(&raw, meta);
    Ok(())
}

#[test]
fn error_responses_never_panic_and_keep_their_invariants() {
    run(
        CASES,
        (status(), headers(), body()),
        |(status, headers, body)| {
            let headers = borrowed(&headers);
            if let Some(hint) = retry::retry_after_hint(&headers) {
                prop_assert!(hint <= retry::MAX_BACKOFF);
            }
            match protocol::parse_error(status, &headers, &body) {
                ErrorResponse::Service { meta, body } => {
                    prop_assert_eq!(meta.status, status);
                    prop_assert!(
                        !meta.code.contains([':', '#']) && meta.code.trim() == meta.code,
                        "unsanitized code {:?}",
                        meta.code
                    );
                    if let Some(body) = &body {
                        prop_assert!(body.is_object());
                    }
                    let _ = retry::classify_response(meta.status, Some(&meta.code));
                    check_error_enum(&meta, body.as_ref())?;
                }
                ErrorResponse::Unreadable(u) => {
                    prop_assert_eq!(u.status, status);
                    prop_assert!(u.snippet.chars().count() <= UnreadableResponse::SNIPPET_LEN + 1);
                    let text = Error::<StartSessionError>::UnreadableResponse(u).to_string();
                    prop_assert!(text.contains(&format!("HTTP {status}")), "{}", text);
                }
            }
            Ok(())
        },
    );
}

#[test]
fn the_error_enum_takes_any_code_and_body() {
    let meta =
        (wire_code(), prop::option::of(text()), any::<u16>()).prop_map(|(raw, message, status)| {
            ErrorMetadata {
                code: protocol::sanitize_error_code(&raw).to_string(),
                message,
                request_id: None,
                status,
            }
        });
    let body = prop_oneof![json(), error_object()];
    run(CASES, (meta, prop::option::of(body)), |(meta, body)| {
        check_error_enum(&meta, body.as_ref())
    });
}

/// Whether StartSessionResponse must accept `value`: an object whose two members, when
/// present and not null, are strings (unknown members and enum values are kept or skipped).
fn output_is_readable(value: &Value) -> bool {
    let Some(object) = value.as_object() else {
        return false;
    };
    ["SessionId", "State"].iter().all(|member| {
        matches!(
            object.get(*member),
            None | Some(Value::Null) | Some(Value::String(_))
        )
    })
}

#[test]
fn output_bodies_never_panic_and_read_as_the_model_says() {
    run(CASES, body(), |body| {
        // As the client reads a 2xx body: blank is an empty object.
        let value = if body.iter().all(u8::is_ascii_whitespace) {
            Value::Object(serde_json::Map::new())
        } else {
            match serde_json::from_slice::<Value>(&body) {
                Ok(value) => value,
                Err(_) => return Ok(()),
            }
        };
        prop_assert_eq!(Value::from_json(&value).ok(), Some(value.clone()));
        match StartSessionResponse::from_json(&value) {
            Ok(output) => {
                prop_assert!(output_is_readable(&value), "accepted {}", value);
                prop_assert_eq!(
                    output.session_id.as_deref(),
                    value.get("SessionId").and_then(Value::as_str)
                );
                prop_assert_eq!(
                    output.state.as_ref().map(SessionState::as_str),
                    value.get("State").and_then(Value::as_str)
                );
                let _ = format!("{output:?}");
            }
            Err(e) => {
                prop_assert!(!output_is_readable(&value), "rejected {}: {}", value, e);
                let _ = e.to_string();
            }
        }
        Ok(())
    });
}

#[test]
fn snippets_are_bounded_for_any_bytes_and_length() {
    run(
        CASES,
        (prop::collection::vec(any::<u8>(), 0..400), 0usize..300),
        |(body, max)| {
            let s = snippet(&body, max);
            prop_assert!(s.chars().count() <= max + 1);
            Ok(())
        },
    );
}

#[test]
fn deeply_nested_bodies_are_refused_without_overflowing() {
    for open in ["[", "{\"a\":"] {
        let body = open.repeat(100_000).into_bytes();
        match protocol::parse_error(500, &[], &body) {
            ErrorResponse::Unreadable(u) => assert_eq!(u.status, 500),
            other => panic!("{other:?}"),
        }
        assert!(serde_json::from_slice::<Value>(&body).is_err());
    }
    // Within serde_json's depth limit: read, and dropped, without trouble.
    let nested = format!("{}{}", "[".repeat(100), "]".repeat(100));
    let value: Value = serde_json::from_str(&nested).expect("100 levels");
    assert!(StartSessionResponse::from_json(&value).is_err());
}

fn client(url: &str) -> Client {
    Client::builder()
        .environment(Environment::from_vars(Vec::<(String, String)>::new()))
        .region("eu-west-1")
        .credentials(Credentials::new("AKIDEXAMPLE", "secret", None))
        .endpoint_url(url)
        .max_attempts(1)
        .attempt_timeout(Duration::from_secs(5))
        .build()
        .expect("client")
}

fn request() -> StartSessionRequest {
    StartSessionRequest::builder()
        .work_group("primary")
        .engine_configuration(
            EngineConfiguration::builder()
                .max_concurrent_dpus(4)
                .build(),
        )
        .build()
        .expect("request")
}

/// Statuses whose body HTTP ignores or that are not final; the client's handling of them is
/// hyper's, and their bodies would desynchronise this scripted server.
fn plain_status(status: &u16) -> bool {
    !matches!(status, 204 | 205 | 304)
}

#[test]
fn the_client_reads_any_response_without_panicking() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let server = runtime.block_on(TestServer::start([]));
    let client = client(&server.url());
    // Values a server can put on the wire: no CR/LF, and no second Content-Length.
    let wire_headers = prop::collection::vec(
        (
            prop::sample::select(&HEADER_NAMES[..5]),
            prop_oneof![wire_code(), "[ -~]{0,40}"],
        ),
        0..3,
    );
    let status = (200u16..600).prop_filter("ignored body", plain_status);
    run(
        LOOPBACK_CASES,
        (status, wire_headers, body()),
        |(status, headers, body)| {
            let mut reply = Reply::status(status, body).header("Connection", "close");
            for (name, value) in &headers {
                reply = reply.header(name, value);
            }
            server.push(reply);
            let outcome = runtime.block_on(start_session(&client, request()));
            match &outcome {
                Ok(_) => prop_assert!((200..300).contains(&status)),
                Err(Error::Service(e)) => {
                    prop_assert!(!(200..300).contains(&status));
                    prop_assert_eq!(e.meta().status, status);
                }
                Err(Error::UnreadableResponse(u)) => prop_assert_eq!(u.status, status),
                Err(other) => return Err(TestCaseError::fail(format!("HTTP {status}: {other:?}"))),
            }
            Ok(())
        },
    );
    assert_eq!(server.remaining(), 0, "every scripted reply was used");
}
