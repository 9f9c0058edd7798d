//! The service client a user types against (`Athena`): its fluent builders send exactly the
//! request their setters describe (appending setters build JSON lists and maps, `set_*`
//! replaces them), a required member left unset fails before anything is sent, and
//! `into_paginator` walks the pages. Every call goes to a strict loopback server that checks
//! the SigV4 signature and the target of each request.

/// The shipped model: StartSession has list, map and nested members.
mod shipped {
    awsgen_runtime::athena_operation!(StartSession, TerminateSession);
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
    check(athena.client().region() == "eu-west-1", "new")?;
    let cloned = athena.clone();
    check(cloned.client().region() == runtime.region(), "clone")?;
    let debug = format!("{athena:?}");
    check(
        debug.starts_with("Athena") && !debug.contains("wJalrXUtnFEMI"),
        format!("debug {debug}"),
    )
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
    ];
    outcomes.push((
        "build() returns the value when nothing can be missing",
        build_returns_the_value_when_nothing_can_be_missing(),
    ));
    outcomes.push((
        "constructors wrap the runtime client",
        constructors_wrap_the_runtime_client(),
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
