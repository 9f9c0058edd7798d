//! The start_session example's flow end to end against the local emulator on 127.0.0.1, and
//! the emulator's refusals coming back as the generated client's typed errors.
//!
//! Every client here is built by the emulator (empty environment, the emulator's key and
//! endpoint) or from an explicit environment: no AWS variable or ~/.aws file of the machine
//! is read, and nothing leaves the machine.
#![forbid(unsafe_code)]

use std::time::Duration;

use awsgen_emulator::{Emulator, Timing, ACCESS_KEY_ID};
use awsgen_examples::athena::{
    get_session, get_session_status, start_session, terminate_session, EngineConfiguration,
    GetSessionError, GetSessionRequest, GetSessionStatusError, GetSessionStatusRequest,
    SessionState, StartSessionError, StartSessionRequest, TerminateSessionError,
    TerminateSessionRequest,
};
use awsgen_examples::session_flow::{self, configured_aws_client, FORCE_EMULATOR_VAR};
use awsgen_runtime::config::Environment;
use awsgen_runtime::{Credentials, Error};

/// Short transitions keep the test quick; the waiter still has to poll through CREATING.
const FAST: Timing = Timing {
    creating: Duration::from_millis(300),
    terminating: Duration::from_millis(200),
};
const WAIT_TIMEOUT: Duration = Duration::from_secs(30);
const TOKEN: &str = "11111111-2222-4333-8444-555555555555";

async fn emulator() -> Emulator {
    Emulator::start_with(FAST)
        .await
        .expect("start the emulator on loopback")
}

fn request(work_group: &str, max_dpus: i32) -> StartSessionRequest {
    StartSessionRequest::builder()
        .work_group(work_group)
        .engine_configuration(
            EngineConfiguration::builder()
                .max_concurrent_dpus(max_dpus)
                .build(),
        )
        .client_request_token(TOKEN)
        .build()
        .expect("request")
}

#[tokio::test]
async fn the_example_flow_goes_creating_idle_terminated() {
    let emulator = emulator().await;
    let client = emulator.client().expect("client for the emulator");
    let report = session_flow::run(&client, WAIT_TIMEOUT)
        .await
        .unwrap_or_else(|e| panic!("the example flow failed: {e}"));
    assert_eq!(report.started, SessionState::Creating);
    assert_eq!(report.ready, SessionState::Idle);
    assert_eq!(report.terminating, SessionState::Terminating);
    assert_eq!(report.finished, SessionState::Terminated);
    assert_eq!(emulator.session_count(), 1);

    // GetSession agrees, and echoes what the full request set.
    let details = get_session(
        &client,
        GetSessionRequest::builder()
            .session_id(report.session_id.as_str())
            .build()
            .expect("request"),
    )
    .await
    .expect("GetSession");
    assert_eq!(
        details.session_id.as_deref(),
        Some(report.session_id.as_str())
    );
    assert_eq!(details.work_group.as_deref(), Some("primary"));
    let status = details.status.expect("status");
    assert_eq!(status.state, Some(SessionState::Terminated));
    assert!(status.end_date_time.is_some());
    assert_eq!(
        details
            .engine_configuration
            .and_then(|e| e.classifications)
            .map(|c| c.len()),
        Some(1)
    );
}

#[tokio::test]
async fn a_request_signed_with_another_key_is_refused() {
    let emulator = emulator().await;
    let probe = || {
        GetSessionStatusRequest::builder()
            .session_id("any")
            .build()
            .expect("request")
    };
    for (credentials, code) in [
        (
            Credentials::new(ACCESS_KEY_ID, "not-the-emulator-secret", None),
            "InvalidSignatureException",
        ),
        (
            Credentials::new("AKIASOMEONEELSE00000", "whatever", None),
            "UnrecognizedClientException",
        ),
    ] {
        let client = emulator
            .client_builder()
            .credentials(credentials)
            .max_attempts(1)
            .build()
            .expect("client");
        match get_session_status(&client, probe()).await {
            Err(Error::Service(GetSessionStatusError::Unhandled(meta))) => {
                assert_eq!(meta.code, code);
                assert_eq!(meta.status, 403);
            }
            other => panic!("expected {code}, got {other:?}"),
        }
    }
    // The right key on the same emulator gets past authentication.
    let client = emulator.client().expect("client");
    match get_session_status(&client, probe()).await {
        Err(Error::Service(GetSessionStatusError::ResourceNotFoundException(_))) => {}
        other => panic!("expected ResourceNotFoundException, got {other:?}"),
    }
}

