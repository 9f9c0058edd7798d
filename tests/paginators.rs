//! Paginators: `.page_size(n)` and `.items()` against the strict loopback server (the bytes
//! sent carry the page size and each token), and botocore's paginators-1.json beside its
//! service-2.json giving the Athena botocore model the paginators of its Smithy twin.
//!
//! Prints `paginators: N passed, M failed`.

mod athena {
    awsgen_runtime::athena_operation!(
        model = "../../shared/upstream/models/athena.smithy.json",
        ListDatabases,
        ListWorkGroups
    );
}

mod dynamodb {
    awsgen_runtime::athena_operation!(
        model = "../../shared/upstream/models/dynamodb.smithy.json",
        Scan
    );
}

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use awsgen_codegen::model::Pagination;
use awsgen_runtime::config::Environment;
use awsgen_runtime::{Client, Credentials};
use awsgen_tests::server::{Reply, Strict, TestServer};
use awsgen_tests::specs::ATHENA;
use futures_core::Stream;

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
        .initial_backoff(Duration::from_millis(1))
        .build()
        .expect("a loopback client")
}

fn strict() -> Strict {
    Strict::new()
        .key(Credentials::new("AKID", "secret", None))
        .service(&ATHENA)
}

fn ensure(condition: bool, what: impl Into<String>) -> Result<(), String> {
    if condition {
        Ok(())
    } else {
        Err(what.into())
    }
}

fn sent(server: &TestServer) -> Result<Vec<serde_json::Value>, String> {
    ensure(
        server.refusals().is_empty(),
        format!("refused: {:?}", server.refusals()),
    )?;
    server
        .requests()
        .iter()
        .map(|r| serde_json::from_slice(&r.body).map_err(|e| format!("body: {e}")))
        .collect()
}

