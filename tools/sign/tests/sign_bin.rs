//! The `sign` tool end to end: stdin to stdout, exit status on bad input.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn run_sign(input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sign"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run the sign binary");
    child
        .stdin
        .take()
        .expect("piped stdin")
        .write_all(input)
        .expect("write stdin");
    child.wait_with_output().expect("sign output")
}

/// The botocore oracle's stored sample must come out byte for byte as the oracle printed it.
#[test]
fn prints_what_the_botocore_oracle_printed() {
    let dir =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/tools/botocore-oracle");
    assert!(
        dir.is_dir(),
        "fixture directory {} not found",
        dir.display()
    );
    let input = std::fs::read(dir.join("oracle-test-input.json")).expect("oracle input");
    let expected =
        std::fs::read_to_string(dir.join("oracle-test-output.json")).expect("oracle output");
    let out = run_sign(&input);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8(out.stdout).expect("UTF-8"), expected);
}

#[test]
fn one_object_in_one_object_out() {
    let input = br#"{"method":"GET","url":"https://example.amazonaws.com/","body":"",
        "access_key":"AKIDEXAMPLE","secret_key":"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        "region":"us-east-1","service":"service","timestamp":"2015-08-30T12:36:00Z"}"#;
    let out = run_sign(input);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(text.starts_with("{\n  \"headers\": {\n"), "{text}");
    assert!(text.contains(
        "\"signature\": \"5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31\""
    ));
}

#[test]
fn bad_input_fails_with_a_message() {
    for input in [&b"not json"[..], br#"{"url":"https://h/"}"#] {
        let out = run_sign(input);
        assert!(!out.status.success());
        assert!(out.stdout.is_empty());
        assert!(String::from_utf8_lossy(&out.stderr).starts_with("sign: "));
    }
}
