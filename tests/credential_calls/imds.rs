//! IMDSv2 against a scripted IMDS on loopback.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use awsgen_runtime::credentials::attempts::RetryPolicy;
use awsgen_runtime::credentials::imds::{
    extend_expired, is_disabled, parse_credentials, ImdsClient, ImdsError, ImdsErrorKind,
};
use awsgen_tests::server::{RecordedRequest, Reply, TestServer};

use crate::{assert_hides, closed_port_url, quick_policy, transport};

const TOKEN_TTL: &str = "x-aws-ec2-metadata-token-ttl-seconds";
const TOKEN: &str = "x-aws-ec2-metadata-token";

/// 2030-01-01T00:00:00Z
const EXPIRY_SECS: u64 = 1_893_456_000;

fn credentials_document() -> String {
    r#"{
  "Code" : "Success",
  "LastUpdated" : "2026-11-30T10:00:00Z",
  "Type" : "AWS-HMAC",
  "AccessKeyId" : "ASIAIMDS",
  "SecretAccessKey" : "imds-secret",
  "Token" : "imds-session-token",
  "Expiration" : "2030-01-01T00:00:00Z",
  "AccountId" : "123456789012"
}"#
    .to_string()
}

fn token_reply(token: &str) -> Reply {
    Reply::status(200, token).header(TOKEN_TTL, "21600")
}

fn client(server: &TestServer, attempts: u32) -> ImdsClient {
    ImdsClient::new(transport(), server.url()).with_retry_policy(quick_policy(attempts))
}

fn now() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_800_000_000)
}

fn assert_token_put(request: &RecordedRequest) {
    assert_eq!(request.method, "PUT");
    assert_eq!(request.path, "/latest/api/token");
    assert_eq!(request.header_count(TOKEN_TTL), 1);
    assert_eq!(request.header(TOKEN_TTL), Some("21600"));
    assert_eq!(request.header_count(TOKEN), 0, "the PUT carries no token");
}

fn assert_get(request: &RecordedRequest, path: &str, token: &str) {
    assert_eq!(request.method, "GET");
    assert_eq!(request.path, path);
    assert_eq!(request.header_count(TOKEN), 1);
    assert_eq!(request.header(TOKEN), Some(token));
    assert_eq!(request.header_count(TOKEN_TTL), 0);
}

#[tokio::test]
async fn credentials_then_region_with_one_token() {
    let server = TestServer::start_unsigned([
        token_reply("token-a"),
        Reply::status(200, "my-role\n"),
        Reply::status(200, credentials_document()),
        Reply::status(200, "eu-central-1"),
    ])
    .await;
    let imds = client(&server, 3);
    let credentials = imds.credentials(now()).await.expect("credentials");
    assert_eq!(credentials.access_key_id(), "ASIAIMDS");
    assert_eq!(credentials.secret_access_key(), "imds-secret");
    assert_eq!(credentials.session_token(), Some("imds-session-token"));
    assert_eq!(
        credentials.expiry(),
        Some(UNIX_EPOCH + Duration::from_secs(EXPIRY_SECS))
    );
    assert_eq!(credentials.account_id(), Some("123456789012"));
    assert_eq!(imds.region().await.expect("region"), "eu-central-1");

    let requests = server.requests();
    assert_eq!(requests.len(), 4, "{requests:#?}");
    assert_token_put(&requests[0]);
    assert_get(
        &requests[1],
        "/latest/meta-data/iam/security-credentials/",
        "token-a",
    );
    assert_get(
        &requests[2],
        "/latest/meta-data/iam/security-credentials/my-role",
        "token-a",
    );
    assert_get(
        &requests[3],
        "/latest/meta-data/placement/region",
        "token-a",
    );
    assert_hides(&format!("{imds:?}"), &["token-a"]);
}

#[tokio::test]
async fn server_errors_are_retried_up_to_three_attempts() {
    let server = TestServer::start_unsigned([
        Reply::status(503, ""),
        token_reply("token-a"),
        Reply::status(500, ""),
        Reply::status(200, "my-role"),
        Reply::status(502, ""),
        Reply::status(200, credentials_document()),
    ])
    .await;
    let credentials = client(&server, 3)
        .credentials(now())
        .await
        .expect("credentials after retries");
    assert_eq!(credentials.access_key_id(), "ASIAIMDS");
    let requests = server.requests();
    assert_eq!(requests.len(), 6);
    assert_token_put(&requests[0]);
    assert_token_put(&requests[1]);

    let server = TestServer::start_unsigned([
        token_reply("t"),
        Reply::status(503, ""),
        Reply::status(503, ""),
        Reply::status(503, ""),
        Reply::status(200, "never asked"),
    ])
    .await;
    let error = client(&server, 3).role_name().await.unwrap_err();
    assert_eq!(error.kind(), ImdsErrorKind::ErrorResponse);
    assert_eq!(error.status(), Some(503));
    assert_eq!(server.requests().len(), 4, "1 PUT and 3 GET attempts");
}