#[tokio::test]
async fn an_unknown_work_group_is_an_invalid_request() {
    let emulator = emulator().await;
    let client = emulator.client().expect("client");
    match start_session(&client, request("analytics", 4)).await {
        Err(Error::Service(StartSessionError::InvalidRequestException(e))) => {
            let message = e.message.unwrap_or_default();
            assert!(message.contains("analytics"), "{message}");
            assert_eq!(e.meta.status, 400);
        }
        other => panic!("expected InvalidRequestException, got {other:?}"),
    }
    assert_eq!(emulator.session_count(), 0);
}

#[tokio::test]
async fn an_unknown_session_is_not_found_by_every_operation() {
    let emulator = emulator().await;
    let client = emulator.client().expect("client");
    let id = "no-such-session";

    match get_session_status(
        &client,
        GetSessionStatusRequest::builder()
            .session_id(id)
            .build()
            .expect("request"),
    )
    .await
    {
        Err(Error::Service(GetSessionStatusError::ResourceNotFoundException(e))) => {
            assert_eq!(e.resource_name.as_deref(), Some(id));
        }
        other => panic!("GetSessionStatus: expected ResourceNotFoundException, got {other:?}"),
    }
    match get_session(
        &client,
        GetSessionRequest::builder()
            .session_id(id)
            .build()
            .expect("request"),
    )
    .await
    {
        Err(Error::Service(GetSessionError::ResourceNotFoundException(e))) => {
            assert_eq!(e.resource_name.as_deref(), Some(id));
        }
        other => panic!("GetSession: expected ResourceNotFoundException, got {other:?}"),
    }
    match terminate_session(
        &client,
        TerminateSessionRequest::builder()
            .session_id(id)
            .build()
            .expect("request"),
    )
    .await
    {
        Err(Error::Service(TerminateSessionError::ResourceNotFoundException(e))) => {
            assert_eq!(e.resource_name.as_deref(), Some(id));
        }
        other => panic!("TerminateSession: expected ResourceNotFoundException, got {other:?}"),
    }
}

#[tokio::test]
async fn a_reused_token_returns_the_same_session_or_is_refused() {
    let emulator = emulator().await;
    let client = emulator.client().expect("client");
    let first = start_session(&client, request("primary", 4))
        .await
        .expect("first StartSession");
    let again = start_session(&client, request("primary", 4))
        .await
        .expect("same token, same parameters");
    assert!(first.session_id.is_some());
    assert_eq!(first.session_id, again.session_id);
    assert_eq!(emulator.session_count(), 1);

    match start_session(&client, request("primary", 8)).await {
        Err(Error::Service(StartSessionError::InvalidRequestException(e))) => {
            assert!(e.message.is_some());
        }
        other => panic!("expected InvalidRequestException, got {other:?}"),
    }
    assert_eq!(emulator.session_count(), 1);
}

#[tokio::test]
async fn without_aws_configuration_the_example_chooses_the_emulator() {
    let home = std::env::temp_dir().join("awsgen-examples-no-such-home");
    // Not on EC2: the chain's last source is turned off rather than probed.
    let bare = Environment::from_vars([
        ("HOME", home.to_string_lossy().into_owned()),
        ("AWS_EC2_METADATA_DISABLED", "true".to_string()),
    ]);
    assert!(configured_aws_client(&bare).await.is_err());

    let region_only = bare.clone().with_var("AWS_REGION", "us-east-1");
    let why = configured_aws_client(&region_only)
        .await
        .expect_err("no credentials");
    assert!(why.contains("credentials"), "{why}");

    let configured = region_only
        .with_var("AWS_ACCESS_KEY_ID", "AKIAEXAMPLEEXAMPLE00")
        .with_var("AWS_SECRET_ACCESS_KEY", "example-secret");
    let client = configured_aws_client(&configured)
        .await
        .expect("region and keys: real AWS");
    assert_eq!(client.region(), "us-east-1");

    let forced = configured.with_var(FORCE_EMULATOR_VAR, "1");
    let why = configured_aws_client(&forced)
        .await
        .expect_err("forced emulator");
    assert!(why.contains(FORCE_EMULATOR_VAR), "{why}");
}
