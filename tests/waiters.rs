//! Generated waiters against real servers on loopback: DynamoDB's modeled `TableExists` /
//! `TableNotExists` / `ContributorInsightsEnabled` against the strict test server, the
//! generator's Athena `SessionIdle` against the Athena emulator, and botocore's waiters-2.json
//! mapped onto the same typed waiters as the Smithy model's.
//!
//! Prints `waiters: N passed, M failed`.

mod dynamodb {
    awsgen_runtime::athena_operation!(
        model = "../../shared/upstream/models/dynamodb.smithy.json",
        DescribeTable,
        DescribeContributorInsights,
        DescribeKinesisStreamingDestination
    );
}

/// A tiny model whose waiters use each JMESPath form and matcher the generator compiles.
mod tables {
    awsgen_runtime::athena_operation!(model = "waiters/tables.smithy.json", DescribeTables);
}

mod athena {
    awsgen_runtime::athena_operation!(
        model = "../../shared/upstream/models/athena.smithy.json",
        StartSession,
        GetSessionStatus
    );
}

use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant};

use awsgen_runtime::config::Environment;
use awsgen_runtime::{Client, Credentials, FinalPoll, WaitOptions, WaiterError};
use awsgen_tests::server::{Reply, Strict, TestServer};
use awsgen_tests::specs::DYNAMODB;

type Case = (
    &'static str,
    fn() -> Pin<Box<dyn Future<Output = Result<(), String>>>>,
);

fn client(url: &str) -> Client {
    Client::builder()
        .environment(Environment::from_vars(Vec::<(String, String)>::new()))
        .region("us-east-1")
        .credentials(Credentials::new("AKID", "secret", None))
        .endpoint_url(url)
        .max_attempts(1)
        .build()
        .expect("a loopback client")
}

fn strict() -> Strict {
    Strict::new()
        .key(Credentials::new("AKID", "secret", None))
        .service(&DYNAMODB)
}

/// Short delays so a test takes milliseconds, not the model's 20 s.
fn quick(max_wait: Duration) -> WaitOptions {
    WaitOptions::new(max_wait)
        .min_delay(Duration::from_millis(5))
        .max_delay(Duration::from_millis(20))
}

