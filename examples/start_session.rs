//! Starts an Athena Spark session with every member of the request set.
//!
//! Uses your AWS credentials and region (environment or ~/.aws). Without them it says what is
//! missing.

awsgen_runtime::athena_operation!(StartSession);

use std::collections::HashMap;

use awsgen_runtime::{Client, Error};

fn full_request() -> Result<StartSessionRequest, awsgen_runtime::BuildError> {
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

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let request = full_request()?;
    request.validate()?;
    println!("request: {}", awsgen_runtime::json::to_string(&request));
    let client = match Client::from_env() {
        Ok(client) => client,
        Err(e) => {
            eprintln!("cannot configure the client: {e}");
            std::process::exit(2);
        }
    };
    match start_session(&client, request).await {
        Ok(response) => {
            println!(
                "session {} is {}",
                response.session_id.as_deref().unwrap_or("?"),
                response.state.as_ref().map_or("?", |s| s.as_str())
            );
            Ok(())
        }
        Err(Error::NoCredentials(e)) => {
            eprintln!("no AWS credentials: {e}");
            std::process::exit(2);
        }
        Err(e) => Err(e.into()),
    }
}
