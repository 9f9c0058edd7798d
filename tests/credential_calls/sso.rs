//! SSO: the token cache file names and contents (checked against aws-config's fixtures), the
//! portal's GetRoleCredentials and SSO-OIDC CreateToken against scripted servers on loopback.

use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use awsgen_runtime::credentials::sso::{
    cache_file_name, get_role_credentials, parse_role_credentials, refresh_token, CachedToken,
    SsoErrorKind,
};
use awsgen_runtime::profile::ProfileSet;
use awsgen_tests::server::{Reply, TestServer};
use awsgen_tests::shared_dir;

use crate::{assert_hides, quick_policy, transport};

fn now() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_800_000_000)
}

fn refreshable() -> CachedToken {
    CachedToken {
        access_token: "old-access-token".into(),
        expires_at: now() - Duration::from_secs(60),
        refresh_token: Some("refresh-secret".into()),
        client_id: Some("client-id-1".into()),
        client_secret: Some("client-secret-1".into()),
        registration_expires_at: Some(now() + Duration::from_secs(86_400)),
        region: Some("us-east-1".into()),
        start_url: Some("https://example.awsapps.com/start".into()),
    }
}

/// The cache of a fixture case: `fs/home/.aws/sso/cache` of `case`.
fn fixture_case(case: &str) -> std::path::PathBuf {
    shared_dir()
        .join("credentials-tests/smithy-rs/aws-config/test-data")
        .join(case)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn cache_file_names_match_aws_configs_fixtures() {
    // sso_session form: the file is named after the session name.
    let case = fixture_case("default-token-provider-chain/profile_keys/fs/home/.aws");
    let profiles = ProfileSet::parse(Some(&read(&case.join("config"))), None).expect("config");
    let session = profiles.get("default", "sso_session").expect("sso_session");
    let file = case.join("sso/cache").join(cache_file_name(session));
    let token = CachedToken::parse(&read(&file)).expect("cached token");
    assert_eq!(token.access_token, "foobarbaz");
    assert_eq!(
        token.expires_at,
        UNIX_EPOCH + Duration::from_secs(3_496_276_605)
    );

    // Legacy form: named after the start URL.
    let case = fixture_case("default-credential-provider-chain/sso_assume_role/fs/home/.aws");
    let profiles = ProfileSet::parse(Some(&read(&case.join("config"))), None).expect("config");
    let start_url = profiles
        .get("sso-test", "sso_start_url")
        .expect("start url");
    let file = case.join("sso/cache").join(cache_file_name(start_url));
    let token = CachedToken::parse(&read(&file)).expect("cached token");
    assert_eq!(token.access_token, "a-token");
    assert_eq!(token.start_url.as_deref(), Some(start_url));
}

#[test]
fn cached_tokens_round_trip_and_reject_bad_files() {
    let token = refreshable();
    let json = token.to_json();
    assert_eq!(CachedToken::parse(&json).expect("parse"), token);
    let value: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(value["expiresAt"], "2027-01-15T07:59:00Z");
    assert_eq!(value["registrationExpiresAt"], "2027-01-16T08:00:00Z");
    assert_eq!(value["clientSecret"], "client-secret-1");
    assert!(token.can_refresh(now()));
    assert!(!token.can_refresh(now() + Duration::from_secs(90_000)));
    let shown = format!("{token:?}");
    for secret in ["old-access-token", "refresh-secret", "client-secret-1"] {
        assert!(!shown.contains(secret), "{shown}");
    }
    for bad in [
        "",
        "nope",
        "[]",
        r#"{"expiresAt":"2080-10-16T03:56:45Z"}"#,
        r#"{"accessToken":"t"}"#,
        r#"{"accessToken":"t","expiresAt":"tomorrow"}"#,
        r#"{"accessToken":7,"expiresAt":"2080-10-16T03:56:45Z"}"#,
    ] {
        let error = CachedToken::parse(bad).unwrap_err();
        assert_eq!(error.kind(), SsoErrorKind::InvalidCachedToken, "{bad}");
    }
}

#[tokio::test]
async fn get_role_credentials_request_and_answer() {
    let server = TestServer::start_unsigned([Reply::json(
        200,
        r#"{"roleCredentials":{"accessKeyId":"ASIASSO","secretAccessKey":"sso-secret","sessionToken":"sso-token","expiration":1893456000123}}"#,
    )])
    .await;
    let credentials = get_role_credentials(
        &*transport(),
        &server.url(),
        "bearer-secret",
        "123456789012",
        "My Role+1",
        &quick_policy(3),
    )
    .await
    .expect("credentials");
    assert_eq!(credentials.access_key_id(), "ASIASSO");
    assert_eq!(credentials.secret_access_key(), "sso-secret");
    assert_eq!(credentials.session_token(), Some("sso-token"));
    assert_eq!(credentials.account_id(), Some("123456789012"));
    assert_eq!(
        credentials.expiry(),
        Some(UNIX_EPOCH + Duration::from_millis(1_893_456_000_123))
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, "GET");
    assert_eq!(
        request.path,
        "/federation/credentials?account_id=123456789012&role_name=My%20Role%2B1"
    );
    assert_eq!(request.header_count("x-amz-sso_bearer_token"), 1);
    assert_eq!(
        request.header("x-amz-sso_bearer_token"),
        Some("bearer-secret")
    );
    assert_eq!(request.header_count("authorization"), 0);
}

#[tokio::test]
async fn get_role_credentials_errors() {
    let server = TestServer::start_unsigned([
        Reply::json(401, r#"{"message":"Session token not found or invalid"}"#).header(
            "x-amzn-errortype",
            "UnauthorizedException:http://internal.amazon.com/",
        ),
        Reply::json(200, "{}"),
    ])
    .await;
    let error = get_role_credentials(
        &*transport(),
        &server.url(),
        "bearer-secret",
        "1",
        "r",
        &quick_policy(3),
    )
    .await
    .unwrap_err();
    assert_eq!(error.kind(), SsoErrorKind::Service);
    assert_eq!(error.code(), Some("UnauthorizedException"));
    assert_eq!(error.status(), Some(401));
    assert_eq!(server.requests().len(), 1);
    assert_hides(&error, &["bearer-secret"]);

    let server = TestServer::start_unsigned([
        Reply::json(429, r#"{"message":"slow"}"#).header("x-amzn-errortype", "TooManyRequestsException"),
        Reply::status(503, ""),
        Reply::json(
            200,
            r#"{"roleCredentials":{"accessKeyId":"A","secretAccessKey":"S","sessionToken":"T","expiration":0}}"#,
        ),
    ])
    .await;
    get_role_credentials(
        &*transport(),
        &server.url(),
        "t",
        "1",
        "r",
        &quick_policy(3),
    )
    .await
    .expect("third attempt");
    assert_eq!(server.requests().len(), 3);

    // With retries off (as the fixture sso_server_error runs), a 503 is final.
    let server = TestServer::start_unsigned([Reply::status(503, ""), Reply::status(200, "")]).await;
    let error = get_role_credentials(
        &*transport(),
        &server.url(),
        "t",
        "1",
        "r",
        &quick_policy(1),
    )
    .await
    .unwrap_err();
    assert_eq!(error.status(), Some(503));
    assert_eq!(server.requests().len(), 1);

    for body in [
        "nope",
        "{}",
        r#"{"roleCredentials":{"accessKeyId":"A","secretAccessKey":"S","sessionToken":"T"}}"#,
        r#"{"roleCredentials":{"accessKeyId":"A","sessionToken":"T","expiration":1}}"#,
        r#"{"roleCredentials":{"accessKeyId":"A","secretAccessKey":"S","sessionToken":"T","expiration":"soon"}}"#,
        r#"{"roleCredentials":{"accessKeyId":"A","secretAccessKey":"S","sessionToken":"T","expiration":9223372036854775807}}"#,
    ] {
        match parse_role_credentials(body.as_bytes()) {
            Err(error) => assert_eq!(error.kind(), SsoErrorKind::InvalidResponse, "{body}"),
            // The largest millisecond count is still a representable instant.
            Ok(credentials) => assert!(body.contains("9223372036854775807"), "{credentials:?}"),
        }
    }
    let error = get_role_credentials(&*transport(), "http://", "t", "1", "r", &quick_policy(1))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), SsoErrorKind::InvalidInput);
    let error = get_role_credentials(
        &*transport(),
        "http://127.0.0.1:9",
        "bad\r\nx",
        "1",
        "r",
        &quick_policy(1),
    )
    .await
    .unwrap_err();
    assert_eq!(error.kind(), SsoErrorKind::InvalidInput);
}

