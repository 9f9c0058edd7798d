//! The `test-util` feature as a user's tests use it: the stub (typed answers, the client's
//! own retries, requests kept, a clear error when no answer is left) and the replaying
//! transport (in order, a readable diff, unmade requests reported, a recording round trip).

use awsgen_runtime::test_util::{RecordingTransport, ReplayTransport, Stub};
use awsgen_runtime::{Client, Credentials, Error};

awsgen_runtime::athena_operation!(StartSession, GetSessionStatus);

fn request(work_group: &str) -> StartSessionRequest {
    StartSessionRequest::builder()
        .work_group(work_group)
        .engine_configuration(
            EngineConfiguration::builder()
                .max_concurrent_dpus(4)
                .build(),
        )
        .build()
        .expect("request")
}

fn started(id: &str) -> StartSessionResponse {
    StartSessionResponse::builder()
        .session_id(id)
        .state(SessionState::from("CREATING"))
        .build()
}

fn throttled() -> StartSessionError {
    StartSessionError::TooManyRequestsException(
        TooManyRequestsException::builder()
            .message("slow down")
            .build(),
    )
}

#[tokio::test]
async fn stub_answers_outputs_in_order_and_keeps_requests() {
    let stub = Stub::new();
    stub.output("StartSession", started("s-1"))
        .output("StartSession", started("s-2"));
    let client = stub.client().expect("client");
    let first = start_session(&client, request("primary"))
        .await
        .expect("first");
    let second = start_session(&client, request("other"))
        .await
        .expect("second");
    assert_eq!(first.session_id.as_deref(), Some("s-1"));
    assert_eq!(second.session_id.as_deref(), Some("s-2"));
    let requests = stub.requests();
    assert_eq!(requests.len(), 2);
    assert!(requests.iter().all(|r| r.operation == "StartSession"));
    assert_eq!(requests[0].input["WorkGroup"], "primary");
    assert_eq!(requests[1].input["WorkGroup"], "other");
    assert_eq!(
        requests[0].input["EngineConfiguration"]["MaxConcurrentDpus"],
        4
    );
    // The idempotency token the operation fills in is part of the request sent.
    assert!(requests[0].input["ClientRequestToken"].is_string());
    assert!(stub.unused().is_empty());
}

#[tokio::test]
async fn stub_returns_a_typed_error_without_retrying_what_is_not_retryable() {
    let stub = Stub::new();
    let invalid = StartSessionError::InvalidRequestException(
        InvalidRequestException::builder()
            .message("bad work group")
            .build(),
    );
    stub.error("StartSession", invalid.clone())
        .output("StartSession", started("never"));
    let client = stub.client().expect("client");
    let error = start_session(&client, request("primary"))
        .await
        .expect_err("the stubbed error");
    match error {
        Error::Service(StartSessionError::InvalidRequestException(e)) => {
            assert_eq!(e.message.as_deref(), Some("bad work group"))
        }
        other => panic!("expected InvalidRequestException, got {other:?}"),
    }
    assert_eq!(stub.requests().len(), 1, "a client error is not retried");
    assert_eq!(stub.unused(), vec![("StartSession".to_string(), 1)]);
}

#[tokio::test]
async fn stubbed_throttling_goes_through_the_clients_retries() {
    let stub = Stub::new();
    stub.error("StartSession", throttled())
        .error("StartSession", throttled())
        .output("StartSession", started("s-3"));
    let client = stub.client().expect("client");
    let output = start_session(&client, request("primary"))
        .await
        .expect("third attempt succeeds");
    assert_eq!(output.session_id.as_deref(), Some("s-3"));
    let attempts = stub.requests_for("StartSession");
    assert_eq!(attempts.len(), 3);
    // Retries send the same input, idempotency token included.
    assert_eq!(attempts[0], attempts[2]);

    // With retries limited to two attempts, the second throttle is the answer.
    let stub = Stub::new();
    for _ in 0..3 {
        stub.error("StartSession", throttled());
    }
    let client = stub
        .attach(Client::builder().max_attempts(2))
        .expect("client");
    let error = start_session(&client, request("primary"))
        .await
        .expect_err("throttled twice");
    assert!(matches!(
        error,
        Error::Service(StartSessionError::TooManyRequestsException(_))
    ));
    assert_eq!(stub.requests().len(), 2);
    assert_eq!(stub.unused(), vec![("StartSession".to_string(), 1)]);
}

