//! The one StartSession request both benchmark programs send, built with aws-sdk-athena's
//! types; the values match bench/ours's. benches/cpu.rs includes the same file.

use aws_sdk_athena::error::BuildError;
use aws_sdk_athena::operation::start_session::builders::StartSessionFluentBuilder;
use aws_sdk_athena::operation::start_session::StartSessionInput;
use aws_sdk_athena::types::{
    Classification, CloudWatchLoggingConfiguration, EngineConfiguration,
    ManagedLoggingConfiguration, MonitoringConfiguration, S3LoggingConfiguration, Tag,
};

/// The caller's idempotency token: fixed, so both programs send the same bytes' worth.
pub const TOKEN: &str = "bench-token-0123456789-0123456789-abcdef";

/// A StartSession input with every member set.
pub fn full_input() -> Result<StartSessionInput, BuildError> {
    let engine = EngineConfiguration::builder()
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
        .build();
    let monitoring = MonitoringConfiguration::builder()
        .cloud_watch_logging_configuration(
            CloudWatchLoggingConfiguration::builder()
                .enabled(true)
                .log_group("/aws/athena/sessions")
                .log_stream_name_prefix("bench-")
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
                .log_location("s3://bench-athena-logs/sessions/")
                .build()?,
        )
        .build();
    StartSessionInput::builder()
        .description("Session started by the awsgen benchmark")
        .work_group("primary")
        .engine_configuration(engine)
        .execution_role("arn:aws:iam::123456789012:role/AthenaSparkRole")
        .monitoring_configuration(monitoring)
        .notebook_version("Athena notebook version 1")
        .session_idle_timeout_in_minutes(15)
        .client_request_token(TOKEN)
        .tags(Tag::builder().key("team").value("analytics").build())
        .copy_work_group_tags(true)
        .build()
}

/// The client's StartSession call carrying `input`.
pub fn call(
    client: &aws_sdk_athena::Client,
    input: StartSessionInput,
) -> StartSessionFluentBuilder {
    client
        .start_session()
        .set_description(input.description)
        .set_work_group(input.work_group)
        .set_engine_configuration(input.engine_configuration)
        .set_execution_role(input.execution_role)
        .set_monitoring_configuration(input.monitoring_configuration)
        .set_notebook_version(input.notebook_version)
        .set_session_idle_timeout_in_minutes(input.session_idle_timeout_in_minutes)
        .set_client_request_token(input.client_request_token)
        .set_tags(input.tags)
        .set_copy_work_group_tags(input.copy_work_group_tags)
}
