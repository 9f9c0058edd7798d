//! The start_session example's work, as functions a test can call with any client: choose
//! real AWS or the emulator, start a session with every request member set, wait until it is
//! `IDLE`, terminate it and wait until it is `TERMINATED`.

use std::collections::HashMap;
use std::time::Duration;

use awsgen_runtime::config::Environment;
use awsgen_runtime::credentials::{DefaultCredentialsChain, ProvideCredentials};
use awsgen_runtime::{BuildError, Client};

use crate::athena::{
    start_session, terminate_session, wait_until_session_idle, wait_until_session_terminated,
    Classification, CloudWatchLoggingConfiguration, EngineConfiguration, GetSessionStatusRequest,
    ManagedLoggingConfiguration, MonitoringConfiguration, S3LoggingConfiguration, SessionState,
    StartSessionRequest, Tag, TerminateSessionRequest,
};

/// Set to a non-empty value to use the emulator even when AWS is configured.
pub const FORCE_EMULATOR_VAR: &str = "AWSGEN_EXAMPLE_EMULATOR";

/// A client for real Athena when `env` (and the files it points to) hold both a region and
/// credentials; otherwise why not.
pub async fn configured_aws_client(env: &Environment) -> Result<Client, String> {
    if env.var(FORCE_EMULATOR_VAR).is_some() {
        return Err(format!("{FORCE_EMULATOR_VAR} is set"));
    }
    let client = Client::builder()
        .environment(env.clone())
        .build()
        .map_err(|e| e.to_string())?;
    // The client asks for credentials only when it sends; ask now to choose up front.
    let profile = awsgen_runtime::config::profile_name(None, env);
    DefaultCredentialsChain::new(env.clone(), Some(&profile))
        .provide_credentials()
        .await
        .map_err(|e| e.to_string())?;
    Ok(client)
}

/// A StartSession request with every member set.
pub fn full_request() -> Result<StartSessionRequest, BuildError> {
    let engine = EngineConfiguration::builder()
        .coordinator_dpu_size(1)
        .max_concurrent_dpus(20)
        .default_executor_dpu_size(1)
        .additional_configs(HashMap::from([(
            "NotebookId".to_string(),
            "nb-0123456789".to_string(),
        )]))
        .spark_properties(HashMap::from([(
            "spark.sql.shuffle.partitions".to_string(),
            "8".to_string(),
        )]))
        .classifications(vec![Classification::builder()
            .name("spark-defaults")
            .properties(HashMap::from([(
                "spark.executor.memory".to_string(),
                "4g".to_string(),
            )]))
            .build()?])
        .build()?;
    let monitoring = MonitoringConfiguration::builder()
        .cloud_watch_logging_configuration(
            CloudWatchLoggingConfiguration::builder()
                .enabled(true)
                .log_group("/aws/athena/sessions")
                .log_stream_name_prefix("example-")
                .log_types(HashMap::from([(
                    "SPARK_DRIVER".to_string(),
                    vec!["STDOUT".to_string(), "STDERR".to_string()],
                )]))
                .build()?,
        )
        .managed_logging_configuration(
            ManagedLoggingConfiguration::builder()
                .enabled(true)
                .kms_key("alias/athena-logs")
                .build()?,
        )
        .s3_logging_configuration(
            S3LoggingConfiguration::builder()
                .enabled(true)
                .kms_key("alias/athena-logs")
                .log_location("s3://my-athena-logs/sessions/")
                .build()?,
        )
        .build()?;
    StartSessionRequest::builder()
        .description("Session started by the awsgen example")
        .work_group("primary")
        .engine_configuration(engine)
        .execution_role("arn:aws:iam::123456789012:role/AthenaSparkRole")
        .monitoring_configuration(monitoring)
        .notebook_version("Athena notebook version 1")
        .session_idle_timeout_in_minutes(15)
        .client_request_token(awsgen_runtime::idempotency_token())
        .tags(vec![Tag::builder()
            .key("team")
            .value("analytics")
            .build()?])
        .copy_work_group_tags(true)
        .build()
}

/// The states one run saw, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionReport {
    pub session_id: String,
    /// What StartSession answered (`CREATING` when it just began).
    pub started: SessionState,
    /// What the waiter found (`IDLE`).
    pub ready: SessionState,
    /// What TerminateSession answered (`TERMINATING`, or `TERMINATED` if already over).
    pub terminating: SessionState,
    /// The state once the session stopped (`TERMINATED`).
    pub finished: SessionState,
}

/// Starts a session, waits for `IDLE` (at most `wait_timeout`), terminates it and waits for
/// `TERMINATED`, printing each step.
pub async fn run(
    client: &Client,
    wait_timeout: Duration,
) -> Result<SessionReport, Box<dyn std::error::Error>> {
    let request = full_request()?;
    let work_group = request.work_group.clone().unwrap_or_default();
    let started = start_session(client, request).await?;
    let session_id = started
        .session_id
        .ok_or("StartSession returned no session id")?;
    let started = started.state.ok_or("StartSession returned no state")?;
    println!(
        "started session {session_id} in work group {work_group}: {}",
        started.as_str()
    );

    let status = GetSessionStatusRequest::builder()
        .session_id(session_id.as_str())
        .build()?;
    // The generated waiter: polls GetSessionStatus with backoff, fails fast on FAILED,
    // DEGRADED, TERMINATING or TERMINATED.
    let ready = wait_until_session_idle(client, status.clone(), wait_timeout)
        .await?
        .status
        .and_then(|s| s.state)
        .ok_or("GetSessionStatus returned no state")?;
    println!("session {session_id} is {}", ready.as_str());

    let terminate = TerminateSessionRequest::builder()
        .session_id(session_id.as_str())
        .build()?;
    let terminating = terminate_session(client, terminate)
        .await?
        .state
        .ok_or("TerminateSession returned no state")?;
    println!("terminating session {session_id}: {}", terminating.as_str());

    let finished = wait_until_session_terminated(client, status, wait_timeout)
        .await?
        .status
        .and_then(|s| s.state)
        .ok_or("GetSessionStatus returned no state")?;
    println!("session {session_id} is {}", finished.as_str());
    Ok(SessionReport {
        session_id,
        started,
        ready,
        terminating,
        finished,
    })
}
