//! The generated StartSession against a scripted loopback server: the exact request it sends,
//! each modeled error becoming its variant, and retries that cannot start a second session.

awsgen_runtime::athena_operation!(StartSession);

use std::time::Duration;

use awsgen_runtime::config::Environment;
use awsgen_runtime::{Client, Credentials, Error};
use awsgen_tests::server::{Reply, Strict, TestServer};
use serde_json::json;

fn client(url: &str, max_attempts: u32) -> Client {
    Client::builder()
        .environment(Environment::from_vars(Vec::<(String, String)>::new()))
        .region("eu-west-1")
        .credentials(Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            None,
        ))
        .endpoint_url(url)
        .max_attempts(max_attempts)
        .initial_backoff(Duration::from_millis(1))
        .build()
        .expect("client")
}

fn request() -> StartSessionRequest {
    StartSessionRequest::builder()
        .work_group("primary")
        .description("nightly job")
        .engine_configuration(
            EngineConfiguration::builder()
                .max_concurrent_dpus(4)
                .coordinator_dpu_size(1)
                .build(),
        )
        .set_tags(Some(vec![Tag::builder().key("team").value("data").build()]))
        .session_idle_timeout_in_minutes(30)
        .build()
        .unwrap()
}

#[tokio::test]
async fn sends_the_exact_request_and_reads_the_response() {
    let server = TestServer::start_strict(
        strict(),
        [
            Reply::json(200, r#"{"SessionId":"s-123","State":"CREATING"}"#)
                .header("x-amzn-RequestId", "req-1"),
        ],
    )
    .await;
    let response = start_session(&client(&server.url(), 1), request())
        .await
        .unwrap();
    assert_eq!(response.session_id.as_deref(), Some("s-123"));
    assert_eq!(response.state, Some(SessionState::Creating));

    let sent = server.requests();
    assert_eq!(sent.len(), 1);
    let r = &sent[0];
    assert_eq!(r.method, "POST");
    assert_eq!(r.path, "/");
    assert_eq!(r.header("content-type"), Some("application/x-amz-json-1.1"));
    assert_eq!(r.header("x-amz-target"), Some("AmazonAthena.StartSession"));
    assert_eq!(
        r.header("content-length"),
        Some(r.body.len().to_string().as_str())
    );
    let authorization = r.header("authorization").expect("signed");
    assert!(
        authorization.starts_with("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
            && authorization.contains("/eu-west-1/athena/aws4_request")
            && authorization.contains("x-amz-target"),
        "{authorization}"
    );
    assert!(r.header("x-amz-date").is_some());

    let mut body: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
    // The client filled the idempotency token: a UUID v4, 36 characters.
    let token = body["ClientRequestToken"]
        .as_str()
        .expect("token filled")
        .to_string();
    assert_eq!(token.len(), 36, "{token}");
    body.as_object_mut().unwrap().remove("ClientRequestToken");
    assert_eq!(
        body,
        json!({
            "Description": "nightly job",
            "WorkGroup": "primary",
            "EngineConfiguration": {"CoordinatorDpuSize": 1, "MaxConcurrentDpus": 4},
            "SessionIdleTimeoutInMinutes": 30,
            "Tags": [{"Key": "team", "Value": "data"}]
        })
    );
}

#[tokio::test]
async fn a_caller_token_is_sent_unchanged() {
    let server = TestServer::start_strict(
        strict(),
        [Reply::json(200, r#"{"SessionId":"s","State":"IDLE"}"#)],
    )
    .await;
    let mut input = request();
    input.client_request_token = Some("my-token-0123456789-0123456789-abc".into());
    start_session(&client(&server.url(), 1), input)
        .await
        .unwrap();
    let body: serde_json::Value = serde_json::from_slice(&server.requests()[0].body).unwrap();
    assert_eq!(
        body["ClientRequestToken"],
        "my-token-0123456789-0123456789-abc"
    );
}

#[tokio::test]
async fn retries_carry_the_same_token_and_body() {
    let server = TestServer::start_strict(strict(), [
        Reply::json(500, r#"{"__type":"InternalServerException","Message":"boom"}"#),
        Reply::json(400, r#"{"__type":"TooManyRequestsException","Message":"slow down","Reason":"CONCURRENT_QUERY_LIMIT_EXCEEDED"}"#),
        Reply::json(200, r#"{"SessionId":"s-9","State":"CREATING"}"#),
    ])
    .await;
    let response = start_session(&client(&server.url(), 3), request())
        .await
        .unwrap();
    assert_eq!(response.session_id.as_deref(), Some("s-9"));
    let sent = server.requests();
    assert_eq!(sent.len(), 3);
    assert!(
        sent.iter().all(|r| r.body == sent[0].body),
        "every attempt sends the same bytes"
    );
    let body: serde_json::Value = serde_json::from_slice(&sent[0].body).unwrap();
    assert!(body["ClientRequestToken"].is_string());
}

#[tokio::test]
async fn invalid_input_sends_nothing() {
    let server = TestServer::start_strict(strict(), []).await;
    let mut input = request();
    input.session_idle_timeout_in_minutes = Some(0);
    let error = start_session(&client(&server.url(), 3), input)
        .await
        .unwrap_err();
    match &error {
        Error::InvalidInput(v) => {
            assert_eq!(v.violations[0].path, "SessionIdleTimeoutInMinutes");
        }
        other => panic!("expected InvalidInput, got {other:?}"),
    }
    assert!(error
        .to_string()
        .contains("SessionIdleTimeoutInMinutes: 0 is below the minimum 1"));
    assert!(server.requests().is_empty());
}

async fn error_for(reply: Reply) -> StartSessionError {
    let server = TestServer::start_strict(strict(), [reply]).await;
    match start_session(&client(&server.url(), 1), request()).await {
        Err(Error::Service(e)) => e,
        other => panic!("expected a service error, got {other:?}"),
    }
}

#[tokio::test]
async fn each_modeled_error_becomes_its_variant_with_its_fields() {
    let e = error_for(
        Reply::json(
            400,
            r#"{"__type":"InvalidRequestException","Message":"bad","AthenaErrorCode":"INVALID_INPUT"}"#,
        )
        .header("x-amzn-RequestId", "rid-1"),
    )
    .await;
    let StartSessionError::InvalidRequestException(inner) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(inner.athena_error_code.as_deref(), Some("INVALID_INPUT"));
    assert_eq!(inner.message.as_deref(), Some("bad"));
    assert_eq!(inner.meta.request_id.as_deref(), Some("rid-1"));
    assert_eq!(inner.meta.status, 400);
    assert_eq!(
        e.to_string(),
        "InvalidRequestException: bad (HTTP 400, request id rid-1)"
    );

    let e = error_for(Reply::json(
        400,
        r#"{"__type":"com.amazonaws.athena#ResourceNotFoundException:http://internal","Message":"no wg","ResourceName":"wg"}"#,
    ))
    .await;
    let StartSessionError::ResourceNotFoundException(inner) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(inner.resource_name.as_deref(), Some("wg"));

    let e = error_for(
        Reply::json(400, r#"{"message":"exists"}"#)
            .header("x-amzn-ErrorType", "SessionAlreadyExistsException"),
    )
    .await;
    let StartSessionError::SessionAlreadyExistsException(inner) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(inner.meta.message.as_deref(), Some("exists"));

    let e = error_for(Reply::json(
        400,
        r#"{"__type":"TooManyRequestsException","Message":"slow","Reason":"CONCURRENT_QUERY_LIMIT_EXCEEDED"}"#,
    ))
    .await;
    let StartSessionError::TooManyRequestsException(inner) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(
        inner.reason,
        Some(ThrottleReason::ConcurrentQueryLimitExceeded)
    );

    let e = error_for(Reply::json(
        500,
        r#"{"__type":"InternalServerException","Message":"oops"}"#,
    ))
    .await;
    assert!(
        matches!(e, StartSessionError::InternalServerException(_)),
        "{e:?}"
    );

    let e = error_for(Reply::json(
        403,
        r#"{"__type":"AccessDeniedException","Message":"no"}"#,
    ))
    .await;
    let StartSessionError::Unhandled(meta) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(
        (meta.code.as_str(), meta.status),
        ("AccessDeniedException", 403)
    );
}

/// The loopback server's checks, with the key the clients here sign with.
fn strict() -> Strict {
    Strict::new().key(Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        None,
    ))
}
