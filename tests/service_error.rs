//! The service-wide `AthenaError`: `?` over StartSession and GetSession into one error type
//! against a loopback server, each modeled error keeping its variant, and the `is_*` helpers
//! of operation errors and the service error.

awsgen_runtime::athena_operation!(StartSession, GetSession);

use std::time::Duration;

use awsgen_runtime::config::Environment;
use awsgen_runtime::{Client, Credentials, Error, RequestId};
use awsgen_tests::server::{Reply, TestServer};

fn client(url: &str) -> Client {
    Client::builder()
        .environment(Environment::from_vars(Vec::<(String, String)>::new()))
        .region("eu-west-1")
        .credentials(Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            None,
        ))
        .endpoint_url(url)
        .max_attempts(1)
        .initial_backoff(Duration::from_millis(1))
        .build()
        .expect("client")
}

/// What a user writes: two operations, one error type, a `?` after each call.
async fn start_and_get(client: &Client) -> Result<String, Error<AthenaError>> {
    let start = StartSessionRequest::builder()
        .work_group("primary")
        .engine_configuration(
            EngineConfiguration::builder()
                .max_concurrent_dpus(4)
                .build(),
        )
        .build()
        .expect("start request");
    let started = start_session(client, start)
        .await
        .map_err(Error::into_service)?;
    let get = GetSessionRequest::builder()
        .session_id(started.session_id.unwrap_or_default())
        .build()
        .expect("get request");
    let session = get_session(client, get)
        .await
        .map_err(Error::into_service)?;
    Ok(session.session_id.unwrap_or_default())
}

fn error_reply(code: &str, message: &str, request_id: &str) -> Reply {
    Reply::json(
        400,
        &format!(r#"{{"__type":"com.amazonaws.athena#{code}","Message":"{message}"}}"#),
    )
    .header("x-amzn-RequestId", request_id)
}

#[tokio::test]
async fn both_operations_succeed_through_the_service_error_type() {
    let server = TestServer::start([
        Reply::json(200, r#"{"SessionId":"s-1","State":"CREATING"}"#),
        Reply::json(200, r#"{"SessionId":"s-1","Status":{"State":"IDLE"}}"#),
    ])
    .await;
    let id = start_and_get(&client(&server.url())).await.expect("flow");
    assert_eq!(id, "s-1");
    let targets: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r.header("x-amz-target").unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        targets,
        ["AmazonAthena.StartSession", "AmazonAthena.GetSession"]
    );
}

#[tokio::test]
async fn the_second_operations_error_arrives_as_its_service_variant() {
    let server = TestServer::start([
        Reply::json(200, r#"{"SessionId":"s-1","State":"CREATING"}"#),
        error_reply("ResourceNotFoundException", "no session s-1", "req-2"),
    ])
    .await;
    let error = start_and_get(&client(&server.url()))
        .await
        .expect_err("GetSession fails");
    assert_eq!(error.code(), Some("ResourceNotFoundException"));
    let Error::Service(service) = &error else {
        panic!("expected a service error, got {error:?}");
    };
    assert!(service.is_resource_not_found_exception());
    assert!(!service.is_too_many_requests_exception());
    assert!(!service.is_internal_server_exception());
    match service {
        AthenaError::ResourceNotFoundException(e) => {
            assert_eq!(e.message.as_deref(), Some("no session s-1"));
            assert_eq!(e.meta.status, 400);
        }
        other => panic!("expected ResourceNotFoundException, got {other:?}"),
    }
    assert_eq!(service.code(), "ResourceNotFoundException");
    assert_eq!(service.meta().message.as_deref(), Some("no session s-1"));
    assert_eq!(service.request_id(), Some("req-2"));
    assert_eq!(
        service.to_string(),
        "ResourceNotFoundException: no session s-1 (HTTP 400, request id req-2)"
    );
}

#[tokio::test]
async fn the_first_operations_error_stops_the_flow() {
    let server = TestServer::start([error_reply(
        "TooManyRequestsException",
        "slow down",
        "req-1",
    )])
    .await;
    let error = start_and_get(&client(&server.url()))
        .await
        .expect_err("StartSession fails");
    assert_eq!(server.requests().len(), 1, "GetSession was not sent");
    let service = error.service_error().expect("a service error");
    assert!(service.is_too_many_requests_exception());
    assert!(matches!(
        service,
        AthenaError::TooManyRequestsException(e) if e.message.as_deref() == Some("slow down")
    ));
}

#[tokio::test]
async fn an_unmodeled_code_stays_unhandled() {
    let server = TestServer::start([error_reply("BrandNewException", "new", "req-3")]).await;
    let error = start_and_get(&client(&server.url()))
        .await
        .expect_err("StartSession fails");
    let service = error.service_error().expect("a service error");
    assert!(matches!(service, AthenaError::Unhandled(meta) if meta.code == "BrandNewException"));
    assert!(!service.is_too_many_requests_exception());
    assert_eq!(service.code(), "BrandNewException");
}

#[tokio::test]
async fn operation_errors_have_is_helpers_and_convert_with_from() {
    let server = TestServer::start([error_reply(
        "SessionAlreadyExistsException",
        "exists",
        "req-4",
    )])
    .await;
    let request = StartSessionRequest::builder()
        .work_group("primary")
        .engine_configuration(
            EngineConfiguration::builder()
                .max_concurrent_dpus(4)
                .build(),
        )
        .build()
        .expect("start request");
    let error = start_session(&client(&server.url()), request)
        .await
        .expect_err("StartSession fails");
    let op_error = error.service_error().expect("a service error").clone();
    assert!(op_error.is_session_already_exists_exception());
    assert!(!op_error.is_too_many_requests_exception());
    assert!(!op_error.is_resource_not_found_exception());

    let shown = op_error.to_string();
    let service = AthenaError::from(op_error.clone());
    assert!(service.is_session_already_exists_exception());
    assert_eq!(service.to_string(), shown);
    assert_eq!(service.meta(), op_error.meta());
    assert!(std::error::Error::source(&service).is_some());

    // `map_service` is the same conversion spelled out.
    let mapped = error.map_service(AthenaError::from);
    assert_eq!(mapped.service_error(), Some(&service));
}

#[test]
fn every_modeled_error_of_the_generated_operations_is_a_variant() {
    // A `match` naming each: this stops compiling if one goes missing.
    fn name(e: &AthenaError) -> &'static str {
        match e {
            AthenaError::InternalServerException(_) => "InternalServerException",
            AthenaError::InvalidRequestException(_) => "InvalidRequestException",
            AthenaError::ResourceNotFoundException(_) => "ResourceNotFoundException",
            AthenaError::SessionAlreadyExistsException(_) => "SessionAlreadyExistsException",
            AthenaError::TooManyRequestsException(_) => "TooManyRequestsException",
            AthenaError::Unhandled(_) => "Unhandled",
            _ => "other",
        }
    }
    let from_get = AthenaError::from(GetSessionError::InternalServerException(
        InternalServerException::default(),
    ));
    assert_eq!(name(&from_get), "InternalServerException");
    assert!(from_get.is_internal_server_exception());
    // Built by hand rather than read from a response: no code.
    assert_eq!(from_get.code(), "");
}
