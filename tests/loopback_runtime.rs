//! The client's call path against a scripted loopback server: what goes on the wire, how
//! responses and errors are read, retries and timeouts.

use std::time::Duration;

use awsgen_runtime::config::Environment;
use awsgen_runtime::credentials::{CredentialsError, CredentialsFuture, ProvideCredentials};
use awsgen_runtime::error::{TimeoutKind, UnreadableResponse};
use awsgen_runtime::protocol::{JsonVersion, OperationSpec, ServiceSpec};
use awsgen_runtime::sigv4::{SignableRequest, Signer, SigningParams};
use awsgen_runtime::{Client, Credentials, DateTime, Error, ErrorMetadata, OperationError};
use awsgen_tests::server::{RecordedRequest, Reply, Strict, TestServer};
use awsgen_tests::specs::LIST_WORK_GROUPS;
use serde_json::{json, Value};

static JSON10: ServiceSpec = ServiceSpec {
    target_prefix: "JsonRpc10",
    json_version: JsonVersion::V1_0,
    signing_name: "jsonrpc",
    endpoint_prefix: "jsonrpc",
    sdk_id: "Json RPC 10",
    endpoint_rules: None,
};

static JSON10_OP: OperationSpec = OperationSpec {
    service: &JSON10,
    name: "SimpleScalarProperties",
};

const REGION: &str = "eu-west-1";

fn credentials(token: Option<&str>) -> Credentials {
    Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        token.map(str::to_string),
    )
}

/// A client that sees no process environment or profile files, pointed at `url`.
fn client(url: &str) -> awsgen_runtime::ClientBuilder {
    Client::builder()
        .environment(Environment::from_vars(Vec::<(String, String)>::new()))
        .region(REGION)
        .credentials(credentials(None))
        .endpoint_url(url)
        .initial_backoff(Duration::from_millis(1))
}

async fn raw_call(client: &Client, body: &str) -> Result<Value, Error<ErrorMetadata>> {
    client.call(&LIST_WORK_GROUPS, body.to_string()).await
}

/// Recomputes the signature of a received request with the runtime's signer, from the
/// headers it lists as signed, and checks it equals the one sent.
fn assert_signature_valid(request: &RecordedRequest, credentials: &Credentials, service: &str) {
    let authorization = request.header("authorization").expect("Authorization");
    let signed_names: Vec<String> = authorization
        .split("SignedHeaders=")
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .expect("SignedHeaders in Authorization")
        .split(';')
        .map(str::to_string)
        .collect();
    let headers: Vec<(&str, &str)> = request
        .headers
        .iter()
        .filter(|(name, _)| signed_names.contains(&name.to_ascii_lowercase()))
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let time = DateTime::parse(request.header("x-amz-date").expect("X-Amz-Date")).expect("date");
    let expected = Signer::new().sign(
        &SignableRequest {
            method: &request.method,
            path_and_query: &request.path,
            headers: &headers,
            body: &request.body,
        },
        &SigningParams {
            credentials,
            region: REGION,
            service,
            time,
        },
    );
    assert_eq!(authorization, expected.authorization());
    assert!(
        authorization.contains(&format!("/{REGION}/{service}/aws4_request")),
        "{authorization}"
    );
}

#[tokio::test]
async fn sends_a_signed_awsjson_request() {
    let server = TestServer::start_strict(
        strict(),
        [Reply::json(200, r#"{"WorkGroups":[{"Name":"primary"}]}"#)
            .header("x-amzn-RequestId", "req-1")],
    )
    .await;
    let creds = credentials(Some("SESSION/TOKEN=="));
    let client = client(&server.url())
        .credentials(creds.clone())
        .build()
        .expect("client");
    let body = r#"{"MaxResults":5}"#;
    let output = raw_call(&client, body).await.expect("call succeeds");
    assert_eq!(output, json!({"WorkGroups":[{"Name":"primary"}]}));

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, "POST");
    assert_eq!(request.path, "/");
    assert_eq!(
        request.header("content-type"),
        Some("application/x-amz-json-1.1")
    );
    assert_eq!(
        request.header("x-amz-target"),
        Some("AmazonAthena.ListWorkGroups")
    );
    assert_eq!(
        request.header("host"),
        Some(server.addr().to_string().as_str())
    );
    assert_eq!(request.header_count("host"), 1);
    assert_eq!(
        request.header("content-length"),
        Some(body.len().to_string().as_str())
    );
    assert_eq!(
        request.header("x-amz-security-token"),
        Some("SESSION/TOKEN==")
    );
    let date = request.header("x-amz-date").expect("X-Amz-Date");
    assert!(DateTime::parse(date).is_some(), "{date}");
    assert_eq!(request.body, body.as_bytes());

    let user_agent = request.header("user-agent").expect("User-Agent");
    assert!(user_agent.starts_with("awsgen/"), "{user_agent}");
    let authorization = request.header("authorization").expect("Authorization");
    assert!(authorization.starts_with("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"));
    assert!(!authorization.contains("user-agent"), "{authorization}");
    assert!(
        authorization.contains("x-amz-security-token"),
        "{authorization}"
    );
    assert_signature_valid(request, &creds, "athena");
}

