//! The client against moto, an independent emulator, with SigV4 checked: a raw
//! ListWorkGroups signed with an issued key succeeds, and a wrong secret is refused.
//!
//! Needs `AWSGEN_PYTHON`: a Python with moto (tests/python-env.sh creates one). The recipe
//! is ../shared/tools/moto/RECIPE.md.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use awsgen_runtime::config::Environment;
use awsgen_runtime::protocol::{JsonVersion, OperationSpec, ServiceSpec};
use awsgen_runtime::sigv4::{SignableRequest, Signer, SigningParams};
use awsgen_runtime::{Client, Credentials, DateTime, Error, ErrorMetadata};
use serde_json::Value;

static ATHENA: ServiceSpec = ServiceSpec {
    target_prefix: "AmazonAthena",
    json_version: JsonVersion::V1_1,
    signing_name: "athena",
    endpoint_prefix: "athena",
    sdk_id: "Athena",
};

static LIST_WORK_GROUPS: OperationSpec = OperationSpec {
    service: &ATHENA,
    name: "ListWorkGroups",
};

const REGION: &str = "us-east-1";
const USER: &str = "awsgen-test";
const POLICY: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"athena:*","Resource":"*"}]}"#;

/// A moto server process, killed when dropped (also when a test panics).
struct MotoServer {
    child: Child,
    url: String,
    log: PathBuf,
}

impl MotoServer {
    /// Starts moto on a free loopback port with signature checks from the fourth request on.
    fn start() -> MotoServer {
        let python = std::env::var("AWSGEN_PYTHON").unwrap_or_else(|_| {
            panic!(
                "AWSGEN_PYTHON is not set: create the Python with moto and point to it with \
                 `export AWSGEN_PYTHON=\"$(tests/python-env.sh)\"`"
            )
        });
        let bin = PathBuf::from(&python)
            .parent()
            .expect("AWSGEN_PYTHON is a path to a python in a venv")
            .join("moto_server");
        assert!(
            bin.is_file(),
            "{} not found: AWSGEN_PYTHON must be the python of a venv with moto (run tests/python-env.sh)",
            bin.display()
        );
        let port = {
            let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
            listener.local_addr().expect("addr").port()
        };
        let log = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("moto-{port}.log"));
        let log_file = std::fs::File::create(&log).expect("moto log file");
        let child = Command::new(&bin)
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .env("INITIAL_NO_AUTH_ACTION_COUNT", "3")
            .stdin(Stdio::null())
            .stdout(log_file.try_clone().expect("log file"))
            .stderr(log_file)
            .spawn()
            .unwrap_or_else(|e| panic!("starting {}: {e}", bin.display()));
        let server = MotoServer {
            child,
            url: format!("http://127.0.0.1:{port}"),
            log,
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "moto did not listen on port {port} within 30 s; see {}",
                server.log.display()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        server
    }
}

impl Drop for MotoServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `application/x-www-form-urlencoded` escaping: unreserved characters stay, the rest is %XX.
fn form_encode(value: &str) -> String {
    let mut out = String::new();
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// One IAM Query API call, signed with our signer for service "iam"; returns the XML body.
async fn iam_call(
    server: &MotoServer,
    credentials: &Credentials,
    params: &[(&str, &str)],
) -> String {
    let mut body = String::from("Version=2010-05-08");
    for (name, value) in params {
        body.push_str(&format!("&{name}={}", form_encode(value)));
    }
    let host = server.url.trim_start_matches("http://").to_string();
    let content_type = "application/x-www-form-urlencoded; charset=utf-8";
    let headers = [("host", host.as_str()), ("content-type", content_type)];
    let signed = Signer::new().sign(
        &SignableRequest {
            method: "POST",
            path_and_query: "/",
            headers: &headers,
            body: body.as_bytes(),
        },
        &SigningParams {
            credentials,
            region: REGION,
            service: "iam",
            time: DateTime::now(),
        },
    );
    let mut request = reqwest::Client::new()
        .post(format!("{}/", server.url))
        .header("content-type", content_type)
        .header("authorization", signed.authorization)
        .body(body.clone());
    for (name, value) in signed.headers {
        request = request.header(name, value);
    }
    let response = request.send().await.expect("IAM request");
    let status = response.status();
    let text = response.text().await.expect("IAM response body");
    assert!(
        status.is_success(),
        "IAM {params:?} failed with {status}: {text}"
    );
    text
}

/// The text of the first `<name>` element.
fn xml_text<'t>(xml: &'t str, name: &str) -> &'t str {
    let open = format!("<{name}>");
    let start = xml
        .find(&open)
        .unwrap_or_else(|| panic!("no <{name}> in {xml}"))
        + open.len();
    let end = xml[start..].find('<').expect("closing tag") + start;
    xml[start..end].trim()
}

/// Creates a user with an access key allowed `athena:*`; returns its credentials.
async fn issue_athena_key(server: &MotoServer) -> Credentials {
    // The first three requests are not checked: any key signs them.
    let setup = Credentials::new("AKIDSETUP", "setup-secret", None);
    iam_call(
        server,
        &setup,
        &[("Action", "CreateUser"), ("UserName", USER)],
    )
    .await;
    let key = iam_call(
        server,
        &setup,
        &[("Action", "CreateAccessKey"), ("UserName", USER)],
    )
    .await;
    iam_call(
        server,
        &setup,
        &[
            ("Action", "PutUserPolicy"),
            ("UserName", USER),
            ("PolicyName", "athena-all"),
            ("PolicyDocument", POLICY),
        ],
    )
    .await;
    Credentials::new(
        xml_text(&key, "AccessKeyId"),
        xml_text(&key, "SecretAccessKey"),
        None,
    )
}

fn client(server: &MotoServer, credentials: Credentials) -> Client {
    Client::builder()
        .environment(Environment::from_vars(Vec::<(String, String)>::new()))
        .region(REGION)
        .endpoint_url(&server.url)
        .credentials(credentials)
        .max_attempts(1)
        .attempt_timeout(Duration::from_secs(20))
        .build()
        .expect("client")
}

#[tokio::test]
async fn list_work_groups_signed_and_refused() {
    let server = MotoServer::start();
    let issued = issue_athena_key(&server).await;
    assert!(issued.access_key_id().starts_with("AKIA"), "{issued:?}");

    let good = client(&server, issued.clone());
    let output: Value = good
        .call::<Value, ErrorMetadata>(&LIST_WORK_GROUPS, "{}".to_string())
        .await
        .unwrap_or_else(|e| panic!("ListWorkGroups with the issued key: {e}"));
    let names: Vec<&str> = output["WorkGroups"]
        .as_array()
        .unwrap_or_else(|| panic!("no WorkGroups in {output}"))
        .iter()
        .filter_map(|w| w["Name"].as_str())
        .collect();
    assert!(names.contains(&"primary"), "{output}");

    let wrong = Credentials::new(issued.access_key_id(), "not-the-secret", None);
    let refused = client(&server, wrong)
        .call::<Value, ErrorMetadata>(&LIST_WORK_GROUPS, "{}".to_string())
        .await
        .expect_err("a wrong secret is refused");
    let shown = refused.to_string();
    match &refused {
        Error::Service(meta) => {
            assert_eq!(meta.status, 403, "{shown}");
            assert_eq!(meta.code, "SignatureDoesNotMatch", "{shown}");
        }
        Error::UnreadableResponse(u) => {
            panic!(
                "expected a service error with a code, got status {} and body {:?}",
                u.status, u.snippet
            )
        }
        other => panic!("expected a 403 service error, got {other:?}"),
    }
}
