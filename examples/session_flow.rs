//! The start_session example's work, as functions a test can call with any client: choose
//! real AWS or the emulator, start a session with every request member set, wait until it is
//! `IDLE`, terminate it and wait until it is `TERMINATED`.

use std::time::Duration;

use awsgen_runtime::config::Environment;
use awsgen_runtime::credentials::{DefaultCredentialsChain, ProvideCredentials};
use awsgen_runtime::{BuildError, Client};

use crate::athena::{
    Athena, Classification, CloudWatchLoggingConfiguration, EngineConfiguration,
    ManagedLoggingConfiguration, MonitoringConfiguration, S3LoggingConfiguration, SessionState,
    StartSessionFluentBuilder, StartSessionRequest, Tag,
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

/// A StartSession request with every member set, built first (to send with
/// [`start_session`](crate::athena::start_session) or inspect); [`start_full_session`] sets
/// the same members on the service client's builder.
pub fn full_request() -> Result<StartSessionRequest, BuildError> {
    StartSessionRequest::builder()
        .description(DESCRIPTION)
        .work_group(WORK_GROUP)
        .engine_configuration(engine_configuration())
        .execution_role(EXECUTION_ROLE)
        .monitoring_configuration(monitoring_configuration()?)
        .notebook_version(NOTEBOOK_VERSION)
        .session_idle_timeout_in_minutes(15)
        .client_request_token(awsgen_runtime::idempotency_token())
        .tags(team_tag())
        .copy_work_group_tags(true)
        .build()
}

/// StartSession with every member set, through the service client: `.send().await` sends it.
pub fn start_full_session(athena: &Athena) -> Result<StartSessionFluentBuilder, BuildError> {
    Ok(athena
        .start_session()
        .description(DESCRIPTION)
        .work_group(WORK_GROUP)
        .engine_configuration(engine_configuration())
        .execution_role(EXECUTION_ROLE)
        .monitoring_configuration(monitoring_configuration()?)
        .notebook_version(NOTEBOOK_VERSION)
        .session_idle_timeout_in_minutes(15)
        .tags(team_tag())
        .copy_work_group_tags(true))
}

const DESCRIPTION: &str = "Session started by the awsgen example";
const WORK_GROUP: &str = "primary";
const EXECUTION_ROLE: &str = "arn:aws:iam::123456789012:role/AthenaSparkRole";
const NOTEBOOK_VERSION: &str = "Athena notebook version 1";

fn engine_configuration() -> EngineConfiguration {
    EngineConfiguration::builder()
        .coordinator_dpu_size(1)
        .max_concurrent_dpus(20)
        .default_executor_dpu_size(1)
        .additional_configs("NotebookId", "nb-0123456789")
        .spark_properties("spark.sql.shuffle.partitions", "8")
        .classifications(
            Classification::builder()
                .name("spark-defaults")
                .properties("spark.executor.memory", "4g")
                .build(),
        )
        .build()
}

fn monitoring_configuration() -> Result<MonitoringConfiguration, BuildError> {
    let configuration = MonitoringConfiguration::builder()
        .cloud_watch_logging_configuration(
            CloudWatchLoggingConfiguration::builder()
                .enabled(true)
                .log_group("/aws/athena/sessions")
                .log_stream_name_prefix("example-")
                .log_types(
                    "SPARK_DRIVER",
                    vec!["STDOUT".to_string(), "STDERR".to_string()],
                )
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
        .build();
    Ok(configuration)
}

fn team_tag() -> Tag {
    Tag::builder().key("team").value("analytics").build()
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
    let athena = Athena::new(client.clone());
    let started = start_full_session(&athena)?.send().await?;
    let session_id = started
        .session_id
        .ok_or("StartSession returned no session id")?;
    let started = started.state.ok_or("StartSession returned no state")?;
    println!(
        "started session {session_id} in work group {WORK_GROUP}: {}",
        started.as_str()
    );

    // The generated waiter: polls GetSessionStatus with backoff, fails fast on FAILED,
    // DEGRADED, TERMINATING or TERMINATED.
    let ready = athena
        .wait_until_session_idle()
        .session_id(session_id.as_str())
        .wait(wait_timeout)
        .await?
        .status
        .and_then(|s| s.state)
        .ok_or("GetSessionStatus returned no state")?;
    println!("session {session_id} is {}", ready.as_str());

    let terminating = athena
        .terminate_session()
        .session_id(session_id.as_str())
        .send()
        .await?
        .state
        .ok_or("TerminateSession returned no state")?;
    println!("terminating session {session_id}: {}", terminating.as_str());

    let finished = athena
        .wait_until_session_terminated()
        .session_id(session_id.as_str())
        .wait(wait_timeout)
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
