//! The botocore loader against real botocore files: the Athena models (checked against the
//! Smithy model of the same revision) and every case of the botocore protocol test suites.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use awsgen_codegen::botocore;
use awsgen_codegen::diagnostic::Diagnostic;
use awsgen_codegen::json_value::Value;
use awsgen_codegen::model::{Model, Protocol, Shape, ShapeKind};
use awsgen_codegen::smithy;
use awsgen_tests::shared_dir;

fn read(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("fixture {} unreadable: {e}", path.display()))
}

/// A model loader: `botocore::parse` or `smithy::parse`.
type Loader = fn(&str, &str) -> Result<Model, Vec<Diagnostic>>;

fn load(name: &str, parse: Loader) -> Model {
    let path = shared_dir().join("upstream/models").join(name);
    parse(&read(&path), name).unwrap_or_else(|diags| {
        let lines: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
        panic!("{name} did not load:\n{}", lines.join("\n"))
    })
}

#[test]
fn current_athena_model_loads_with_every_operation() {
    let model = load("athena.botocore.json", botocore::parse);
    assert_eq!(model.operation_names().len(), 75);
    assert_eq!(model.service.id, "com.amazonaws.athena#AmazonAthena");
    assert_eq!(model.service.target_prefix, "AmazonAthena");
    assert_eq!(model.service.protocol, Protocol::AwsJson1_1);
    assert_eq!(model.service.signing_name, "athena");
    assert_eq!(model.service.endpoint_prefix, "athena");
    assert_eq!(model.service.sdk_id, "Athena");
    assert!(model.service.documentation.is_some());
    for name in model.operation_names() {
        let Some(ShapeKind::Operation {
            input,
            output,
            errors,
        }) = model.operation(name).map(|op| &op.kind)
        else {
            panic!("{name} is not an operation")
        };
        let input = input.as_ref().and_then(|id| model.shape(id));
        let output = output.as_ref().and_then(|id| model.shape(id));
        assert!(
            input.is_some_and(|s| s.traits.input),
            "{name}: input not marked"
        );
        assert!(
            output.is_some_and(|s| s.traits.output),
            "{name}: output not marked"
        );
        for e in errors {
            assert!(
                model.shape(e).is_some_and(|s| s.traits.error.is_some()),
                "{name}: error {e} has no error kind"
            );
        }
    }
    let internal = model.shape("com.amazonaws.athena#InternalServerException");
    assert_eq!(
        internal.and_then(|s| s.traits.error),
        Some(awsgen_codegen::model::ErrorFault::Server)
    );
}

/// The kind as both formats can state it (botocore string enums are Smithy enum shapes).
fn kind(shape: &Shape) -> &str {
    shape.type_name()
}

/// botocore omits `min: 0`, which Smithy states.
fn length(shape: &Shape) -> Option<(Option<u64>, Option<u64>)> {
    shape
        .traits
        .length
        .map(|(min, max)| (min.filter(|m| *m != 0), max))
        .filter(|l| *l != (None, None))
}

/// botocore drops the `^`/`$` anchors Smithy patterns carry (not always both: see KmsKey), so
/// patterns compare without an outer anchor. Note: a Smithy @pattern is an unanchored search,
/// so the botocore pattern is looser than the Smithy one when anchors were dropped.
fn unanchored(pattern: &str) -> &str {
    let p = pattern.strip_prefix('^').unwrap_or(pattern);
    p.strip_suffix('$').unwrap_or(p)
}

