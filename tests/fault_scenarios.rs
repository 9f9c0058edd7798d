//! Fault injection: the generated StartSession against a loopback server that throttles,
//! fails, resets, truncates, stalls and answers with garbage. Each scenario is one row of a
//! table (script, client settings, expected outcome); one test runs them all, prints each
//! result and a `fault scenarios: N passed, M failed` line, and fails when any failed.
//!
//! Decisions these scenarios pin down, following what the AWS SDKs do:
//! - Transport failures (reset, close mid-body, garbage instead of HTTP) and attempt timeouts
//!   are retried like other transient errors; the idempotency token makes that safe.
//! - A 2xx whose body cannot be read (truncated or non-JSON) is not retried: the service did
//!   the work, and sending it again would not make the answer readable.
//! - Bodies are not size-capped (the SDKs read whole non-streaming bodies); a 20 MB output is
//!   accepted, and an error body only ever reaches the user as a short snippet.
//! - The response Content-Type is not checked: neither botocore's nor smithy-rs's awsJson
//!   parsers look at it.
//! - Redirects are not followed (botocore sends with urllib3 redirects off; smithy-rs's
//!   connector never follows them): a 3xx is an error response.

awsgen_runtime::athena_operation!(StartSession);

use std::time::{Duration, Instant};

use awsgen_runtime::config::Environment;
use awsgen_runtime::error::TimeoutKind;
use awsgen_runtime::retry;
use awsgen_runtime::{Client, Credentials, Error};
use awsgen_tests::server::{RecordedRequest, Reply, Strict, TestServer};

/// No scenario may take longer than this, whatever the client does.
const SCENARIO_LIMIT: Duration = Duration::from_secs(30);
/// The attempt timeout of the slow-response scenarios; their replies wait much longer.
const SHORT_ATTEMPT: Duration = Duration::from_millis(300);
const SLOW_REPLY: Duration = Duration::from_secs(3);

const OK_BODY: &str = r#"{"SessionId":"s-1","State":"CREATING"}"#;

type Outcome = Result<StartSessionResponse, Error<StartSessionError>>;

/// The client settings a scenario changes; everything else is the default.
#[derive(Clone, Copy)]
struct Config {
    max_attempts: u32,
    attempt_timeout: Duration,
    operation_timeout: Duration,
    /// Calls made one after another on the same client.
    calls: usize,
}

const STANDARD: Config = Config {
    max_attempts: 3,
    attempt_timeout: Duration::from_secs(10),
    operation_timeout: Duration::from_secs(20),
    calls: 1,
};

impl Config {
    const fn attempts(self, max_attempts: u32) -> Config {
        Config {
            max_attempts,
            ..self
        }
    }
    const fn attempt_timeout(self, attempt_timeout: Duration) -> Config {
        Config {
            attempt_timeout,
            ..self
        }
    }
    const fn operation_timeout(self, operation_timeout: Duration) -> Config {
        Config {
            operation_timeout,
            ..self
        }
    }
    const fn calls(self, calls: usize) -> Config {
        Config { calls, ..self }
    }
}

enum Script {
    /// The loopback server answers each request with the next reply.
    Replies(Vec<Reply>),
    /// Nothing listens on the endpoint's port.
    NothingListening,
}

type Check<T> = fn(&T) -> Result<(), String>;

enum Expect {
    /// The call succeeds after exactly `attempts` requests.
    Success {
        attempts: usize,
        check: Check<StartSessionResponse>,
    },
    /// The call fails after exactly `attempts` requests reached the server.
    Failure {
        attempts: usize,
        check: Check<Error<StartSessionError>>,
    },
    /// Every call fails; call `i` (from 0) makes `attempts(i)` requests.
    AttemptsPerCall { attempts: fn(usize) -> usize },
}

struct Scenario {
    name: &'static str,
    script: Script,
    config: Config,
    expect: Expect,
}

fn json(status: u16, body: &str) -> Reply {
    Reply::json(status, body)
}

