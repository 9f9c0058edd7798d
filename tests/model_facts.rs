//! Checks codegen/macros/models/athena-start-session.smithy.json (the session lifecycle:
//! StartSession, GetSessionStatus, GetSession, TerminateSession, ListSessions) against AWS's upstream Athena
//! model: same shapes and non-documentation traits, documentation wherever upstream has it,
//! and documentation prose that is ours rather than copied.
#![forbid(unsafe_code)]

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

const SERVICE: &str = "com.amazonaws.athena#AmazonAthena";
/// The session lifecycle: the operations the shipped model covers, in upstream's order.
const OPERATIONS: [&str; 5] = [
    "com.amazonaws.athena#GetSession",
    "com.amazonaws.athena#GetSessionStatus",
    "com.amazonaws.athena#ListSessions",
    "com.amazonaws.athena#StartSession",
    "com.amazonaws.athena#TerminateSession",
];
/// The operation whose upstream documentation the copy-detector self-test uses.
const START_SESSION: &str = "com.amazonaws.athena#StartSession";
const NAMESPACE_PREFIX: &str = "com.amazonaws.athena#";
const DOC: &str = "smithy.api#documentation";
/// Shared word runs this long count as copied prose.
const COPY_RUN_WORDS: usize = 8;
/// Shapes reachable from each operation in the upstream model, and from all of them together
/// (checked, so a model refresh that changes them is noticed).
const OPERATION_CLOSURE_SIZES: [usize; 5] = [47, 14, 21, 46, 11];
const CLOSURE_SIZE: usize = 72;

fn load(path: &Path) -> Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

fn ours_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../codegen/macros/models/athena-start-session.smithy.json")
}

fn ours() -> Value {
    load(&ours_path())
}

fn upstream() -> Value {
    load(&awsgen_tests::shared_dir().join("upstream/models/athena.smithy.json"))
}

fn shapes(model: &Value) -> &Map<String, Value> {
    model["shapes"]
        .as_object()
        .expect("model has a `shapes` object")
}

fn shape<'a>(model: &'a Value, id: &str) -> &'a Value {
    shapes(model)
        .get(id)
        .unwrap_or_else(|| panic!("shape {id} missing"))
}

/// Targets of a shape's references (input, output, errors, operations, member, key, value,
/// members), each labelled by where it sits so mismatches can be named.
fn references(shape: &Value) -> Vec<(String, String)> {
    let mut refs = Vec::new();
    let target = |v: &Value| v["target"].as_str().unwrap_or("<no target>").to_string();
    for key in ["input", "output", "member", "key", "value"] {
        if let Some(r) = shape.get(key) {
            refs.push((key.to_string(), target(r)));
        }
    }
    for key in ["errors", "operations"] {
        if let Some(list) = shape.get(key).and_then(Value::as_array) {
            refs.extend(list.iter().map(|r| (key.to_string(), target(r))));
        }
    }
    if let Some(members) = shape.get("members").and_then(Value::as_object) {
        refs.extend(members.iter().map(|(name, m)| (name.clone(), target(m))));
    }
    refs
}

/// Shapes in the Athena namespace reachable from `roots`, the roots included.
fn closure(model: &Value, roots: &[&str]) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut pending: Vec<String> = roots.iter().map(|r| r.to_string()).collect();
    while let Some(id) = pending.pop() {
        if !id.starts_with(NAMESPACE_PREFIX) || !seen.insert(id.clone()) {
            continue;
        }
        pending.extend(references(shape(model, &id)).into_iter().map(|(_, t)| t));
    }
    seen
}

/// A trait map without documentation, for exact comparison.
fn non_doc_traits(holder: &Value) -> BTreeMap<String, Value> {
    holder
        .get("traits")
        .and_then(Value::as_object)
        .map(|t| {
            t.iter()
                .filter(|(k, _)| k.as_str() != DOC)
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        })
        .unwrap_or_default()
}

fn doc(holder: &Value) -> Option<&str> {
    holder.get("traits")?.get(DOC)?.as_str()
}

