//! botocore as a second verifier of what our client puts on the wire.
//!
//! The real client's requests are captured on a strict loopback server, for every operation
//! of the shipped model (`awsgen_examples::athena`) and for every input case of the botocore
//! protocol suites (`../shared/protocol-tests/input`). Each captured request goes to
//! botocore (`tests/support/wire_oracle.py`, with `AWSGEN_PYTHON`), which
//! - signs the captured bytes with its own SigV4 at the captured X-Amz-Date with the same
//!   credentials: the Authorization must be ours;
//! - serializes the same parameters with its own serializer: our header names must be the
//!   ones botocore's request would carry (its serializer's, Host, User-Agent and the SigV4
//!   headers), each once, with the same values (User-Agent apart), and our body must be the
//!   same JSON.
//!
//! The protocol suites' models name no signing name (no signingName, no endpointPrefix):
//! for them botocore signs with the one our code generator derived.
//!
//! Headers the HTTP transport adds after signing (Content-Length, Accept) are not compared:
//! botocore's HTTP layer adds its own. Prints `wire checks: N passed, M failed, K skipped`,
//! each skipped case with its reason above it, and fails when M > 0.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::process::{Command, Stdio};
use std::time::Duration;

use awsgen_examples::athena::{
    self, get_session, get_session_status, start_session, terminate_session, GetSessionRequest,
    GetSessionStatusRequest, TerminateSessionRequest,
};
use awsgen_protocol_tests::vectors::CASES;
use awsgen_protocol_tests::{Check, ACCESS_KEY_ID, REGION, SECRET_ACCESS_KEY};
use awsgen_runtime::config::Environment;
use awsgen_runtime::{Client, Credentials};
use awsgen_tests::server::{RecordedRequest, Reply, Strict, TestServer};
use awsgen_tests::shared_dir;
use serde_json::{json, Value};

/// Added by the HTTP transport after signing, on both sides; not part of the comparison.
const TRANSPORT_HEADERS: &[&str] = &["content-length", "accept"];
/// Set by SigV4, on both sides: botocore's signer is handed the request without them.
const SIGNING_HEADERS: &[&str] = &["authorization", "x-amz-date", "x-amz-security-token"];