// The handler returns the generated error enum by value, as the operation does.
#[allow(clippy::result_large_err)]
#[tokio::test]
async fn stub_handler_answers_from_the_request() {
    let stub = Stub::new();
    stub.handle("GetSessionStatus", |request| {
        let id = request.input["SessionId"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        if id == "missing" {
            return Err(GetSessionStatusError::ResourceNotFoundException(
                ResourceNotFoundException::default(),
            ));
        }
        Ok(GetSessionStatusResponse::builder().session_id(id).build())
    });
    let client = stub.client().expect("client");
    let status = get_session_status(
        &client,
        GetSessionStatusRequest::builder()
            .session_id("s-9")
            .build()
            .expect("request"),
    )
    .await
    .expect("status");
    assert_eq!(status.session_id.as_deref(), Some("s-9"));
    let error = get_session_status(
        &client,
        GetSessionStatusRequest::builder()
            .session_id("missing")
            .build()
            .expect("request"),
    )
    .await
    .expect_err("not found");
    assert!(
        matches!(
            error,
            Error::Service(GetSessionStatusError::ResourceNotFoundException(_))
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn stub_with_no_answer_left_names_the_operation() {
    let stub = Stub::new();
    stub.output("StartSession", started("s-1"));
    let client = stub.client().expect("client");
    start_session(&client, request("primary"))
        .await
        .expect("first");
    let error = start_session(&client, request("primary"))
        .await
        .expect_err("nothing left");
    let Error::Config(config) = &error else {
        panic!("expected a configuration error, got {error:?}");
    };
    assert!(
        config.message.contains("no answer left for StartSession"),
        "{config}"
    );
    // A wrongly typed answer is an error too, naming both types.
    stub.output("StartSession", "not a response");
    let error = start_session(&client, request("primary"))
        .await
        .expect_err("wrong type");
    assert!(
        error.to_string().contains("StartSessionResponse"),
        "{error}"
    );
}

const RECORDING: &str = r#"[
  { "request": { "method": "POST", "url": "https://athena.us-east-1.amazonaws.com/",
                 "headers": { "x-amz-target": "AmazonAthena.GetSessionStatus",
                              "content-type": "application/x-amz-json-1.1" },
                 "body": { "SessionId": "s-1" } },
    "response": { "status": 200, "headers": { "x-amzn-requestid": "r-1" },
                  "body": { "SessionId": "s-1", "Status": { "State": "BUSY" } } } },
  { "request": { "method": "POST", "url": "https://athena.us-east-1.amazonaws.com/",
                 "headers": { "x-amz-target": "AmazonAthena.GetSessionStatus" },
                 "body": { "SessionId": "s-1" } },
    "response": { "status": 200,
                  "body": { "SessionId": "s-1", "Status": { "State": "IDLE" } } } }
]"#;

fn replay_client(transport: impl awsgen_runtime::http::HttpTransport + 'static) -> Client {
    Client::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIDEXAMPLE", "secret", None))
        .max_attempts(1)
        .http_transport(transport)
        .build()
        .expect("client")
}

async fn state_of(client: &Client, id: &str) -> Result<String, Error<GetSessionStatusError>> {
    let status = get_session_status(
        client,
        GetSessionStatusRequest::builder()
            .session_id(id)
            .build()
            .expect("request"),
    )
    .await?;
    Ok(status
        .status
        .and_then(|s| s.state)
        .map(|s| s.as_str().to_string())
        .unwrap_or_default())
}

#[tokio::test]
async fn replay_serves_exchanges_in_order() {
    let replay = ReplayTransport::from_json(RECORDING).expect("recording");
    let client = replay_client(replay.clone());
    assert_eq!(state_of(&client, "s-1").await.expect("first"), "BUSY");
    assert_eq!(state_of(&client, "s-1").await.expect("second"), "IDLE");
    replay.verify().expect("every request as recorded");
    assert_eq!(replay.made(), 2);
}

#[tokio::test]
async fn replay_reports_a_differing_request_readably() {
    let replay = ReplayTransport::from_json(RECORDING).expect("recording");
    let client = replay_client(replay.clone());
    let error = state_of(&client, "s-2").await.expect_err("differs");
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    let problems = replay.verify().expect_err("a difference").to_string();
    assert!(
        problems.contains(r#"body.SessionId: sent "s-2", recorded "s-1""#),
        "{problems}"
    );
    assert!(
        problems.contains("request 1 (POST https://athena.us-east-1.amazonaws.com/)"),
        "{problems}"
    );
    assert!(
        problems.contains("recorded request 2 not made"),
        "{problems}"
    );
}

#[tokio::test]
async fn replay_reports_recorded_requests_not_made() {
    let replay = ReplayTransport::from_json(RECORDING).expect("recording");
    let client = replay_client(replay.clone());
    state_of(&client, "s-1").await.expect("first");
    let problems = replay.problems();
    assert_eq!(
        problems,
        vec![
            "recorded request 2 not made: POST https://athena.us-east-1.amazonaws.com/".to_string()
        ]
    );
    assert!(replay.unexpected().is_empty());
}

#[tokio::test]
async fn a_recording_replays_what_it_captured() {
    let source = ReplayTransport::from_json(RECORDING).expect("recording");
    let recorder = RecordingTransport::new(source.clone());
    let client = replay_client(recorder.clone());
    state_of(&client, "s-1").await.expect("first");
    state_of(&client, "s-1").await.expect("second");
    let json = recorder.to_json();
    assert!(
        !json.contains("authorization"),
        "signatures are left out: {json}"
    );
    assert!(!json.contains("secret"), "{json}");
    let replay = ReplayTransport::from_json(&json).expect("captured recording");
    assert_eq!(replay.recorded(), 2);
    let client = replay_client(replay.clone());
    assert_eq!(state_of(&client, "s-1").await.expect("first"), "BUSY");
    assert_eq!(state_of(&client, "s-1").await.expect("second"), "IDLE");
    replay.verify().expect("as captured");
}

#[test]
fn a_malformed_recording_is_a_clear_error() {
    let error = ReplayTransport::from_json(r#"[{"request": {"method": "POST"}, "response": {}}]"#)
        .expect_err("no url")
        .to_string();
    assert!(
        error.contains("exchange 1") && error.contains("url"),
        "{error}"
    );
    let error = ReplayTransport::from_json("{}").expect_err("not an array");
    assert!(error.to_string().contains("JSON array"), "{error}");
}

#[tokio::test]
async fn a_recording_of_real_http_replays_offline() {
    use awsgen_runtime::http::ReqwestTransport;
    use awsgen_tests::server::{Reply, TestServer};

    let server = TestServer::start([
        Reply::json(200, r#"{"SessionId":"s-1","Status":{"State":"CREATING"}}"#)
            .header("x-amzn-RequestId", "r-1"),
        Reply::json(200, r#"{"SessionId":"s-1","Status":{"State":"IDLE"}}"#),
    ])
    .await;
    let recorder = RecordingTransport::new(
        ReqwestTransport::new(std::time::Duration::from_secs(3)).expect("transport"),
    );
    let live = loopback_client(&server.url(), recorder.clone());
    assert_eq!(state_of(&live, "s-1").await.expect("live"), "CREATING");
    assert_eq!(state_of(&live, "s-1").await.expect("live"), "IDLE");
    assert_eq!(server.requests().len(), 2, "both went over loopback");
    assert!(server.refusals().is_empty(), "{:?}", server.refusals());

    let json = recorder.to_json();
    for secret in ["loopback-secret", "token-x", "Signature="] {
        assert!(!json.contains(secret), "{secret} in the recording: {json}");
    }
    assert!(json.contains("AmazonAthena.GetSessionStatus"), "{json}");
    let replay = ReplayTransport::from_json(&json).expect("recording");
    let offline = loopback_client(&server.url(), replay.clone());
    assert_eq!(
        state_of(&offline, "s-1").await.expect("replayed"),
        "CREATING"
    );
    assert_eq!(state_of(&offline, "s-1").await.expect("replayed"), "IDLE");
    replay.verify().expect("the same requests as recorded");
    assert_eq!(server.requests().len(), 2, "the replay sent nothing");
}

fn loopback_client(
    url: &str,
    transport: impl awsgen_runtime::http::HttpTransport + 'static,
) -> Client {
    Client::builder()
        .region("us-east-1")
        .credentials(Credentials::new(
            "AKIDEXAMPLE",
            "loopback-secret",
            Some("token-x".into()),
        ))
        .endpoint_url(url)
        .max_attempts(1)
        .http_transport(transport)
        .build()
        .expect("client")
}