#[tokio::test]
async fn uses_the_endpoint_path_and_json_1_0() {
    let server = TestServer::start_strict(strict(), [Reply::status(200, "")]).await;
    let client = client(&format!("{}/custom/base", server.url()))
        .build()
        .expect("client");
    let output: Value = client
        .call::<Value, ErrorMetadata>(&JSON10_OP, "{}".to_string())
        .await
        .expect("empty body reads as {}");
    assert_eq!(output, json!({}));

    let request = &server.requests()[0];
    assert_eq!(request.path, "/custom/base/");
    assert_eq!(
        request.header("content-type"),
        Some("application/x-amz-json-1.0")
    );
    assert_eq!(
        request.header("x-amz-target"),
        Some("JsonRpc10.SimpleScalarProperties")
    );
    assert_eq!(request.header("x-amz-security-token"), None);
    assert_signature_valid(request, &credentials(None), "jsonrpc");
}

#[tokio::test]
async fn service_error_carries_code_message_request_id_and_status() {
    let server = TestServer::start_strict(strict(), [Reply::json(
        400,
        r#"{"__type":"ignored#Other","Message":"WorkGroup x is not found","AthenaErrorCode":"INVALID_INPUT"}"#,
    )
    .header(
        "x-amzn-ErrorType",
        "InvalidRequestException:http://internal.amazon.com/coral/",
    )
    .header("x-amzn-RequestId", "req-400")])
    .await;
    let client = client(&server.url()).build().expect("client");
    let error = raw_call(&client, "{}")
        .await
        .expect_err("a 400 is an error");
    let Error::Service(meta) = &error else {
        panic!("expected a service error, got {error:?}");
    };
    assert_eq!(meta.code, "InvalidRequestException");
    assert_eq!(meta.message.as_deref(), Some("WorkGroup x is not found"));
    assert_eq!(meta.request_id.as_deref(), Some("req-400"));
    assert_eq!(meta.status, 400);
    assert_eq!(error.code(), Some("InvalidRequestException"));
    // A client error is not retried.
    assert_eq!(server.requests().len(), 1);
}

/// A typed error, to see that the error body reaches `from_response`.
#[derive(Debug)]
struct AthenaError {
    meta: ErrorMetadata,
    athena_code: Option<String>,
}

impl std::fmt::Display for AthenaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.meta.fmt(f)
    }
}

impl std::error::Error for AthenaError {}

impl OperationError for AthenaError {
    fn from_response(meta: ErrorMetadata, body: Option<&Value>) -> Self {
        let athena_code = body
            .and_then(|b| b.get("AthenaErrorCode"))
            .and_then(Value::as_str)
            .map(str::to_string);
        AthenaError { meta, athena_code }
    }
    fn meta(&self) -> &ErrorMetadata {
        &self.meta
    }
}

#[tokio::test]
async fn typed_errors_get_the_error_body() {
    let server = TestServer::start_strict(strict(), [Reply::json(
        400,
        r#"{"__type":"InvalidRequestException","message":"no","AthenaErrorCode":"INVALID_INPUT"}"#,
    )])
    .await;
    let client = client(&server.url()).build().expect("client");
    let error = client
        .call::<Value, AthenaError>(&LIST_WORK_GROUPS, "{}".to_string())
        .await
        .expect_err("a 400 is an error");
    let typed = error.service_error().expect("service error");
    assert_eq!(typed.meta.code, "InvalidRequestException");
    assert_eq!(typed.athena_code.as_deref(), Some("INVALID_INPUT"));
}

#[tokio::test]
async fn html_500_reports_status_and_snippet() {
    let page = "<!doctype html>\n<html><head><title>500 Internal Server Error</title></head>\
                <body><h1>Internal Server Error</h1><p>The server encountered an internal error.</p></body></html>";
    let server = TestServer::start_strict(
        strict(),
        [Reply::status(500, page).header("Content-Type", "text/html")],
    )
    .await;
    let client = client(&server.url())
        .max_attempts(1)
        .build()
        .expect("client");
    let error = raw_call(&client, "{}")
        .await
        .expect_err("a 500 is an error");
    let Error::UnreadableResponse(UnreadableResponse {
        status, snippet, ..
    }) = &error
    else {
        panic!("expected an unreadable response, got {error:?}");
    };
    assert_eq!(*status, 500);
    assert!(snippet.contains("Internal Server Error"), "{snippet}");
    let shown = error.to_string();
    assert!(
        shown.contains("500") && shown.contains("Internal Server Error"),
        "{shown}"
    );
}