#[tokio::test]
async fn create_token_refreshes_the_cached_token() {
    let server = TestServer::start_unsigned([Reply::json(
        200,
        r#"{"accessToken":"new-access-token","expiresIn":3600,"refreshToken":"new-refresh","tokenType":"Bearer"}"#,
    )])
    .await;
    let refreshed = refresh_token(
        &*transport(),
        &server.url(),
        &refreshable(),
        now(),
        &quick_policy(3),
    )
    .await
    .expect("refreshed");
    assert_eq!(refreshed.access_token, "new-access-token");
    assert_eq!(refreshed.expires_at, now() + Duration::from_secs(3600));
    assert_eq!(refreshed.refresh_token.as_deref(), Some("new-refresh"));
    assert_eq!(refreshed.client_id, refreshable().client_id);
    assert_eq!(refreshed.start_url, refreshable().start_url);

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, "POST");
    assert_eq!(request.path, "/token");
    assert_eq!(request.header_count("content-type"), 1);
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.header_count("authorization"), 0);
    let body: serde_json::Value = serde_json::from_slice(&request.body).expect("JSON body");
    assert_eq!(
        body,
        serde_json::json!({
            "clientId": "client-id-1",
            "clientSecret": "client-secret-1",
            "grantType": "refresh_token",
            "refreshToken": "refresh-secret",
        })
    );

    // No new refresh token in the answer: the old one is kept.
    let server =
        TestServer::start_unsigned([Reply::json(200, r#"{"accessToken":"a2","expiresIn":60}"#)])
            .await;
    let refreshed = refresh_token(
        &*transport(),
        &server.url(),
        &refreshable(),
        now(),
        &quick_policy(3),
    )
    .await
    .expect("refreshed");
    assert_eq!(refreshed.refresh_token.as_deref(), Some("refresh-secret"));
}

#[tokio::test]
async fn create_token_errors() {
    let server = TestServer::start_unsigned([Reply::json(
        400,
        r#"{"error":"invalid_grant","error_description":"Invalid refresh token provided"}"#,
    )
    .header("x-amzn-errortype", "InvalidGrantException")])
    .await;
    let error = refresh_token(
        &*transport(),
        &server.url(),
        &refreshable(),
        now(),
        &quick_policy(3),
    )
    .await
    .unwrap_err();
    assert_eq!(error.kind(), SsoErrorKind::Service);
    assert_eq!(error.code(), Some("InvalidGrantException"));
    assert!(error.to_string().contains("Invalid refresh token provided"));
    assert_hides(
        &error,
        &["refresh-secret", "client-secret-1", "old-access-token"],
    );
    assert_eq!(server.requests().len(), 1);

    let server =
        TestServer::start_unsigned([Reply::status(400, r#"{"error":"expired_token"}"#)]).await;
    let error = refresh_token(
        &*transport(),
        &server.url(),
        &refreshable(),
        now(),
        &quick_policy(3),
    )
    .await
    .unwrap_err();
    assert_eq!(error.code(), Some("expired_token"));

    for body in [
        "nope",
        r#"{"expiresIn":60}"#,
        r#"{"accessToken":"a","expiresIn":"soon"}"#,
    ] {
        let server = TestServer::start_unsigned([Reply::json(200, body)]).await;
        let error = refresh_token(
            &*transport(),
            &server.url(),
            &refreshable(),
            now(),
            &quick_policy(3),
        )
        .await
        .unwrap_err();
        assert_eq!(error.kind(), SsoErrorKind::InvalidResponse, "{body}");
    }

    // Nothing to refresh with, or a registration past its expiry: no request at all.
    let server = TestServer::start_unsigned([]).await;
    let mut no_refresh = refreshable();
    no_refresh.refresh_token = None;
    let expired_registration = CachedToken {
        registration_expires_at: Some(now() - Duration::from_secs(1)),
        ..refreshable()
    };
    for token in [no_refresh, expired_registration] {
        let error = refresh_token(
            &*transport(),
            &server.url(),
            &token,
            now(),
            &quick_policy(3),
        )
        .await
        .unwrap_err();
        assert_eq!(error.kind(), SsoErrorKind::CannotRefresh);
    }
    assert!(server.requests().is_empty());
}
