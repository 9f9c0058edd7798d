//! Our SigV4 signer against botocore's, on a few hundred generated requests.
//!
//! Needs `AWSGEN_PYTHON`: a python with botocore (`export AWSGEN_PYTHON="$(tests/python-env.sh)"`).
//! The requests are generated deterministically, written as one JSON array, signed once by
//! `shared/tools/botocore-oracle/sign_oracle.py`, and signed here twice: through the library
//! API with one shared `Signer` (so a wrongly reused cached key shows up), and through the
//! `sign` tool's JSON path, whose printed output must equal the oracle's byte for byte.

use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::process::{Command, Stdio};

use awsgen_runtime::sigv4::{SignableRequest, Signer, SigningParams};
use awsgen_runtime::{Credentials, DateTime};
use awsgen_sign::{sign_document, Json};
use awsgen_tests::shared_dir;

const REQUESTS: usize = 400;

/// SplitMix64: small, deterministic, good enough to pick test inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T: ?Sized>(&mut self, items: &[&'a T]) -> &'a T {
        items[self.below(items.len())]
    }

    fn string_from(&mut self, alphabet: &str, min: usize, max: usize) -> String {
        let chars: Vec<char> = alphabet.chars().collect();
        let len = min + self.below(max - min + 1);
        (0..len).map(|_| chars[self.below(chars.len())]).collect()
    }
}

/// One generated request, with what the library signer needs beside the oracle's JSON.
struct Case {
    json: String,
    method: String,
    path_and_query: String,
    /// The headers as given, plus the Host botocore derives when none is given.
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    credentials: Credentials,
    region: String,
    service: String,
    time: DateTime,
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).expect("a string always serializes")
}

/// A query already in canonical form (unreserved characters bare, the rest `%XX`): there
/// botocore, which sorts the query as sent, and our signer, which decodes and re-encodes it,
/// must agree.
fn canonical_query(rng: &mut Rng) -> String {
    let part = |rng: &mut Rng| {
        let mut s = String::new();
        for _ in 0..rng.below(6) {
            match rng.below(5) {
                0 => {
                    let bytes = rng.pick(&["é", "ሴ", " ", "/", "=", "&", "+", "%", "😀"]);
                    for b in bytes.as_bytes() {
                        let _ = write!(s, "%{b:02X}");
                    }
                }
                _ => s.push_str(&rng.string_from("abcXYZ019-._~", 1, 3)),
            }
        }
        s
    };
    let mut pairs = Vec::new();
    for _ in 0..1 + rng.below(4) {
        let key = part(rng);
        let pair = match rng.below(6) {
            0 => key,               // no '='
            1 => format!("{key}="), // empty value
            2 if !pairs.is_empty() => {
                // a repeated key with another value
                let previous: &String = &pairs[0];
                let repeated = previous.split('=').next().unwrap_or("").to_owned();
                format!("{repeated}={}", part(rng))
            }
            _ => format!("{key}={}", part(rng)),
        };
        pairs.push(pair);
    }
    pairs.join("&")
}

