//! Each knob of the emulator, met by a client calling through generated code: throttling
//! retried or exhausted, server errors, failed sessions and answers slower than the
//! client's attempt timeout.
#![forbid(unsafe_code)]

use std::time::Duration;

use awsgen_emulator::{Emulator, Timing};
use awsgen_runtime::error::{TimeoutError, TimeoutKind};
use awsgen_runtime::{Client, Error};

awsgen_runtime::athena_operation!(StartSession, GetSessionStatus);

const ATTEMPTS: u32 = 3;

/// Short transitions keep the tests quick.
const FAST: Timing = Timing {
    creating: Duration::from_millis(200),
    terminating: Duration::from_millis(100),
};

async fn emulator() -> Emulator {
    Emulator::start_with(FAST)
        .await
        .expect("start the emulator on loopback")
}

/// The emulator's client with `ATTEMPTS` attempts and short waits between them.
fn client(emulator: &Emulator) -> Client {
    emulator
        .client_builder()
        .max_attempts(ATTEMPTS)
        .initial_backoff(Duration::from_millis(10))
        .build()
        .expect("client for the emulator")
}

fn start_request() -> StartSessionRequest {
    StartSessionRequest::builder()
        .work_group("primary")
        .engine_configuration(
            EngineConfiguration::builder()
                .max_concurrent_dpus(4)
                .build(),
        )
        .build()
        .expect("request")
}

fn status_request(id: &str) -> GetSessionStatusRequest {
    GetSessionStatusRequest::builder()
        .session_id(id)
        .build()
        .expect("request")
}

async fn start(client: &Client) -> String {
    start_session(client, start_request())
        .await
        .expect("StartSession")
        .session_id
        .expect("a session id")
}

/// The codes the emulator answered, in order (`None` for a success).
fn answered(emulator: &Emulator) -> Vec<Option<String>> {
    emulator
        .requests()
        .into_iter()
        .map(|c| c.error_code)
        .collect()
}

#[tokio::test]
async fn fewer_throttles_than_attempts_are_retried_away() {
    let emulator = emulator().await;
    let client = client(&emulator);
    emulator.throttle_next(ATTEMPTS - 1);
    let started = start_session(&client, start_request())
        .await
        .expect("the last attempt gets through");
    assert_eq!(started.state, Some(SessionState::Creating));
    let throttled = Some("TooManyRequestsException".to_string());
    assert_eq!(answered(&emulator), [throttled.clone(), throttled, None]);
    assert_eq!(emulator.session_count(), 1);
    let calls = emulator.requests();
    assert!(calls.iter().all(|c| c.operation == "StartSession"));
    assert!(calls.iter().all(|c| c.input["WorkGroup"] == "primary"));
    assert_eq!(calls[0].status, 400);
}

#[tokio::test]
async fn as_many_throttles_as_attempts_fail_with_the_throttling_error() {
    let emulator = emulator().await;
    let client = client(&emulator);
    emulator.throttle_next(ATTEMPTS);
    match start_session(&client, start_request()).await {
        Err(Error::Service(StartSessionError::TooManyRequestsException(e))) => {
            assert_eq!(e.meta.status, 400);
            assert!(matches!(
                e.reason,
                Some(ThrottleReason::ConcurrentQueryLimitExceeded)
            ));
        }
        other => panic!("expected TooManyRequestsException, got {other:?}"),
    }
    assert_eq!(emulator.requests().len(), ATTEMPTS as usize);
    assert_eq!(emulator.session_count(), 0);

    // Operations that model no throttling error get Athena's ThrottlingException.
    let id = start(&client).await;
    emulator.clear_requests();
    emulator.throttle_next(ATTEMPTS + 1);
    let error = get_session_status(&client, status_request(&id))
        .await
        .expect_err("throttled on every attempt");
    assert_eq!(error.code(), Some("ThrottlingException"));
    assert_eq!(emulator.requests().len(), ATTEMPTS as usize);
    // One throttle was left over for the next call; the retry absorbs it.
    get_session_status(&client, status_request(&id))
        .await
        .expect("one throttle, then through");
}

#[tokio::test]
async fn server_errors_are_retried_or_surface_as_internal_server_exception() {
    let emulator = emulator().await;
    let client = client(&emulator);
    emulator.fail_next(1);
    let id = start(&client).await;
    assert_eq!(
        answered(&emulator),
        [Some("InternalServerException".to_string()), None]
    );
    assert_eq!(emulator.requests()[0].status, 500);

    emulator.fail_next(ATTEMPTS);
    match get_session_status(&client, status_request(&id)).await {
        Err(Error::Service(GetSessionStatusError::InternalServerException(e))) => {
            assert_eq!(e.meta.status, 500);
        }
        other => panic!("expected InternalServerException, got {other:?}"),
    }
}

#[tokio::test]
async fn a_failed_session_reports_failed_with_its_reason() {
    let emulator = emulator().await;
    let client = client(&emulator);
    let id = start(&client).await;
    assert!(emulator.fail_session(&id, Some("the Spark driver ran out of memory")));
    assert!(!emulator.fail_session("no-such-session", None));
    let status = get_session_status(&client, status_request(&id))
        .await
        .expect("GetSessionStatus")
        .status
        .expect("a status");
    assert_eq!(status.state, Some(SessionState::Failed));
    assert_eq!(
        status.state_change_reason.as_deref(),
        Some("the Spark driver ran out of memory")
    );
    assert!(status.end_date_time.is_some());

    // A session doomed at start is CREATING, then FAILED where it would have been IDLE.
    emulator.fail_next_sessions(1, None);
    let doomed = start(&client).await;
    let healthy = start(&client).await;
    tokio::time::sleep(FAST.creating + Duration::from_millis(50)).await;
    let state = |id: String| {
        let client = client.clone();
        async move {
            get_session_status(&client, status_request(&id))
                .await
                .expect("GetSessionStatus")
                .status
                .and_then(|s| s.state)
        }
    };
    assert_eq!(state(doomed).await, Some(SessionState::Failed));
    assert_eq!(state(healthy).await, Some(SessionState::Idle));
}

#[tokio::test]
async fn answers_slower_than_the_attempt_timeout_time_out() {
    let emulator = Emulator::builder()
        .timing(FAST)
        .delay(Duration::from_millis(400))
        .start()
        .await
        .expect("start the emulator");
    let client = emulator
        .client_builder()
        .max_attempts(2)
        .initial_backoff(Duration::from_millis(10))
        .attempt_timeout(Duration::from_millis(100))
        .build()
        .expect("client");
    match start_session(&client, start_request()).await {
        Err(Error::Timeout(TimeoutError {
            kind: TimeoutKind::Attempt,
            ..
        })) => {}
        other => panic!("expected an attempt timeout, got {other:?}"),
    }
    // Both attempts reached the emulator before the client gave up on them.
    assert_eq!(emulator.requests().len(), 2);

    emulator.set_delay(Duration::ZERO);
    start(&client).await;
}