fn table(status: &str) -> Reply {
    Reply::json(
        200,
        &format!(r#"{{"Table":{{"TableName":"t","TableStatus":"{status}"}}}}"#),
    )
}

fn not_found() -> Reply {
    Reply::json(
        400,
        r#"{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"Requested resource not found"}"#,
    )
}

fn describe(name: &str) -> dynamodb::DescribeTableInput {
    dynamodb::DescribeTableInput::builder()
        .table_name(name)
        .build()
        .expect("a table name is all DescribeTable needs")
}

fn ensure(condition: bool, what: impl Into<String>) -> Result<(), String> {
    if condition {
        Ok(())
    } else {
        Err(what.into())
    }
}

/// The server saw exactly `n` requests, every one a signed DescribeTable for table `t`.
fn saw_signed_describes(server: &TestServer, n: usize) -> Result<(), String> {
    let requests = server.requests();
    ensure(
        server.refusals().is_empty(),
        format!("refused: {:?}", server.refusals()),
    )?;
    ensure(
        requests.len() == n,
        format!("{} requests, expected {n}", requests.len()),
    )?;
    for r in &requests {
        ensure(
            r.header("x-amz-target") == Some("DynamoDB_20120810.DescribeTable"),
            "not a DescribeTable",
        )?;
        ensure(
            r.header("authorization")
                .is_some_and(|a| a.starts_with("AWS4-HMAC-SHA256 Credential=AKID/")),
            "not signed",
        )?;
        let body: serde_json::Value =
            serde_json::from_slice(&r.body).map_err(|e| format!("body: {e}"))?;
        ensure(body["TableName"] == "t", format!("body {body}"))?;
    }
    Ok(())
}

async fn table_exists_after_three_calls() -> Result<(), String> {
    let server = TestServer::start_strict(
        strict(),
        [table("CREATING"), table("CREATING"), table("ACTIVE")],
    )
    .await;
    let client = client(&server.url());
    let output =
        dynamodb::wait_until_table_exists(&client, describe("t"), quick(Duration::from_secs(10)))
            .await
            .map_err(|e| format!("{e}"))?;
    let status = output.table.and_then(|t| t.table_status);
    ensure(
        status == Some(dynamodb::TableStatus::Active),
        format!("{status:?}"),
    )?;
    saw_signed_describes(&server, 3)
}

async fn table_exists_retries_on_not_found() -> Result<(), String> {
    let server = TestServer::start_strict(strict(), [not_found(), table("ACTIVE")]).await;
    let client = client(&server.url());
    dynamodb::wait_until_table_exists(&client, describe("t"), quick(Duration::from_secs(10)))
        .await
        .map_err(|e| format!("{e}"))?;
    saw_signed_describes(&server, 2)
}

async fn table_not_exists_succeeds_on_the_error_type() -> Result<(), String> {
    let server = TestServer::start_strict(strict(), [table("DELETING"), not_found()]).await;
    let client = client(&server.url());
    let done = dynamodb::wait_until_table_not_exists(
        &client,
        describe("t"),
        quick(Duration::from_secs(10)),
    )
    .await
    .map_err(|e| format!("{e}"))?;
    match done {
        FinalPoll::Error(e) => ensure(
            e.code() == Some("ResourceNotFoundException"),
            format!("matched {e}"),
        )?,
        FinalPoll::Output(o) => return Err(format!("succeeded on an output: {o:?}")),
    }
    saw_signed_describes(&server, 2)
}

async fn an_unmatched_error_stops_the_wait() -> Result<(), String> {
    let server = TestServer::start_strict(
        strict(),
        [Reply::json(
            400,
            r#"{"__type":"com.amazon.coral.validate#ValidationException","message":"bad name"}"#,
        )],
    )
    .await;
    let client = client(&server.url());
    let result =
        dynamodb::wait_until_table_exists(&client, describe("t"), quick(Duration::from_secs(10)))
            .await;
    match result {
        Err(WaiterError::OperationFailed(e)) => {
            ensure(e.code() == Some("ValidationException"), format!("{e}"))?
        }
        other => return Err(format!("expected OperationFailed, got {other:?}")),
    }
    saw_signed_describes(&server, 1)
}

async fn a_failure_acceptor_stops_with_the_output() -> Result<(), String> {
    let insights = |status: &str| {
        Reply::json(
            200,
            &format!(r#"{{"TableName":"t","ContributorInsightsStatus":"{status}"}}"#),
        )
    };
    let server = TestServer::start_strict(
        strict(),
        [
            insights("ENABLING"),
            insights("FAILED"),
            insights("ENABLED"),
        ],
    )
    .await;
    let client = client(&server.url());
    let input = dynamodb::DescribeContributorInsightsInput::builder()
        .table_name("t")
        .build()
        .map_err(|e| format!("{e}"))?;
    let result = dynamodb::wait_until_contributor_insights_enabled(
        &client,
        input,
        quick(Duration::from_secs(10)),
    )
    .await;
    match result {
        Err(WaiterError::FailureState(FinalPoll::Output(o))) => ensure(
            o.contributor_insights_status == Some(dynamodb::ContributorInsightsStatus::Failed),
            format!("{o:?}"),
        )?,
        other => return Err(format!("expected a failure state, got {other:?}")),
    }
    ensure(server.requests().len() == 2, "stopped at the FAILED answer")
}

async fn a_timeout_keeps_the_last_state() -> Result<(), String> {
    let server = TestServer::start_strict(strict(), (0..100).map(|_| table("CREATING"))).await;
    let client = client(&server.url());
    let max_wait = Duration::from_millis(150);
    let started = Instant::now();
    let result = dynamodb::wait_until_table_exists(&client, describe("t"), quick(max_wait)).await;
    let took = started.elapsed();
    match result {
        Err(WaiterError::TimedOut {
            max_wait: after,
            attempts,
            last: Some(FinalPoll::Output(o)),
            ..
        }) => {
            ensure(after == max_wait, format!("{after:?}"))?;
            ensure(
                o.table.and_then(|t| t.table_status) == Some(dynamodb::TableStatus::Creating),
                "last state CREATING",
            )?;
            ensure(
                attempts as usize == server.requests().len() && attempts >= 3,
                format!("{attempts} attempts, {} requests", server.requests().len()),
            )?;
        }
        other => return Err(format!("expected a timeout, got {other:?}")),
    }
    ensure(
        took < max_wait + Duration::from_millis(500),
        format!("took {took:?}"),
    )
}

async fn unsupported_expressions_are_listed_not_dropped() -> Result<(), String> {
    let skipped = dynamodb::SKIPPED_WAITERS;
    ensure(
        skipped.iter().any(|(name, reason)| {
            *name == "KinesisStreamingDestinationActive"
                && reason.contains("outside the supported subset")
        }),
        format!("{skipped:?}"),
    )?;
    let waiters = dynamodb::WAITERS;
    for name in [
        "wait_until_table_exists",
        "wait_until_table_not_exists",
        "wait_until_contributor_insights_enabled",
    ] {
        ensure(
            waiters.contains(&name),
            format!("{name} not in {waiters:?}"),
        )?;
    }
    Ok(())
}

fn tables_server_strict() -> Strict {
    Strict::new().key(Credentials::new("AKID", "secret", None))
}

fn tables(body: &str) -> Reply {
    Reply::json(200, body)
}

// A field set on a default value compiles whether `build()` returns a `Result` or not.
#[allow(clippy::field_reassign_with_default)]
fn describe_tables(prefix: &str) -> tables::DescribeTablesInput {
    let mut input = tables::DescribeTablesInput::default();
    input.prefix = Some(prefix.to_string());
    input
}

async fn projection_all_and_any() -> Result<(), String> {
    let server = TestServer::start_strict(
        tables_server_strict(),
        [
            // An empty projection matches no allStringEquals.
            tables(r#"{"Tables":[]}"#),
            tables(
                r#"{"Tables":[{"Name":"a","Status":"ACTIVE"},{"Name":"b","Status":"CREATING"}]}"#,
            ),
            tables(r#"{"Tables":[{"Name":"a","Status":"ACTIVE"},{"Name":"b","Status":"ACTIVE"}]}"#),
            tables(r#"{"Tables":[{"Name":"a","Status":"ACTIVE"},{"Name":"b","Status":"FAILED"}]}"#),
        ],
    )
    .await;
    let client = client(&server.url());
    let done = tables::wait_until_all_active(
        &client,
        describe_tables("t"),
        quick(Duration::from_secs(10)),
    )
    .await
    .map_err(|e| format!("{e}"))?;
    ensure(done.tables.map(|t| t.len()) == Some(2), "two tables")?;
    ensure(
        server.requests().len() == 3,
        format!("{} calls", server.requests().len()),
    )?;
    let failed = tables::wait_until_all_active(
        &client,
        describe_tables("t"),
        quick(Duration::from_secs(10)),
    )
    .await;
    ensure(
        matches!(failed, Err(WaiterError::FailureState(FinalPoll::Output(_)))),
        format!("anyStringEquals FAILED: {failed:?}"),
    )
}

async fn length_comparison() -> Result<(), String> {
    let server = TestServer::start_strict(
        tables_server_strict(),
        [
            tables(r#"{}"#),
            tables(r#"{"Tables":[{"Name":"a"}]}"#),
            tables(r#"{"Tables":[{"Name":"a"},{"Name":"b"}]}"#),
        ],
    )
    .await;
    let client = client(&server.url());
    tables::wait_until_two_tables_listed(
        &client,
        describe_tables("t"),
        quick(Duration::from_secs(10)),
    )
    .await
    .map_err(|e| format!("{e}"))?;
    ensure(
        server.requests().len() == 3,
        format!("{} calls", server.requests().len()),
    )
}

async fn boolean_field_and_error_retry() -> Result<(), String> {
    let server = TestServer::start_strict(
        tables_server_strict(),
        [
            Reply::json(400, r#"{"__type":"example.tables#Busy","message":"later"}"#),
            tables(r#"{"Summary":{"Ready":false}}"#),
            tables(r#"{"Summary":{"Ready":true}}"#),
        ],
    )
    .await;
    let client = client(&server.url());
    let done = tables::wait_until_summary_ready(
        &client,
        describe_tables("t"),
        quick(Duration::from_secs(10)),
    )
    .await
    .map_err(|e| format!("{e}"))?;
    ensure(done.summary.and_then(|s| s.ready) == Some(true), "ready")?;
    ensure(
        server.requests().len() == 3,
        format!("{} calls", server.requests().len()),
    )
}

async fn input_output_and_success_matchers() -> Result<(), String> {
    let server =
        TestServer::start_strict(tables_server_strict(), (0..50).map(|_| tables(r#"{}"#))).await;
    let client = client(&server.url());
    tables::wait_until_prefix_echoed(
        &client,
        describe_tables("t"),
        quick(Duration::from_secs(10)),
    )
    .await
    .map_err(|e| format!("{e}"))?;
    ensure(
        server.requests().len() == 1,
        "input.Prefix matched on the first answer",
    )?;
    // Another prefix never matches: the wait times out after polling.
    let other = tables::wait_until_prefix_echoed(
        &client,
        describe_tables("u"),
        quick(Duration::from_millis(30)),
    )
    .await;
    ensure(
        matches!(other, Err(WaiterError::TimedOut { .. })),
        format!("{other:?}"),
    )?;
    tables::wait_until_answers(
        &client,
        describe_tables("t"),
        quick(Duration::from_secs(10)),
    )
    .await
    .map_err(|e| format!("{e}"))?;
    ensure(
        tables::SKIPPED_WAITERS.len() == 1
            && tables::SKIPPED_WAITERS[0].0 == "Filtered"
            && tables::SKIPPED_WAITERS[0]
                .1
                .contains("outside the supported subset"),
        format!("{:?}", tables::SKIPPED_WAITERS),
    )
}

fn session_request() -> athena::StartSessionRequest {
    athena::StartSessionRequest::builder()
        .work_group("primary")
        .engine_configuration(
            athena::EngineConfiguration::builder()
                .max_concurrent_dpus(4)
                .build(),
        )
        .build()
        .expect("work group and engine set")
}

fn status_request(id: &str) -> athena::GetSessionStatusRequest {
    athena::GetSessionStatusRequest::builder()
        .session_id(id)
        .build()
        .expect("session id set")
}

async fn athena_session_reaches_idle_on_the_emulator() -> Result<(), String> {
    let emulator = awsgen_emulator::Emulator::start_with(awsgen_emulator::Timing {
        creating: Duration::from_millis(100),
        terminating: Duration::from_millis(100),
    })
    .await
    .map_err(|e| format!("emulator: {e}"))?;
    let client = emulator.client().map_err(|e| format!("{e}"))?;
    let started = athena::start_session(&client, session_request())
        .await
        .map_err(|e| format!("{e}"))?;
    let session_id = started
        .session_id
        .ok_or("StartSession returned no session id")?;
    // Through the service client: the waiter's builder has the input's setters.
    let status = athena::Athena::new(client.clone())
        .wait_until_session_idle()
        .session_id(session_id.as_str())
        .wait(quick(Duration::from_secs(10)))
        .await
        .map_err(|e| format!("{e}"))?;
    let state = status.status.and_then(|s| s.state);
    ensure(
        state == Some(athena::SessionState::Idle),
        format!("{state:?}"),
    )?;
    let polls = emulator
        .requests()
        .iter()
        .filter(|r| r.operation == "GetSessionStatus")
        .count();
    ensure(
        polls >= 2,
        format!("{polls} GetSessionStatus calls: it was CREATING first"),
    )
}

async fn athena_session_waiter_fails_fast_on_failed() -> Result<(), String> {
    let emulator = awsgen_emulator::Emulator::start_with(awsgen_emulator::Timing {
        creating: Duration::from_secs(30),
        terminating: Duration::from_millis(100),
    })
    .await
    .map_err(|e| format!("emulator: {e}"))?;
    let client = emulator.client().map_err(|e| format!("{e}"))?;
    let started = athena::start_session(&client, session_request())
        .await
        .map_err(|e| format!("{e}"))?;
    let session_id = started
        .session_id
        .ok_or("StartSession returned no session id")?;
    ensure(
        emulator.fail_session(&session_id, Some("out of capacity")),
        "the emulator knows the session",
    )?;
    let began = Instant::now();
    let result = athena::wait_until_session_idle(
        &client,
        status_request(&session_id),
        Duration::from_secs(60),
    )
    .await;
    match result {
        Err(WaiterError::FailureState(FinalPoll::Output(o))) => {
            let state = o.status.and_then(|s| s.state);
            ensure(
                state == Some(athena::SessionState::Failed),
                format!("{state:?}"),
            )?
        }
        other => return Err(format!("expected a failure state, got {other:?}")),
    }
    // Fails on the first answer: no backoff sleep at all.
    ensure(
        began.elapsed() < Duration::from_secs(1),
        format!("took {:?}", began.elapsed()),
    )
}

async fn a_client_waiter_missing_a_required_member_sends_nothing() -> Result<(), String> {
    let server = TestServer::start_strict(strict(), [table("ACTIVE")]).await;
    let dynamodb = dynamodb::DynamoDb::new(client(&server.url()));
    let result = dynamodb
        .wait_until_table_exists()
        .wait(Duration::from_secs(5))
        .await;
    ensure(
        matches!(
            result,
            Err(WaiterError::OperationFailed(
                awsgen_runtime::Error::InvalidInput(_)
            ))
        ),
        format!("{result:?}"),
    )?;
    ensure(server.requests().is_empty(), "nothing sent")?;
    dynamodb
        .wait_until_table_exists()
        .table_name("t")
        .wait(quick(Duration::from_secs(5)))
        .await
        .map_err(|e| format!("{e}"))?;
    saw_signed_describes(&server, 1)
}

fn athena_builtin_waiters_are_listed() -> Result<(), String> {
    ensure(
        athena::WAITERS == ["wait_until_session_idle", "wait_until_session_terminated"],
        format!("{:?}", athena::WAITERS),
    )?;
    ensure(
        athena::SKIPPED_WAITERS.is_empty(),
        format!("{:?}", athena::SKIPPED_WAITERS),
    )
}

/// botocore's DynamoDB waiters-2.json beside its service-2.json gives the operations the
/// waiters (names, delays, acceptors) the Smithy model has.
fn botocore_waiters_match_the_smithy_twin() -> Result<(), String> {
    let dir = awsgen_tests::botocore_data::service_dir("dynamodb", "2012-08-10")?;
    let botocore =
        awsgen_codegen::load_model(&dir.join("service-2.json"), "dynamodb/service-2.json")
            .map_err(|d| format!("{d:?}"))?;
    let smithy_path = awsgen_tests::shared_dir().join("upstream/models/dynamodb.smithy.json");
    let smithy = awsgen_codegen::load_model(&smithy_path, "dynamodb.smithy.json")
        .map_err(|d| format!("{d:?}"))?;
    let waiters = |m: &awsgen_codegen::Model| {
        let mut all: Vec<(String, String, u64, Vec<String>)> = m
            .shapes
            .values()
            .flat_map(|s| {
                s.traits.waiters.iter().map(move |w| {
                    let acceptors = w
                        .acceptors
                        .iter()
                        .map(|a| format!("{:?} {:?}", a.state, a.matcher))
                        .collect();
                    (s.name().to_string(), w.name.clone(), w.min_delay, acceptors)
                })
            })
            .collect();
        all.sort();
        all
    };
    // The pinned botocore is newer than the Smithy model here: compare the operations both
    // have.
    let from_botocore: Vec<_> = waiters(&botocore)
        .into_iter()
        .filter(|(op, ..)| smithy.operation(op).is_some())
        .collect();
    let from_smithy = waiters(&smithy);
    ensure(!from_smithy.is_empty(), "the Smithy model has waiters")?;
    ensure(
        from_botocore == from_smithy,
        format!("botocore {from_botocore:#?}\nsmithy {from_smithy:#?}"),
    )
}

#[tokio::test]
async fn waiters() {
    let cases: &[Case] = &[
        ("TableExists after CREATING, CREATING, ACTIVE", || {
            Box::pin(table_exists_after_three_calls())
        }),
        ("TableExists retries ResourceNotFound", || {
            Box::pin(table_exists_retries_on_not_found())
        }),
        ("TableNotExists on the error type", || {
            Box::pin(table_not_exists_succeeds_on_the_error_type())
        }),
        ("an unmatched error stops the wait", || {
            Box::pin(an_unmatched_error_stops_the_wait())
        }),
        ("a failure acceptor", || {
            Box::pin(a_failure_acceptor_stops_with_the_output())
        }),
        ("a timeout keeps the last state", || {
            Box::pin(a_timeout_keeps_the_last_state())
        }),
        ("unsupported expressions are listed", || {
            Box::pin(unsupported_expressions_are_listed_not_dropped())
        }),
        ("projection allStringEquals / anyStringEquals", || {
            Box::pin(projection_all_and_any())
        }),
        ("length(...) comparison", || Box::pin(length_comparison())),
        ("booleanEquals and an errorType retry", || {
            Box::pin(boolean_field_and_error_retry())
        }),
        ("inputOutput and success matchers", || {
            Box::pin(input_output_and_success_matchers())
        }),
        ("Athena session IDLE on the emulator", || {
            Box::pin(athena_session_reaches_idle_on_the_emulator())
        }),
        ("Athena session FAILED fails fast", || {
            Box::pin(athena_session_waiter_fails_fast_on_failed())
        }),
        ("client waiter builder", || {
            Box::pin(a_client_waiter_missing_a_required_member_sends_nothing())
        }),
        ("Athena built-in waiters listed", || {
            Box::pin(async { athena_builtin_waiters_are_listed() })
        }),
        ("botocore waiters-2.json = Smithy waiters", || {
            Box::pin(async { botocore_waiters_match_the_smithy_twin() })
        }),
    ];
    let mut failures = Vec::new();
    for (name, case) in cases {
        if let Err(e) = case().await {
            failures.push(format!("{name}: {e}"));
        }
    }
    awsgen_tests::report(&format!(
        "waiters: {} passed, {} failed",
        cases.len() - failures.len(),
        failures.len()
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
