//! Testing your own code without AWS: the `test-util` feature's stub and replay, used on
//! the generated session waiter (`athena::wait_until_session_idle`), as your tests would use them on
//! yours.
//!
//!     cargo run -p awsgen-examples --example test_util
//!
//! The feature belongs in dev-dependencies only:
//!
//!     [dev-dependencies]
//!     awsgen-runtime = { version = "0.1", features = ["test-util"] }

use std::time::Duration;

use awsgen_examples::athena::{
    wait_until_session_idle, GetSessionStatusError, GetSessionStatusRequest,
    GetSessionStatusResponse, InternalServerException, SessionState, SessionStatus,
};
use awsgen_runtime::test_util::{ReplayTransport, Stub};
use awsgen_runtime::{Client, Credentials, FinalPoll, WaitOptions, WaiterError};

type Failure = Box<dyn std::error::Error>;

fn session(id: &str) -> Result<GetSessionStatusRequest, Failure> {
    Ok(GetSessionStatusRequest::builder().session_id(id).build()?)
}

/// At most 30 s, polling every 10 to 50 ms: a stub answers at once.
fn quick() -> WaitOptions {
    WaitOptions::new(Duration::from_secs(30))
        .min_delay(Duration::from_millis(10))
        .max_delay(Duration::from_millis(50))
}

fn status(state: &str) -> GetSessionStatusResponse {
    GetSessionStatusResponse::builder()
        .session_id("s-1")
        .status(
            SessionStatus::builder()
                .state(SessionState::from(state))
                .build(),
        )
        .build()
}

/// The stub: typed answers, in order, through the client's own retries.
async fn waiter_rides_out_a_server_fault() -> Result<(), Failure> {
    let stub = Stub::new();
    stub.output("GetSessionStatus", status("CREATING"))
        // A transient server fault: retried by the client, unseen by the waiter.
        .error(
            "GetSessionStatus",
            GetSessionStatusError::InternalServerException(
                InternalServerException::builder()
                    .message("try again")
                    .build(),
            ),
        )
        .output("GetSessionStatus", status("IDLE"));
    let client = stub.client()?;

    let idle = wait_until_session_idle(&client, session("s-1")?, quick()).await?;
    assert_eq!(idle.status.and_then(|s| s.state), Some(SessionState::Idle));
    let requests = stub.requests_for("GetSessionStatus");
    assert_eq!(
        requests.len(),
        3,
        "one poll, then a failed attempt and its retry"
    );
    assert!(requests.iter().all(|r| r.input["SessionId"] == "s-1"));
    println!(
        "stub: the waiter saw IDLE after {} requests",
        requests.len()
    );
    Ok(())
}

/// The stub: a state the session cannot leave ends the wait with the waiter's own error.
async fn waiter_gives_up_on_a_failed_session() -> Result<(), Failure> {
    let stub = Stub::new();
    stub.output("GetSessionStatus", status("FAILED"));
    let client = stub.client()?;
    match wait_until_session_idle(&client, session("s-1")?, quick()).await {
        Err(WaiterError::FailureState(FinalPoll::Output(last))) => {
            assert_eq!(
                last.status.and_then(|s| s.state),
                Some(SessionState::Failed)
            );
            println!("stub: the waiter stopped on FAILED");
            Ok(())
        }
        other => Err(format!("expected the wait to stop on FAILED, got {other:?}").into()),
    }
}

/// The replay: recorded HTTP, signed and sent by the real client, checked request by request.
async fn waiter_against_a_recording() -> Result<(), Failure> {
    let replay = ReplayTransport::from_json(
        r#"[
          { "request": { "method": "POST", "url": "https://athena.eu-west-1.amazonaws.com/",
                         "headers": { "x-amz-target": "AmazonAthena.GetSessionStatus" },
                         "body": { "SessionId": "s-1" } },
            "response": { "status": 200,
                          "body": { "SessionId": "s-1", "Status": { "State": "IDLE" } } } }
        ]"#,
    )?;
    let client = Client::builder()
        .region("eu-west-1")
        .credentials(Credentials::new("AKIDEXAMPLE", "example-secret", None))
        .http_transport(replay.clone())
        .build()?;
    wait_until_session_idle(&client, session("s-1")?, quick()).await?;
    // Every recorded request made, in order, as recorded; otherwise a readable account.
    replay.verify()?;
    println!(
        "replay: {} recorded exchange(s) served and verified",
        replay.made()
    );
    Ok(())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Failure> {
    waiter_rides_out_a_server_fault().await?;
    waiter_gives_up_on_a_failed_session().await?;
    waiter_against_a_recording().await?;
    Ok(())
}
