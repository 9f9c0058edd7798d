//! Per-call overrides (`Client::with_overrides`): a handle whose timeouts, retries or endpoint
//! differ applies them to its own calls only, and shares the client's connection pool,
//! credentials, signing-key cache and retry quota. Real loopback servers that check every
//! request's signature.

mod athena {
    awsgen_runtime::athena_operation!(GetSessionStatus);
}

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use awsgen_runtime::config::Environment;
use awsgen_runtime::error::TimeoutKind;
use awsgen_runtime::http::{HttpFuture, HttpRequest, HttpTransport, ReqwestTransport};
use awsgen_runtime::{Client, Credentials, Error};
use awsgen_tests::server::{Reply, Strict, TestServer};

const STATUS_BODY: &str = r#"{"SessionId":"s-1","Status":{"State":"IDLE"}}"#;

fn key() -> Credentials {
    Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        None,
    )
}

fn status_request() -> athena::GetSessionStatusRequest {
    athena::GetSessionStatusRequest::builder()
        .session_id("s-1")
        .build()
        .expect("session id set")
}

async fn strict_server(script: Vec<Reply>) -> TestServer {
    TestServer::start_strict(Strict::new().key(key()), script).await
}

/// The real reqwest transport, counting what goes through it: which pool a request used.
#[derive(Debug)]
struct Counted {
    inner: ReqwestTransport,
    sent: Arc<AtomicUsize>,
}

impl HttpTransport for Counted {
    fn send(&self, request: HttpRequest) -> HttpFuture<'_> {
        self.sent.fetch_add(1, Ordering::SeqCst);
        self.inner.send(request)
    }
}

fn client(url: &str, sent: Arc<AtomicUsize>) -> Client {
    Client::builder()
        .environment(Environment::from_vars(Vec::<(String, String)>::new()))
        .region("eu-west-1")
        .credentials(key())
        .endpoint_url(url)
        .attempt_timeout(Duration::from_secs(5))
        .max_attempts(3)
        .initial_backoff(Duration::from_millis(1))
        .http_transport(Counted {
            inner: ReqwestTransport::new(Duration::from_secs(2)).expect("transport"),
            sent,
        })
        .build()
        .expect("client")
}

#[tokio::test]
async fn an_attempt_timeout_override_applies_to_the_handles_calls_only() {
    let slow = || Reply::json(200, STATUS_BODY).delayed(Duration::from_millis(400));
    let server = strict_server(vec![slow(), slow()]).await;
    let sent = Arc::new(AtomicUsize::new(0));
    let client = client(&server.url(), sent.clone());
    let quick = client.with_overrides(|o| {
        o.attempt_timeout(Duration::from_millis(100))
            .max_attempts(1)
    });
    assert_eq!(quick.attempt_timeout(), Duration::from_millis(100));
    assert_eq!(client.attempt_timeout(), Duration::from_secs(5));

    let error = athena::get_session_status(&quick, status_request())
        .await
        .expect_err("400 ms is more than the handle's 100 ms");
    match &error {
        Error::Timeout(timeout) => {
            assert_eq!(timeout.kind, TimeoutKind::Attempt);
            assert_eq!(timeout.after, Duration::from_millis(100));
        }
        other => panic!("expected an attempt timeout, got {other}"),
    }
    assert_eq!(server.requests().len(), 1, "max_attempts(1): no retry");

    athena::get_session_status(&client, status_request())
        .await
        .expect("the client's own 5 s attempt timeout");
    assert_eq!(server.requests().len(), 2);
    assert!(server.refusals().is_empty(), "{:?}", server.refusals());
    assert_eq!(
        sent.load(Ordering::SeqCst),
        2,
        "both went through the one transport"
    );
}

#[tokio::test]
async fn a_max_attempts_override_applies_to_the_handles_calls_only() {
    let server = strict_server(vec![
        Reply::json(500, r#"{"__type":"InternalServerException","Message":"a"}"#),
        Reply::json(500, r#"{"__type":"InternalServerException","Message":"b"}"#),
        Reply::json(200, STATUS_BODY),
    ])
    .await;
    let sent = Arc::new(AtomicUsize::new(0));
    let client = client(&server.url(), sent.clone());
    let once = client.with_overrides(|o| o.max_attempts(1));
    assert_eq!((once.max_attempts(), client.max_attempts()), (1, 3));

    let error = athena::get_session_status(&once, status_request())
        .await
        .expect_err("the 500 is not retried by the handle");
    assert!(matches!(error, Error::Service(_)), "{error}");
    assert_eq!(server.requests().len(), 1);

    athena::get_session_status(&client, status_request())
        .await
        .expect("the client retries the second 500");
    assert_eq!(server.requests().len(), 3);
    assert_eq!(sent.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn an_endpoint_override_sends_the_handles_calls_elsewhere_on_the_same_pool() {
    let first = strict_server(vec![
        Reply::json(200, STATUS_BODY),
        Reply::json(200, STATUS_BODY),
    ])
    .await;
    let second = strict_server(vec![Reply::json(200, STATUS_BODY)]).await;
    let sent = Arc::new(AtomicUsize::new(0));
    let client = client(&first.url(), sent.clone());
    // The client has resolved (and cached) its endpoint before the handle is made.
    athena::get_session_status(&client, status_request())
        .await
        .expect("first server");
    let elsewhere = client.with_overrides(|o| o.endpoint_url(second.url()));
    assert!(elsewhere.shares_pool_with(&client));
    assert_eq!(elsewhere.endpoint_url(), Some(second.url().as_str()));

    athena::get_session_status(&elsewhere, status_request())
        .await
        .expect("second server");
    athena::get_session_status(&client, status_request())
        .await
        .expect("first server again");
    assert_eq!(first.requests().len(), 2);
    assert_eq!(second.requests().len(), 1);
    assert!(first.refusals().is_empty() && second.refusals().is_empty());
    assert_eq!(sent.load(Ordering::SeqCst), 3, "one transport for both");

    // A second client is a second pool.
    let other = self::client(&first.url(), Arc::new(AtomicUsize::new(0)));
    assert!(!other.shares_pool_with(&client));
    assert!(client.clone().shares_pool_with(&client));
}

#[tokio::test]
async fn a_bad_endpoint_override_fails_its_calls_only() {
    let server = strict_server(vec![Reply::json(200, STATUS_BODY)]).await;
    let client = client(&server.url(), Arc::new(AtomicUsize::new(0)));
    let broken = client.with_overrides(|o| o.endpoint_url("ftp://example.com"));
    let error = athena::get_session_status(&broken, status_request())
        .await
        .expect_err("not an endpoint URL");
    match &error {
        Error::Config(config) => assert!(
            config.message.contains("not a valid endpoint URL"),
            "{config}"
        ),
        other => panic!("expected a configuration error, got {other}"),
    }
    athena::get_session_status(&client, status_request())
        .await
        .expect("the client is unaffected");
    assert_eq!(server.requests().len(), 1);
}
