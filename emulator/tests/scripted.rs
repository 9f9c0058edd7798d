//! The scripted server met by a real client and by raw bytes: a scripted reply delivered to
//! generated code, the client's own request sent again with its Authorization header twice
//! (refused as AWS refuses it, without using the script), and bytes that are not HTTP
//! (a 400, not a panic).
#![forbid(unsafe_code)]

use std::time::Duration;

use awsgen_emulator::scripted::{RecordedRequest, Reply, ScriptedServer, Strict};
use awsgen_runtime::config::Environment;
use awsgen_runtime::{Client, Credentials};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

awsgen_runtime::athena_operation!(GetSessionStatus);

const IDLE: &str = r#"{"SessionId":"s-1","Status":{"State":"IDLE"}}"#;

fn key() -> Credentials {
    Credentials::new("AKIDSCRIPTED", "a secret the server knows", None)
}

async fn server(script: Vec<Reply>) -> ScriptedServer {
    ScriptedServer::start_strict(Strict::new().key(key()).service(&SERVICE), script)
        .await
        .expect("start the scripted server on loopback")
}

fn client(server: &ScriptedServer) -> Client {
    Client::builder()
        .region("us-east-1")
        .credentials(key())
        .endpoint_url(server.url())
        .max_attempts(2)
        .initial_backoff(Duration::from_millis(10))
        .environment(Environment::from_vars(
            std::iter::empty::<(String, String)>(),
        ))
        .build()
        .expect("client for the scripted server")
}

async fn get_status(client: &Client) -> Result<GetSessionStatusResponse, String> {
    let request = GetSessionStatusRequest::builder()
        .session_id("s-1")
        .build()
        .map_err(|e| e.to_string())?;
    get_session_status(client, request)
        .await
        .map_err(|e| e.to_string())
}

/// `request` as HTTP/1.1 bytes, its headers in the order received.
fn to_bytes(request: &RecordedRequest) -> Vec<u8> {
    let mut head = format!("{} {} HTTP/1.1\r\n", request.method, request.path);
    for (name, value) in &request.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(&request.body);
    bytes
}

/// Sends `bytes` on a new connection and reads the answer until the server closes it.
async fn exchange(server: &ScriptedServer, bytes: &[u8]) -> String {
    let mut stream = TcpStream::connect(server.addr()).await.expect("connect");
    stream.write_all(bytes).await.expect("send");
    // Half-close: the server answers and, at the end of our stream, closes its side.
    stream.shutdown().await.expect("half-close");
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.expect("read");
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test]
async fn scripted_replies_reach_the_client_in_order() {
    let server = server(vec![
        Reply::json(
            400,
            r#"{"__type":"ThrottlingException","message":"slow down"}"#,
        ),
        Reply::json(200, IDLE).header("x-amzn-RequestId", "req-2"),
    ])
    .await;
    let status = get_status(&client(&server))
        .await
        .expect("GetSessionStatus");
    assert_eq!(status.session_id.as_deref(), Some("s-1"));
    assert_eq!(
        status.status.and_then(|s| s.state),
        Some(SessionState::Idle)
    );
    let sent = server.requests();
    assert_eq!(sent.len(), 2, "the throttled attempt and its retry");
    assert_eq!(
        sent[1].header("X-Amz-Target"),
        Some("AmazonAthena.GetSessionStatus")
    );
    assert_eq!(server.remaining(), 0);
    assert_eq!(server.refusals(), Vec::<String>::new());

    // Used up: a loud 500, which the client reports.
    let exhausted = get_status(&client(&server)).await;
    assert!(exhausted.is_err(), "{exhausted:?}");
}

#[tokio::test]
async fn a_duplicated_authorization_header_is_refused_without_the_script() {
    let server = server(vec![Reply::json(200, IDLE), Reply::json(200, IDLE)]).await;
    get_status(&client(&server))
        .await
        .expect("GetSessionStatus");
    let signed = server.requests().remove(0);

    // The same bytes again pass: the signature recomputes from them.
    let answer = exchange(&server, &to_bytes(&signed)).await;
    assert!(answer.starts_with("HTTP/1.1 200 "), "{answer}");
    assert_eq!(server.remaining(), 0);

    let mut twice = signed.clone();
    let authorization = signed.header("authorization").expect("signed").to_string();
    twice
        .headers
        .push(("Authorization".to_string(), authorization));
    let answer = exchange(&server, &to_bytes(&twice)).await;
    assert!(answer.starts_with("HTTP/1.1 400 "), "{answer}");
    assert!(answer.contains("IncompleteSignatureException"), "{answer}");
    let refusals = server.refusals();
    assert_eq!(refusals.len(), 1, "{refusals:?}");
    assert!(
        refusals[0].starts_with("400 IncompleteSignatureException: header \"Authorization\""),
        "{refusals:?}"
    );
    // Kept as received, both header lines.
    let last = server.requests().pop().expect("recorded");
    assert_eq!(last.header_count("authorization"), 2);
}

#[tokio::test]
async fn bytes_that_are_not_http_get_a_400() {
    let server = server(vec![Reply::json(200, IDLE)]).await;
    let answer = exchange(&server, b"\x00\x01 not a request\r\n\r\n").await;
    assert!(answer.starts_with("HTTP/1.1 400 "), "{answer}");
    let answer = exchange(
        &server,
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: many\r\n\r\n",
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 400 "), "{answer}");
    assert_eq!(
        server.refusals(),
        ["400 malformed HTTP request", "400 bad Content-Length"]
    );
    assert!(server.requests().is_empty());
    assert_eq!(server.remaining(), 1, "the script is untouched");

    // The server still answers well-formed requests.
    get_status(&client(&server))
        .await
        .expect("GetSessionStatus");
}
