//! Runs the user task example (examples/user_task.rs) against the local emulator, as a user
//! points a program at a local endpoint: through the environment (`AWS_ENDPOINT_URL`,
//! `AWS_REGION`, the emulator's credentials). The session it starts reaches IDLE through the
//! generated waiter, and ListSessions is paged.
//!
//! The example reads the process environment, which this process cannot change safely while
//! other threads run: the test runs itself again as a child with that environment, and the
//! child (`user_task_child`) runs the example's `main`.
#![forbid(unsafe_code)]

#[allow(dead_code)] // only the child runs it
#[path = "../user_task.rs"]
mod user_task;

/// Set in the child's environment; without it `user_task_child` has nothing to do.
const CHILD: &str = "AWSGEN_USER_TASK_CHILD";

#[test]
fn user_task_child() {
    if std::env::var_os(CHILD).is_none() {
        return;
    }
    user_task::main().expect("the task succeeds");
}

#[tokio::test]
async fn the_user_task_runs_against_the_emulator() {
    let emulator = awsgen_emulator::Emulator::start()
        .await
        .expect("emulator starts");
    let athena = user_task::Athena::new(emulator.client().expect("emulator client"));
    // Two sessions already listed, so the task's page size of 2 makes it read two pages.
    for _ in 0..2 {
        athena
            .start_session()
            .work_group("primary")
            .engine_configuration(user_task::EngineConfiguration::builder().build())
            .send()
            .await
            .expect("an earlier session starts");
    }
    let home = std::env::temp_dir().join(format!("awsgen-user-task-{}", std::process::id()));
    let credentials = emulator.credentials();
    let child = tokio::process::Command::new(std::env::current_exe().expect("current exe"))
        .args([
            "user_task_child",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env_clear()
        .env(CHILD, "1")
        // No ~/.aws: the environment alone configures the example.
        .env("HOME", &home)
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("AWS_ENDPOINT_URL", emulator.url())
        .env("AWS_REGION", "us-east-1")
        .env("AWS_ACCESS_KEY_ID", credentials.access_key_id())
        .env("AWS_SECRET_ACCESS_KEY", credentials.secret_access_key())
        .output()
        .await
        .expect("the child runs");
    let stdout = String::from_utf8_lossy(&child.stdout);
    assert!(
        child.status.success(),
        "the example failed ({}): {stdout}{}",
        child.status,
        String::from_utf8_lossy(&child.stderr)
    );
    // Three sessions listed over two pages, the task's own IDLE. (The harness prints the
    // child test's name on the first one's line.)
    let listed: Vec<&str> = stdout.lines().filter(|l| l.contains("Some(\"")).collect();
    assert_eq!(listed.len(), 3, "{stdout}");
    assert!(listed.iter().any(|l| l.ends_with("Some(Idle)")), "{stdout}");
    let calls = emulator.requests();
    let task_start = calls
        .iter()
        .filter(|c| c.operation == "StartSession")
        .nth(2)
        .expect("the task's StartSession");
    assert_eq!(task_start.input["Tags"][0]["Key"], "team");
    assert_eq!(task_start.input["Tags"][0]["Value"], "analytics");
    assert_eq!(
        task_start.input["EngineConfiguration"]["SparkProperties"]["spark.sql.shuffle.partitions"],
        "8"
    );
    let operations: Vec<String> = calls.iter().map(|r| r.operation.clone()).collect();
    assert_eq!(
        operations.iter().filter(|o| *o == "StartSession").count(),
        3,
        "{operations:?}"
    );
    assert!(
        operations.iter().any(|o| o == "GetSessionStatus"),
        "{operations:?}"
    );
    assert_eq!(
        operations.iter().filter(|o| *o == "ListSessions").count(),
        2,
        "{operations:?}"
    );
}