fn generate(rng: &mut Rng, index: usize) -> Case {
    let scheme = rng.pick(&["http", "https"]);
    let host = rng.pick(&[
        "athena.us-east-1.amazonaws.com",
        "127.0.0.1",
        "Example.COM",
        "localhost",
        "[::1]",
    ]);
    let port: Option<u16> = match rng.below(5) {
        0 => Some(80),
        1 => Some(443),
        2 => Some(5057),
        3 => Some(8443),
        _ => None,
    };
    let authority = match port {
        Some(p) => format!("{host}:{p}"),
        None => host.to_owned(),
    };
    let default_port = if scheme == "http" { 80 } else { 443 };
    let derived_host = match port {
        Some(p) if p != default_port => format!("{}:{p}", host.to_lowercase()),
        _ => host.to_lowercase(),
    };

    let path = rng.pick(&[
        "/",
        "",
        "/a/b",
        "/a/b/",
        "/a%20b",
        "/ünï/çødé",
        "/a/./b/../c",
        "//x//y",
        "/$delete",
        "/a b/c",
        "/~user/-._",
        "/a%2Fb",
        "/..",
    ]);
    let query = if rng.chance(35) {
        format!("?{}", canonical_query(rng))
    } else {
        String::new()
    };
    let path_and_query = format!("{path}{query}");
    let url = format!("{scheme}://{authority}{path_and_query}");

    let method = rng.pick(&["POST", "POST", "GET", "PUT", "DELETE", "post", "Head"]);

    let mut headers: Vec<(String, String)> = Vec::new();
    let add = |headers: &mut Vec<(String, String)>, name: &str, value: String| {
        // The oracle reads headers through a Python dict: one value per exact name.
        if !headers.iter().any(|(n, _)| n == name) {
            headers.push((name.to_owned(), value));
        }
    };
    let has_host = rng.chance(60);
    if has_host {
        let name = rng.pick(&["Host", "host", "HOST"]);
        let value = if rng.chance(80) {
            derived_host.clone()
        } else {
            format!("  {derived_host} ")
        };
        add(&mut headers, name, value);
    }
    let odd_value = |rng: &mut Rng| -> String {
        let pieces = [
            "a",
            "b c",
            "  lead",
            "trail  ",
            "in   ner",
            "\ttab\t",
            "x\u{a0}y",
            "\u{3000}ideo",
            "é😀",
            "\u{2003}em",
            "q\"uote",
            "semi;colon",
            ",comma,",
            "",
            " ",
            "\u{1c}fs",
            "a\u{b}b",
            "=",
        ];
        let n = 1 + rng.below(3);
        (0..n)
            .map(|_| rng.pick(&pieces))
            .collect::<Vec<_>>()
            .join("")
    };
    for _ in 0..rng.below(7) {
        let name = rng.pick(&[
            "Content-Type",
            "X-Amz-Target",
            "X-Custom-Thing",
            "x-amz-meta-foo",
            "User-Agent",
            "Expect",
            "Connection",
            "X-Amzn-Trace-Id",
            "Accept-Encoding",
            "amz-sdk-invocation-id",
            "amz-sdk-request",
            "X-Dup",
            "x-dup",
            "X-DUP",
            "Content-Length",
            "X-Amz-Date",
            "Authorization",
            "X-Amz-Security-Token",
            "Keep-Alive",
            "TE",
            "X-Amz-Content-SHA256",
        ]);
        let value = match name {
            "Content-Type" => "application/x-amz-json-1.1".to_owned(),
            "X-Amz-Target" => "AmazonAthena.StartQueryExecution".to_owned(),
            "X-Amz-Content-SHA256" => "UNSIGNED-PAYLOAD".to_owned(),
            "X-Amz-Date" => "20000101T000000Z".to_owned(),
            _ => odd_value(rng),
        };
        add(&mut headers, name, value);
    }

    let body: Vec<u8> = match rng.below(6) {
        0 => Vec::new(),
        1 => br#"{"QueryString": "SELECT 1", "WorkGroup": "primary"}"#.to_vec(),
        2 => "{\"Name\":\"caf\u{e9} \u{1F600} \u{1234}\"}"
            .as_bytes()
            .to_vec(),
        3 => {
            let text = rng.string_from("abc {}\":,é\u{1F600}\n\t", 0, 700);
            text.into_bytes()
        }
        _ => (0..rng.below(300)).map(|_| rng.next() as u8).collect(),
    };
    let binary = std::str::from_utf8(&body).is_err() || rng.chance(10);

    let access_key = format!(
        "AKIA{}",
        rng.string_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16, 16)
    );
    let secret_key = rng.string_from(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/+",
        40,
        40,
    );
    let session_token = match rng.below(4) {
        0 => Some(rng.string_from("abcdefABCDEF0123456789/+=", 20, 300)),
        1 if index % 2 == 0 => Some(String::new()),
        _ => None,
    };
    let region = rng.pick(&[
        "us-east-1",
        "eu-west-1",
        "ap-southeast-2",
        "cn-north-1",
        "us-gov-west-1",
    ]);
    let service = rng.pick(&["athena", "sts", "execute-api", "dynamodb", "service"]);
    // 2000-01-01 .. 2100-01-01, whole seconds (the signed form has no fractions).
    let secs = 946_684_800 + (rng.next() % 3_155_760_000) as i64;
    let time = DateTime::from_secs(secs);
    let timestamp = if rng.chance(50) {
        time.amz_date()
    } else {
        time.to_string()
    };

    let mut json = String::from("{");
    let _ = write!(
        json,
        "\"method\":{},\"url\":{},\"headers\":{{",
        json_str(method),
        json_str(&url)
    );
    for (i, (name, value)) in headers.iter().enumerate() {
        if i > 0 {
            json.push(',');
        }
        let _ = write!(json, "{}:{}", json_str(name), json_str(value));
    }
    json.push_str("},");
    if binary {
        let mut encoded = String::new();
        awsgen_runtime::json::base64_encode(&body, &mut encoded);
        let _ = write!(json, "\"body_base64\":{},", json_str(&encoded));
    } else {
        let text = std::str::from_utf8(&body).expect("checked above");
        let _ = write!(json, "\"body\":{},", json_str(text));
    }
    let _ = write!(
        json,
        "\"access_key\":{},\"secret_key\":{},",
        json_str(&access_key),
        json_str(&secret_key)
    );
    if let Some(token) = &session_token {
        let _ = write!(json, "\"session_token\":{},", json_str(token));
    }
    let _ = write!(
        json,
        "\"region\":{},\"service\":{},\"timestamp\":{}}}",
        json_str(region),
        json_str(service),
        json_str(&timestamp)
    );

    if !has_host {
        headers.push(("Host".to_owned(), derived_host));
    }
    Case {
        json,
        method: method.to_owned(),
        path_and_query,
        headers,
        body,
        credentials: Credentials::new(access_key, secret_key, session_token),
        region: region.to_owned(),
        service: service.to_owned(),
        time,
    }
}

