//! tracing: one span per call (service, operation, attempts) and one per attempt (attempt,
//! status, request id); no secret in any span or event.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use awsgen_runtime::config::Environment;
use awsgen_runtime::{Client, Credentials, ErrorMetadata};
use awsgen_tests::server::{Reply, Strict, TestServer};
use awsgen_tests::specs::LIST_WORK_GROUPS;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const TOKEN: &str = "session-token-that-must-not-leak";

/// A span's name and its fields as text.
type SpanRecord = (String, Vec<(String, String)>);

/// Every span (name and fields, including those recorded later) and event, as text.
#[derive(Clone, Default)]
struct Recorder {
    spans: Arc<Mutex<Vec<SpanRecord>>>,
    events: Arc<Mutex<Vec<String>>>,
}

struct Fields<'a>(&'a mut Vec<(String, String)>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0
            .push((field.name().to_string(), format!("{value:?}")));
    }
}

impl Subscriber for Recorder {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, attrs: &Attributes<'_>) -> Id {
        let mut fields = Vec::new();
        attrs.record(&mut Fields(&mut fields));
        let mut spans = self.spans.lock().unwrap();
        spans.push((attrs.metadata().name().to_string(), fields));
        Id::from_u64(spans.len() as u64)
    }
    fn record(&self, id: &Id, values: &Record<'_>) {
        let mut spans = self.spans.lock().unwrap();
        let index = id.into_u64() as usize - 1;
        values.record(&mut Fields(&mut spans[index].1));
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut fields = Vec::new();
        event.record(&mut Fields(&mut fields));
        self.events.lock().unwrap().push(format!("{fields:?}"));
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .rev()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

#[tokio::test]
async fn spans_per_call_and_attempt_without_secrets() {
    let recorder = Recorder::default();
    let _guard = tracing::subscriber::set_default(recorder.clone());
    let server = TestServer::start_strict(
        strict(),
        [
            Reply::json(503, r#"{"__type":"ServiceUnavailable"}"#)
                .header("x-amzn-RequestId", "rid-1"),
            Reply::json(200, r#"{"WorkGroups":[]}"#).header("x-amzn-RequestId", "rid-2"),
        ],
    )
    .await;
    let client = Client::builder()
        .environment(Environment::from_vars(Vec::<(String, String)>::new()))
        .region("us-east-1")
        .credentials(Credentials::new(
            "AKIDEXAMPLE",
            SECRET,
            Some(TOKEN.to_string()),
        ))
        .endpoint_url(server.url())
        .initial_backoff(Duration::from_millis(1))
        .build()
        .unwrap();
    let _: serde_json::Value = client
        .call::<_, ErrorMetadata>(&LIST_WORK_GROUPS, "{}".into())
        .await
        .unwrap();

    let spans = recorder.spans.lock().unwrap().clone();
    let calls: Vec<_> = spans.iter().filter(|(n, _)| n == "awsgen.call").collect();
    assert_eq!(calls.len(), 1, "{spans:?}");
    let call = &calls[0].1;
    assert_eq!(field(call, "service"), Some("\"Athena\""));
    assert_eq!(field(call, "operation"), Some("\"ListWorkGroups\""));
    assert_eq!(field(call, "attempts"), Some("2"));

    let attempts: Vec<_> = spans
        .iter()
        .filter(|(n, _)| n == "awsgen.attempt")
        .collect();
    assert_eq!(attempts.len(), 2, "{spans:?}");
    assert_eq!(field(&attempts[0].1, "attempt"), Some("1"));
    assert_eq!(field(&attempts[0].1, "status"), Some("503"));
    assert_eq!(field(&attempts[0].1, "request_id"), Some("\"rid-1\""));
    assert_eq!(field(&attempts[1].1, "status"), Some("200"));
    assert_eq!(field(&attempts[1].1, "request_id"), Some("\"rid-2\""));

    let everything = format!("{spans:?} {:?}", recorder.events.lock().unwrap());
    assert!(
        !everything.contains(SECRET) && !everything.contains(TOKEN),
        "{everything}"
    );
}

/// The loopback server's checks, with the key the clients here sign with.
fn strict() -> Strict {
    Strict::new().key(Credentials::new("AKIDEXAMPLE", SECRET, None))
}
