//! The endpoint rules engine against every `smithy.rules#endpointTests` case of the upstream
//! Smithy models, plus the engine's behaviour on small hand-written rule sets.

use std::fs;

use awsgen_runtime::endpoint::{Endpoint, EndpointErrorKind, ParamValue, Params, RuleSet};
use awsgen_tests::shared_dir;
use serde_json::{json, Value};

const RULE_SET_TRAIT: &str = "smithy.rules#endpointRuleSet";
const TESTS_TRAIT: &str = "smithy.rules#endpointTests";

/// One service's rule set and test cases, from one model file.
struct ServiceRules {
    label: String,
    rule_set: Value,
    cases: Vec<Value>,
}

fn services_with_rules() -> Vec<ServiceRules> {
    let dir = shared_dir().join("upstream/models");
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".smithy.json"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no *.smithy.json in {}", dir.display());
    let mut services = Vec::new();
    for path in paths {
        let text = fs::read_to_string(&path).expect("model readable");
        let model: Value = serde_json::from_str(&text).expect("model is JSON");
        let shapes = model["shapes"].as_object().expect("model has shapes");
        let file = path.file_name().expect("file name").to_string_lossy();
        let mut found = false;
        for (id, shape) in shapes {
            let traits = &shape["traits"];
            if shape["type"] != "service" || traits.get(RULE_SET_TRAIT).is_none() {
                continue;
            }
            found = true;
            let cases = traits[TESTS_TRAIT]["testCases"]
                .as_array()
                .unwrap_or_else(|| panic!("{file} {id}: rule set without endpointTests"))
                .clone();
            services.push(ServiceRules {
                label: format!("{file} {id}"),
                rule_set: traits[RULE_SET_TRAIT].clone(),
                cases,
            });
        }
        assert!(found, "{file}: no service with an endpoint rule set");
    }
    services
}

fn params_from_test(params: &Value) -> Result<Params, String> {
    let mut out = Params::new();
    for (name, value) in params.as_object().into_iter().flatten() {
        let value = ParamValue::from_json(value).ok_or(format!("odd param {name}: {value}"))?;
        out = out.with_param(name, value);
    }
    Ok(out)
}

/// Compares an outcome with a case's `expect`; `Err` describes the difference.
fn check(
    expect: &Value,
    outcome: &Result<Endpoint, awsgen_runtime::endpoint::EndpointError>,
) -> Result<(), String> {
    match (expect.get("endpoint"), expect.get("error"), outcome) {
        (Some(want), _, Ok(got)) => {
            if want["url"] != got.url.as_str() {
                return Err(format!("url {} != expected {}", got.url, want["url"]));
            }
            if let Some(props) = want.get("properties") {
                let got_props = Value::Object(got.properties.clone());
                if *props != got_props {
                    return Err(format!("properties {got_props} != expected {props}"));
                }
            }
            if let Some(headers) = want.get("headers") {
                let got_headers = serde_json::to_value(&got.headers).expect("headers to JSON");
                if *headers != got_headers {
                    return Err(format!("headers {got_headers} != expected {headers}"));
                }
            }
            Ok(())
        }
        (Some(want), _, Err(e)) => Err(format!("error `{e}` ({:?}), expected {want}", e.kind())),
        (None, Some(want), Err(e)) if want == e.message() => Ok(()),
        (None, Some(want), Err(e)) => Err(format!("error `{e}` != expected {want}")),
        (None, Some(want), Ok(got)) => Err(format!("endpoint {}, expected error {want}", got.url)),
        (None, None, _) => Err(format!("case expects neither endpoint nor error: {expect}")),
    }
}

