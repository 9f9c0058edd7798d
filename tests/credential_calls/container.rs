//! Container credentials (ECS, EKS Pod Identity) against a scripted endpoint on loopback.

use std::net::{IpAddr, Ipv4Addr};
use std::time::{Duration, UNIX_EPOCH};

use awsgen_runtime::credentials::container::{
    authorization, fetch_credentials, resolve_uri, ContainerErrorKind, ResolveFuture, ResolveHost,
    SystemResolver,
};
use awsgen_tests::server::{Reply, TestServer};

use crate::{assert_hides, closed_port_url, quick_policy, transport};

const DOCUMENT: &str = r#"{"RoleArn":"arn:aws:iam::123456789012:role/task","AccessKeyId":"ASIACONTAINER","SecretAccessKey":"container-secret","Token":"container-token","AccountId":"123456789012","Expiration":"2030-01-01T00:00:00Z"}"#;

/// A resolver that answers every name with one fixed address: the rules for names that
/// resolve off the machine, without depending on real DNS.
#[derive(Debug)]
struct FixedResolver(IpAddr);

impl ResolveHost for FixedResolver {
    fn resolve<'a>(&'a self, _host: &'a str) -> ResolveFuture<'a> {
        let ip = self.0;
        Box::pin(async move { Ok(vec![ip]) })
    }
}

#[tokio::test]
async fn fetches_with_accept_and_authorization_once() {
    let server = TestServer::start_unsigned([Reply::json(200, DOCUMENT)]).await;
    let url = resolve_uri(
        None,
        Some(&format!("{}/v1/credentials?a=1", server.url())),
        &SystemResolver,
    )
    .await
    .expect("loopback full URI is allowed");
    let token = authorization(None, Some("pod-identity-jwt\n"))
        .expect("token")
        .expect("some");
    let credentials = fetch_credentials(&*transport(), &url, Some(&token), &quick_policy(3))
        .await
        .expect("credentials");
    assert_eq!(credentials.access_key_id(), "ASIACONTAINER");
    assert_eq!(credentials.secret_access_key(), "container-secret");
    assert_eq!(credentials.session_token(), Some("container-token"));
    assert_eq!(credentials.account_id(), Some("123456789012"));
    assert_eq!(
        credentials.expiry(),
        Some(UNIX_EPOCH + Duration::from_secs(1_893_456_000))
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, "GET");
    assert_eq!(request.path, "/v1/credentials?a=1");
    assert_eq!(request.header_count("accept"), 1);
    assert_eq!(request.header("accept"), Some("application/json"));
    assert_eq!(request.header_count("authorization"), 1);
    assert_eq!(request.header("authorization"), Some("pod-identity-jwt"));

    // Without a token, no Authorization header at all.
    let server = TestServer::start_unsigned([Reply::json(200, DOCUMENT)]).await;
    fetch_credentials(&*transport(), &server.url(), None, &quick_policy(3))
        .await
        .expect("credentials");
    assert_eq!(server.requests()[0].header_count("authorization"), 0);
}

#[tokio::test]
async fn server_errors_are_retried_client_errors_are_not() {
    let server = TestServer::start_unsigned([
        Reply::status(500, ""),
        Reply::status(429, ""),
        Reply::json(200, DOCUMENT),
    ])
    .await;
    fetch_credentials(&*transport(), &server.url(), None, &quick_policy(3))
        .await
        .expect("third attempt");
    assert_eq!(server.requests().len(), 3);

    let server = TestServer::start_unsigned([
        Reply::json(400, r#"{"code":"InvalidToken","message":"bad token"}"#),
        Reply::json(200, DOCUMENT),
    ])
    .await;
    let error = fetch_credentials(&*transport(), &server.url(), None, &quick_policy(3))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ContainerErrorKind::ErrorResponse);
    assert_eq!(error.status(), Some(400));
    assert_eq!(server.requests().len(), 1);

    let error = fetch_credentials(
        &*transport(),
        &closed_port_url().await,
        None,
        &quick_policy(2),
    )
    .await
    .unwrap_err();
    assert_eq!(error.kind(), ContainerErrorKind::Transport);
    assert!(std::error::Error::source(&error).is_some());
}

