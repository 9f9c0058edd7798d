//! A user's program built from the published awsgen crates: the shipped model's session
//! operations and an operation from a model file of this crate, called against the published
//! Athena emulator (awsgen-emulator), which checks every SigV4 signature, and one of its
//! knobs. Prints each step; exits non-zero on any failure.
#![forbid(unsafe_code)]

use std::process::ExitCode;
use std::time::Duration;

use awsgen_emulator::{Emulator, Timing, ACCESS_KEY_ID};
use awsgen_runtime::Credentials;

/// The model shipped inside awsgen-macros.
mod athena {
    awsgen_runtime::athena_operation!(StartSession, GetSession);
}

/// This crate's own model, read relative to this Cargo.toml.
mod own {
    awsgen_runtime::athena_operation!(
        model = "models/session-status.smithy.json",
        GetSessionStatus
    );
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("downstream: FAILED: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    // Sessions are IDLE as soon as they start: the flow below needs no waiting.
    let emulator = Emulator::start_with(Timing {
        creating: Duration::ZERO,
        terminating: Duration::ZERO,
    })
    .await?;
    let client = emulator
        .client_builder()
        .initial_backoff(Duration::from_millis(10))
        .build()?;

    // The service client, as a user of the published crates types it.
    let started = athena::Athena::new(client.clone())
        .start_session()
        .work_group("primary")
        .engine_configuration(
            athena::EngineConfiguration::builder()
                .max_concurrent_dpus(4)
                .build(),
        )
        .send()
        .await?;
    let id = started
        .session_id
        .ok_or("StartSession returned no session id")?;
    let state = started.state.ok_or("StartSession returned no state")?;
    println!("shipped model: StartSession {id}: {}", state.as_str());

    let request = athena::GetSessionRequest::builder()
        .session_id(&id)
        .build()?;
    // A throttled first attempt, which the client retries.
    emulator.throttle_next(1);
    let session = athena::get_session(&client, request).await?;
    let answered: Vec<_> = emulator
        .requests()
        .into_iter()
        .filter(|c| c.operation == "GetSession")
        .map(|c| c.error_code)
        .collect();
    if answered != [Some("ThrottlingException".to_string()), None] {
        return Err(format!("GetSession was answered {answered:?}").into());
    }
    println!("emulator knob: GetSession throttled once, then retried");
    let state = session.status.and_then(|s| s.state).ok_or("no state")?;
    if state != athena::SessionState::Idle {
        return Err(format!("GetSession: {} where IDLE was expected", state.as_str()).into());
    }
    println!("shipped model: GetSession {id}: {}", state.as_str());

    let request = own::GetSessionStatusRequest::builder()
        .session_id(&id)
        .build()?;
    let status = own::get_session_status(&client, request).await?;
    let state = status.status.and_then(|s| s.state).ok_or("no state")?;
    if state != own::SessionState::Idle {
        return Err(format!(
            "GetSessionStatus: {} where IDLE was expected",
            state.as_str()
        )
        .into());
    }
    println!("own model: GetSessionStatus {id}: {}", state.as_str());

    // The server's refusals come back typed: the own model's error enum, and a 403 for a
    // request signed with another secret.
    let request = own::GetSessionStatusRequest::builder()
        .session_id("nope")
        .build()?;
    match own::get_session_status(&client, request).await {
        Err(awsgen_runtime::Error::Service(
            own::GetSessionStatusError::ResourceNotFoundException(_),
        )) => println!("own model: unknown session: ResourceNotFoundException"),
        other => return Err(format!("unknown session: {other:?}").into()),
    }
    let stranger = emulator
        .client_builder()
        .credentials(Credentials::new(ACCESS_KEY_ID, "wrong", None))
        .build()?;
    let request = athena::GetSessionRequest::builder()
        .session_id(&id)
        .build()?;
    let refused = athena::get_session(&stranger, request).await;
    match refused.as_ref().err().and_then(|e| e.code()) {
        Some("InvalidSignatureException") => println!("wrong secret: InvalidSignatureException"),
        _ => return Err(format!("a wrong secret was not refused: {refused:?}").into()),
    }
    println!("downstream: session flow passed");
    Ok(())
}
