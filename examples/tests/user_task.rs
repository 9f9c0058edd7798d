//! Runs the user task example (examples/user_task.rs) against the local emulator: the session
//! it starts reaches IDLE through the generated waiter, and ListSessions is paged.
#![forbid(unsafe_code)]

#[allow(dead_code)] // its `main` reads the environment; the test calls `run` on the emulator
#[path = "../user_task.rs"]
mod user_task;

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
    user_task::run(&athena).await.expect("the task succeeds");
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
