//! The user task of issue 14, as a user writes it with awsgen: start a session with an engine
//! configuration and tags, handle SessionAlreadyExists and TooManyRequests, wait until IDLE,
//! list the work group's sessions page by page. bench/ergonomics.sh counts its lines and `?`
//! against the same task on aws-sdk-athena (bench/ergonomics/src/sdk_user_task.rs);
//! examples/tests/user_task.rs runs it against the emulator, named by `AWS_ENDPOINT_URL`.
//!
//!     cargo run -p awsgen-examples --example user_task
use std::time::Duration;

awsgen_runtime::athena_operation!(StartSession, GetSessionStatus, ListSessions);

#[tokio::main(flavor = "current_thread")]
pub async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let athena = Athena::from_env();
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
        Err(e) => match e.service_error() {
            Some(StartSessionError::SessionAlreadyExistsException(_)) => {
                println!("already started: {e}");
                return Ok(());
            }
            Some(StartSessionError::TooManyRequestsException(_)) => {
                println!("too many sessions, try later: {e}");
                return Ok(());
            }
            _ => return Err(e.into()),
        },
    };
    athena
        .wait_until_session_idle()
        .session_id(&session_id)
        .wait(Duration::from_secs(300))
        .await?;
    athena
        .list_sessions()
        .work_group("primary")
        .max_results(2)
        .into_paginator()
        .for_each(|page| {
            for session in page.sessions.unwrap_or_default() {
                let state = session.status.and_then(|s| s.state);
                println!("{:?}: {state:?}", session.session_id);
            }
        })
        .await
}