fn ok() -> Reply {
    json(200, OK_BODY)
}

/// Headers promising 100 bytes of body, 10 bytes of it, then the connection closes.
fn closed_mid_body() -> Reply {
    let mut bytes = b"HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\n\
        Content-Length: 100\r\n\r\n"
        .to_vec();
    bytes.extend_from_slice(br#"{"SessionI"#);
    Reply::Raw(bytes)
}

fn html_500() -> Reply {
    Reply::status(
        500,
        "<html>\n<head><title>500 Internal Server Error</title></head>\n<body>\n\
         <h1>500 Internal Server Error</h1>\n<p>upstream failed</p>\n</body>\n</html>\n",
    )
    .header("Content-Type", "text/html")
}

/// A valid StartSession output of about 20 MB: one unknown member holds the bulk.
fn huge_output() -> Reply {
    let padding = "x".repeat(20 * 1024 * 1024);
    json(
        200,
        &format!(r#"{{"SessionId":"s-big","Padding":"{padding}","State":"IDLE"}}"#),
    )
}

fn expect_session(response: &StartSessionResponse, id: &str) -> Result<(), String> {
    if response.session_id.as_deref() == Some(id) {
        Ok(())
    } else {
        Err(format!("expected session {id:?}, got {response:?}"))
    }
}

fn service(error: &Error<StartSessionError>) -> Result<&StartSessionError, String> {
    match error {
        Error::Service(e) => Ok(e),
        other => Err(format!("expected a service error, got {other:?}")),
    }
}

fn unhandled<'e>(
    error: &'e Error<StartSessionError>,
    code: &str,
    status: u16,
) -> Result<&'e awsgen_runtime::ErrorMetadata, String> {
    match service(error)? {
        StartSessionError::Unhandled(meta) if meta.code == code && meta.status == status => {
            Ok(meta)
        }
        other => Err(format!(
            "expected Unhandled({code:?}, HTTP {status}), got {other:?}"
        )),
    }
}

fn unreadable<'e>(
    error: &'e Error<StartSessionError>,
    status: u16,
    reason_part: &str,
) -> Result<&'e awsgen_runtime::error::UnreadableResponse, String> {
    match error {
        Error::UnreadableResponse(u) if u.status == status && u.reason.contains(reason_part) => {
            Ok(u)
        }
        other => Err(format!(
            "expected UnreadableResponse(HTTP {status}, {reason_part:?}), got {other:?}"
        )),
    }
}

fn transport(error: &Error<StartSessionError>, context_part: &str) -> Result<(), String> {
    match error {
        Error::Transport(t) if t.context.contains(context_part) => Ok(()),
        other => Err(format!(
            "expected a transport error while {context_part:?}, got {other:?}"
        )),
    }
}

fn timeout(error: &Error<StartSessionError>, kind: TimeoutKind) -> Result<(), String> {
    match error {
        Error::Timeout(t) if t.kind == kind => Ok(()),
        other => Err(format!("expected a {kind:?} timeout, got {other:?}")),
    }
}

fn ensure(condition: bool, what: impl FnOnce() -> String) -> Result<(), String> {
    if condition {
        Ok(())
    } else {
        Err(what())
    }
}