#[tokio::test]
async fn retries_transient_failures_with_the_same_body() {
    let server = TestServer::start_strict(
        strict(),
        [
            Reply::status(503, "<html>busy</html>"),
            Reply::json(
                400,
                r#"{"__type":"ThrottlingException","message":"slow down"}"#,
            ),
            Reply::json(200, r#"{"WorkGroups":[]}"#),
        ],
    )
    .await;
    let client = client(&server.url()).build().expect("client");
    let body = r#"{"NextToken":"abc"}"#;
    let output = raw_call(&client, body)
        .await
        .expect("third attempt succeeds");
    assert_eq!(output, json!({"WorkGroups":[]}));
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    for request in &requests {
        assert_eq!(request.body, body.as_bytes());
        assert_signature_valid(request, &credentials(None), "athena");
    }
}

#[tokio::test]
async fn retries_a_dropped_connection() {
    let server = TestServer::start_strict(strict(), [Reply::Drop, Reply::json(200, "{}")]).await;
    let client = client(&server.url()).build().expect("client");
    raw_call(&client, "{}")
        .await
        .expect("second attempt succeeds");
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn stops_after_max_attempts() {
    let failures = (0..5).map(|_| Reply::json(500, r#"{"__type":"InternalServerException"}"#));
    let server = TestServer::start_strict(strict(), failures).await;
    let client = client(&server.url())
        .max_attempts(2)
        .build()
        .expect("client");
    let error = raw_call(&client, "{}")
        .await
        .expect_err("all attempts fail");
    assert_eq!(error.code(), Some("InternalServerException"));
    assert_eq!(server.requests().len(), 2);

    let once = client_with_attempts(&server, 1);
    raw_call(&once, "{}").await.expect_err("fails");
    assert_eq!(server.requests().len(), 3, "max_attempts(1) sends once");
}

fn client_with_attempts(server: &TestServer, attempts: u32) -> Client {
    client(&server.url())
        .max_attempts(attempts)
        .build()
        .expect("client")
}

#[tokio::test]
async fn does_not_retry_validation_errors() {
    let server = TestServer::start_strict(
        strict(),
        [
            Reply::json(
                400,
                r#"{"__type":"ValidationException","message":"1 validation error"}"#,
            ),
            Reply::json(200, "{}"),
        ],
    )
    .await;
    let client = client(&server.url()).build().expect("client");
    let error = raw_call(&client, "{}")
        .await
        .expect_err("a validation error");
    assert_eq!(error.code(), Some("ValidationException"));
    assert_eq!(server.requests().len(), 1);
    assert_eq!(server.remaining(), 1);
}

#[tokio::test]
async fn attempt_timeout_fires() {
    let server = TestServer::start_strict(
        strict(),
        [Reply::json(200, "{}").delayed(Duration::from_secs(30))],
    )
    .await;
    let client = client(&server.url())
        .max_attempts(1)
        .attempt_timeout(Duration::from_millis(200))
        .build()
        .expect("client");
    let error = raw_call(&client, "{}").await.expect_err("times out");
    match error {
        Error::Timeout(t) => assert_eq!(t.kind, TimeoutKind::Attempt),
        other => panic!("expected an attempt timeout, got {other:?}"),
    }
}

#[tokio::test]
async fn attempt_timeout_is_retried() {
    let server = TestServer::start_strict(
        strict(),
        [
            Reply::json(200, r#"{"late":true}"#).delayed(Duration::from_secs(30)),
            Reply::json(200, r#"{"late":false}"#),
        ],
    )
    .await;
    let client = client(&server.url())
        .attempt_timeout(Duration::from_millis(200))
        .build()
        .expect("client");
    let output = raw_call(&client, "{}")
        .await
        .expect("second attempt succeeds");
    assert_eq!(output, json!({"late": false}));
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn operation_timeout_bounds_the_whole_call() {
    let slow = (0..3).map(|_| Reply::json(200, "{}").delayed(Duration::from_secs(30)));
    let server = TestServer::start_strict(strict(), slow).await;
    let client = client(&server.url())
        .attempt_timeout(Duration::from_secs(60))
        .operation_timeout(Duration::from_millis(300))
        .build()
        .expect("client");
    match raw_call(&client, "{}").await {
        Err(Error::Timeout(t)) => assert_eq!(t.kind, TimeoutKind::Operation),
        other => panic!("expected an operation timeout, got {other:?}"),
    }
}

#[tokio::test]
async fn connection_refused_names_the_endpoint() {
    // A port that was free a moment ago: nothing listens on it now.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    };
    let url = format!("http://127.0.0.1:{port}");
    let client = client(&url).max_attempts(1).build().expect("client");
    match raw_call(&client, "{}").await {
        Err(Error::Transport(e)) => {
            assert!(e.context.contains(&url), "{}", e.context);
            assert!(e.context.starts_with("connecting to"), "{}", e.context);
        }
        other => panic!("expected a transport error, got {other:?}"),
    }
}

#[tokio::test]
async fn garbled_success_body_is_unreadable() {
    let server = TestServer::start_strict(
        strict(),
        [Reply::json(200, "{\"WorkGroups\": [").header("x-amzn-RequestId", "req-bad")],
    )
    .await;
    let client = client(&server.url()).build().expect("client");
    match raw_call(&client, "{}").await {
        Err(Error::UnreadableResponse(u)) => {
            assert_eq!(u.status, 200);
            assert_eq!(u.request_id.as_deref(), Some("req-bad"));
            assert!(u.snippet.contains("WorkGroups"), "{u:?}");
        }
        other => panic!("expected an unreadable response, got {other:?}"),
    }
    assert_eq!(server.requests().len(), 1, "a 200 is not retried");
}

#[derive(Debug)]
struct NoCredentials;

impl ProvideCredentials for NoCredentials {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(std::future::ready(Err(CredentialsError::new(
            "nothing configured",
        ))))
    }
}

#[tokio::test]
async fn missing_credentials_send_nothing() {
    let server = TestServer::start_strict(strict(), [Reply::json(200, "{}")]).await;
    let client = client(&server.url())
        .credentials_provider(NoCredentials)
        .build()
        .expect("client");
    match raw_call(&client, "{}").await {
        Err(Error::NoCredentials(e)) => assert!(e.message().contains("nothing configured")),
        other => panic!("expected missing credentials, got {other:?}"),
    }
    assert!(server.requests().is_empty());
}

#[test]
fn build_without_region_says_how_to_set_one() {
    let error = Client::builder()
        .environment(Environment::from_vars(Vec::<(String, String)>::new()))
        .build()
        .expect_err("no region anywhere");
    assert!(error.message.contains("AWS_REGION"), "{}", error.message);
}

#[test]
fn debug_output_hides_secrets() {
    let builder = client("http://127.0.0.1:1").credentials(credentials(Some("TOKEN-SECRET")));
    let shown = format!("{builder:?}");
    assert!(!shown.contains("wJalrXUtnFEMI"), "{shown}");
    assert!(!shown.contains("TOKEN-SECRET"), "{shown}");
    let client = builder.build().expect("client");
    let shown = format!("{client:?}");
    assert!(!shown.contains("wJalrXUtnFEMI"), "{shown}");
    assert!(!shown.contains("TOKEN-SECRET"), "{shown}");
}

#[tokio::test]
async fn profile_supplies_region_endpoint_and_credentials() {
    let profile_key = Credentials::new("AKIDPROFILE", "profile-secret", None);
    let server =
        TestServer::start_strict(Strict::new().key(profile_key), [Reply::json(200, "{}")]).await;
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("loopback-profile");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let config = dir.join("config");
    let credentials_file = dir.join("credentials");
    std::fs::write(
        &config,
        format!(
            "[default]\nregion = us-east-1\n\n[profile work]\nregion = ap-south-1\nendpoint_url = {}/from-profile\n",
            server.url()
        ),
    )
    .expect("write config");
    std::fs::write(
        &credentials_file,
        "[work]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profile-secret\n",
    )
    .expect("write credentials");
    let env = Environment::from_vars([
        ("AWS_CONFIG_FILE", config.display().to_string()),
        (
            "AWS_SHARED_CREDENTIALS_FILE",
            credentials_file.display().to_string(),
        ),
    ]);
    let client = Client::builder()
        .environment(env)
        .profile("work")
        .build()
        .expect("client from the profile");
    assert_eq!(client.region(), "ap-south-1");
    raw_call(&client, "{}").await.expect("call succeeds");
    let request = &server.requests()[0];
    assert_eq!(request.path, "/from-profile/");
    let authorization = request.header("authorization").expect("Authorization");
    assert!(
        authorization.contains("Credential=AKIDPROFILE/")
            && authorization.contains("/ap-south-1/athena/"),
        "{authorization}"
    );
}

/// The loopback server's checks, with the key the clients here sign with.
fn strict() -> Strict {
    Strict::new().key(credentials(None))
}

/// Reads one request from a raw socket, byte for byte, answers `{}` and returns the header
/// names in the order they arrived: no HTTP library between the client and the check.
async fn raw_request_header_names(listener: tokio::net::TcpListener) -> Vec<String> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (mut socket, _) = listener.accept().await.expect("accept");
    let mut bytes = Vec::new();
    let head_end = loop {
        let mut chunk = [0u8; 4096];
        let n = socket.read(&mut chunk).await.expect("read");
        assert!(n > 0, "connection closed before the request head ended");
        bytes.extend_from_slice(&chunk[..n]);
        if let Some(i) = bytes.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
    };
    let head = String::from_utf8(bytes[..head_end].to_vec()).expect("ASCII head");
    let reply = "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
    socket.write_all(reply.as_bytes()).await.expect("reply");
    head.split("\r\n")
        .skip(1)
        .map(|line| {
            line.split(':')
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase()
        })
        .collect()
}

/// Every header of a sent request appears exactly once on the wire (the Authorization that
/// once went out twice among them), with and without a session token.
#[tokio::test]
async fn each_header_is_sent_exactly_once() {
    for token in [None, Some("SESSION-TOKEN")] {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let reader = tokio::spawn(raw_request_header_names(listener));
        let client = client(&url)
            .credentials(credentials(token))
            .build()
            .expect("client");
        raw_call(&client, "{}").await.expect("call");
        let names = reader.await.expect("reader");
        for required in [
            "host",
            "authorization",
            "x-amz-date",
            "x-amz-target",
            "content-type",
        ] {
            assert!(
                names.iter().any(|n| n == required),
                "{required} missing: {names:?}"
            );
        }
        assert_eq!(
            names.iter().any(|n| n == "x-amz-security-token"),
            token.is_some(),
            "{names:?}"
        );
        let mut sorted = names.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(
            sorted.len(),
            names.len(),
            "a header name repeats: {names:?}"
        );
    }
}

/// What the endpoint rules resolve is used whole: the URL, the endpoint's headers (sent and
/// signed) and the sigv4 auth scheme's signing name and region.
#[tokio::test]
async fn endpoint_rules_decide_url_headers_and_signing_scope() {
    let key = credentials(None);
    let server =
        TestServer::start_strict(Strict::new().key(key.clone()), [Reply::json(200, "{}")]).await;
    let rules = json!({
        "version": "1.0",
        "parameters": {"Region": {"type": "string", "builtIn": "AWS::Region", "required": true}},
        "rules": [{
            "conditions": [],
            "type": "endpoint",
            "endpoint": {
                "url": format!("{}/rules-path", server.url()),
                "headers": {"x-rules-header": ["a", "b"]},
                "properties": {"authSchemes": [{
                    "name": "sigv4",
                    "signingName": "rules-signing-name",
                    "signingRegion": "ap-rules-1"
                }]}
            }
        }]
    })
    .to_string();
    // A static service description, as generated code has; leaked once in this test.
    let service: &'static ServiceSpec = Box::leak(Box::new(ServiceSpec {
        target_prefix: "JsonRpc10",
        json_version: JsonVersion::V1_0,
        signing_name: "jsonrpc",
        endpoint_prefix: "jsonrpc",
        sdk_id: "Json RPC 10",
        endpoint_rules: Some(Box::leak(rules.into_boxed_str())),
    }));
    let op: &'static OperationSpec = Box::leak(Box::new(OperationSpec {
        service,
        name: "SimpleScalarProperties",
    }));
    let client = Client::builder()
        .environment(Environment::from_vars(Vec::<(String, String)>::new()))
        .region(REGION)
        .credentials(key)
        .build()
        .expect("client");
    let _: Value = client
        .call::<Value, ErrorMetadata>(op, "{}".to_string())
        .await
        .expect("call");
    assert_eq!(server.refusals(), Vec::<String>::new());
    let requests = server.requests();
    let request = &requests[0];
    assert_eq!(request.path, "/rules-path/");
    assert_eq!(request.header("x-rules-header"), Some("a,b"));
    assert_eq!(request.header_count("x-rules-header"), 1);
    let authorization = request.header("authorization").expect("signed");
    assert!(
        authorization.contains("/ap-rules-1/rules-signing-name/aws4_request")
            && authorization.contains("x-rules-header"),
        "{authorization}"
    );
}
