//! aws-config's IMDS endpoint and ECS URI tables, every entry, through the functions the
//! providers call.

use std::collections::BTreeMap;

use awsgen_runtime::credentials::container::{resolve_uri, ContainerErrorKind, SystemResolver};
use awsgen_runtime::credentials::imds::{
    resolve_endpoint, token_url, EndpointInputs, EndpointMode, ImdsErrorKind,
};
use awsgen_runtime::profile::ProfileSet;
use awsgen_tests::{report, shared_dir};
use serde_json::Value;

fn table(name: &str) -> Vec<Value> {
    let path = shared_dir()
        .join("credentials-tests/smithy-rs/aws-config/test-data")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let document: Value = serde_json::from_str(&text).expect("table JSON");
    let tests = document["tests"]
        .as_array()
        .expect("a `tests` array")
        .clone();
    assert!(!tests.is_empty(), "{name} has no entries");
    tests
}

fn strings(value: &Value) -> BTreeMap<String, String> {
    value
        .as_object()
        .map(|o| {
            o.iter()
                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                .collect()
        })
        .unwrap_or_default()
}

/// One IMDS entry: `None` when it passes, else what went wrong.
fn imds_case(case: &Value) -> Option<String> {
    let env = strings(&case["env"]);
    let fs = strings(&case["fs"]);
    // The case's config file is the virtual file AWS_CONFIG_FILE names; its default profile.
    let config = env.get("AWS_CONFIG_FILE").and_then(|path| fs.get(path));
    let profiles = match ProfileSet::parse(config.map(String::as_str), None) {
        Ok(profiles) => profiles,
        Err(e) => return Some(format!("config file did not parse: {e}")),
    };
    let mode_override = match case["mode_override"]
        .as_str()
        .map(str::parse::<EndpointMode>)
    {
        None => None,
        Some(Ok(mode)) => Some(mode),
        Some(Err(e)) => return Some(format!("bad mode_override in the table: {e}")),
    };
    let inputs = EndpointInputs {
        explicit: case["endpoint_override"].as_str(),
        env_endpoint: env
            .get("AWS_EC2_METADATA_SERVICE_ENDPOINT")
            .map(String::as_str),
        profile_endpoint: profiles.get("default", "ec2_metadata_service_endpoint"),
        mode_override,
        env_mode: env
            .get("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE")
            .map(String::as_str),
        profile_mode: profiles.get("default", "ec2_metadata_service_endpoint_mode"),
    };
    let got = resolve_endpoint(&inputs);
    match (&case["result"]["Ok"], &case["result"]["Err"], got) {
        (Value::String(expected), _, Ok(base)) => {
            let url = token_url(&base);
            (url != *expected).then(|| format!("token URL {url}, expected {expected}"))
        }
        (Value::String(expected), _, Err(e)) => Some(format!("error {e}, expected {expected}")),
        (_, Value::String(expected), Ok(base)) => {
            Some(format!("endpoint {base}, expected an error {expected:?}"))
        }
        (_, Value::String(expected), Err(e)) => {
            let kind = if expected.contains("endpoint mode") {
                ImdsErrorKind::InvalidEndpointMode
            } else {
                ImdsErrorKind::InvalidEndpoint
            };
            (e.kind() != kind).then(|| format!("error kind {:?}, expected {kind:?}", e.kind()))
        }
        _ => Some("the entry has neither Ok nor Err".into()),
    }
}

#[test]
fn imds_endpoint_table() {
    let cases = table("imds-config/imds-endpoint-tests.json");
    let mut failures = Vec::new();
    for case in &cases {
        if let Some(why) = imds_case(case) {
            failures.push(format!("{}: {why}", case["docs"]));
        }
    }
    report(&format!(
        "imds endpoint table: {} passed, {} failed",
        cases.len() - failures.len(),
        failures.len()
    ));
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Why an ECS entry cannot run here: an http full URI whose host is a name other than
/// `localhost` needs real DNS (aws-config resolves it too), which tests do not reach.
fn ecs_skip_reason(env: &BTreeMap<String, String>) -> Option<String> {
    if env
        .get("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")
        .is_some_and(|r| !r.is_empty())
    {
        return None;
    }
    let full = env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI")?;
    let url = reqwest::Url::parse(full).ok()?;
    let host = url.host_str()?;
    let is_ip = host.parse::<std::net::IpAddr>().is_ok() || host.starts_with('[');
    (url.scheme() == "http" && !is_ip && host != "localhost")
        .then(|| format!("{full}: resolving {host} needs real DNS"))
}

/// One ECS entry: `None` when it passes, else what went wrong.
async fn ecs_case(case: &Value) -> Option<String> {
    let env = strings(&case["env"]);
    let got = resolve_uri(
        env.get("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")
            .map(String::as_str),
        env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI")
            .map(String::as_str),
        &SystemResolver,
    )
    .await;
    match (&case["result"]["Ok"], &case["result"]["ErrorContains"], got) {
        (Value::String(expected), _, Ok(url)) => {
            (url != *expected).then(|| format!("URI {url}, expected {expected}"))
        }
        (Value::String(expected), _, Err(e)) => Some(format!("error {e}, expected {expected}")),
        (_, Value::String(expected), Ok(url)) => {
            Some(format!("URI {url}, expected an error {expected:?}"))
        }
        (_, Value::String(expected), Err(e)) => {
            // aws-config's texts are its own: the kind is what must agree.
            let kind = if expected.contains("No environment variables") {
                ContainerErrorKind::NotConfigured
            } else if expected.contains("DNS") || expected.contains("dns") {
                ContainerErrorKind::DnsLookupFailed
            } else if expected.contains("invalid URI") || expected.contains("invalid uri") {
                ContainerErrorKind::InvalidUri
            } else {
                ContainerErrorKind::DisallowedHost
            };
            (e.kind() != kind)
                .then(|| format!("error kind {:?} ({e}), expected {kind:?}", e.kind()))
        }
        _ => Some("the entry has neither Ok nor ErrorContains".into()),
    }
}

#[tokio::test]
async fn ecs_uri_table() {
    let cases = table("ecs-tests.json");
    let mut failures = Vec::new();
    let mut skipped = Vec::new();
    for case in &cases {
        if let Some(why) = ecs_skip_reason(&strings(&case["env"])) {
            skipped.push(format!("{}: {why}", case["docs"]));
        } else if let Some(why) = ecs_case(case).await {
            failures.push(format!("{}: {why}", case["docs"]));
        }
    }
    report(&format!(
        "ecs uri table: {} passed, {} failed",
        cases.len() - failures.len() - skipped.len(),
        failures.len()
    ));
    if !skipped.is_empty() {
        report(&format!(
            "ecs uri table: {} skipped: {skipped:?}",
            skipped.len()
        ));
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
