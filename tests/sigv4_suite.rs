//! The AWS SigV4 test suite (../shared/upstream/sigv4-testsuite): every case's canonical
//! request, string to sign and Authorization header must match byte for byte.

use std::fs;
use std::path::{Path, PathBuf};

use awsgen_runtime::sigv4::{sign, SignableRequest, SigningParams};
use awsgen_runtime::{Credentials, DateTime};
use awsgen_tests::shared_dir;

/// The suite's README promises 34 cases; fewer means a broken checkout, not a pass.
const EXPECTED_CASES: usize = 34;

/// Cases that do not apply to header signing, with the reason. Empty: every case runs.
const SKIPPED: &[(&str, &str)] = &[];

/// Parameters from the suite's README.txt.
const ACCESS_KEY: &str = "AKIDEXAMPLE";
const SECRET_KEY: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const TIME: &str = "20150830T123600Z";
const REGION: &str = "us-east-1";
const SERVICE: &str = "service";
const SUITE_TOKEN: &str = "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267";

/// A parsed `.req` file.
struct RawRequest {
    method: String,
    path_and_query: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

/// Parses the suite's raw HTTP: request line, headers (continuation lines start with
/// whitespace and extend the previous value), an empty line, then the body.
fn parse_request(text: &str) -> RawRequest {
    let (head, body) = text.split_once("\n\n").unwrap_or((text, ""));
    let mut lines = head.lines();
    let request_line = lines.next().expect("empty .req file");
    // The path may contain spaces (normalize-path/get-space): method first, version last.
    let (method, rest) = request_line.split_once(' ').expect("request line");
    let (path_and_query, _version) = rest.rsplit_once(' ').expect("request line version");
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in lines {
        if line.starts_with([' ', '\t']) {
            let last = headers
                .last_mut()
                .expect("continuation line before any header");
            last.1.push(' ');
            last.1.push_str(line.trim());
        } else {
            let (name, value) = line.split_once(':').expect("header line without ':'");
            headers.push((name.to_owned(), value.to_owned()));
        }
    }
    RawRequest {
        method: method.to_owned(),
        path_and_query: path_and_query.to_owned(),
        headers,
        body: body.as_bytes().to_vec(),
    }
}

/// Case directories: those holding a `<name>.req` file, found at any depth.
fn find_cases(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.is_dir())
        .collect();
    entries.sort();
    for sub in entries {
        let name = sub.file_name().unwrap().to_string_lossy().into_owned();
        if sub.join(format!("{name}.req")).is_file() {
            out.push(sub.clone());
        }
        find_cases(&sub, out);
    }
}

fn read(case: &Path, ext: &str) -> String {
    let name = case.file_name().unwrap().to_string_lossy();
    let path = case.join(format!("{name}.{ext}"));
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The session token a case signs with: the one its `.creq` shows as signed.
fn session_token(creq: &str) -> Option<String> {
    creq.lines()
        .find_map(|l| l.strip_prefix("x-amz-security-token:"))
        .map(str::to_owned)
}

#[test]
fn sigv4_suite() {
    let root = shared_dir().join("upstream/sigv4-testsuite");
    assert!(root.is_dir(), "SigV4 suite missing at {}", root.display());
    let mut cases = Vec::new();
    find_cases(&root, &mut cases);
    assert!(
        cases.len() >= EXPECTED_CASES,
        "expected {EXPECTED_CASES} cases in {}, found {}",
        root.display(),
        cases.len()
    );

    let time = DateTime::parse(TIME).unwrap();
    let (mut passed, mut skipped) = (0, 0);
    let mut failures = Vec::new();
    for case in &cases {
        let id = case
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if let Some((_, reason)) = SKIPPED.iter().find(|(name, _)| *name == id) {
            println!("skipped {id}: {reason}");
            skipped += 1;
            continue;
        }
        let raw = parse_request(&read(case, "req"));
        let (creq, sts, authz) = (read(case, "creq"), read(case, "sts"), read(case, "authz"));
        let token = session_token(&creq);
        if id == "get-vanilla-with-session-token" {
            assert_eq!(token.as_deref(), Some(SUITE_TOKEN));
        }
        let credentials = Credentials::new(ACCESS_KEY, SECRET_KEY, token);
        let headers: Vec<(&str, &str)> = raw
            .headers
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        let out = sign(
            &SignableRequest {
                method: &raw.method,
                path_and_query: &raw.path_and_query,
                headers: &headers,
                body: &raw.body,
            },
            &SigningParams {
                credentials: &credentials,
                region: REGION,
                service: SERVICE,
                time,
            },
        );
        let mut problems = Vec::new();
        if out.canonical_request != creq {
            problems.push(format!(
                "canonical request\n--- expected\n{creq}\n--- got\n{}",
                out.canonical_request
            ));
        }
        if out.string_to_sign != sts {
            problems.push(format!(
                "string to sign\n--- expected\n{sts}\n--- got\n{}",
                out.string_to_sign
            ));
        }
        if out.authorization() != authz {
            problems.push(format!(
                "authorization\n--- expected\n{authz}\n--- got\n{}",
                out.authorization()
            ));
        }
        if problems.is_empty() {
            passed += 1;
        } else {
            failures.push(format!("{id}: {}", problems.join("\n")));
        }
    }
    awsgen_tests::report(&format!(
        "sigv4 suite: {passed} passed, {} failed, {skipped} skipped",
        failures.len()
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert_eq!(passed + skipped, cases.len());
}
