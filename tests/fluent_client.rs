//! The service client a user types against (`Athena`): its fluent builders send exactly the
//! request their setters describe (appending setters build JSON lists and maps, `set_*`
//! replaces them), a required member left unset fails before anything is sent, and
//! `into_paginator` walks the pages. Builders, paginators and waiters own their client, so
//! their futures run on spawned tasks; `from_env()` cannot fail, and a configuration problem
//! comes back from every call. Every call goes to a strict loopback server that checks the
//! SigV4 signature and the target of each request.

/// The shipped model: StartSession has list, map and nested members.
mod shipped {
    awsgen_runtime::athena_operation!(StartSession, TerminateSession, GetSessionStatus);
}

/// The upstream Athena model: paginated operations, with and without a required member.
mod upstream {
    awsgen_runtime::athena_operation!(
        model = "../../shared/upstream/models/athena.smithy.json",
        ListWorkGroups,
        ListSessions
    );
}

use std::time::Duration;

use awsgen_runtime::config::Environment;
use awsgen_runtime::{Client, Credentials, Error};
use awsgen_tests::server::{Reply, Strict, TestServer};
use serde_json::{json, Value};

fn credentials() -> Credentials {
    Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        None,
    )
}

fn client(url: &str) -> Client {
    Client::builder()
        .environment(Environment::from_vars(Vec::<(String, String)>::new()))
        .region("eu-west-1")
        .credentials(credentials())
        .endpoint_url(url)
        .max_attempts(1)
        .initial_backoff(Duration::from_millis(1))
        .build()
        .expect("client")
}

async fn server(replies: impl IntoIterator<Item = Reply>) -> TestServer {
    TestServer::start_strict(
        Strict::new().key(credentials()).service(&shipped::SERVICE),
        replies,
    )
    .await
}

fn body(server: &TestServer, index: usize) -> Value {
    let requests = server.requests();
    let request = requests.get(index).expect("the request was sent");
    serde_json::from_slice(&request.body).expect("a JSON body")
}

type Outcome = Result<(), String>;

fn check(ok: bool, what: impl std::fmt::Display) -> Outcome {
    if ok {
        Ok(())
    } else {
        Err(what.to_string())
    }
}

/// Appending setters add one item or entry per call, in call order, on the service client's
/// builder and on nested input builders alike.
async fn appending_setters_build_lists_and_maps() -> Outcome {
    use shipped::*;
    let server = server([Reply::json(
        200,
        r#"{"SessionId":"s-1","State":"CREATING"}"#,
    )])
    .await;
    let athena = Athena::new(client(&server.url()));
    let engine = EngineConfiguration::builder()
        .max_concurrent_dpus(4)
        .spark_properties("spark.sql.shuffle.partitions", "8")
        .spark_properties("spark.executor.memory", "4g")
        .classifications(
            Classification::builder()
                .name("spark-defaults")
                .properties("spark.driver.cores", "2")
                .build(),
        )
        .build();
    let started = athena
        .start_session()
        .work_group("primary")
        .engine_configuration(engine)
        .tags(Tag::builder().key("team").value("data").build())
        .tags(Tag::builder().key("stage").value("test").build())
        .client_request_token("0123456789abcdef0123456789abcdef")
        .send()
        .await
        .map_err(|e| format!("send failed: {e}"))?;
    check(
        started.session_id.as_deref() == Some("s-1"),
        format!("response {started:?}"),
    )?;
    let requests = server.requests();
    check(requests.len() == 1, format!("{} requests", requests.len()))?;
    check(
        requests[0].header("x-amz-target") == Some("AmazonAthena.StartSession"),
        "target",
    )?;
    let sent = body(&server, 0);
    let expected = json!({
        "WorkGroup": "primary",
        "EngineConfiguration": {
            "MaxConcurrentDpus": 4,
            "SparkProperties": {
                "spark.sql.shuffle.partitions": "8",
                "spark.executor.memory": "4g"
            },
            "Classifications": [
                { "Name": "spark-defaults", "Properties": { "spark.driver.cores": "2" } }
            ]
        },
        "ClientRequestToken": "0123456789abcdef0123456789abcdef",
        "Tags": [
            { "Key": "team", "Value": "data" },
            { "Key": "stage", "Value": "test" }
        ]
    });
    check(sent == expected, format!("sent {sent}"))
}

