//! The request id of a call (`x-amzn-RequestId`), through generated code against a loopback
//! server: on the output of a successful call (`awsgen_runtime::RequestId`), on the output of
//! an operation the model gives none (`EmptyOutput`), and on errors. It is response
//! metadata: it never makes an output unequal to the same output built in code.

mod athena {
    awsgen_runtime::athena_operation!(GetSessionStatus);
}

mod vault {
    awsgen_runtime::athena_operation!(model = "sensitive/vault.smithy.json", Ping);
}

use std::time::Duration;

use awsgen_runtime::config::Environment;
use awsgen_runtime::{Client, Credentials, EmptyOutput, Error, RequestId};
use awsgen_tests::server::{Reply, TestServer};

fn client(url: &str) -> Client {
    Client::builder()
        .environment(Environment::from_vars(Vec::<(String, String)>::new()))
        .region("eu-west-1")
        .credentials(Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            None,
        ))
        .endpoint_url(url)
        .max_attempts(1)
        .initial_backoff(Duration::from_millis(1))
        .build()
        .expect("client")
}

fn status_request() -> athena::GetSessionStatusRequest {
    athena::GetSessionStatusRequest::builder()
        .session_id("s-1")
        .build()
        .expect("session id set")
}

const STATUS_BODY: &str = r#"{"SessionId":"s-1","Status":{"State":"IDLE"}}"#;

#[tokio::test]
async fn a_successful_call_keeps_the_request_id_of_its_response() {
    let server = TestServer::start([
        Reply::json(200, STATUS_BODY).header("x-amzn-RequestId", "3f1c-req-ok"),
        // Any spelling of the header name.
        Reply::json(200, STATUS_BODY).header("X-AMZN-REQUESTID", "3f1c-req-upper"),
        Reply::json(200, STATUS_BODY),
    ])
    .await;
    let client = client(&server.url());
    let first = athena::get_session_status(&client, status_request())
        .await
        .expect("the scripted answer");
    assert_eq!(first.request_id(), Some("3f1c-req-ok"));
    assert_eq!(first.session_id.as_deref(), Some("s-1"));
    assert!(
        format!("{first:?}").contains(r#"_request_id: Some("3f1c-req-ok")"#),
        "{first:?}"
    );

    let second = athena::get_session_status(&client, status_request())
        .await
        .expect("the scripted answer");
    assert_eq!(second.request_id(), Some("3f1c-req-upper"));

    let without = athena::get_session_status(&client, status_request())
        .await
        .expect("the scripted answer");
    assert_eq!(without.request_id(), None);

    // The id is not part of the value: the three answers are equal, and equal to the same
    // output built in code, which has no id.
    assert_eq!(first, second);
    assert_eq!(first, without);
    let built = athena::GetSessionStatusResponse::builder()
        .session_id("s-1")
        .status(
            athena::SessionStatus::builder()
                .state(athena::SessionState::Idle)
                .build(),
        )
        .build();
    assert_eq!(built.request_id(), None);
    assert_eq!(first, built);
    assert_eq!(
        athena::GetSessionStatusResponse::default().request_id(),
        None
    );
}

#[tokio::test]
async fn an_operation_without_output_returns_the_request_id() {
    let server = TestServer::start([
        Reply::json(200, "{}").header("x-amzn-RequestId", "ping-req-1"),
        Reply::status(200, ""),
    ])
    .await;
    let client = client(&server.url());
    let output: EmptyOutput = vault::ping(&client).await.expect("the scripted answer");
    assert_eq!(output.request_id(), Some("ping-req-1"));
    let output = vault::ping(&client)
        .await
        .expect("an empty body is no output");
    assert_eq!(output.request_id(), None);
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn errors_keep_the_request_id_of_their_response() {
    let server = TestServer::start([
        Reply::json(
            400,
            r#"{"__type":"ResourceNotFoundException","Message":"no such session"}"#,
        )
        .header("x-amzn-RequestId", "err-req-1"),
        Reply::json(400, r#"{"__type":"SomethingNew","message":"?"}"#)
            .header("x-amzn-RequestId", "err-req-2"),
        Reply::json(200, "not json").header("x-amzn-RequestId", "err-req-3"),
    ])
    .await;
    let client = client(&server.url());

    let error = athena::get_session_status(&client, status_request())
        .await
        .expect_err("the scripted error");
    assert_eq!(error.request_id(), Some("err-req-1"));
    let Error::Service(service) = &error else {
        panic!("expected a service error, got {error:?}")
    };
    assert_eq!(service.request_id(), Some("err-req-1"));
    let athena::GetSessionStatusError::ResourceNotFoundException(modeled) = service else {
        panic!("expected the modeled error, got {service:?}")
    };
    assert_eq!(modeled.request_id(), Some("err-req-1"));

    let unmodeled = athena::get_session_status(&client, status_request())
        .await
        .expect_err("the scripted error");
    assert_eq!(unmodeled.request_id(), Some("err-req-2"));

    let unreadable = athena::get_session_status(&client, status_request())
        .await
        .expect_err("not JSON");
    assert!(
        matches!(unreadable, Error::UnreadableResponse(_)),
        "{unreadable:?}"
    );
    assert_eq!(unreadable.request_id(), Some("err-req-3"));
}
