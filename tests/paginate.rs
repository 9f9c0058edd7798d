//! `@paginated` operations: `{op}_pages` walks every page as a Stream, carrying each
//! response's token into the next request, and stops on the last page or a repeated token.

mod athena {
    awsgen_runtime::athena_operation!(
        model = "../../shared/upstream/models/athena.smithy.json",
        ListWorkGroups,
        ListNamedQueries
    );
}

use std::pin::Pin;
use std::time::Duration;

use athena::*;
use awsgen_runtime::config::Environment;
use awsgen_runtime::{Client, Credentials};
use awsgen_tests::server::{Reply, Strict, TestServer};
use futures_core::Stream;

fn client(url: &str) -> Client {
    Client::builder()
        .environment(Environment::from_vars(Vec::<(String, String)>::new()))
        .region("us-east-1")
        .credentials(Credentials::new("AKID", "secret", None))
        .endpoint_url(url)
        .max_attempts(1)
        .initial_backoff(Duration::from_millis(1))
        .build()
        .unwrap()
}

fn sent_tokens(server: &TestServer) -> Vec<Option<String>> {
    server
        .requests()
        .iter()
        .map(|r| {
            let body: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
            body["NextToken"].as_str().map(str::to_string)
        })
        .collect()
}

#[tokio::test]
async fn walks_every_page_carrying_the_token() {
    let server = TestServer::start_strict(
        strict(),
        [
            Reply::json(200, r#"{"WorkGroups":[{"Name":"a"}],"NextToken":"t1"}"#),
            Reply::json(200, r#"{"WorkGroups":[{"Name":"b"}],"NextToken":"t2"}"#),
            Reply::json(200, r#"{"WorkGroups":[{"Name":"c"}]}"#),
        ],
    )
    .await;
    let client = client(&server.url());
    let input = ListWorkGroupsInput::builder().max_results(1).build();
    let mut pages = list_work_groups_pages(&client, input);
    let mut names = Vec::new();
    while let Some(page) = pages.next().await {
        for wg in page.unwrap().work_groups.unwrap_or_default() {
            names.push(wg.name.unwrap_or_default());
        }
    }
    assert_eq!(names, ["a", "b", "c"]);
    assert_eq!(
        sent_tokens(&server),
        [None, Some("t1".into()), Some("t2".into())]
    );
}

#[tokio::test]
async fn is_a_stream_and_stops_on_a_repeated_token() {
    let server = TestServer::start_strict(
        strict(),
        [
            Reply::json(200, r#"{"NamedQueryIds":["q1"],"NextToken":"same"}"#),
            Reply::json(200, r#"{"NamedQueryIds":["q2"],"NextToken":"same"}"#),
            Reply::json(200, r#"{"NamedQueryIds":["never requested"]}"#),
        ],
    )
    .await;
    let client = client(&server.url());
    let mut pages = list_named_queries_pages(&client, ListNamedQueriesInput::default());
    let mut ids = Vec::new();
    while let Some(page) = std::future::poll_fn(|cx| Pin::new(&mut pages).poll_next(cx)).await {
        ids.extend(page.unwrap().named_query_ids.unwrap_or_default());
    }
    assert_eq!(ids, ["q1", "q2"]);
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn an_error_page_is_yielded_and_ends_the_walk() {
    let server = TestServer::start_strict(
        strict(),
        [
            Reply::json(200, r#"{"WorkGroups":[],"NextToken":"t1"}"#),
            Reply::json(
                400,
                r#"{"__type":"InvalidRequestException","Message":"bad token"}"#,
            ),
        ],
    )
    .await;
    let client = client(&server.url());
    let mut pages = list_work_groups_pages(&client, ListWorkGroupsInput::default());
    assert!(pages.next().await.unwrap().is_ok());
    let error = pages.next().await.unwrap().unwrap_err();
    assert_eq!(error.code(), Some("InvalidRequestException"));
    assert!(pages.next().await.is_none());
}

/// The loopback server's checks, with the key the clients here sign with.
fn strict() -> Strict {
    Strict::new().key(Credentials::new("AKID", "secret", None))
}
