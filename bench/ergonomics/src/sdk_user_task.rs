// The user task of issue 14 on aws-sdk-athena + aws-config, written as its documentation
// shows: start a session with an engine configuration and tags, handle SessionAlreadyExists
// and TooManyRequests, wait until IDLE, list the work group's sessions page by page.
// bench/ergonomics.sh counts its lines and `?` against examples/user_task.rs.
use std::time::Duration;

use aws_sdk_athena::operation::start_session::StartSessionError;
use aws_sdk_athena::types::{EngineConfiguration, SessionState, Tag};
use aws_sdk_athena::Client;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let config = aws_config::load_from_env().await;
    let athena = Client::new(&config);
    let engine = EngineConfiguration::builder()
        .max_concurrent_dpus(4)
        .spark_properties("spark.sql.shuffle.partitions", "8")
        .build();
    let started = athena
        .start_session()
        .work_group("primary")
        .engine_configuration(engine)
        .tags(Tag::builder().key("team").value("analytics").build())
        .send()
        .await;
    let session_id = match started {
        Ok(output) => output.session_id.unwrap_or_default(),
        Err(err) => match err.into_service_error() {
            StartSessionError::SessionAlreadyExistsException(e) => {
                println!("already started: {e}");
                return Ok(());
            }
            StartSessionError::TooManyRequestsException(e) => {
                println!("too many sessions, try later: {e}");
                return Ok(());
            }
            other => return Err(other.into()),
        },
    };
    // aws-sdk-athena has no waiters: poll GetSessionStatus until IDLE.
    let mut delay = Duration::from_millis(500);
    loop {
        let status = athena.get_session_status().session_id(&session_id).send().await?;
        match status.status().and_then(|s| s.state()) {
            Some(SessionState::Idle) => break,
            Some(SessionState::Failed | SessionState::Degraded)
            | Some(SessionState::Terminating | SessionState::Terminated) => {
                return Err(format!("session {session_id} ended before it was idle").into());
            }
            _ => tokio::time::sleep(delay).await,
        }
        delay = (delay * 2).min(Duration::from_secs(5));
    }
    let mut pages = athena.list_sessions().work_group("primary").into_paginator().send();
    while let Some(page) = pages.next().await {
        for session in page?.sessions() {
            println!("{:?}: {:?}", session.session_id(), session.status().and_then(|s| s.state()));
        }
    }
    Ok(())
}
