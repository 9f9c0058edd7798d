//! How a user tests their own code with the emulator and its knobs: here the example's
//! session flow and waiter (the code under test) meet throttling, which the client's retries
//! absorb, and a session that fails while it starts, which the waiter must report.
#![forbid(unsafe_code)]

use std::time::Duration;

use awsgen_emulator::{Emulator, Timing};
use awsgen_examples::athena::SessionState;
use awsgen_examples::athena::{GetSessionStatusError, GetSessionStatusResponse};
use awsgen_examples::session_flow;
use awsgen_runtime::{FinalPoll, WaiterError};

const FAST: Timing = Timing {
    creating: Duration::from_millis(300),
    terminating: Duration::from_millis(200),
};
const WAIT_TIMEOUT: Duration = Duration::from_secs(30);

#[tokio::test]
async fn the_flow_gets_through_throttling() -> Result<(), Box<dyn std::error::Error>> {
    let emulator = Emulator::start_with(FAST).await?;
    let client = emulator
        .client_builder()
        .initial_backoff(Duration::from_millis(20))
        .build()?;

    // Fewer throttles than the client's 3 attempts: StartSession is retried and succeeds.
    emulator.throttle_next(2);
    let report = session_flow::run(&client, WAIT_TIMEOUT).await?;
    assert_eq!(report.finished, SessionState::Terminated);

    let calls = emulator.requests();
    let throttled: Vec<_> = calls.iter().filter(|c| !c.succeeded()).collect();
    assert_eq!(throttled.len(), 2);
    assert!(throttled.iter().all(|c| c.operation == "StartSession"));
    // The retries sent the same request, token included: one session, not three.
    assert_eq!(emulator.session_count(), 1);
    let tokens: Vec<_> = calls
        .iter()
        .filter(|c| c.operation == "StartSession")
        .map(|c| c.input["ClientRequestToken"].clone())
        .collect();
    assert!(tokens.iter().all(|t| t == &tokens[0] && t.is_string()));
    Ok(())
}

#[tokio::test]
async fn a_session_that_fails_to_start_stops_the_flow_with_its_reason(
) -> Result<(), Box<dyn std::error::Error>> {
    let emulator = Emulator::start_with(FAST).await?;
    let client = emulator.client()?;

    emulator.fail_next_sessions(1, Some("insufficient capacity for the requested DPUs"));
    let error = session_flow::run(&client, WAIT_TIMEOUT)
        .await
        .expect_err("the session fails while it starts");
    match error.downcast_ref::<WaiterError<GetSessionStatusResponse, GetSessionStatusError>>() {
        Some(WaiterError::FailureState(FinalPoll::Output(last))) => {
            let status = last
                .status
                .as_ref()
                .expect("the status that failed the wait");
            assert_eq!(status.state, Some(SessionState::Failed));
            assert_eq!(
                status.state_change_reason.as_deref(),
                Some("insufficient capacity for the requested DPUs")
            );
        }
        _ => panic!("expected the waiter to stop on FAILED, got {error}"),
    }
    // The flow stopped there: it never asked to terminate the session.
    assert!(emulator
        .requests()
        .iter()
        .all(|c| c.operation != "TerminateSession"));
    Ok(())
}
