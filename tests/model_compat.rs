//! Backward-compatible model updates keep user code compiling: the same user code
//! (tests/compat/user_code.rs) is compiled against v1 and v2 of a model, where v2 adds optional
//! members, a shape, an operation and an error, turns required members into defaulted ones and
//! adds enum values. Both builds then talk to a loopback server sending v2 responses.

mod v1 {
    awsgen_runtime::athena_operation!(model = "compat/v1.smithy.json", *);
    include!("compat/user_code.rs");
}

mod v2 {
    awsgen_runtime::athena_operation!(model = "compat/v2.smithy.json", *);
    include!("compat/user_code.rs");
}

use std::time::Duration;

use awsgen_runtime::config::Environment;
use awsgen_runtime::{Client, Credentials};
use awsgen_tests::server::{Reply, Strict, TestServer};

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

#[test]
fn v2_is_a_superset_of_v1() {
    assert_eq!(v1::OPERATIONS, ["CreateWidget"]);
    assert_eq!(v2::OPERATIONS, ["CreateWidget", "DeleteWidget"]);
}

#[tokio::test]
async fn both_versions_read_a_v2_response() {
    let v2_body = r#"{"WidgetId":"w-1","Status":"PENDING","CreatedAt":1700000000}"#;
    for version in ["v1", "v2"] {
        let server = TestServer::start_strict(strict(), [Reply::json(200, v2_body)]).await;
        let client = client(&server.url());
        let outcome = match version {
            "v1" => v1::create(&client).await,
            _ => v2::create(&client).await,
        };
        // PENDING is new in v2: v1 keeps it as Unknown, v2 knows it; neither matches a v1 arm.
        assert_eq!(outcome.as_deref(), Ok("w-1 is something else"), "{version}");
        let sent: serde_json::Value = serde_json::from_slice(&server.requests()[0].body).unwrap();
        assert_eq!(sent["Name"], "w-1", "{version}");
        assert_eq!(sent["Spec"]["Size"], 3, "{version}");
    }
}

#[tokio::test]
async fn a_new_error_is_handled_by_the_wildcard_arm() {
    let server = TestServer::start_strict(
        strict(),
        [Reply::json(
            409,
            r#"{"__type":"Conflict","Message":"taken"}"#,
        )],
    )
    .await;
    let outcome = v1::create(&client(&server.url())).await;
    assert_eq!(outcome, Err("service: Conflict".to_string()));
    let server = TestServer::start_strict(
        strict(),
        [Reply::json(
            409,
            r#"{"__type":"Conflict","Message":"taken"}"#,
        )],
    )
    .await;
    let outcome = v2::create(&client(&server.url())).await;
    assert_eq!(outcome, Err("service: Conflict".to_string()));
}

#[test]
fn defaults_replace_required_members_in_v2() {
    assert!(v1::WidgetSpec::builder().build().is_err());
    assert_eq!(v2::WidgetSpec::builder().build().size, 1);
}

/// The loopback server's checks, with the key the clients here sign with.
fn strict() -> Strict {
    Strict::new().key(Credentials::new("AKID", "secret", None))
}