/// One captured request and what botocore needs to check it.
struct Captured {
    label: String,
    request: RecordedRequest,
    server_url: String,
    credentials: Credentials,
    /// The model botocore serializes with: `{"model": ...}` or `{"service": "athena"}`.
    model: (&'static str, Value),
    operation: String,
    params: Value,
    validate: bool,
}

#[tokio::test]
async fn wire_checks() {
    let mut captured = Vec::new();
    let mut failed: Vec<String> = Vec::new();
    let mut skipped: Vec<String> = Vec::new();

    for token in [None, Some("SESSION/TOKEN==")] {
        match shipped_model_requests(token).await {
            Ok(requests) => captured.extend(requests),
            Err(why) => failed.push(format!("shipped model: {why}")),
        }
    }
    protocol_case_requests(&mut captured, &mut failed, &mut skipped).await;
    assert!(!captured.is_empty(), "no request was captured");

    let verdicts = botocore_verdicts(&captured);
    let mut passed = 0;
    for (item, verdict) in captured.iter().zip(&verdicts) {
        match compare(item, verdict) {
            Ok(()) => passed += 1,
            Err(why) => failed.push(format!("{}: {why}", item.label)),
        }
    }
    for s in &skipped {
        println!("  SKIPPED {s}");
    }
    for f in &failed {
        println!("  FAILED {f}");
    }
    awsgen_tests::report(&format!(
        "wire checks: {passed} passed, {} failed, {} skipped",
        failed.len(),
        skipped.len()
    ));
    assert!(failed.is_empty(), "{} wire checks failed", failed.len());
    assert!(passed > 0);
}

/// Every operation of the shipped model, every member StartSession has set; botocore's
/// params are the body we sent, which its validation must accept.
async fn shipped_model_requests(token: Option<&str>) -> Result<Vec<Captured>, String> {
    let credentials = Credentials::new(ACCESS_KEY_ID, SECRET_ACCESS_KEY, token.map(str::to_string));
    let server = TestServer::start_strict(
        Strict::new()
            .key(credentials.clone())
            .service(&athena::SERVICE),
        (0..4).map(|_| Reply::json(200, r#"{"SessionId":"s-1","State":"IDLE"}"#)),
    )
    .await;
    let client = Client::builder()
        .environment(Environment::from_vars(Vec::<(String, String)>::new()))
        .region(REGION)
        .credentials(credentials.clone())
        .endpoint_url(server.url())
        .max_attempts(1)
        .operation_timeout(Duration::from_secs(10))
        .build()
        .map_err(|e| e.to_string())?;
    let full = awsgen_examples::session_flow::full_request().map_err(|e| e.to_string())?;
    // The answers do not matter here, only what was sent.
    let _ = start_session(&client, full).await;
    let id = || "s-0123456789".to_string();
    let _ = get_session_status(
        &client,
        GetSessionStatusRequest::builder()
            .session_id(id())
            .build()
            .map_err(|e| e.to_string())?,
    )
    .await;
    let _ = get_session(
        &client,
        GetSessionRequest::builder()
            .session_id(id())
            .build()
            .map_err(|e| e.to_string())?,
    )
    .await;
    let _ = terminate_session(
        &client,
        TerminateSessionRequest::builder()
            .session_id(id())
            .build()
            .map_err(|e| e.to_string())?,
    )
    .await;
    let refusals = server.refusals();
    if !refusals.is_empty() {
        return Err(format!("the strict server refused: {refusals:?}"));
    }
    let requests = server.requests();
    if requests.len() != athena::OPERATIONS.len() {
        return Err(format!(
            "{} requests captured, expected {}",
            requests.len(),
            athena::OPERATIONS.len()
        ));
    }
    let mut out = Vec::new();
    for request in requests {
        let operation = request
            .header("x-amz-target")
            .and_then(|t| t.rsplit_once('.'))
            .map(|(_, op)| op.to_string())
            .ok_or("no X-Amz-Target")?;
        let params: Value = serde_json::from_slice(&request.body)
            .map_err(|e| format!("{operation}: body is not JSON: {e}"))?;
        out.push(Captured {
            label: format!(
                "shipped model {operation} ({})",
                if token.is_some() {
                    "session token"
                } else {
                    "long-term key"
                }
            ),
            request,
            server_url: server.url(),
            credentials: credentials.clone(),
            model: ("service", json!("athena")),
            operation,
            params,
            validate: true,
        });
    }
    Ok(out)
}

/// Every input case of the protocol suites: the request its generated operation sent, and
/// the case's own params and model for botocore.
async fn protocol_case_requests(
    captured: &mut Vec<Captured>,
    failed: &mut Vec<String>,
    skipped: &mut Vec<String>,
) {
    let dir = shared_dir().join("protocol-tests");
    let mut suites: Vec<(String, Vec<(Value, Value)>)> = Vec::new();
    for case in CASES.iter().filter(|c| c.file.starts_with("input/")) {
        let label = format!("{} {}", case.file, case.id);
        if let Check::Skip(reason) = case.check {
            skipped.push(format!("{label}: {reason}"));
            continue;
        }
        // The suite file's cases, in order, each taken once (ids may repeat in a file).
        if !suites.iter().any(|(file, _)| file == case.file) {
            let text = std::fs::read_to_string(dir.join(case.file))
                .unwrap_or_else(|e| panic!("{}: {e}", case.file));
            let parsed: Value = serde_json::from_str(&text).expect("suite file is JSON");
            let cases = parsed
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|suite| {
                    suite["cases"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(move |c| (suite.clone(), c.clone()))
                })
                .collect();
            suites.push((case.file.to_string(), cases));
        }
        let Some((_, cases)) = suites.iter_mut().find(|(file, _)| file == case.file) else {
            continue;
        };
        let Some(index) = cases.iter().position(|(_, c)| c["id"] == case.id) else {
            failed.push(format!("{label}: not found in its suite file"));
            continue;
        };
        let (suite, source) = cases.remove(index);
        let capture = match awsgen_protocol_tests::capture_case(case).await {
            Some(Ok(capture)) => capture,
            Some(Err(why)) => {
                failed.push(format!("{label}: {why}"));
                continue;
            }
            None => {
                failed.push(format!("{label}: no code was generated for it"));
                continue;
            }
        };
        let given = source["given"].clone();
        let operation = given["name"].as_str().unwrap_or_default().to_string();
        let model = json!({
            "metadata": suite["metadata"],
            "shapes": suite["shapes"],
            "operations": {operation.clone(): given},
        });
        captured.push(Captured {
            label,
            request: capture.request,
            server_url: capture.server_url,
            credentials: Credentials::new(ACCESS_KEY_ID, SECRET_ACCESS_KEY, None),
            model: ("model", model),
            operation,
            params: source["params"].clone(),
            validate: false,
        });
    }
}

/// botocore's Authorization, serializer headers and body for each captured request.
fn botocore_verdicts(captured: &[Captured]) -> Vec<Value> {
    let items: Vec<Value> = captured
        .iter()
        .map(|c| {
            let headers: Vec<(String, String)> = c
                .request
                .headers
                .iter()
                .filter(|(n, _)| {
                    let n = n.to_ascii_lowercase();
                    !SIGNING_HEADERS.contains(&n.as_str())
                        && !TRANSPORT_HEADERS.contains(&n.as_str())
                })
                .cloned()
                .collect();
            let mut item = json!({
                "operation": c.operation,
                "params": c.params,
                "validate": c.validate,
                "method": c.request.method,
                "url": format!("{}{}", c.server_url, c.request.path),
                "headers": headers,
                "body": String::from_utf8_lossy(&c.request.body),
                "access_key": c.credentials.access_key_id(),
                "secret_key": c.credentials.secret_access_key(),
                "session_token": c.credentials.session_token(),
                "region": REGION,
                "timestamp": c.request.header("x-amz-date").unwrap_or_default(),
                // The suites' models name no signing name; botocore is told the one our
                // code generator derived (the credential scope's service) only then.
                "signing_name": scope_service(c.request.header("authorization").unwrap_or_default()),
            });
            item[c.model.0] = c.model.1.clone();
            item
        })
        .collect();
    let out = run_python(&Value::Array(items).to_string());
    let verdicts: Vec<Value> = serde_json::from_str(&out).expect("wire_oracle.py prints JSON");
    assert_eq!(verdicts.len(), captured.len(), "one verdict per request");
    verdicts
}

/// The service of an Authorization's credential scope (`.../region/SERVICE/aws4_request`).
fn scope_service(authorization: &str) -> &str {
    authorization
        .split("Credential=")
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .and_then(|credential| credential.split('/').nth(3))
        .unwrap_or_default()
}

fn run_python(input: &str) -> String {
    let python = std::env::var("AWSGEN_PYTHON").unwrap_or_else(|_| {
        panic!(
            "AWSGEN_PYTHON is not set: the wire checks compare with botocore. Run \
             `export AWSGEN_PYTHON=\"$(tests/python-env.sh)\"` and test again"
        )
    });
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("support/wire_oracle.py");
    let mut child = Command::new(&python)
        .arg(&script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run AWSGEN_PYTHON={python}: {e}"));
    let mut stdin = child.stdin.take().expect("piped stdin");
    let input = input.to_owned();
    // From another thread: the output could fill the pipe before all input is read.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().expect("wire_oracle.py output");
    let written = writer.join().expect("writer thread");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "wire_oracle.py failed: {stderr}");
    written.unwrap_or_else(|e| panic!("writing to wire_oracle.py failed ({e}): {stderr}"));
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// Our request against botocore's verdict.
fn compare(item: &Captured, verdict: &Value) -> Result<(), String> {
    if let Some(error) = verdict["error"].as_str() {
        return Err(format!("botocore refused: {error}"));
    }
    let request = &item.request;
    let mut problems = Vec::new();

    let ours = request.header("authorization").unwrap_or_default();
    if verdict["authorization"].as_str() != Some(ours) {
        problems.push(format!(
            "Authorization differs from botocore's for the same bytes:\n  ours     {ours}\n  botocore {}",
            verdict["authorization"]
        ));
    }

    let mut names = Vec::new();
    for (name, _) in &request.headers {
        let lower = name.to_ascii_lowercase();
        if names.contains(&lower) {
            problems.push(format!("header {name} sent more than once"));
        }
        names.push(lower);
    }
    let sent: BTreeSet<String> = names
        .into_iter()
        .filter(|n| !TRANSPORT_HEADERS.contains(&n.as_str()))
        .collect();
    let serializer = verdict["serializer_headers"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    let mut expected: BTreeSet<String> =
        serializer.keys().map(|k| k.to_ascii_lowercase()).collect();
    expected.extend(["host", "user-agent", "x-amz-date", "authorization"].map(String::from));
    if item.credentials.session_token().is_some() {
        expected.insert("x-amz-security-token".into());
    }
    if sent != expected {
        problems.push(format!(
            "header names {sent:?}, botocore's request would carry {expected:?}"
        ));
    }
    for (name, value) in &serializer {
        if name.eq_ignore_ascii_case("user-agent") {
            continue;
        }
        if request.header(name) != value.as_str() {
            problems.push(format!(
                "header {name}: {:?}, botocore's serializer sets {value}",
                request.header(name)
            ));
        }
    }
    if let Some(token) = item.credentials.session_token() {
        if request.header("x-amz-security-token") != Some(token) {
            problems.push("X-Amz-Security-Token is not the session token".into());
        }
    }

    let theirs = verdict["serializer_body"].as_str().unwrap_or_default();
    let body_json = |bytes: &[u8]| -> Result<Value, String> {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(Value::Null);
        }
        serde_json::from_slice(bytes).map_err(|e| e.to_string())
    };
    match (body_json(&request.body), body_json(theirs.as_bytes())) {
        (Ok(a), Ok(b)) if same_json(&a, &b) => {}
        (Ok(_), Ok(_)) => problems.push(format!(
            "body {} differs from botocore's {theirs}",
            String::from_utf8_lossy(&request.body)
        )),
        (Err(e), _) => problems.push(format!("our body is not JSON: {e}")),
        (_, Err(e)) => problems.push(format!("botocore's body is not JSON: {e}")),
    }

    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

/// JSON equality with numbers compared by value (`1` and `1.0` are one number).
fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y || x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_json(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}
