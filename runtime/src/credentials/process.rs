//! `credential_process`: a command (run with `sh -c`, `cmd /C` on Windows) that prints
//! credentials as JSON: `{"Version": 1, "AccessKeyId", "SecretAccessKey", "SessionToken"?,
//! "Expiration"? (RFC 3339), "AccountId"?}`.

use std::io::Read;
use std::process::{Child, ChildStdout, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use serde_json::Value;

use crate::credentials::{Credentials, CredentialsError};
use crate::time::DateTime;

/// Runs `command` and reads its answer. `account_id` (the profile's `aws_account_id`) is
/// used when the output names none. The command line is not quoted in errors: it may carry
/// secrets.
///
/// The command runs as a std child process waited on by a thread of its own (tokio's process
/// support would add a SIGCHLD handler and two crates to every build for this one rarely used
/// source). If the returned future is dropped first (a timeout, a cancelled call), the child is
/// killed.
pub async fn run_credential_process(
    command: &str,
    account_id: Option<&str>,
) -> Result<Credentials, CredentialsError> {
    let mut process = if cfg!(windows) {
        let mut c = Command::new("cmd");
        c.arg("/C").arg(command);
        c
    } else {
        let mut c = Command::new("sh");
        c.arg("-c").arg(command);
        c
    };
    process
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let not_started = |e: std::io::Error| {
        CredentialsError::new("credential_process could not be started").with_source(e)
    };
    let mut child = process.spawn().map_err(not_started)?;
    let stdout = child.stdout.take();
    let child = Arc::new(Mutex::new(child));
    let _kill_if_dropped = KillOnDrop(child.clone());
    let (done, outcome) = tokio::sync::oneshot::channel();
    std::thread::Builder::new()
        .name("credential_process".into())
        .spawn(move || {
            let _ = done.send(wait_for_output(&child, stdout));
        })
        .map_err(not_started)?;
    let (status, stdout) = outcome
        .await
        .map_err(|_| CredentialsError::new("credential_process ended without an answer"))?
        .map_err(|e| {
            CredentialsError::new("credential_process could not be read").with_source(e)
        })?;
    if !status.success() {
        return Err(CredentialsError::new(format!(
            "credential_process failed ({status})"
        )));
    }
    parse_process_output(&stdout, account_id)
}

/// Reads the child's standard output to its end, then waits for the child to exit.
fn wait_for_output(
    child: &Mutex<Child>,
    stdout: Option<ChildStdout>,
) -> std::io::Result<(ExitStatus, Vec<u8>)> {
    let mut output = Vec::new();
    if let Some(mut stdout) = stdout {
        stdout.read_to_end(&mut output)?;
    }
    let status = child
        .lock()
        .map_err(|_| std::io::Error::other("credential_process state poisoned"))?
        .wait()?;
    Ok((status, output))
}

/// Kills the child when the call that started it is dropped before it finished. While the
/// waiting thread holds the lock the child has closed its output and is exiting anyway.
struct KillOnDrop(Arc<Mutex<Child>>);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        if let Ok(mut child) = self.0.try_lock() {
            if let Ok(None) = child.try_wait() {
                let _ = child.kill();
                let _ = child.wait();
            }
        }
    }
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

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[tokio::test]
    async fn reads_what_the_command_prints() {
        let credentials = run_credential_process(
            r#"printf '{"Version": 1, "AccessKeyId": "AKID", "SecretAccessKey": "s"}'"#,
            Some("123456789012"),
        )
        .await
        .unwrap();
        assert_eq!(credentials.access_key_id(), "AKID");
        assert_eq!(credentials.account_id(), Some("123456789012"));
    }

    #[tokio::test]
    async fn a_failing_command_is_an_error_naming_its_exit_status() {
        let error = run_credential_process("echo '{}'; exit 3", None)
            .await
            .unwrap_err();
        assert!(error.to_string().contains("exit status: 3"), "{error}");
    }

    #[cfg(target_os = "linux")]
    #[tokio::test]
    async fn a_dropped_call_kills_the_command() {
        let dir = std::env::temp_dir().join(format!("awsgen-process-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let pid_file = dir.join("pid");
        let command = format!("echo $$ > {}; exec sleep 30", pid_file.display());
        let mut call = Box::pin(run_credential_process(&command, None));
        // Poll the call until the shell has written its pid (the command is running), then drop it.
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        let pid = loop {
            let polled = tokio::time::timeout(Duration::from_millis(20), &mut call).await;
            assert!(polled.is_err(), "the command answered: {polled:?}");
            let written = std::fs::read_to_string(&pid_file).unwrap_or_default();
            if let Ok(pid) = written.trim().parse::<u32>() {
                break pid;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the command did not start"
            );
        };
        let start = std::time::Instant::now();
        drop(call);
        // Dropping the call kills the child rather than waiting for its 30 s sleep.
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "{:?}",
            start.elapsed()
        );
        let proc_entry = format!("/proc/{pid}");
        assert!(
            !std::path::Path::new(&proc_entry).exists(),
            "{proc_entry} still runs after its call was dropped"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