#[test]
fn athena_botocore_revision_matches_the_smithy_model() {
    let boto = load("athena.botocore.2026-02-05.json", botocore::parse);
    let smithy = load("athena.smithy.json", smithy::parse);
    assert_eq!(boto.operation_names().len(), 70);
    assert_eq!(boto.operation_names(), smithy.operation_names());
    assert_eq!(boto.service.id, smithy.service.id);
    assert_eq!(boto.service.target_prefix, smithy.service.target_prefix);
    assert_eq!(boto.service.protocol, smithy.service.protocol);
    assert_eq!(boto.service.signing_name, smithy.service.signing_name);
    assert_eq!(boto.service.endpoint_prefix, smithy.service.endpoint_prefix);
    assert_eq!(boto.service.sdk_id, smithy.service.sdk_id);

    let mut mismatches: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut patterns_anchored_differently = BTreeSet::new();
    let mut compared = 0;
    for (id, b) in &boto.shapes {
        if matches!(b.kind, ShapeKind::Operation { .. }) {
            continue;
        }
        let Some(s) = smithy.shape(id) else {
            mismatches
                .entry(b.name())
                .or_default()
                .push("not in the Smithy model".into());
            continue;
        };
        compared += 1;
        let mut problems = Vec::new();
        if kind(b) != kind(s) {
            problems.push(format!("type {} vs {}", kind(b), kind(s)));
        }
        if let (ShapeKind::Structure(bm), ShapeKind::Structure(sm)) = (&b.kind, &s.kind) {
            let names = |ms: &[awsgen_codegen::model::Member]| -> BTreeMap<String, bool> {
                ms.iter()
                    .map(|m| (m.name.clone(), m.traits.required))
                    .collect()
            };
            let (bn, sn) = (names(bm), names(sm));
            if bn.keys().ne(sn.keys()) {
                problems.push(format!("members {:?} vs {:?}", bn.keys(), sn.keys()));
            } else if bn != sn {
                problems.push(format!("required flags {bn:?} vs {sn:?}"));
            }
        }
        if let (Some(bl), Some(sl)) = (length(b), length(s)) {
            if bl != sl {
                problems.push(format!("length {bl:?} vs {sl:?}"));
            }
        } else if length(b).is_some() != length(s).is_some() {
            problems.push(format!("length {:?} vs {:?}", length(b), length(s)));
        }
        if b.traits.range != s.traits.range {
            problems.push(format!(
                "range {:?} vs {:?}",
                b.traits.range, s.traits.range
            ));
        }
        match (&b.traits.pattern, &s.traits.pattern) {
            (Some(bp), Some(sp)) if bp != sp => {
                if unanchored(bp) == unanchored(sp) {
                    patterns_anchored_differently.insert(b.name());
                } else {
                    problems.push(format!("pattern {bp:?} vs {sp:?}"));
                }
            }
            (Some(_), None) | (None, Some(_)) => problems.push("pattern on one side only".into()),
            _ => {}
        }
        if b.traits.error != s.traits.error {
            problems.push(format!(
                "error {:?} vs {:?}",
                b.traits.error, s.traits.error
            ));
        }
        if !problems.is_empty() {
            mismatches.entry(b.name()).or_default().extend(problems);
        }
    }
    println!("athena: {compared} shapes compared");
    // Genuine upstream difference: botocore's copy of these patterns lost the outer `^`/`$`.
    let expected_anchor_losses = BTreeSet::from([
        "CalculationResultType",
        "CapacityReservationName",
        "CatalogNameString",
        "ClientRequestToken",
        "CommentString",
        "KeyString",
        "KmsKey",
        "NamedQueryId",
        "NotebookId",
        "NotebookName",
        "QueryExecutionId",
        "StatementName",
        "TypeString",
        "WorkGroupName",
    ]);
    assert_eq!(patterns_anchored_differently, expected_anchor_losses);
    assert!(compared > 300, "only {compared} shapes compared");
    assert!(
        mismatches.is_empty(),
        "botocore vs Smithy mismatches: {mismatches:#?}"
    );
}

/// Every case of a botocore protocol test suite, as (label, model result).
fn suite_cases(relative: &str) -> Vec<(String, Result<Model, Vec<String>>)> {
    let path = shared_dir().join("protocol-tests").join(relative);
    let groups: Value = read(&path)
        .parse()
        .unwrap_or_else(|e| panic!("{relative} is not JSON: {e}"));
    let groups = groups
        .as_array()
        .unwrap_or_else(|| panic!("{relative} is not an array of groups"));
    let mut out = Vec::new();
    for (g, group) in groups.iter().enumerate() {
        let cases = group["cases"]
            .as_array()
            .unwrap_or_else(|| panic!("{relative} group {g} has no cases"));
        for case in cases {
            let given = &case["given"];
            let label = format!(
                "{relative} group {g} case {}",
                case["id"].as_str().unwrap_or("?")
            );
            let name = given["name"].as_str().unwrap_or_default();
            let result = botocore::parse_parts(
                &group["metadata"],
                &group["shapes"],
                &[(name, given)],
                &label,
            )
            .map_err(|d| d.into_iter().map(|d| d.message).collect());
            out.push((label, result));
        }
    }
    out
}

#[test]
fn every_protocol_suite_case_loads() {
    let suites = [
        ("input/json.json", Protocol::AwsJson1_1),
        ("input/json_1_0.json", Protocol::AwsJson1_0),
        ("output/json.json", Protocol::AwsJson1_1),
        ("output/json_1_0.json", Protocol::AwsJson1_0),
    ];
    let (mut loaded, mut failed) = (0, Vec::new());
    for (suite, protocol) in suites {
        let cases = suite_cases(suite);
        assert!(!cases.is_empty(), "{suite} has no cases");
        for (label, result) in cases {
            match result {
                Ok(model) => {
                    assert_eq!(model.service.protocol, protocol, "{label}");
                    assert_eq!(model.operation_names().len(), 1, "{label}");
                    loaded += 1;
                }
                Err(messages) => failed.push(format!("{label}: {}", messages.join("; "))),
            }
        }
    }
    awsgen_tests::report(&format!(
        "botocore suites: {loaded} cases loaded, {} failed",
        failed.len()
    ));
    assert!(
        failed.is_empty(),
        "cases that did not load:\n{}",
        failed.join("\n")
    );
    // 27 + 21 input cases, 31 + 32 output cases in the checked-in suites.
    assert_eq!(loaded, 111);
}