#[test]
fn every_upstream_endpoint_test_case_passes() {
    let mut passed = 0;
    let mut failures = Vec::new();
    let mut built_in_checks = 0;
    for service in services_with_rules() {
        // The client embeds the trait as a JSON string, so parse that form.
        let text = serde_json::to_string(&service.rule_set).expect("serializable");
        let rules = RuleSet::from_json_str(&text)
            .unwrap_or_else(|e| panic!("{}: rule set does not parse: {e}", service.label));
        let mut service_passed = 0;
        for (i, case) in service.cases.iter().enumerate() {
            let doc = case["documentation"].as_str().unwrap_or("");
            let outcome = params_from_test(&case["params"]).map(|p| rules.resolve(&p));
            match outcome.and_then(|outcome| check(&case["expect"], &outcome)) {
                Ok(()) => service_passed += 1,
                Err(why) => failures.push(format!("{} case {i} ({doc}): {why}", service.label)),
            }

            // The same case through built-ins, as a client sets them: values of
            // parameters bound to a built-in come only from `builtInParams`.
            for input in case["operationInputs"].as_array().into_iter().flatten() {
                let mut params = Params::new();
                for (id, value) in input["builtInParams"].as_object().into_iter().flatten() {
                    let value = ParamValue::from_json(value).expect("built-in value");
                    params = params.with_built_in(id, value);
                }
                for parameter in rules.parameters().iter().filter(|p| p.built_in.is_none()) {
                    if let Some(value) = case["params"].get(&parameter.name) {
                        let value = ParamValue::from_json(value).expect("param value");
                        params = params.with_param(&parameter.name, value);
                    }
                }
                built_in_checks += 1;
                if let Err(why) = check(&case["expect"], &rules.resolve(&params)) {
                    failures.push(format!(
                        "{} case {i} ({doc}) via built-ins: {why}",
                        service.label
                    ));
                }
            }
        }
        println!(
            "{}: {service_passed} of {} cases passed",
            service.label,
            service.cases.len()
        );
        assert!(
            !service.cases.is_empty(),
            "{}: no test cases",
            service.label
        );
        if service.label.starts_with("athena.smithy.json") {
            assert_eq!(service.cases.len(), 47, "Athena's endpointTests");
        }
        passed += service_passed;
    }
    for failure in failures.iter().take(30) {
        println!("FAILED {failure}");
    }
    awsgen_tests::report(&format!(
        "endpoint tests: {passed} passed, {} failed ({built_in_checks} also checked through built-ins)",
        failures.len()
    ));
    assert!(passed > 0, "no endpoint test case ran");
    assert!(built_in_checks > 0, "no case had operationInputs");
    assert!(
        failures.is_empty(),
        "{} endpoint test failures",
        failures.len()
    );
}

/// A small rule set touching headers, properties, array indexing and every rule kind.
fn sample_rules() -> RuleSet {
    let rules = json!({
        "version": "1.0",
        "parameters": {
            "Region": {"type": "string", "builtIn": "AWS::Region", "required": true},
            "UseFIPS": {"type": "boolean", "builtIn": "AWS::UseFIPS", "required": true, "default": false},
            "Arn": {"type": "string", "required": false},
            "Tags": {"type": "stringArray", "required": false, "default": ["first"]}
        },
        "rules": [
            {"type": "tree", "conditions": [
                {"fn": "isSet", "argv": [{"ref": "Arn"}]},
                {"fn": "aws.parseArn", "argv": [{"ref": "Arn"}], "assign": "Parsed"}
             ], "rules": [
                {"type": "endpoint", "conditions": [
                    {"fn": "stringEquals", "argv": [{"fn": "getAttr", "argv": [{"ref": "Parsed"}, "resourceId[0]"]}, "stream"]}
                 ], "endpoint": {
                    "url": "https://{Parsed#accountId}.{Parsed#resourceId[1]}.example.com",
                    "headers": {"x-region": ["{Region}", "{{literal}}"]},
                    "properties": {"authSchemes": [{"name": "sigv4", "signingRegion": "{Parsed#region}", "disableDoubleEncoding": true, "n": 3}]}
                }}
            ]},
            {"type": "error", "conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]}],
             "error": "FIPS is not available in {Region}"},
            {"type": "endpoint", "conditions": [
                {"fn": "getAttr", "argv": [{"ref": "Tags"}, "[0]"], "assign": "FirstTag"}
             ], "endpoint": {"url": "https://{FirstTag}.{Region}.example.com"}}
        ]
    });
    RuleSet::from_json(&rules).expect("sample rule set parses")
}

#[test]
fn headers_properties_and_indexing() {
    let rules = sample_rules();
    let endpoint = rules
        .resolve(&Params::new().with_region("us-west-2").with_param(
            "Arn",
            "arn:aws:kinesis:eu-west-1:123456789012:stream/orders",
        ))
        .expect("resolves");
    assert_eq!(endpoint.url, "https://123456789012.orders.example.com");
    assert_eq!(
        endpoint.headers["x-region"],
        vec!["us-west-2".to_owned(), "{literal}".to_owned()]
    );
    assert_eq!(
        endpoint.auth_schemes(),
        &[
            json!({"name": "sigv4", "signingRegion": "eu-west-1", "disableDoubleEncoding": true, "n": 3})
        ]
    );
}

