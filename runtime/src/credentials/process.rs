//! `credential_process`: a command (run with `sh -c`, `cmd /C` on Windows) that prints
//! credentials as JSON: `{"Version": 1, "AccessKeyId", "SecretAccessKey", "SessionToken"?,
//! "Expiration"? (RFC 3339), "AccountId"?}`.

use std::time::{Duration, SystemTime};

use serde_json::Value;

use crate::credentials::{Credentials, CredentialsError};
use crate::time::DateTime;

/// Runs `command` and reads its answer. `account_id` (the profile's `aws_account_id`) is
/// used when the output names none. The command line is not quoted in errors: it may carry
/// secrets.
pub async fn run_credential_process(
    command: &str,
    account_id: Option<&str>,
) -> Result<Credentials, CredentialsError> {
    let mut process = if cfg!(windows) {
        let mut c = tokio::process::Command::new("cmd");
        c.arg("/C").arg(command);
        c
    } else {
        let mut c = tokio::process::Command::new("sh");
        c.arg("-c").arg(command);
        c
    };
    process
        .stdin(std::process::Stdio::null())
        .kill_on_drop(true);
    let output = process.output().await.map_err(|e| {
        CredentialsError::new("credential_process could not be started").with_source(e)
    })?;
    if !output.status.success() {
        return Err(CredentialsError::new(format!(
            "credential_process failed ({})",
            output.status
        )));
    }
    parse_process_output(&output.stdout, account_id)
}

/// Reads the JSON a credential process printed.
pub fn parse_process_output(
    stdout: &[u8],
    account_id: Option<&str>,
) -> Result<Credentials, CredentialsError> {
    let bad = |why: &str| {
        CredentialsError::new(format!(
            "credential_process printed something that is not credentials: {why}"
        ))
    };
    let value: Value = serde_json::from_slice(stdout).map_err(|_| bad("invalid JSON"))?;
    let field = |name: &str| value.get(name).and_then(Value::as_str);
    match value.get("Version").and_then(Value::as_i64) {
        Some(1) => {}
        Some(_) => return Err(bad("Version is not 1")),
        None => return Err(bad("Version is missing")),
    }
    let key = field("AccessKeyId").ok_or_else(|| bad("AccessKeyId is missing"))?;
    let secret = field("SecretAccessKey").ok_or_else(|| bad("SecretAccessKey is missing"))?;
    let mut credentials = Credentials::new(key, secret, field("SessionToken").map(str::to_string));
    if let Some(expiration) = field("Expiration") {
        let at = DateTime::parse(expiration).ok_or_else(|| bad("Expiration is not RFC 3339"))?;
        credentials = credentials.with_expiry(system_time(at.secs()));
    }
    if let Some(account) = field("AccountId").or(account_id) {
        credentials = credentials.with_account_id(account);
    }
    Ok(credentials)
}

/// Seconds since the epoch as a `SystemTime` (before the epoch: the epoch).
pub(crate) fn system_time(secs: i64) -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(u64::try_from(secs).unwrap_or(0))
}