/// `set_*` replaces the whole list (or clears it); appending after it extends what it set.
async fn set_replaces_and_append_extends() -> Outcome {
    use shipped::*;
    let server = server([
        Reply::json(200, r#"{"SessionId":"s-2","State":"CREATING"}"#),
        Reply::json(200, r#"{"SessionId":"s-3","State":"CREATING"}"#),
    ])
    .await;
    let athena = Athena::from(client(&server.url()));
    let tag = |key: &str| Tag::builder().key(key).build();
    athena
        .start_session()
        .work_group("primary")
        .engine_configuration(
            EngineConfiguration::builder()
                .max_concurrent_dpus(2)
                .build(),
        )
        .tags(tag("dropped"))
        .set_tags(Some(vec![tag("kept")]))
        .tags(tag("appended"))
        .send()
        .await
        .map_err(|e| format!("first send failed: {e}"))?;
    athena
        .start_session()
        .work_group("primary")
        .engine_configuration(
            EngineConfiguration::builder()
                .max_concurrent_dpus(2)
                .build(),
        )
        .tags(tag("dropped"))
        .set_tags(None)
        .send()
        .await
        .map_err(|e| format!("second send failed: {e}"))?;
    let first = body(&server, 0);
    check(
        first["Tags"] == json!([{ "Key": "kept" }, { "Key": "appended" }]),
        format!("first request {first}"),
    )?;
    let second = body(&server, 1);
    check(
        second.get("Tags").is_none(),
        format!("second request {second}"),
    )
}

/// A required member left unset: `send()` names it in `Error::InvalidInput`, and the server
/// sees no request at all.
async fn missing_required_member_fails_before_sending() -> Outcome {
    use shipped::*;
    let server = server([]).await;
    let athena = Athena::new(client(&server.url()));
    let error = match athena.terminate_session().send().await {
        Ok(output) => return Err(format!("sent without SessionId: {output:?}")),
        Err(error) => error,
    };
    let Error::InvalidInput(violations) = &error else {
        return Err(format!("expected InvalidInput, got {error:?}"));
    };
    let paths: Vec<&str> = violations.iter().map(|v| v.path.as_str()).collect();
    check(paths == ["SessionId"], format!("violations {violations:?}"))?;
    check(
        error
            .to_string()
            .contains("SessionId: is required but not set"),
        format!("message {error}"),
    )?;
    // StartSession lacks two: both are named.
    let error = athena
        .start_session()
        .description("no work group, no engine")
        .send()
        .await
        .err()
        .ok_or("StartSession sent without its required members")?;
    let message = error.to_string();
    check(
        message.contains("WorkGroup") && message.contains("EngineConfiguration"),
        format!("message {message}"),
    )?;
    check(
        server.requests().is_empty(),
        format!("{} requests reached the server", server.requests().len()),
    )
}

/// A type without required members builds to the value itself; one with them to a `Result`.
fn build_returns_the_value_when_nothing_can_be_missing() -> Outcome {
    use shipped::*;
    // These lines are the compile test: no `Result` to unwrap.
    let classification: Classification = Classification::builder().name("c").build();
    let tag: Tag = Tag::builder().key("k").build();
    let engine: EngineConfiguration = EngineConfiguration::builder().build();
    let list: upstream::ListWorkGroupsInput = upstream::ListWorkGroupsInput::builder().build();
    check(
        classification.name.as_deref() == Some("c"),
        "classification",
    )?;
    check(tag.key.as_deref() == Some("k"), "tag")?;
    // The model's default, not the type's zero.
    check(engine.max_concurrent_dpus == 20, format!("{engine:?}"))?;
    check(list.max_results.is_none(), format!("{list:?}"))?;
    let missing: Result<TerminateSessionRequest, awsgen_runtime::BuildError> =
        TerminateSessionRequest::builder().build();
    let error = missing.err().ok_or("built without SessionId")?;
    check(error.missing == ["SessionId"], format!("{error}"))
}

/// `into_paginator` walks the pages through the call's own request; a required member left
/// unset is an error before any page is fetched.
async fn into_paginator_walks_the_pages() -> Outcome {
    use upstream::*;
    let server = TestServer::start_strict(
        Strict::new().key(credentials()).service(&upstream::SERVICE),
        [
            Reply::json(200, r#"{"WorkGroups":[{"Name":"a"}],"NextToken":"t1"}"#),
            Reply::json(200, r#"{"WorkGroups":[{"Name":"b"}]}"#),
        ],
    )
    .await;
    let athena = Athena::new(client(&server.url()));
    let mut pages = athena.list_work_groups().max_results(1).into_paginator();
    let mut names = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.map_err(|e| format!("page failed: {e}"))?;
        for work_group in page.work_groups.unwrap_or_default() {
            names.push(work_group.name.unwrap_or_default());
        }
    }
    check(names == ["a", "b"], format!("names {names:?}"))?;
    check(
        body(&server, 0) == json!({ "MaxResults": 1 }),
        format!("first page request {}", body(&server, 0)),
    )?;
    check(
        body(&server, 1) == json!({ "MaxResults": 1, "NextToken": "t1" }),
        format!("second page request {}", body(&server, 1)),
    )?;
    let mut unbuilt = athena.list_sessions().into_paginator();
    let first = unbuilt
        .next()
        .await
        .ok_or("a paginator without WorkGroup yields its error")?;
    let error = first
        .err()
        .ok_or("a paginator without WorkGroup fetched a page")?;
    check(
        matches!(&error, awsgen_runtime::Error::InvalidInput(_))
            && error.to_string().contains("WorkGroup"),
        format!("{error}"),
    )?;
    check(unbuilt.next().await.is_none(), "the error is the only item")?;
    check(
        server.requests().len() == 2,
        format!("{} requests", server.requests().len()),
    )
}

/// The constructors reach the same runtime client.
fn constructors_wrap_the_runtime_client() -> Outcome {
    use shipped::*;
    let runtime = client("http://127.0.0.1:9");
    let athena = Athena::new(runtime.clone());
    let region = |a: &Athena| a.client().map(|c| c.region().to_string()).ok();
    check(region(&athena).as_deref() == Some("eu-west-1"), "new")?;
    let cloned = athena.clone();
    check(
        region(&cloned).as_deref() == Some(runtime.region()),
        "clone",
    )?;
    let debug = format!("{athena:?}");
    check(
        debug.starts_with("Athena") && !debug.contains("wJalrXUtnFEMI"),
        format!("debug {debug}"),
    )
}

/// `send()`, a paginator and a waiter each run on a spawned task: the builders own a clone of
/// the client, so their futures are `'static` and `Send`.
async fn futures_run_on_spawned_tasks() -> Outcome {
    let server = TestServer::start_strict(
        // Both modules' models are AmazonAthena: one target prefix, one signing name.
        Strict::new().key(credentials()).service(&shipped::SERVICE),
        [
            Reply::json(200, r#"{"SessionId":"s-1","State":"CREATING"}"#),
            Reply::json(200, r#"{"SessionId":"s-1","Status":{"State":"IDLE"}}"#),
            Reply::json(200, r#"{"WorkGroups":[{"Name":"a"}],"NextToken":"t1"}"#),
            Reply::json(200, r#"{"WorkGroups":[{"Name":"b"}]}"#),
        ],
    )
    .await;
    let athena = shipped::Athena::new(client(&server.url()));
    let started = tokio::spawn(
        athena
            .start_session()
            .work_group("primary")
            .engine_configuration(shipped::EngineConfiguration::builder().build())
            .send(),
    )
    .await
    .map_err(|e| format!("the send task: {e}"))?
    .map_err(|e| format!("send on a task: {e}"))?;
    check(
        started.session_id.as_deref() == Some("s-1"),
        format!("{started:?}"),
    )?;
    let idle = tokio::spawn(
        athena
            .wait_until_session_idle()
            .session_id("s-1")
            .wait(Duration::from_secs(10)),
    )
    .await
    .map_err(|e| format!("the waiter task: {e}"))?
    .map_err(|e| format!("waiter on a task: {e}"))?;
    check(
        idle.session_id.as_deref() == Some("s-1"),
        format!("{idle:?}"),
    )?;
    let pages = upstream::Athena::new(client(&server.url()))
        .list_work_groups()
        .into_paginator();
    let names = tokio::spawn(async move {
        let mut pages = pages;
        let mut names = Vec::new();
        while let Some(page) = pages.next().await {
            for work_group in page?.work_groups.unwrap_or_default() {
                names.push(work_group.name.unwrap_or_default());
            }
        }
        Ok::<_, Error<upstream::ListWorkGroupsError>>(names)
    })
    .await
    .map_err(|e| format!("the paginator task: {e}"))?
    .map_err(|e| format!("paginator on a task: {e}"))?;
    check(names == ["a", "b"], format!("names {names:?}"))?;
    let targets: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r.header("x-amz-target").unwrap_or_default().to_string())
        .collect();
    check(
        targets
            == [
                "AmazonAthena.StartSession",
                "AmazonAthena.GetSessionStatus",
                "AmazonAthena.ListWorkGroups",
                "AmazonAthena.ListWorkGroups",
            ],
        format!("targets {targets:?}"),
    )
}

/// Set in the environment of the child process `from_env_defers_configuration_errors` runs.
const FROM_ENV_CHILD: &str = "AWSGEN_FLUENT_FROM_ENV_CHILD";

/// `Athena::from_env()` in an environment whose config file is malformed and which names no
/// region: construction succeeds; `send()`, a paginator and a waiter each return the typed
/// configuration error; `try_from_env()` returns it at once. The process environment cannot
/// be changed safely inside this test process, so the test runs itself again as a child with
/// the environment it needs (`from_env_child` does the work there).
fn from_env_defers_configuration_errors() -> Outcome {
    let home = awsgen_tests::temp_home::TempHome::new("fluent-from-env");
    let config = home.write_aws("config", "[profile default\nregion = eu-west-1\n");
    let exe = std::env::current_exe().map_err(|e| format!("current exe: {e}"))?;
    let output = std::process::Command::new(exe)
        .args([
            "from_env_child",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env_clear()
        .env(FROM_ENV_CHILD, "1")
        .env("HOME", home.path())
        .env("AWS_CONFIG_FILE", &config)
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .output()
        .map_err(|e| format!("run the child: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    check(
        output.status.success() && stdout.contains("from_env child: deferred errors checked"),
        format!(
            "child failed ({}): {stdout}{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ),
    )
}

/// The child's half of `from_env_defers_configuration_errors`; in the ordinary run (without
/// its environment variable) there is nothing to check and it returns at once.
#[tokio::test]
async fn from_env_child() {
    if std::env::var_os(FROM_ENV_CHILD).is_none() {
        return;
    }
    use awsgen_runtime::error::ConfigErrorKind;
    use shipped::*;
    fn is_profile_error<E>(e: &Error<E>) -> bool {
        matches!(e, Error::Config(c) if c.kind() == ConfigErrorKind::ProfileFile
            && c.to_string().contains("config"))
    }
    let athena = Athena::from_env();
    let kind = athena.client().err().map(|e| e.kind());
    assert_eq!(kind, Some(ConfigErrorKind::ProfileFile), "{athena:?}");
    let sent = athena
        .start_session()
        .work_group("primary")
        .engine_configuration(EngineConfiguration::builder().build())
        .send()
        .await;
    assert!(sent.as_ref().is_err_and(is_profile_error), "{sent:?}");
    // Twice: the error is kept, not used up.
    let again = athena.terminate_session().session_id("s-1").send().await;
    assert!(again.as_ref().is_err_and(is_profile_error), "{again:?}");
    let waited = athena
        .wait_until_session_idle()
        .session_id("s-1")
        .wait(Duration::from_secs(1))
        .await;
    assert!(
        matches!(&waited, Err(awsgen_runtime::WaiterError::OperationFailed(e)) if is_profile_error(e)),
        "{waited:?}"
    );
    let mut pages = upstream::Athena::from_env()
        .list_work_groups()
        .into_paginator();
    let first = pages.next().await.expect("the error is an item");
    assert!(first.as_ref().is_err_and(is_profile_error), "{first:?}");
    assert!(pages.next().await.is_none(), "the error is the only item");
    let failed_fast = Athena::try_from_env().err().map(|e| e.kind());
    assert_eq!(failed_fast, Some(ConfigErrorKind::ProfileFile));
    println!("from_env child: deferred errors checked");
}

#[tokio::test]
async fn fluent_client() {
    let mut outcomes: Vec<(&str, Outcome)> = vec![
        (
            "appending setters build lists and maps",
            appending_setters_build_lists_and_maps().await,
        ),
        (
            "set_* replaces, appending extends",
            set_replaces_and_append_extends().await,
        ),
        (
            "a missing required member fails before sending",
            missing_required_member_fails_before_sending().await,
        ),
        (
            "into_paginator walks the pages",
            into_paginator_walks_the_pages().await,
        ),
        (
            "send, paginators and waiters run on spawned tasks",
            futures_run_on_spawned_tasks().await,
        ),
    ];
    outcomes.push((
        "build() returns the value when nothing can be missing",
        build_returns_the_value_when_nothing_can_be_missing(),
    ));
    outcomes.push((
        "constructors wrap the runtime client",
        constructors_wrap_the_runtime_client(),
    ));
    outcomes.push((
        "from_env defers configuration errors to the calls",
        from_env_defers_configuration_errors(),
    ));
    let failed: Vec<String> = outcomes
        .iter()
        .filter_map(|(name, outcome)| outcome.as_ref().err().map(|e| format!("{name}: {e}")))
        .collect();
    awsgen_tests::report(&format!(
        "fluent client: {} passed, {} failed",
        outcomes.len() - failed.len(),
        failed.len()
    ));
    assert!(failed.is_empty(), "{failed:#?}");
}