#[test]
fn defaults_built_ins_and_error_rules() {
    let rules = sample_rules();
    // The stringArray default applies.
    let endpoint = rules
        .resolve(&Params::new().with_region("us-east-1"))
        .expect("resolves");
    assert_eq!(endpoint.url, "https://first.us-east-1.example.com");
    // A named value wins over the default.
    let endpoint = rules
        .resolve(
            &Params::new()
                .with_region("us-east-1")
                .with_param("Tags", vec!["given".to_owned()]),
        )
        .expect("resolves");
    assert_eq!(endpoint.url, "https://given.us-east-1.example.com");
    // A named value wins over a built-in.
    let endpoint = rules
        .resolve(
            &Params::new()
                .with_built_in("AWS::Region", "us-east-1")
                .with_param("Region", "eu-west-3"),
        )
        .expect("resolves");
    assert_eq!(endpoint.url, "https://first.eu-west-3.example.com");

    let err = rules
        .resolve(&Params::new().with_region("us-east-1").with_use_fips(true))
        .expect_err("FIPS error rule");
    assert_eq!(err.kind(), EndpointErrorKind::RuleError);
    assert_eq!(err.to_string(), "FIPS is not available in us-east-1");
}

#[test]
fn bad_params_and_exhausted_trees() {
    let rules = sample_rules();
    let err = rules
        .resolve(&Params::new())
        .expect_err("Region is required");
    assert_eq!(err.kind(), EndpointErrorKind::InvalidParams);
    assert!(err.message().contains("Region"), "{err}");

    let err = rules
        .resolve(
            &Params::new()
                .with_region("us-east-1")
                .with_param("UseFIPS", "yes"),
        )
        .expect_err("UseFIPS must be a boolean");
    assert_eq!(err.kind(), EndpointErrorKind::InvalidParams);

    // The ARN parses but names no stream: the tree's only rule fails, which ends resolution.
    let err = rules
        .resolve(
            &Params::new()
                .with_region("us-east-1")
                .with_param("Arn", "arn:aws:kinesis:eu-west-1:1:consumer/c"),
        )
        .expect_err("tree exhausted");
    assert_eq!(err.kind(), EndpointErrorKind::NoRuleMatched);

    // An ARN that does not parse skips the tree.
    let endpoint = rules
        .resolve(
            &Params::new()
                .with_region("us-east-1")
                .with_param("Arn", "not-an-arn"),
        )
        .expect("resolves");
    assert_eq!(endpoint.url, "https://first.us-east-1.example.com");
}

/// JSON pointers of every node under `value`.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{i}"), out);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                let key = key.replace('~', "~0").replace('/', "~1");
                pointers(item, format!("{at}/{key}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

#[test]
fn mutated_rule_sets_never_panic() {
    let service = services_with_rules()
        .into_iter()
        .find(|s| s.label.starts_with("athena.smithy.json"))
        .expect("the Athena model");
    let mut nodes = Vec::new();
    pointers(&service.rule_set, String::new(), &mut nodes);
    let odd = [
        json!(null),
        json!(1.5),
        json!(-1),
        json!("{"),
        json!("{Nope#a[0]}"),
        json!([]),
        json!({}),
        json!({"ref": "Region"}),
        json!({"fn": "getAttr", "argv": [{"ref": "Region"}, "x[9]"]}),
    ];
    let params: Vec<Params> = service
        .cases
        .iter()
        .take(6)
        .map(|c| params_from_test(&c["params"]).expect("params"))
        .collect();
    let (mut parsed, mut rejected) = (0, 0);
    for node in &nodes {
        for replacement in &odd {
            let mut mutated = service.rule_set.clone();
            match mutated.pointer_mut(node) {
                Some(slot) => *slot = replacement.clone(),
                None => panic!("pointer {node} not found"),
            }
            // Success or failure are both fine; a panic fails the test.
            match RuleSet::from_json(&mutated) {
                Ok(rules) => {
                    parsed += 1;
                    for p in &params {
                        let _ = rules.resolve(p);
                    }
                }
                Err(_) => rejected += 1,
            }
        }
    }
    println!("mutations: {parsed} parsed, {rejected} rejected");
    assert!(parsed > 0 && rejected > 0, "mutations exercised nothing");
}