/// Every documentation string of a model, named `Shape` or `Shape$member`.
fn docs(model: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (id, s) in shapes(model) {
        if let Some(d) = doc(s) {
            out.push((id.clone(), d.to_string()));
        }
        if let Some(members) = s.get("members").and_then(Value::as_object) {
            for (name, m) in members {
                if let Some(d) = doc(m) {
                    out.push((format!("{id}${name}"), d.to_string()));
                }
            }
        }
    }
    out
}

/// Lowercased words with HTML tags removed and punctuation trimmed from word edges.
fn words(text: &str) -> Vec<String> {
    let mut plain = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                plain.push(' ');
            }
            _ if !in_tag => plain.push(c),
            _ => {}
        }
    }
    plain
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn word_runs(text: &str) -> Vec<Vec<String>> {
    words(text)
        .windows(COPY_RUN_WORDS)
        .map(<[String]>::to_vec)
        .collect()
}

/// The first run of `COPY_RUN_WORDS` words of `text` that also appears in `known`.
fn copied_run(text: &str, known: &HashSet<Vec<String>>) -> Option<String> {
    word_runs(text)
        .into_iter()
        .find(|run| known.contains(run))
        .map(|run| run.join(" "))
}

fn fail_if_any(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} problem(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn shape_set_is_session_operations_closure_plus_service() {
    let up = upstream();
    for (op, size) in OPERATIONS.iter().zip(OPERATION_CLOSURE_SIZES) {
        assert_eq!(
            closure(&up, &[op]).len(),
            size,
            "upstream closure size of {op} changed"
        );
    }
    let expected = closure(&up, &OPERATIONS);
    assert_eq!(
        expected.len(),
        CLOSURE_SIZE,
        "upstream closure size of the session operations changed"
    );
    let mut expected_all = expected;
    expected_all.insert(SERVICE.to_string());

    let ours = ours();
    assert_eq!(ours["smithy"], "2.0", "our model must declare smithy 2.0");
    let actual: BTreeSet<String> = shapes(&ours).keys().cloned().collect();
    let missing: Vec<_> = expected_all.difference(&actual).collect();
    let extra: Vec<_> = actual.difference(&expected_all).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "shape set differs from upstream closure: missing {missing:?}, extra {extra:?}"
    );
    assert_eq!(actual.len(), CLOSURE_SIZE + 1);
}

#[test]
fn shapes_members_and_traits_match_upstream() {
    let up = upstream();
    let ours = ours();
    let mut failures = Vec::new();
    for (id, our) in shapes(&ours) {
        if id == SERVICE {
            continue; // its operations list is trimmed on purpose; checked in service_shape_is_trimmed_upstream
        }
        let Some(theirs) = shapes(&up).get(id) else {
            failures.push(format!("{id}: not in upstream"));
            continue;
        };
        if our["type"] != theirs["type"] {
            failures.push(format!(
                "{id}: type {} != upstream {}",
                our["type"], theirs["type"]
            ));
        }
        let mut our_refs = references(our);
        let mut their_refs = references(theirs);
        // Member order is free; error order is not semantically meaningful either.
        our_refs.sort();
        their_refs.sort();
        if our_refs != their_refs {
            failures.push(format!(
                "{id}: references/members {our_refs:?} != upstream {their_refs:?}"
            ));
        }
        if non_doc_traits(our) != non_doc_traits(theirs) {
            failures.push(format!(
                "{id}: traits {:?} != upstream {:?}",
                non_doc_traits(our),
                non_doc_traits(theirs)
            ));
        }
        for key in ["member", "key", "value"] {
            if let (Some(o), Some(t)) = (our.get(key), theirs.get(key)) {
                if non_doc_traits(o) != non_doc_traits(t) {
                    failures.push(format!("{id}${key}: traits differ from upstream"));
                }
            }
        }
        let their_members = theirs.get("members").and_then(Value::as_object);
        if let (Some(members), Some(their_members)) =
            (our.get("members").and_then(Value::as_object), their_members)
        {
            for (name, m) in members {
                let Some(t) = their_members.get(name) else {
                    continue; // reported above as a reference mismatch
                };
                if non_doc_traits(m) != non_doc_traits(t) {
                    failures.push(format!(
                        "{id}${name}: traits {:?} != upstream {:?}",
                        non_doc_traits(m),
                        non_doc_traits(t)
                    ));
                }
            }
        }
        // `traits` may exist only to carry our documentation; its content is compared above.
        for key in our.as_object().into_iter().flat_map(Map::keys) {
            if key != "traits" && theirs.get(key).is_none() {
                failures.push(format!("{id}: property `{key}` not in upstream"));
            }
        }
    }
    fail_if_any(failures);
}

