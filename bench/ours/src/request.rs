//! The generated StartSession and the one request both benchmark programs send. A module of
//! the binary (not a library), so touching main.rs re-expands the macro as a user's crate
//! would; benches/cpu.rs includes the same file.

awsgen_runtime::athena_operation!(StartSession);

use awsgen_runtime::BuildError;

/// The caller's idempotency token: fixed, so both programs send the same bytes' worth.
pub const TOKEN: &str = "bench-token-0123456789-0123456789-abcdef";

/// A StartSession request with every member set; the values match bench/sdk's.
pub fn full_request() -> Result<StartSessionRequest, BuildError> {
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
    StartSessionRequest::builder()
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
