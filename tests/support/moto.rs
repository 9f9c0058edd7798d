//! moto, an independent Athena emulator, on loopback with SigV4 enforced: the server process,
//! the IAM set-up that issues a key moto checks, and a client pointed at it.
//!
//! Needs `AWSGEN_PYTHON`: the python of a venv with moto (tests/python-env.sh creates one).
//! The recipe is ../shared/tools/moto/RECIPE.md.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use awsgen_runtime::config::Environment;
use awsgen_runtime::sigv4::{SignableRequest, Signer, SigningParams};
use awsgen_runtime::{Client, Credentials, DateTime};

pub const REGION: &str = "us-east-1";
const USER: &str = "awsgen-test";
const POLICY: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"athena:*","Resource":"*"}]}"#;
/// How long moto may take to listen; it usually needs one to three seconds.
const START_LIMIT: Duration = Duration::from_secs(30);

/// A moto server process, killed when dropped (also when a test panics).
pub struct MotoServer {
    child: Child,
    url: String,
    log: PathBuf,
}

/// An access key moto issued, and the account it belongs to (for ARNs).
#[derive(Debug, Clone)]
pub struct IssuedKey {
    pub credentials: Credentials,
    pub account_id: String,
}

impl MotoServer {
    /// Starts moto on a free loopback port with signature checks from the fourth request on
    /// (the first three are [`MotoServer::issue_athena_key`]'s IAM calls).
    pub fn start() -> MotoServer {
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
        let log = std::env::temp_dir().join(format!("awsgen-moto-{port}.log"));
        let log_file = std::fs::File::create(&log).expect("moto log file");
        let child = Command::new(&bin)
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .env("INITIAL_NO_AUTH_ACTION_COUNT", "3")
            .stdin(Stdio::null())
            .stdout(log_file.try_clone().expect("log file"))
            .stderr(log_file)
            .spawn()
            .unwrap_or_else(|e| panic!("starting {}: {e}", bin.display()));
        // From here on a panic drops the server, which kills moto.
        let mut server = MotoServer {
            child,
            url: format!("http://127.0.0.1:{port}"),
            log,
        };
        let deadline = Instant::now() + START_LIMIT;
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = server.child.try_wait() {
                panic!("moto exited with {status}; see {}", server.log.display());
            }
            assert!(
                Instant::now() < deadline,
                "moto did not listen on port {port} within {START_LIMIT:?}; see {}",
                server.log.display()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        server
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// moto's log (stdout and stderr), kept when a test fails.
    pub fn log(&self) -> &std::path::Path {
        &self.log
    }

    /// Creates a user with an access key allowed `athena:*`, using the three unchecked requests.
    pub async fn issue_athena_key(&self) -> IssuedKey {
        // Not checked yet: any key signs these.
        let setup = Credentials::new("AKIDSETUP", "setup-secret", None);
        let user = self
            .iam_call(&setup, &[("Action", "CreateUser"), ("UserName", USER)])
            .await;
        let key = self
            .iam_call(&setup, &[("Action", "CreateAccessKey"), ("UserName", USER)])
            .await;
        self.iam_call(
            &setup,
            &[
                ("Action", "PutUserPolicy"),
                ("UserName", USER),
                ("PolicyName", "athena-all"),
                ("PolicyDocument", POLICY),
            ],
        )
        .await;
        // arn:aws:iam::ACCOUNT:user/NAME
        let arn = xml_text(&user, "Arn");
        let account_id = arn
            .split(':')
            .nth(4)
            .filter(|a| !a.is_empty())
            .unwrap_or_else(|| panic!("no account in the user ARN {arn:?}"))
            .to_string();
        IssuedKey {
            credentials: Credentials::new(
                xml_text(&key, "AccessKeyId"),
                xml_text(&key, "SecretAccessKey"),
                None,
            ),
            account_id,
        }
    }

    /// A client for this server: one attempt per call (moto's 500s are not worth retrying),
    /// every call bounded in time, no environment read.
    pub fn client(&self, credentials: Credentials) -> Client {
        Client::builder()
            .environment(Environment::from_vars(Vec::<(String, String)>::new()))
            .region(REGION)
            .endpoint_url(&self.url)
            .credentials(credentials)
            .max_attempts(1)
            .attempt_timeout(Duration::from_secs(20))
            .operation_timeout(Duration::from_secs(30))
            .build()
            .expect("client")
    }

    /// POSTs `body` to one of moto's own control endpoints (`/moto-api/...`, not signed);
    /// returns the status and body.
    pub async fn moto_api(&self, path: &str, body: &str) -> (u16, String) {
        let response = reqwest::Client::new()
            .post(format!("{}{path}", self.url))
            .header("content-type", "application/json")
            .timeout(Duration::from_secs(20))
            .body(body.to_string())
            .send()
            .await
            .unwrap_or_else(|e| panic!("POST {path} to moto: {e}"));
        let status = response.status().as_u16();
        let text = response.text().await.unwrap_or_default();
        (status, text)
    }

    /// One IAM Query API call, signed with our signer for service "iam"; returns the XML body.
    async fn iam_call(&self, credentials: &Credentials, params: &[(&str, &str)]) -> String {
        let mut body = String::from("Version=2010-05-08");
        for (name, value) in params {
            body.push_str(&format!("&{name}={}", form_encode(value)));
        }
        let host = self.url.trim_start_matches("http://").to_string();
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
            .post(format!("{}/", self.url))
            .header("content-type", content_type)
            .timeout(Duration::from_secs(20))
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
}

impl Drop for MotoServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        // A failing test keeps the log to read; a passing one leaves nothing behind.
        if !std::thread::panicking() {
            let _ = std::fs::remove_file(&self.log);
        }
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