fn database_pages() -> [Reply; 3] {
    [
        Reply::json(
            200,
            r#"{"DatabaseList":[{"Name":"a"},{"Name":"b"}],"NextToken":"t1"}"#,
        ),
        Reply::json(200, r#"{"DatabaseList":[],"NextToken":"t2"}"#),
        Reply::json(200, r#"{"DatabaseList":[{"Name":"c"}]}"#),
    ]
}

/// One page with a token, then an error for the second request.
fn page_then_error() -> [Reply; 2] {
    [
        Reply::json(200, r#"{"DatabaseList":[{"Name":"a"}],"NextToken":"t1"}"#),
        Reply::json(
            400,
            r#"{"__type":"InvalidRequestException","Message":"bad token"}"#,
        ),
    ]
}

fn list_databases() -> athena::ListDatabasesInput {
    athena::ListDatabasesInput::builder()
        .catalog_name("AwsDataCatalog")
        .build()
        .expect("catalog set")
}

async fn items_walk_every_page_with_the_page_size() -> Result<(), String> {
    let server = TestServer::start_strict(strict(), database_pages()).await;
    let client = client(&server.url());
    let mut items = athena::list_databases_pages(&client, list_databases())
        .page_size(2)
        .items();
    let mut names = Vec::new();
    while let Some(item) = items.next().await {
        names.push(item.map_err(|e| format!("{e}"))?.name);
    }
    ensure(names == ["a", "b", "c"], format!("{names:?}"))?;
    let bodies = sent(&server)?;
    let tokens: Vec<_> = bodies.iter().map(|b| b["NextToken"].clone()).collect();
    ensure(
        tokens == [serde_json::Value::Null, "t1".into(), "t2".into()],
        format!("tokens {tokens:?}"),
    )?;
    ensure(
        bodies
            .iter()
            .all(|b| b["MaxResults"] == 2 && b["CatalogName"] == "AwsDataCatalog"),
        format!("bodies {bodies:?}"),
    )
}

async fn items_are_a_stream_and_end_on_an_error() -> Result<(), String> {
    let server = TestServer::start_strict(strict(), page_then_error()).await;
    let client = client(&server.url());
    let mut items = athena::list_databases_pages(&client, list_databases()).items();
    let mut seen = Vec::new();
    while let Some(item) = std::future::poll_fn(|cx| Pin::new(&mut items).poll_next(cx)).await {
        seen.push(
            item.map(|d| d.name)
                .map_err(|e| e.code().map(str::to_string)),
        );
    }
    ensure(
        seen == [
            Ok("a".to_string()),
            Err(Some("InvalidRequestException".to_string())),
        ],
        format!("{seen:?}"),
    )?;
    ensure(sent(&server)?.len() == 2, "two requests")
}

/// `for_each` walks every page, then every item, and hands the first error back in the
/// caller's error type (here `Box<dyn Error>`) after the items before it.
async fn for_each_walks_pages_and_items_and_returns_the_error() -> Result<(), String> {
    let server = TestServer::start_strict(strict(), database_pages()).await;
    let athena_client = client(&server.url());
    let mut page_sizes = Vec::new();
    athena::list_databases_pages(&athena_client, list_databases())
        .for_each::<Box<dyn std::error::Error>>(|page| {
            page_sizes.push(page.database_list.map_or(0, |d| d.len()))
        })
        .await
        .map_err(|e| format!("pages: {e}"))?;
    ensure(
        page_sizes == [2, 0, 1],
        format!("page sizes {page_sizes:?}"),
    )?;
    ensure(sent(&server)?.len() == 3, "three requests for the pages")?;

    let server = TestServer::start_strict(strict(), page_then_error()).await;
    let athena_client = client(&server.url());
    let mut names = Vec::new();
    let result: Result<(), Box<dyn std::error::Error>> =
        athena::list_databases_pages(&athena_client, list_databases())
            .items()
            .for_each(|d| names.push(d.name))
            .await;
    ensure(names == ["a"], format!("items before the error {names:?}"))?;
    let error = result.err().ok_or("the error page was not returned")?;
    ensure(
        error.to_string().contains("InvalidRequestException"),
        format!("error {error}"),
    )
}

async fn page_size_without_items() -> Result<(), String> {
    let server = TestServer::start_strict(
        strict(),
        [Reply::json(200, r#"{"WorkGroups":[{"Name":"primary"}]}"#)],
    )
    .await;
    let client = client(&server.url());
    let mut pages = athena::list_work_groups_pages(&client, athena::ListWorkGroupsInput::default())
        .page_size(7);
    let page = pages
        .next()
        .await
        .ok_or("no page")?
        .map_err(|e| format!("{e}"))?;
    ensure(
        page.work_groups.map(|w| w.len()) == Some(1),
        "one work group",
    )?;
    let bodies = sent(&server)?;
    ensure(
        bodies.len() == 1 && bodies[0]["MaxResults"] == 7 && bodies[0].get("NextToken").is_none(),
        format!("{bodies:?}"),
    )
}

fn map_tokens_are_listed_not_dropped() -> Result<(), String> {
    // DynamoDB's Scan pages by a map (ExclusiveStartKey): listed with the reason.
    let skipped = dynamodb::SKIPPED_PAGINATORS;
    ensure(
        skipped
            .iter()
            .any(|(op, reason)| *op == "Scan" && reason.contains("not a string")),
        format!("{skipped:?}"),
    )?;
    ensure(
        athena::SKIPPED_PAGINATORS.is_empty(),
        format!("{:?}", athena::SKIPPED_PAGINATORS),
    )
}

/// Each paginated operation's tokens, page size and items, after the service's defaults.
fn modeled_paginators(model: &awsgen_codegen::Model) -> Vec<(String, Pagination)> {
    let defaults = model.service.paginated.as_ref();
    let mut all: Vec<_> = model
        .shapes
        .values()
        .filter_map(|s| {
            Some((
                s.name().to_string(),
                s.traits.paginated.as_ref()?.over(defaults),
            ))
        })
        .collect();
    all.sort_by(|a, b| a.0.cmp(&b.0));
    all
}

/// botocore's Athena paginators-1.json, read beside its service-2.json, gives every operation
/// the Smithy model paginates the same tokens and page size (and, where the Smithy model
/// names the items member, the same items), and the generated pages fns.
fn botocore_paginators_match_the_smithy_twin() -> Result<(), String> {
    let dir = awsgen_tests::botocore_data::service_dir("athena", "2017-05-18")?;
    let path = dir.join("service-2.json");
    let botocore =
        awsgen_codegen::load_model(&path, "athena/service-2.json").map_err(|d| format!("{d:?}"))?;
    let smithy_path = awsgen_tests::shared_dir().join("upstream/models/athena.smithy.json");
    let smithy = awsgen_codegen::load_model(&smithy_path, "athena.smithy.json")
        .map_err(|d| format!("{d:?}"))?;
    let from_botocore = modeled_paginators(&botocore);
    let from_smithy = modeled_paginators(&smithy);
    ensure(
        from_smithy.len() >= 10,
        format!("{} Smithy paginators", from_smithy.len()),
    )?;
    // The pinned botocore paginates fewer Athena operations than the Smithy model (its
    // paginators-1.json has no ListSessions, ...): every one it has must be the Smithy one.
    ensure(
        from_botocore.len() >= 5,
        format!("{} botocore paginators", from_botocore.len()),
    )?;
    let mut differences = Vec::new();
    let mut compared = 0;
    for (op, b) in &from_botocore {
        if smithy.operation(op).is_none() {
            continue; // not in the Smithy model we have
        }
        compared += 1;
        let Some((_, s)) = from_smithy.iter().find(|(name, _)| name == op) else {
            differences.push(format!("{op}: paginated in botocore only"));
            continue;
        };
        let same_items = s.items.is_none() || s.items == b.items;
        if (&s.input_token, &s.output_token, &s.page_size)
            != (&b.input_token, &b.output_token, &b.page_size)
            || !same_items
        {
            differences.push(format!("{op}: smithy {s:?}, botocore {b:?}"));
        }
    }
    ensure(
        compared >= 5,
        format!("only {compared} paginators compared"),
    )?;
    ensure(differences.is_empty(), differences.join("\n"))?;
    let code =
        awsgen_codegen::generate(&botocore, &["ListDatabases".to_string()], "service-2.json")
            .map_err(|d| format!("{d:?}"))?
            .to_string();
    ensure(
        code.contains("fn list_databases_pages")
            && code.contains("PageSize for ListDatabasesInput")
            && code.contains("PageItems for ListDatabasesOutput"),
        "the botocore model generates list_databases_pages with page size and items",
    )?;
    ensure(
        botocore.service.endpoint_rules.is_some(),
        "endpoint-rule-set-1.json was read",
    )
}

fn a_bad_side_file_names_the_file_and_entry() -> Result<(), String> {
    let dir = awsgen_tests::botocore_data::service_dir("athena", "2017-05-18")?;
    std::fs::write(
        dir.join("paginators-1.json"),
        r#"{"pagination":{"ListWorkGroups":{"input_token":7,"output_token":"NextToken"},"NoSuchOperation":{"input_token":"A","output_token":"A"}}}"#,
    )
    .map_err(|e| e.to_string())?;
    let errors =
        match awsgen_codegen::load_model(&dir.join("service-2.json"), "athena/service-2.json") {
            Ok(_) => return Err("a broken paginators-1.json was accepted".to_string()),
            Err(d) => d.iter().map(|d| d.message.clone()).collect::<Vec<_>>(),
        };
    ensure(
        errors
            == ["athena/paginators-1.json: paginator ListWorkGroups: input_token is not a string or list of strings"],
        format!("{errors:?}"),
    )
}

#[tokio::test]
async fn paginators() {
    let cases: &[Case] = &[
        ("items and page size on every request", || {
            Box::pin(items_walk_every_page_with_the_page_size())
        }),
        ("items stream ends on an error", || {
            Box::pin(items_are_a_stream_and_end_on_an_error())
        }),
        ("for_each over pages and items returns the error", || {
            Box::pin(for_each_walks_pages_and_items_and_returns_the_error())
        }),
        ("page size without items", || {
            Box::pin(page_size_without_items())
        }),
        ("map tokens are listed", || {
            Box::pin(async { map_tokens_are_listed_not_dropped() })
        }),
        ("botocore paginators-1.json = Smithy paginators", || {
            Box::pin(async { botocore_paginators_match_the_smithy_twin() })
        }),
        ("a bad side file is a diagnostic", || {
            Box::pin(async { a_bad_side_file_names_the_file_and_entry() })
        }),
    ];
    let mut failures = Vec::new();
    for (name, case) in cases {
        if let Err(e) = case().await {
            failures.push(format!("{name}: {e}"));
        }
    }
    awsgen_tests::report(&format!(
        "paginators: {} passed, {} failed",
        cases.len() - failures.len(),
        failures.len()
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