/// Runs botocore's oracle on a JSON document and returns what it printed.
fn run_oracle(input: &str) -> String {
    let python = std::env::var("AWSGEN_PYTHON").unwrap_or_else(|_| {
        panic!(
            "AWSGEN_PYTHON is not set: this test compares our signer with botocore's. Run \
             `export AWSGEN_PYTHON=\"$(tests/python-env.sh)\"` (creates a venv with botocore \
             under target/python) and test again"
        )
    });
    let oracle = shared_dir().join("tools/botocore-oracle/sign_oracle.py");
    let mut child = Command::new(&python)
        .arg(&oracle)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run AWSGEN_PYTHON={python}: {e}"));
    let mut stdin = child.stdin.take().expect("piped stdin");
    let input = input.to_owned();
    // Write from another thread: the oracle's output could fill the pipe before it has read all.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().expect("oracle output");
    let written = writer.join().expect("writer thread");
    let stderr = String::from_utf8_lossy(&output.stderr);
    // Checked before the write result: a python without botocore exits before reading.
    assert!(
        !stderr.contains("No module named 'botocore'"),
        "{python} has no botocore: run tests/python-env.sh and set AWSGEN_PYTHON to the python it prints"
    );
    written.unwrap_or_else(|e| panic!("writing to sign_oracle.py failed ({e}); it said: {stderr}"));
    assert!(output.status.success(), "sign_oracle.py failed: {stderr}");
    String::from_utf8(output.stdout).expect("oracle prints UTF-8")
}

fn field<'a>(value: &'a Json, name: &str) -> &'a str {
    match value.get(name) {
        Some(Json::String(s)) => s,
        other => panic!("oracle output has no string `{name}`: {other:?}"),
    }
}

#[test]
fn matches_botocore_on_generated_requests() {
    let mut rng = Rng(0x5167_0A11_CAFE_F00D);
    let cases: Vec<Case> = (0..REQUESTS).map(|i| generate(&mut rng, i)).collect();
    let input = format!(
        "[\n{}\n]\n",
        cases
            .iter()
            .map(|c| c.json.as_str())
            .collect::<Vec<_>>()
            .join(",\n")
    );
    let oracle_text = run_oracle(&input);
    let oracle = match Json::parse(&oracle_text).expect("oracle output is JSON") {
        Json::Array(items) => items,
        other => panic!("oracle printed {other:?}, not an array"),
    };
    assert_eq!(oracle.len(), cases.len());

    // The library API, one Signer for all: keys cached across secrets, days, scopes.
    let signer = Signer::new();
    let mut mismatches = Vec::new();
    for (i, (case, expected)) in cases.iter().zip(&oracle).enumerate() {
        let headers: Vec<(&str, &str)> = case
            .headers
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        let out = signer.sign(
            &SignableRequest {
                method: &case.method,
                path_and_query: &case.path_and_query,
                headers: &headers,
                body: &case.body,
            },
            &SigningParams {
                credentials: &case.credentials,
                region: &case.region,
                service: &case.service,
                time: case.time,
            },
        );
        if out.authorization() != field(expected, "authorization") {
            mismatches.push(format!(
                "request {i}: {}\n--- botocore canonical request\n{}\n--- ours\n{}\n--- botocore authorization\n{}\n--- ours\n{}",
                case.json,
                field(expected, "canonical_request"),
                out.canonical_request,
                field(expected, "authorization"),
                out.authorization()
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {} requests signed differently from botocore:\n{}",
        mismatches.len(),
        cases.len(),
        mismatches.join("\n\n")
    );

    // The sign tool's JSON path: same values, same order, same bytes.
    let ours_text = sign_document(&input).expect("our sign tool accepts the input");
    let ours = match Json::parse(&ours_text).expect("our output is JSON") {
        Json::Array(items) => items,
        other => panic!("we printed {other:?}, not an array"),
    };
    for (i, (mine, theirs)) in ours.iter().zip(&oracle).enumerate() {
        assert_eq!(mine, theirs, "request {i}: {}", cases[i].json);
    }
    assert_eq!(
        ours_text, oracle_text,
        "printed output differs from the oracle's"
    );
    println!(
        "sigv4 oracle: {} requests signed identically to botocore",
        cases.len()
    );
}

/// The oracle's own sample (a boto3 StartQueryExecution and the suite's get-vanilla):
/// no Python needed, the expected output is stored beside it.
#[test]
fn reproduces_the_stored_oracle_sample() {
    let dir = shared_dir().join("tools/botocore-oracle");
    let input = fs::read_to_string(dir.join("oracle-test-input.json")).expect("oracle input");
    let expected = fs::read_to_string(dir.join("oracle-test-output.json")).expect("oracle output");
    assert_eq!(sign_document(&input).expect("signs"), expected);
}