fn scenarios() -> Vec<Scenario> {
    vec![
        Scenario {
            name: "throttling (400 TooManyRequestsException) then success",
            script: Script::Replies(vec![
                json(
                    400,
                    r#"{"__type":"TooManyRequestsException","Message":"slow down","Reason":"CONCURRENT_QUERY_LIMIT_EXCEEDED"}"#,
                ),
                ok(),
            ]),
            config: STANDARD,
            expect: Expect::Success {
                attempts: 2,
                check: |r| expect_session(r, "s-1"),
            },
        },
        Scenario {
            name: "429 without an error code then success",
            script: Script::Replies(vec![Reply::status(429, ""), ok()]),
            config: STANDARD,
            expect: Expect::Success {
                attempts: 2,
                check: |r| expect_session(r, "s-1"),
            },
        },
        Scenario {
            name: "500 InternalServerException then success",
            script: Script::Replies(vec![
                json(
                    500,
                    r#"{"__type":"InternalServerException","Message":"boom"}"#,
                ),
                ok(),
            ]),
            config: STANDARD,
            expect: Expect::Success {
                attempts: 2,
                check: |r| expect_session(r, "s-1"),
            },
        },
        Scenario {
            name: "503 three times: gives up with the service error after 3 attempts",
            script: Script::Replies(vec![
                Reply::status(503, ""),
                Reply::status(503, ""),
                Reply::status(503, "").header("x-amzn-RequestId", "rid-503"),
                ok(),
            ]),
            config: STANDARD,
            expect: Expect::Failure {
                attempts: 3,
                check: |e| {
                    let meta = unhandled(e, "", 503)?;
                    ensure(meta.request_id.as_deref() == Some("rid-503"), || {
                        format!("the last attempt's request id is reported: {meta:?}")
                    })
                },
            },
        },
        Scenario {
            name: "connection reset before any response, then success",
            script: Script::Replies(vec![Reply::Reset, ok()]),
            config: STANDARD,
            expect: Expect::Success {
                attempts: 2,
                check: |r| expect_session(r, "s-1"),
            },
        },
        Scenario {
            name: "connection reset on every attempt",
            script: Script::Replies(vec![Reply::Reset, Reply::Reset, Reply::Reset, ok()]),
            config: STANDARD,
            expect: Expect::Failure {
                attempts: 3,
                check: |e| transport(e, "sending the request to http://127.0.0.1"),
            },
        },
        Scenario {
            name: "connection closed without a response, then success",
            script: Script::Replies(vec![Reply::Drop, ok()]),
            config: STANDARD,
            expect: Expect::Success {
                attempts: 2,
                check: |r| expect_session(r, "s-1"),
            },
        },
        Scenario {
            name: "connection closed mid-body (10 of 100 bytes), then success",
            script: Script::Replies(vec![closed_mid_body(), ok()]),
            config: STANDARD,
            expect: Expect::Success {
                attempts: 2,
                check: |r| expect_session(r, "s-1"),
            },
        },
        Scenario {
            name: "connection closed mid-body on every attempt",
            script: Script::Replies(vec![
                closed_mid_body(),
                closed_mid_body(),
                closed_mid_body(),
                ok(),
            ]),
            config: STANDARD,
            expect: Expect::Failure {
                attempts: 3,
                check: |e| transport(e, "reading the response from"),
            },
        },
        Scenario {
            name: "garbage instead of HTTP on every attempt",
            script: Script::Replies(vec![
                Reply::Raw(b"SSH-2.0-OpenSSH_9.6\r\n".to_vec()),
                Reply::Raw(b"SSH-2.0-OpenSSH_9.6\r\n".to_vec()),
                Reply::Raw(b"SSH-2.0-OpenSSH_9.6\r\n".to_vec()),
            ]),
            config: STANDARD,
            expect: Expect::Failure {
                attempts: 3,
                check: |e| transport(e, "sending the request to"),
            },
        },
        Scenario {
            name: "nothing listening: connection refused",
            script: Script::NothingListening,
            config: STANDARD,
            expect: Expect::Failure {
                attempts: 0,
                check: |e| transport(e, "connecting to http://127.0.0.1"),
            },
        },
        Scenario {
            name: "response slower than the attempt timeout, then a fast one: success",
            script: Script::Replies(vec![ok().delayed(SLOW_REPLY), ok()]),
            config: STANDARD.attempt_timeout(SHORT_ATTEMPT),
            expect: Expect::Success {
                attempts: 2,
                check: |r| expect_session(r, "s-1"),
            },
        },
        Scenario {
            name: "every response slower than the attempt timeout: attempt timeout",
            script: Script::Replies(vec![
                ok().delayed(SLOW_REPLY),
                ok().delayed(SLOW_REPLY),
                ok().delayed(SLOW_REPLY),
                ok(),
            ]),
            config: STANDARD.attempt_timeout(SHORT_ATTEMPT),
            expect: Expect::Failure {
                attempts: 3,
                check: |e| {
                    timeout(e, TimeoutKind::Attempt)?;
                    ensure(
                        e.to_string().contains("an attempt took longer than"),
                        || format!("message says which timeout: {e}"),
                    )
                },
            },
        },
        Scenario {
            name: "truncated JSON in a 200: unreadable, not retried",
            script: Script::Replies(vec![json(200, r#"{"SessionId":"s-1","Sta"#), ok()]),
            config: STANDARD,
            expect: Expect::Failure {
                attempts: 1,
                check: |e| {
                    let u = unreadable(e, 200, "body is not JSON")?;
                    ensure(u.snippet.contains(r#""SessionId":"s-1""#), || {
                        format!("the snippet shows the body: {u:?}")
                    })
                },
            },
        },
        Scenario {
            name: "200 with a non-JSON body: unreadable",
            script: Script::Replies(vec![
                Reply::status(200, "<html><body>OK</body></html>")
                    .header("Content-Type", "text/html"),
                ok(),
            ]),
            config: STANDARD,
            expect: Expect::Failure {
                attempts: 1,
                check: |e| unreadable(e, 200, "body is not JSON").map(|_| ()),
            },
        },
        Scenario {
            name: "200 with a JSON array instead of an object: unreadable",
            script: Script::Replies(vec![json(200, r#"["s-1"]"#), ok()]),
            config: STANDARD,
            expect: Expect::Failure {
                attempts: 1,
                check: |e| unreadable(e, 200, "StartSessionResponse").map(|_| ()),
            },
        },
        Scenario {
            name: "200 with a member of the wrong type: unreadable, names the member",
            script: Script::Replies(vec![json(200, r#"{"SessionId":5}"#), ok()]),
            config: STANDARD,
            expect: Expect::Failure {
                attempts: 1,
                check: |e| unreadable(e, 200, "StartSessionResponse.SessionId").map(|_| ()),
            },
        },
        Scenario {
            name: "200 with an empty body: an empty output",
            script: Script::Replies(vec![Reply::status(200, "")]),
            config: STANDARD,
            expect: Expect::Success {
                attempts: 1,
                check: |r| {
                    ensure(r.session_id.is_none() && r.state.is_none(), || {
                        format!("{r:?}")
                    })
                },
            },
        },
        Scenario {
            name: "HTML 500 page: status and snippet reach the user",
            script: Script::Replies(vec![html_500(), html_500(), html_500(), ok()]),
            config: STANDARD,
            expect: Expect::Failure {
                attempts: 3,
                check: |e| {
                    unreadable(e, 500, "without a JSON body")?;
                    let text = e.to_string();
                    ensure(
                        text.contains("HTTP 500") && text.contains("500 Internal Server Error"),
                        || format!("the message shows status and body start: {text}"),
                    )
                },
            },
        },
        Scenario {
            name: "200 with explicit nulls and unknown members",
            script: Script::Replies(vec![json(
                200,
                r#"{"SessionId":null,"State":"IDLE","NewMember":{"nested":[1,null,{"x":true}]},"Other":null}"#,
            )]),
            config: STANDARD,
            expect: Expect::Success {
                attempts: 1,
                check: |r| {
                    ensure(
                        r.session_id.is_none() && r.state == Some(SessionState::Idle),
                        || format!("{r:?}"),
                    )
                },
            },
        },
        Scenario {
            name: "unknown enum value in the output is kept",
            script: Script::Replies(vec![json(
                200,
                r#"{"SessionId":"s-1","State":"HIBERNATING"}"#,
            )]),
            config: STANDARD,
            expect: Expect::Success {
                attempts: 1,
                check: |r| {
                    ensure(
                        r.state == Some(SessionState::Unknown("HIBERNATING".into()))
                            && r.state.as_ref().map(SessionState::as_str) == Some("HIBERNATING"),
                        || format!("{r:?}"),
                    )
                },
            },
        },
        Scenario {
            name: "unknown enum value in a modeled error is kept",
            script: Script::Replies(vec![json(
                400,
                r#"{"__type":"TooManyRequestsException","Message":"m","Reason":"NEW_REASON"}"#,
            )]),
            config: STANDARD.attempts(1),
            expect: Expect::Failure {
                attempts: 1,
                check: |e| match service(e)? {
                    StartSessionError::TooManyRequestsException(t)
                        if t.reason == Some(ThrottleReason::Unknown("NEW_REASON".into())) =>
                    {
                        Ok(())
                    }
                    other => Err(format!("{other:?}")),
                },
            },
        },
        Scenario {
            name: "unknown error code: Unhandled with code and status, not retried",
            script: Script::Replies(vec![
                json(
                    400,
                    r#"{"__type":"SomethingNewException","Message":"new in 2030"}"#,
                ),
                ok(),
            ]),
            config: STANDARD,
            expect: Expect::Failure {
                attempts: 1,
                check: |e| {
                    let meta = unhandled(e, "SomethingNewException", 400)?;
                    ensure(meta.message.as_deref() == Some("new in 2030"), || {
                        format!("{meta:?}")
                    })
                },
            },
        },
        Scenario {
            name: "error code with namespace and ':' suffix in the body",
            script: Script::Replies(vec![json(
                400,
                r#"{"__type":"com.amazonaws.athena#InvalidRequestException:http://internal.amazon.com/coral/com.amazonaws.athena/","Message":"bad","AthenaErrorCode":"X"}"#,
            )]),
            config: STANDARD,
            expect: Expect::Failure {
                attempts: 1,
                check: |e| match service(e)? {
                    StartSessionError::InvalidRequestException(i)
                        if i.meta.code == "InvalidRequestException"
                            && i.athena_error_code.as_deref() == Some("X") =>
                    {
                        Ok(())
                    }
                    other => Err(format!("{other:?}")),
                },
            },
        },
        Scenario {
            name: "error code with ':' suffix in x-amzn-ErrorType wins over the body",
            script: Script::Replies(vec![json(
                400,
                r#"{"__type":"InvalidRequestException","ResourceName":"wg"}"#,
            )
            .header(
                "x-amzn-ErrorType",
                "ResourceNotFoundException:http://internal.amazon.com/",
            )]),
            config: STANDARD,
            expect: Expect::Failure {
                attempts: 1,
                check: |e| match service(e)? {
                    StartSessionError::ResourceNotFoundException(r)
                        if r.resource_name.as_deref() == Some("wg") =>
                    {
                        Ok(())
                    }
                    other => Err(format!("{other:?}")),
                },
            },
        },
        Scenario {
            name: "XML auth error (403 SignatureDoesNotMatch): code and message, not retried",
            script: Script::Replies(vec![
                Reply::status(
                    403,
                    "<ErrorResponse><Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code>\
                     <Message>The request signature we calculated does not match</Message>\
                     </Error></ErrorResponse>",
                )
                .header("Content-Type", "text/xml"),
                ok(),
            ]),
            config: STANDARD,
            expect: Expect::Failure {
                attempts: 1,
                check: |e| {
                    let meta = unhandled(e, "SignatureDoesNotMatch", 403)?;
                    ensure(
                        meta.message.as_deref()
                            == Some("The request signature we calculated does not match"),
                        || format!("{meta:?}"),
                    )
                },
            },
        },
        Scenario {
            name: "huge (20 MB) JSON output is accepted",
            script: Script::Replies(vec![huge_output()]),
            config: STANDARD,
            expect: Expect::Success {
                attempts: 1,
                check: |r| {
                    expect_session(r, "s-big")?;
                    ensure(r.state == Some(SessionState::Idle), || format!("{r:?}"))
                },
            },
        },
        Scenario {
            name: "huge (4 MB) HTML error page: only a short snippet is kept",
            script: Script::Replies(vec![Reply::status(
                400,
                format!("<html>{}</html>", "<p>error</p>".repeat(350_000)),
            )]),
            config: STANDARD,
            expect: Expect::Failure {
                attempts: 1,
                check: |e| {
                    let u = unreadable(e, 400, "without a JSON body")?;
                    let max = awsgen_runtime::error::UnreadableResponse::SNIPPET_LEN + 1;
                    ensure(u.snippet.chars().count() <= max, || {
                        format!("snippet of {} chars", u.snippet.chars().count())
                    })
                },
            },
        },
        Scenario {
            name: "wrong Content-Type (text/html) on a 200 with a JSON body is accepted",
            script: Script::Replies(vec![
                Reply::status(200, OK_BODY).header("Content-Type", "text/html; charset=iso-8859-1")
            ]),
            config: STANDARD,
            expect: Expect::Success {
                attempts: 1,
                check: |r| expect_session(r, "s-1"),
            },
        },
        Scenario {
            name: "chunked 200 response",
            script: Script::Replies(vec![Reply::Raw(
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\n\
                     Transfer-Encoding: chunked\r\n\r\n5\r\n{}\r\n{:x}\r\n{}\r\n0\r\n\r\n",
                    &OK_BODY[..5],
                    OK_BODY.len() - 5,
                    &OK_BODY[5..]
                )
                .into_bytes(),
            )]),
            config: STANDARD,
            expect: Expect::Success {
                attempts: 1,
                check: |r| expect_session(r, "s-1"),
            },
        },
        Scenario {
            // Were the hint ignored, the 1 ms backoff would retry and succeed at once.
            name: "Retry-After (seconds) honoured: the wait outlasts the operation timeout",
            script: Script::Replies(vec![
                Reply::status(503, "").header("Retry-After", "5"),
                ok(),
            ]),
            config: STANDARD.operation_timeout(Duration::from_millis(500)),
            expect: Expect::Failure {
                attempts: 1,
                check: |e| timeout(e, TimeoutKind::Operation),
            },
        },
        Scenario {
            name: "x-amz-retry-after (milliseconds) honoured",
            script: Script::Replies(vec![
                json(400, r#"{"__type":"TooManyRequestsException"}"#)
                    .header("x-amz-retry-after", "5000"),
                ok(),
            ]),
            config: STANDARD.operation_timeout(Duration::from_millis(500)),
            expect: Expect::Failure {
                attempts: 1,
                check: |e| timeout(e, TimeoutKind::Operation),
            },
        },
        Scenario {
            name: "a short Retry-After is waited out, then success",
            script: Script::Replies(vec![
                Reply::status(503, "").header("x-amz-retry-after", "50"),
                ok(),
            ]),
            config: STANDARD,
            expect: Expect::Success {
                attempts: 2,
                check: |r| expect_session(r, "s-1"),
            },
        },
        Scenario {
            name: "max attempts = 1 disables retries",
            script: Script::Replies(vec![
                json(
                    500,
                    r#"{"__type":"InternalServerException","Message":"boom"}"#,
                ),
                ok(),
            ]),
            config: STANDARD.attempts(1),
            expect: Expect::Failure {
                attempts: 1,
                check: |e| match service(e)? {
                    StartSessionError::InternalServerException(_) => Ok(()),
                    other => Err(format!("{other:?}")),
                },
            },
        },
        Scenario {
            name: "400 InvalidRequestException is never retried",
            script: Script::Replies(vec![
                json(
                    400,
                    r#"{"__type":"InvalidRequestException","Message":"bad","AthenaErrorCode":"INVALID_INPUT"}"#,
                ),
                ok(),
            ]),
            config: STANDARD.attempts(5),
            expect: Expect::Failure {
                attempts: 1,
                check: |e| match service(e)? {
                    StartSessionError::InvalidRequestException(_) => Ok(()),
                    other => Err(format!("{other:?}")),
                },
            },
        },
        Scenario {
            name: "400 ValidationException is never retried",
            script: Script::Replies(vec![
                json(
                    400,
                    r#"{"__type":"ValidationException","message":"1 validation error"}"#,
                ),
                ok(),
            ]),
            config: STANDARD.attempts(5),
            expect: Expect::Failure {
                attempts: 1,
                check: |e| unhandled(e, "ValidationException", 400).map(|_| ()),
            },
        },
        Scenario {
            name: "a redirect is not followed: the 307 is the answer",
            script: Script::Replies(vec![
                Reply::status(307, "").header("Location", "/elsewhere"),
                ok(),
            ]),
            config: STANDARD,
            expect: Expect::Failure {
                attempts: 1,
                check: |e| unhandled(e, "", 307).map(|_| ()),
            },
        },
        Scenario {
            // Each failing call takes two retries (RETRY_COST each) from the client's quota;
            // once it is empty, calls fail after their first attempt.
            name: "retry quota: retries stop once the client's token bucket is empty",
            script: Script::Replies((0..200).map(|_| Reply::status(503, "")).collect()),
            config: STANDARD.calls(QUOTA_CALLS + 10),
            expect: Expect::AttemptsPerCall {
                attempts: |call| if call < QUOTA_CALLS { 3 } else { 1 },
            },
        },
    ]
}

/// Failing three-attempt calls a fresh client's quota pays for in full.
const QUOTA_CALLS: usize = (retry::QUOTA_CAPACITY / (2 * retry::RETRY_COST)) as usize;

fn client(url: &str, config: Config) -> Client {
    Client::builder()
        .environment(Environment::from_vars(Vec::<(String, String)>::new()))
        .region("eu-west-1")
        .credentials(Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            None,
        ))
        .endpoint_url(url)
        .max_attempts(config.max_attempts)
        .attempt_timeout(config.attempt_timeout)
        .operation_timeout(config.operation_timeout)
        .initial_backoff(Duration::from_millis(1))
        .build()
        .expect("client")
}

fn request() -> StartSessionRequest {
    StartSessionRequest::builder()
        .work_group("primary")
        .description("fault injection")
        .engine_configuration(
            EngineConfiguration::builder()
                .max_concurrent_dpus(4)
                .build(),
        )
        .build()
        .expect("request")
}

/// What every attempt of one call must share: method, target and the exact body bytes,
/// hence one ClientRequestToken.
fn check_attempts(attempts: &[RecordedRequest]) -> Result<(), String> {
    let Some(first) = attempts.first() else {
        return Ok(());
    };
    let body: serde_json::Value = serde_json::from_slice(&first.body)
        .map_err(|e| format!("request body is not JSON: {e}"))?;
    let token = body["ClientRequestToken"]
        .as_str()
        .ok_or("no ClientRequestToken sent")?;
    for (i, attempt) in attempts.iter().enumerate() {
        ensure(attempt.method == "POST", || {
            format!("attempt {i}: {}", attempt.method)
        })?;
        ensure(
            attempt.header("x-amz-target") == Some("AmazonAthena.StartSession"),
            || format!("attempt {i}: target {:?}", attempt.header("x-amz-target")),
        )?;
        ensure(attempt.body == first.body, || {
            format!("attempt {i} sent other bytes than attempt 0 (token {token})")
        })?;
    }
    Ok(())
}

/// Runs one scenario; `Ok` carries a one-line account of what happened.
async fn run(scenario: Scenario) -> Result<String, String> {
    let server = match scenario.script {
        Script::Replies(replies) => Some(TestServer::start_strict(strict(), replies).await),
        Script::NothingListening => None,
    };
    let url = match &server {
        Some(server) => server.url(),
        None => {
            // A port that was just free: bind it, then let it go.
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .map_err(|e| format!("bind: {e}"))?;
            let addr = listener.local_addr().map_err(|e| e.to_string())?;
            drop(listener);
            format!("http://{addr}")
        }
    };
    let client = client(&url, scenario.config);
    let mut outcomes: Vec<Outcome> = Vec::new();
    let mut attempts_per_call = Vec::new();
    let mut seen = 0;
    for _ in 0..scenario.config.calls {
        outcomes.push(start_session(&client, request()).await);
        let requests = server
            .as_ref()
            .map(|server| server.requests())
            .unwrap_or_default();
        check_attempts(&requests[seen..])?;
        attempts_per_call.push(requests.len() - seen);
        seen = requests.len();
    }

    // The server is strict: a refused request would be the client's fault, whatever the
    // scenario expects.
    if let Some(refusals) = server.as_ref().map(|server| server.refusals()) {
        ensure(refusals.is_empty(), || {
            format!("the strict server refused requests: {refusals:?}")
        })?;
    }
    match scenario.expect {
        Expect::Success { attempts, check } => {
            let outcome = outcomes.pop().ok_or("no call made")?;
            let response = outcome.map_err(|e| format!("expected success, got {e:?}"))?;
            check(&response)?;
            ensure(attempts_per_call == [attempts], || {
                format!("expected {attempts} attempts, made {attempts_per_call:?}")
            })?;
            Ok(format!("success after {attempts} attempt(s)"))
        }
        Expect::Failure { attempts, check } => {
            let outcome = outcomes.pop().ok_or("no call made")?;
            let error = match outcome {
                Ok(response) => return Err(format!("expected a failure, got {response:?}")),
                Err(error) => error,
            };
            check(&error)?;
            ensure(attempts_per_call == [attempts], || {
                format!("expected {attempts} attempts, made {attempts_per_call:?}: {error}")
            })?;
            Ok(format!("{attempts} attempt(s), then: {error}"))
        }
        Expect::AttemptsPerCall { attempts } => {
            if let Some(ok) = outcomes.iter().find_map(|o| o.as_ref().ok()) {
                return Err(format!("a call succeeded: {ok:?}"));
            }
            let expected: Vec<usize> = (0..attempts_per_call.len()).map(attempts).collect();
            ensure(attempts_per_call == expected, || {
                format!("attempts per call {attempts_per_call:?}, expected {expected:?}")
            })?;
            Ok(format!(
                "attempts per call: {} x3, then {} x1",
                expected.iter().filter(|a| **a == 3).count(),
                expected.iter().filter(|a| **a == 1).count()
            ))
        }
    }
}

#[tokio::test]
async fn fault_scenarios() {
    let mut passed = 0;
    let mut failed = Vec::new();
    for scenario in scenarios() {
        let name = scenario.name;
        let started = Instant::now();
        // Spawned so that a panic is one failed scenario, not the end of the table.
        let task = tokio::spawn(run(scenario));
        let abort = task.abort_handle();
        let result = match tokio::time::timeout(SCENARIO_LIMIT, task).await {
            Ok(Ok(result)) => result,
            Ok(Err(join)) if join.is_panic() => Err(format!("panicked: {join}")),
            Ok(Err(join)) => Err(format!("did not complete: {join}")),
            Err(_) => {
                abort.abort();
                Err(format!("still running after {SCENARIO_LIMIT:?}"))
            }
        };
        let took = started.elapsed();
        match result {
            Ok(account) => {
                passed += 1;
                println!("ok   {name} ({took:.1?}): {account}");
            }
            Err(why) => {
                println!("FAIL {name} ({took:.1?}): {why}");
                failed.push(name);
            }
        }
    }
    awsgen_tests::report(&format!(
        "fault scenarios: {passed} passed, {} failed",
        failed.len()
    ));
    assert!(failed.is_empty(), "failed scenarios: {failed:#?}");
}

/// The loopback server's checks, with the key the clients here sign with.
fn strict() -> Strict {
    Strict::new().key(Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        None,
    ))
}