#[tokio::test]
async fn malformed_answers_are_typed_errors() {
    for body in [
        "not json",
        "[]",
        r#"{"SecretAccessKey":"S"}"#,
        r#"{"AccessKeyId":"A"}"#,
        r#"{"AccessKeyId":"A","SecretAccessKey":"S","Expiration":"soon"}"#,
        r#"{"AccessKeyId":"A","SecretAccessKey":{"x":1}}"#,
    ] {
        let server = TestServer::start_unsigned([Reply::json(200, body)]).await;
        let error = fetch_credentials(&*transport(), &server.url(), None, &quick_policy(3))
            .await
            .unwrap_err();
        assert_eq!(error.kind(), ContainerErrorKind::InvalidResponse, "{body}");
        assert_eq!(server.requests().len(), 1, "{body}: not retried");
    }
}

#[tokio::test]
async fn full_uri_host_rules() {
    let allowed = [
        "https://example.com/credentials",
        "http://127.0.0.1/credentials",
        "http://127.1.2.3:8080/credentials",
        "http://[::1]:8080/credentials",
        "http://localhost:8080/credentials",
        "http://169.254.170.2/credentials",
        "http://169.254.170.23/v1/credentials",
        "http://[fd00:ec2::23]/v1/credentials",
    ];
    for uri in allowed {
        let resolved = resolve_uri(None, Some(uri), &SystemResolver).await;
        assert_eq!(resolved.as_deref().ok(), Some(uri), "{uri}: {resolved:?}");
    }
    let refused = [
        (
            "http://192.168.1.1/credentials",
            ContainerErrorKind::DisallowedHost,
        ),
        (
            "http://169.254.169.254/",
            ContainerErrorKind::DisallowedHost,
        ),
        (
            "http://[fd00:ec2::254]/",
            ContainerErrorKind::DisallowedHost,
        ),
        ("ftp://127.0.0.1/", ContainerErrorKind::InvalidUri),
        ("not a uri", ContainerErrorKind::InvalidUri),
    ];
    for (uri, kind) in refused {
        let error = resolve_uri(None, Some(uri), &SystemResolver)
            .await
            .unwrap_err();
        assert_eq!(error.kind(), kind, "{uri}: {error}");
    }
    // A name is allowed over http only when every address it resolves to is.
    let off_machine = FixedResolver(IpAddr::V4(Ipv4Addr::new(10, 0, 0, 1)));
    let error = resolve_uri(None, Some("http://creds.internal/x"), &off_machine)
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ContainerErrorKind::DisallowedHost);
    let loopback = FixedResolver(IpAddr::V4(Ipv4Addr::new(127, 0, 0, 9)));
    assert!(
        resolve_uri(None, Some("http://creds.internal/x"), &loopback)
            .await
            .is_ok()
    );

    // Relative URIs go to the ECS agent and must be paths.
    assert_eq!(
        resolve_uri(Some("/v2/credentials/abc"), None, &SystemResolver)
            .await
            .expect("relative"),
        "http://169.254.170.2/v2/credentials/abc"
    );
    let error = resolve_uri(Some("v2/credentials"), None, &SystemResolver)
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ContainerErrorKind::InvalidUri);
    let error = resolve_uri(Some(""), Some(""), &SystemResolver)
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ContainerErrorKind::NotConfigured);
}

#[test]
fn authorization_token_sources() {
    assert_eq!(authorization(None, None).expect("none"), None);
    assert_eq!(
        authorization(Some("env-token"), None)
            .expect("env")
            .as_deref(),
        Some("env-token")
    );
    // The file wins over the variable, trimmed.
    assert_eq!(
        authorization(Some("env-token"), Some("  file-token\r\n"))
            .expect("file")
            .as_deref(),
        Some("file-token")
    );
    for (token, file) in [
        (Some("bad\r\nX-Injected: 1"), None),
        (None, Some("bad\nX-Injected: 1")),
    ] {
        let error = authorization(token, file).unwrap_err();
        assert_eq!(error.kind(), ContainerErrorKind::InvalidAuthorization);
        assert_hides(&error, &["X-Injected"]);
    }
}