#[test]
fn documented_upstream_means_documented_here() {
    let ours = ours();
    let our_docs: BTreeMap<String, String> = docs(&ours).into_iter().collect();
    let mut failures = Vec::new();
    for (name, _) in docs(&upstream()) {
        let shape_id = name.split('$').next().unwrap_or(&name);
        if !shapes(&ours).contains_key(shape_id) {
            continue;
        }
        match our_docs.get(&name) {
            Some(d) if !words(d).is_empty() => {}
            Some(_) => failures.push(format!("{name}: documentation is empty")),
            None => failures.push(format!("{name}: upstream documents it, we do not")),
        }
    }
    fail_if_any(failures);
}

#[test]
fn documentation_shares_no_long_word_run_with_upstream() {
    let known: HashSet<Vec<String>> = docs(&upstream())
        .iter()
        .flat_map(|(_, d)| word_runs(d))
        .collect();
    assert!(
        !known.is_empty(),
        "upstream model has no documentation to compare against"
    );
    let failures = docs(&ours())
        .into_iter()
        .filter_map(|(name, d)| {
            copied_run(&d, &known).map(|run| format!("{name}: shares \"{run}\" with upstream"))
        })
        .collect();
    fail_if_any(failures);
}

/// The copy detector must catch an upstream sentence even when reformatted.
#[test]
fn copy_detector_catches_reformatted_upstream_prose() {
    let up = upstream();
    let original = doc(shape(&up, START_SESSION)).expect("upstream StartSession is documented");
    let known: HashSet<Vec<String>> = word_runs(original).into_iter().collect();
    let reformatted = words(original).join("   ").to_uppercase();
    assert!(copied_run(&reformatted, &known).is_some());
    assert!(copied_run("Opens a brand new session for you.", &known).is_none());
}

#[test]
fn service_shape_is_trimmed_upstream() {
    let up = upstream();
    let ours = ours();
    let (our, theirs) = (shape(&ours, SERVICE), shape(&up, SERVICE));
    let mut failures = Vec::new();
    for pointer in [
        "/type",
        "/version",
        "/traits/aws.protocols#awsJson1_1",
        "/traits/aws.auth#sigv4/name",
        "/traits/aws.api#service/endpointPrefix",
        "/traits/aws.api#service/sdkId",
        "/traits/aws.api#service/arnNamespace",
        "/traits/smithy.api#title",
    ] {
        match (our.pointer(pointer), theirs.pointer(pointer)) {
            (Some(a), Some(b)) if a == b => {}
            (a, b) => failures.push(format!("{SERVICE}{pointer}: ours {a:?} != upstream {b:?}")),
        }
    }
    let ops: Vec<_> = references(our).into_iter().map(|(_, t)| t).collect();
    if ops != OPERATIONS {
        failures.push(format!(
            "{SERVICE}: operations {ops:?}, expected exactly {OPERATIONS:?}"
        ));
    }
    // Every other non-doc service trait is upstream's, minus the endpoint rules we omit.
    let mut expected = non_doc_traits(theirs);
    expected.retain(|k, _| !k.starts_with("smithy.rules#"));
    if non_doc_traits(our) != expected {
        failures.push(format!(
            "{SERVICE}: traits {:?} != upstream without smithy.rules#* {:?}",
            non_doc_traits(our).keys(),
            expected.keys()
        ));
    }
    if doc(our).is_none_or(|d| words(d).is_empty()) {
        failures.push(format!("{SERVICE}: missing documentation"));
    }
    fail_if_any(failures);
}