#[tokio::test]
async fn client_errors_are_not_retried() {
    // 404 on the role list: no instance profile, which a chain treats as "not here".
    let server =
        TestServer::start_unsigned([token_reply("t"), Reply::status(404, "Not Found")]).await;
    let error = client(&server, 3).credentials(now()).await.unwrap_err();
    assert_eq!(error.kind(), ImdsErrorKind::NoInstanceProfile);
    assert!(error.is_not_configured());
    assert_eq!(server.requests().len(), 2);

    let server = TestServer::start_unsigned([
        token_reply("t"),
        Reply::status(200, "my-role"),
        Reply::status(400, "bad request"),
    ])
    .await;
    let error = client(&server, 3).credentials(now()).await.unwrap_err();
    assert_eq!(error.kind(), ImdsErrorKind::ErrorResponse);
    assert_eq!(error.status(), Some(400));
    assert!(!error.is_not_configured());
    assert_eq!(server.requests().len(), 3);

    // 403 on the token: IMDS (v2) is disabled on the instance. No fallback to IMDSv1.
    let server = TestServer::start_unsigned([Reply::status(403, "Forbidden")]).await;
    let error = client(&server, 3).credentials(now()).await.unwrap_err();
    assert_eq!(error.kind(), ImdsErrorKind::TokenForbidden);
    assert_eq!(server.requests().len(), 1);

    let server = TestServer::start_unsigned([Reply::status(400, "")]).await;
    let error = client(&server, 3).region().await.unwrap_err();
    assert_eq!(error.kind(), ImdsErrorKind::TokenFailed);
    assert_eq!(error.status(), Some(400));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn an_expired_token_is_fetched_again_once() {
    let server = TestServer::start_unsigned([
        token_reply("token-a"),
        Reply::status(401, ""),
        token_reply("token-b"),
        Reply::status(200, "my-role"),
    ])
    .await;
    let imds = client(&server, 3);
    assert_eq!(imds.role_name().await.expect("role"), "my-role");
    let requests = server.requests();
    assert_eq!(requests.len(), 4);
    assert_get(
        &requests[1],
        "/latest/meta-data/iam/security-credentials/",
        "token-a",
    );
    assert_token_put(&requests[2]);
    assert_get(
        &requests[3],
        "/latest/meta-data/iam/security-credentials/",
        "token-b",
    );

    // A second 401 with the fresh token is an error, not a loop.
    let server = TestServer::start_unsigned([
        token_reply("token-a"),
        Reply::status(401, ""),
        token_reply("token-b"),
        Reply::status(401, ""),
        Reply::status(200, "never asked"),
    ])
    .await;
    let error = client(&server, 3).role_name().await.unwrap_err();
    assert_eq!(error.kind(), ImdsErrorKind::ErrorResponse);
    assert_eq!(error.status(), Some(401));
    assert_eq!(server.requests().len(), 4);
}

#[tokio::test]
async fn a_broken_connection_is_retried_but_no_server_is_not() {
    let server =
        TestServer::start_unsigned([Reply::Reset, token_reply("t"), Reply::status(200, "r")]).await;
    assert_eq!(client(&server, 3).role_name().await.expect("role"), "r");
    assert_eq!(server.requests().len(), 3);

    // Nothing listening: fails at once (off EC2 the chain must not wait).
    let imds =
        ImdsClient::new(transport(), closed_port_url().await).with_retry_policy(quick_policy(3));
    let error = imds.credentials(now()).await.unwrap_err();
    assert_eq!(error.kind(), ImdsErrorKind::Transport);
    assert!(
        std::error::Error::source(&error).is_some(),
        "keeps its cause"
    );
}

#[tokio::test]
async fn an_attempt_slower_than_its_timeout_fails_without_retry() {
    let server = TestServer::start_unsigned([
        token_reply("t").delayed(Duration::from_millis(500)),
        token_reply("t"),
    ])
    .await;
    let imds = ImdsClient::new(transport(), server.url())
        .with_retry_policy(RetryPolicy::standard(Some(Duration::from_millis(100))));
    let started = std::time::Instant::now();
    let error = imds.role_name().await.unwrap_err();
    assert_eq!(error.kind(), ImdsErrorKind::TimedOut);
    assert!(started.elapsed() < Duration::from_millis(450));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn malformed_answers_are_typed_errors() {
    let cases: [(&str, ImdsErrorKind); 7] = [
        ("not json", ImdsErrorKind::InvalidResponse),
        ("[1, 2]", ImdsErrorKind::InvalidResponse),
        (
            r#"{"AccessKeyId":"A","SecretAccessKey":"S"}"#,
            ImdsErrorKind::InvalidResponse,
        ),
        (
            r#"{"AccessKeyId":"A","SecretAccessKey":"S","Expiration":"yesterday"}"#,
            ImdsErrorKind::InvalidResponse,
        ),
        (
            r#"{"AccessKeyId":7,"SecretAccessKey":"S","Expiration":"2030-01-01T00:00:00Z"}"#,
            ImdsErrorKind::InvalidResponse,
        ),
        (
            r#"{"SecretAccessKey":"S","Expiration":"2030-01-01T00:00:00Z"}"#,
            ImdsErrorKind::InvalidResponse,
        ),
        (
            r#"{"Code":"AssumeRoleUnauthorizedAccess","Message":"no trust"}"#,
            ImdsErrorKind::CredentialsCode,
        ),
    ];
    for (document, kind) in cases {
        let server = TestServer::start_unsigned([
            token_reply("t"),
            Reply::status(200, "role"),
            Reply::status(200, document),
        ])
        .await;
        let error = client(&server, 3).credentials(now()).await.unwrap_err();
        assert_eq!(error.kind(), kind, "{document}: {error}");
        assert_eq!(server.requests().len(), 3, "{document}: not retried");
    }
    let error = parse_credentials(r#"{"Code":"AssumeRoleUnauthorizedAccess"}"#).unwrap_err();
    assert_eq!(error.code(), Some("AssumeRoleUnauthorizedAccess"));

    // Not UTF-8, and an empty role list.
    let server =
        TestServer::start_unsigned([token_reply("t"), Reply::status(200, vec![0xff, 0xfe])]).await;
    let error = client(&server, 3).role_name().await.unwrap_err();
    assert_eq!(error.kind(), ImdsErrorKind::InvalidResponse);
    let server = TestServer::start_unsigned([token_reply("t"), Reply::status(200, "\n")]).await;
    let error = client(&server, 3).role_name().await.unwrap_err();
    assert_eq!(error.kind(), ImdsErrorKind::NoInstanceProfile);
    let server = TestServer::start_unsigned([Reply::status(200, "")]).await;
    let error = client(&server, 3).role_name().await.unwrap_err();
    assert_eq!(error.kind(), ImdsErrorKind::TokenFailed);
}

#[tokio::test]
async fn expired_credentials_get_a_short_extension() {
    let document = credentials_document();
    let expiry = UNIX_EPOCH + Duration::from_secs(EXPIRY_SECS);
    let later = expiry + Duration::from_secs(3600);
    let server = TestServer::start_unsigned([
        token_reply("t"),
        Reply::status(200, document.clone()),
        Reply::status(200, "role"),
        Reply::status(200, document),
    ])
    .await;
    let imds = client(&server, 1);
    let extended = imds
        .credentials_for_role("role", later)
        .await
        .expect("credentials")
        .expiry()
        .expect("expiry");
    let extension = extended.duration_since(later).expect("after now");
    assert!(
        (Duration::from_secs(17 * 60)..=Duration::from_secs(20 * 60)).contains(&extension),
        "{extension:?}"
    );
    // At unix 0 (the fixtures' clock) the credentials are not expired: kept as they are.
    let kept = imds.credentials(UNIX_EPOCH).await.expect("credentials");
    assert_eq!(kept.expiry(), Some(expiry));

    assert_eq!(extend_expired(expiry, UNIX_EPOCH, 0.5), expiry);
    assert_eq!(
        extend_expired(expiry, expiry, 0.0),
        expiry + Duration::from_secs(17 * 60)
    );
    assert_eq!(
        extend_expired(expiry, expiry, 1.0),
        expiry + Duration::from_secs(20 * 60)
    );
}

#[test]
fn the_disable_switch_is_true_in_any_case() {
    for on in ["true", "True", "TRUE", " true "] {
        assert!(is_disabled(Some(on)), "{on}");
    }
    for off in [None, Some(""), Some("false"), Some("1"), Some("yes")] {
        assert!(!is_disabled(off), "{off:?}");
    }
    assert_eq!(ImdsError::disabled().kind(), ImdsErrorKind::Disabled);
    assert!(ImdsError::disabled().is_not_configured());
}

#[test]
fn errors_do_not_show_secrets() {
    let error = parse_credentials(r#"{"AccessKeyId":"AK","SecretAccessKey":"very-secret","Token":"tok-secret","Expiration":"bad"}"#).unwrap_err();
    assert_hides(&error, &["very-secret", "tok-secret"]);
    let credentials = parse_credentials(&credentials_document()).expect("credentials");
    let shown = format!("{credentials:?}");
    assert!(!shown.contains("imds-secret") && !shown.contains("imds-session-token"));
}
