//! The awsJson error cases of the botocore protocol tests (`output/json.json`, awsJson 1.1,
//! and `output/json_1_0.json`), fed to the runtime's error parser.

use awsgen_runtime::protocol::{parse_error, ErrorResponse};
use serde_json::Value;

/// Checks one case; `Err` says what differed.
fn check_case(case: &Value) -> Result<(), String> {
    let response = &case["response"];
    let status = response["status_code"]
        .as_u64()
        .and_then(|s| u16::try_from(s).ok())
        .ok_or("no status_code")?;
    let headers: Vec<(&str, &str)> = response["headers"]
        .as_object()
        .map(|h| {
            h.iter()
                .filter_map(|(n, v)| Some((n.as_str(), v.as_str()?)))
                .collect()
        })
        .unwrap_or_default();
    let body = response["body"].as_str().unwrap_or("");
    let expected_code = case["errorCode"].as_str().ok_or("no errorCode")?;
    let expected_message = case["errorMessage"].as_str();

    let (meta, parsed_body) = match parse_error(status, &headers, body.as_bytes()) {
        ErrorResponse::Service { meta, body } => (meta, body),
        ErrorResponse::Unreadable(u) => return Err(format!("unreadable: {u}")),
    };
    if meta.code != expected_code {
        return Err(format!("code {:?}, expected {expected_code:?}", meta.code));
    }
    if meta.status != status {
        return Err(format!("status {}, expected {status}", meta.status));
    }
    if let Some(expected) = expected_message {
        if meta.message.as_deref() != Some(expected) {
            return Err(format!("message {:?}, expected {expected:?}", meta.message));
        }
    }
    // Modeled members of the error ("error") must be readable from the body we keep.
    if let Some(members) = case["error"].as_object() {
        for (name, value) in members {
            let got = parsed_body.as_ref().and_then(|b| b.get(name));
            if got != Some(value) {
                return Err(format!("member {name}: {got:?}, expected {value}"));
            }
        }
    }
    Ok(())
}

#[test]
fn botocore_json_error_cases() {
    let dir = awsgen_tests::shared_dir().join("protocol-tests/output");
    let mut passed = 0;
    let mut failures = Vec::new();
    for file in ["json.json", "json_1_0.json"] {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
        let suites: Value = serde_json::from_str(&text).expect("protocol test JSON");
        for suite in suites.as_array().expect("a list of suites") {
            for case in suite["cases"].as_array().into_iter().flatten() {
                let is_error = case.get("errorCode").is_some() || case.get("error").is_some();
                if !is_error {
                    continue;
                }
                let id = case["id"].as_str().unwrap_or("?");
                match check_case(case) {
                    Ok(()) => passed += 1,
                    Err(why) => failures.push(format!("{file} {id}: {why}")),
                }
            }
        }
    }
    awsgen_tests::report(&format!(
        "protocol error cases: {passed} passed, {} failed",
        failures.len()
    ));
    for failure in &failures {
        println!("  FAILED {failure}");
    }
    assert!(passed > 0, "no error cases found under {}", dir.display());
    assert!(failures.is_empty(), "{} error cases failed", failures.len());
}
