//! Boundary values for every constrained member reachable from StartSessionRequest: each length
//! and range at min-1, min, max and max+1, each pattern with realistic good and bad values, each
//! required member left out. A rejection must name the exact member path, and the model's set of
//! constraints must equal the list below, so a constraint added to the model without a boundary
//! test here fails `model_constraints_are_all_covered` with its name.
#![forbid(unsafe_code)]

awsgen_runtime::athena_operation!(StartSession);

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use awsgen_codegen::model::{Member, Model, ShapeKind};

/// Every constraint reachable from StartSessionRequest, as `path kind`: lists expand as `[]`,
/// map keys and values as `{key}` and `{value}`. Each one has boundary cases below.
const COVERED: &[&str] = &[
    "Description length 1..1024",
    "WorkGroup required",
    "WorkGroup pattern",
    "EngineConfiguration required",
    "EngineConfiguration.CoordinatorDpuSize range 1..1",
    "EngineConfiguration.MaxConcurrentDpus range 2..5000",
    "EngineConfiguration.DefaultExecutorDpuSize range 1..1",
    "EngineConfiguration.AdditionalConfigs{key} length 1..255",
    "EngineConfiguration.AdditionalConfigs{key} pattern",
    "EngineConfiguration.AdditionalConfigs{value} length 0..51200",
    "EngineConfiguration.SparkProperties{key} length 1..255",
    "EngineConfiguration.SparkProperties{key} pattern",
    "EngineConfiguration.SparkProperties{value} length 0..51200",
    "EngineConfiguration.Classifications[].Name length 1..128",
    "EngineConfiguration.Classifications[].Properties{key} length 1..255",
    "EngineConfiguration.Classifications[].Properties{key} pattern",
    "EngineConfiguration.Classifications[].Properties{value} length 0..51200",
    "ExecutionRole length 20..2048",
    "ExecutionRole pattern",
    "MonitoringConfiguration.CloudWatchLoggingConfiguration.Enabled required",
    "MonitoringConfiguration.CloudWatchLoggingConfiguration.LogGroup length 1..512",
    "MonitoringConfiguration.CloudWatchLoggingConfiguration.LogGroup pattern",
    "MonitoringConfiguration.CloudWatchLoggingConfiguration.LogStreamNamePrefix length 1..512",
    "MonitoringConfiguration.CloudWatchLoggingConfiguration.LogStreamNamePrefix pattern",
    "MonitoringConfiguration.ManagedLoggingConfiguration.Enabled required",
    "MonitoringConfiguration.ManagedLoggingConfiguration.KmsKey length 1..2048",
    "MonitoringConfiguration.ManagedLoggingConfiguration.KmsKey pattern",
    "MonitoringConfiguration.S3LoggingConfiguration.Enabled required",
    "MonitoringConfiguration.S3LoggingConfiguration.KmsKey length 1..2048",
    "MonitoringConfiguration.S3LoggingConfiguration.KmsKey pattern",
    "MonitoringConfiguration.S3LoggingConfiguration.LogLocation length 0..1024",
    "MonitoringConfiguration.S3LoggingConfiguration.LogLocation pattern",
    "NotebookVersion length 1..128",
    "SessionIdleTimeoutInMinutes range 1..480",
    "ClientRequestToken length 32..128",
    "Tags[].Key length 1..128",
    "Tags[].Value length 0..256",
];

// ---------------------------------------------------------------------------------------------
// Completeness: the model's constraints, computed from the model itself.

fn model_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../codegen/macros/models/athena-start-session.smithy.json")
}

fn bounds<T: std::fmt::Display>(min: Option<T>, max: Option<T>) -> String {
    let show = |v: Option<T>| v.map(|v| v.to_string()).unwrap_or_default();
    format!("{}..{}", show(min), show(max))
}

/// Adds the member's own constraints (member traits override the target's, as in Smithy).
fn member_constraints(model: &Model, m: &Member, path: &str, out: &mut BTreeSet<String>) {
    let target = model.shape(&m.target).map(|s| &s.traits);
    let length = m.traits.length.or(target.and_then(|t| t.length));
    let range = m.traits.range.or(target.and_then(|t| t.range));
    let pattern = m.traits.pattern.is_some() || target.is_some_and(|t| t.pattern.is_some());
    if let Some((min, max)) = length {
        out.insert(format!("{path} length {}", bounds(min, max)));
    }
    if let Some((min, max)) = range {
        out.insert(format!("{path} range {}", bounds(min, max)));
    }
    if pattern {
        out.insert(format!("{path} pattern"));
    }
}

fn walk(model: &Model, id: &str, path: &str, stack: &mut Vec<String>, out: &mut BTreeSet<String>) {
    // A recursive shape adds no new constraint paths after its first visit on this branch.
    if stack.iter().any(|s| s == id) {
        return;
    }
    let Some(shape) = model.shape(id) else {
        return;
    };
    stack.push(id.to_string());
    let mut visit = |m: &Member, path: String, out: &mut BTreeSet<String>| {
        member_constraints(model, m, &path, out);
        walk(model, &m.target, &path, stack, out);
    };
    match &shape.kind {
        ShapeKind::Structure(members) | ShapeKind::Union(members) => {
            for m in members {
                let p = if path.is_empty() {
                    m.name.clone()
                } else {
                    format!("{path}.{}", m.name)
                };
                if m.traits.required {
                    out.insert(format!("{p} required"));
                }
                visit(m, p, out);
            }
        }
        ShapeKind::List(item) => visit(item, format!("{path}[]"), out),
        ShapeKind::Map { key, value } => {
            visit(key, format!("{path}{{key}}"), out);
            visit(value, format!("{path}{{value}}"), out);
        }
        _ => {}
    }
    stack.pop();
}

fn model_constraints() -> BTreeSet<String> {
    let model = awsgen_codegen::load_model(&model_path(), "athena-start-session.smithy.json")
        .unwrap_or_else(|d| panic!("model does not load: {d:?}"));
    let op = model
        .operation("StartSession")
        .expect("the model has StartSession");
    let ShapeKind::Operation {
        input: Some(input), ..
    } = &op.kind
    else {
        panic!("StartSession has no input shape");
    };
    let mut out = BTreeSet::new();
    walk(&model, input, "", &mut Vec::new(), &mut out);
    out
}

#[test]
fn model_constraints_are_all_covered() {
    let in_model = model_constraints();
    let covered: BTreeSet<String> = COVERED.iter().map(|s| s.to_string()).collect();
    let untested: Vec<&String> = in_model.difference(&covered).collect();
    let stale: Vec<&String> = covered.difference(&in_model).collect();
    assert!(
        untested.is_empty() && stale.is_empty(),
        "constraints in the model without boundary tests: {untested:?}; \
         covered entries the model no longer has: {stale:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// The boundary harness: counts assertions and collects failures instead of stopping at the first.

#[derive(Default)]
struct Bounds {
    passed: usize,
    failures: Vec<String>,
    /// COVERED entries that have cases, recorded by the case groups.
    exercised: BTreeSet<&'static str>,
}

impl Bounds {
    /// Records that the following cases cover this COVERED entry.
    fn cover(&mut self, entry: &'static str) {
        if !COVERED.contains(&entry) {
            self.failures
                .push(format!("cases claim to cover {entry:?}, not in COVERED"));
        }
        self.exercised.insert(entry);
    }

    fn check(&mut self, ok: bool, failure: impl FnOnce() -> String) {
        if ok {
            self.passed += 1;
        } else {
            self.failures.push(failure());
        }
    }

    /// The request must validate with no violation (no false rejection).
    fn accept(&mut self, what: &str, req: &StartSessionRequest) {
        let result = req.validate();
        self.check(result.is_ok(), || {
            format!("false rejection: {what}: {}", result.unwrap_err())
        });
    }

    /// The request must be rejected with exactly these violations, in order: each a path and a
    /// fragment of its message (no miss, and nothing else reported).
    fn reject(&mut self, what: &str, req: &StartSessionRequest, expected: &[(&str, &str)]) {
        let got: Vec<(String, String)> = match req.validate() {
            Ok(()) => Vec::new(),
            Err(errors) => errors
                .violations
                .into_iter()
                .map(|v| (v.path, v.message))
                .collect(),
        };
        let matches = got.len() == expected.len()
            && got
                .iter()
                .zip(expected)
                .all(|((path, message), (want_path, fragment))| {
                    path == want_path && message.contains(fragment)
                });
        self.check(matches, || {
            if got.is_empty() {
                format!("miss: {what}: accepted, expected {expected:?}")
            } else {
                format!("wrong rejection: {what}: got {got:?}, expected {expected:?}")
            }
        });
    }
}

/// `n` copies of `c`: lengths are in code points, so multi-byte `c` tests the counting.
fn rep(c: char, n: usize) -> String {
    c.to_string().repeat(n)
}

fn map(key: &str, value: &str) -> HashMap<String, String> {
    HashMap::from([(key.to_string(), value.to_string())])
}

const ROLE: &str = "arn:aws:iam::123456789012:role/service-role/AthenaSpark";
const KMS_KEY_ARN: &str =
    "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

/// A request with every member set to a valid value, so every check runs on the baseline.
fn baseline() -> StartSessionRequest {
    StartSessionRequest {
        description: Some("nightly ETL session".into()),
        work_group: Some("primary".into()),
        engine_configuration: Some(EngineConfiguration {
            coordinator_dpu_size: Some(1),
            max_concurrent_dpus: 20,
            default_executor_dpu_size: Some(1),
            additional_configs: Some(map("NotebookId", "nb-1")),
            spark_properties: Some(map("spark.sql.shuffle.partitions", "64")),
            classifications: Some(vec![
                Classification {
                    name: Some("spark-defaults".into()),
                    properties: Some(map("spark.executor.cores", "4")),
                },
                Classification {
                    name: Some("spark-hive-site".into()),
                    properties: Some(map("hive.metastore", "glue")),
                },
            ]),
        }),
        execution_role: Some(ROLE.into()),
        monitoring_configuration: Some(MonitoringConfiguration {
            cloud_watch_logging_configuration: Some(CloudWatchLoggingConfiguration {
                enabled: true,
                log_group: Some("/aws/athena/sessions".into()),
                log_stream_name_prefix: Some("etl/".into()),
                log_types: Some(HashMap::from([(
                    "SPARK_DRIVER".to_string(),
                    vec!["STDOUT".to_string(), "STDERR".to_string()],
                )])),
            }),
            managed_logging_configuration: Some(ManagedLoggingConfiguration {
                enabled: true,
                kms_key: Some(KMS_KEY_ARN.into()),
            }),
            s3_logging_configuration: Some(S3LoggingConfiguration {
                enabled: true,
                kms_key: Some("alias/athena-logs".into()),
                log_location: Some("s3://my-bucket/athena/logs/".into()),
            }),
        }),
        notebook_version: Some("Athena notebook version 1".into()),
        session_idle_timeout_in_minutes: Some(15),
        client_request_token: Some("0123456789abcdef0123456789abcdef".into()),
        tags: Some(vec![
            Tag {
                key: Some("team".into()),
                value: Some("data".into()),
            },
            Tag {
                key: Some("env".into()),
                value: Some("prod".into()),
            },
        ]),
        copy_work_group_tags: Some(true),
    }
}

fn with(edit: impl FnOnce(&mut StartSessionRequest)) -> StartSessionRequest {
    let mut req = baseline();
    edit(&mut req);
    req
}

fn engine(req: &mut StartSessionRequest) -> &mut EngineConfiguration {
    req.engine_configuration.as_mut().expect("baseline sets it")
}

fn monitoring(req: &mut StartSessionRequest) -> &mut MonitoringConfiguration {
    req.monitoring_configuration
        .as_mut()
        .expect("baseline sets it")
}

fn cloud_watch(req: &mut StartSessionRequest) -> &mut CloudWatchLoggingConfiguration {
    monitoring(req)
        .cloud_watch_logging_configuration
        .as_mut()
        .expect("baseline sets it")
}

fn managed(req: &mut StartSessionRequest) -> &mut ManagedLoggingConfiguration {
    monitoring(req)
        .managed_logging_configuration
        .as_mut()
        .expect("baseline sets it")
}

fn s3(req: &mut StartSessionRequest) -> &mut S3LoggingConfiguration {
    monitoring(req)
        .s3_logging_configuration
        .as_mut()
        .expect("baseline sets it")
}

const BELOW: &str = "is below the minimum";
const ABOVE: &str = "is above the maximum";
const NO_MATCH: &str = "does not match the pattern";

/// A string member with a length and no pattern, set through `set` at `path`.
fn string_length(
    b: &mut Bounds,
    path: &str,
    (min, max): (usize, usize),
    set: fn(&mut StartSessionRequest, String),
) {
    let value = |s: String| with(|r| set(r, s));
    // With min = 0 there is no min-1 length to reject.
    if min > 0 {
        let below = format!("length {} {BELOW} {min}", min - 1);
        b.reject(
            &format!("{path} at min-1"),
            &value(rep('a', min - 1)),
            &[(path, &below)],
        );
    }
    b.accept(&format!("{path} at min"), &value(rep('a', min)));
    b.accept(&format!("{path} at max"), &value(rep('a', max)));
    // Code points, not bytes: max two-byte and four-byte characters still fit.
    b.accept(&format!("{path} at max 'é'"), &value(rep('é', max)));
    b.accept(&format!("{path} at max emoji"), &value(rep('😀', max)));
    let above = format!("length {} {ABOVE} {max}", max + 1);
    b.reject(
        &format!("{path} at max+1"),
        &value(rep('a', max + 1)),
        &[(path, &above)],
    );
    b.reject(
        &format!("{path} at max+1 emoji"),
        &value(rep('😀', max + 1)),
        &[(path, &above)],
    );
}

/// An i32 member with a range, set through `set` at `path`.
fn int_range(
    b: &mut Bounds,
    path: &str,
    (min, max): (i32, i32),
    set: fn(&mut StartSessionRequest, i32),
) {
    let value = |v: i32| with(|r| set(r, v));
    b.reject(
        &format!("{path} at min-1"),
        &value(min - 1),
        &[(path, &format!("{} {BELOW} {min}", min - 1))],
    );
    b.accept(&format!("{path} at min"), &value(min));
    b.accept(&format!("{path} at max"), &value(max));
    b.reject(
        &format!("{path} at max+1"),
        &value(max + 1),
        &[(path, &format!("{} {ABOVE} {max}", max + 1))],
    );
    b.reject(
        &format!("{path} at i32::MIN"),
        &value(i32::MIN),
        &[(path, BELOW)],
    );
    b.reject(
        &format!("{path} at i32::MAX"),
        &value(i32::MAX),
        &[(path, ABOVE)],
    );
}

/// Which parameter map a KeyString-keyed case edits.
#[derive(Clone, Copy)]
enum ParamMap {
    AdditionalConfigs,
    SparkProperties,
    ClassificationProperties,
}

impl ParamMap {
    fn path(self) -> &'static str {
        match self {
            ParamMap::AdditionalConfigs => "EngineConfiguration.AdditionalConfigs",
            ParamMap::SparkProperties => "EngineConfiguration.SparkProperties",
            // The second classification, so the index in the path is checked too.
            ParamMap::ClassificationProperties => {
                "EngineConfiguration.Classifications[1].Properties"
            }
        }
    }

    fn request(self, key: &str, value: &str) -> StartSessionRequest {
        with(|r| {
            let e = engine(r);
            let m = Some(map(key, value));
            match self {
                ParamMap::AdditionalConfigs => e.additional_configs = m,
                ParamMap::SparkProperties => e.spark_properties = m,
                ParamMap::ClassificationProperties => {
                    e.classifications.as_mut().expect("baseline sets it")[1].properties = m
                }
            }
        })
    }
}

/// KeyString keys (1..255 code points, printable BMP, astral code points and tab) and
/// ParametersMapValue values (0..51200) of one parameter map.
fn parameters_map(b: &mut Bounds, which: ParamMap) {
    let base = which.path();
    let at = |key: &str| format!("{base}[{key:?}]");

    // Keys: length.
    b.reject(
        &format!("{base} key at min-1 (empty)"),
        &which.request("", "v"),
        &[(&at(""), &format!("length 0 {BELOW} 1"))],
    );
    b.accept(&format!("{base} key at min"), &which.request("k", "v"));
    for c in ['k', 'é', '😀'] {
        b.accept(
            &format!("{base} key at max {c:?}"),
            &which.request(&rep(c, 255), "v"),
        );
        let long = rep(c, 256);
        b.reject(
            &format!("{base} key at max+1 {c:?}"),
            &which.request(&long, "v"),
            &[(&at(&long), &format!("length 256 {ABOVE} 255"))],
        );
    }

    // Keys: pattern. Astral code points come from the surrogate-pair range in the pattern.
    for key in [
        "spark.sql.catalog",
        "emoji 😀 key",
        "𝄞",
        "\u{10FFFF}",
        "tab\tkey",
        "\t",
        " ",
        "\u{D7FF}\u{E000}\u{FFFD}",
        "clé",
    ] {
        b.accept(&format!("{base} key {key:?}"), &which.request(key, "v"));
    }
    for key in [
        "bell\u{7}",
        "new\nline",
        "\r",
        "\u{0}",
        "\u{1F}",
        "\u{FFFE}",
        "\u{FFFF}",
    ] {
        b.reject(
            &format!("{base} key {key:?}"),
            &which.request(key, "v"),
            &[(&at(key), NO_MATCH)],
        );
    }

    // Values: min = 0, so there is no min-1 length to reject.
    b.accept(
        &format!("{base} value at min (empty)"),
        &which.request("k", ""),
    );
    b.accept(
        &format!("{base} value at max"),
        &which.request("k", &rep('a', 51200)),
    );
    b.accept(
        &format!("{base} value at max emoji"),
        &which.request("k", &rep('😀', 51200)),
    );
    b.reject(
        &format!("{base} value at max+1"),
        &which.request("k", &rep('a', 51201)),
        &[(&at("k"), &format!("length 51201 {ABOVE} 51200"))],
    );
    // Any characters are allowed in values (no pattern).
    b.accept(
        &format!("{base} value with control characters"),
        &which.request("k", "a\nb\u{7}"),
    );
}

fn top_level(b: &mut Bounds) {
    b.cover("Description length 1..1024");
    string_length(b, "Description", (1, 1024), |r, s| r.description = Some(s));

    b.cover("NotebookVersion length 1..128");
    string_length(b, "NotebookVersion", (1, 128), |r, s| {
        r.notebook_version = Some(s)
    });

    b.cover("ClientRequestToken length 32..128");
    string_length(b, "ClientRequestToken", (32, 128), |r, s| {
        r.client_request_token = Some(s)
    });

    b.cover("SessionIdleTimeoutInMinutes range 1..480");
    int_range(b, "SessionIdleTimeoutInMinutes", (1, 480), |r, v| {
        r.session_idle_timeout_in_minutes = Some(v)
    });
}

fn work_group(b: &mut Bounds) {
    b.cover("WorkGroup pattern");
    // No length trait: the pattern's {1,128} is the length.
    let wg = |s: &str| with(|r| r.work_group = Some(s.to_string()));
    b.reject("WorkGroup empty", &wg(""), &[("WorkGroup", NO_MATCH)]);
    b.accept("WorkGroup 1 char", &wg("a"));
    b.accept("WorkGroup 128 chars", &wg(&rep('w', 128)));
    b.reject(
        "WorkGroup 129 chars",
        &wg(&rep('w', 129)),
        &[("WorkGroup", NO_MATCH)],
    );
    for good in ["primary", "my-work_group.v2", "0", "A.B-C_d"] {
        b.accept(&format!("WorkGroup {good:?}"), &wg(good));
    }
    for bad in ["bad name", "wg/1", "wg:1", "wgé", "wg\n", "\nwg", "wg😀"] {
        b.reject(
            &format!("WorkGroup {bad:?}"),
            &wg(bad),
            &[("WorkGroup", NO_MATCH)],
        );
    }
}

fn engine_configuration(b: &mut Bounds) {
    b.cover("EngineConfiguration.CoordinatorDpuSize range 1..1");
    int_range(
        b,
        "EngineConfiguration.CoordinatorDpuSize",
        (1, 1),
        |r, v| engine(r).coordinator_dpu_size = Some(v),
    );
    b.cover("EngineConfiguration.MaxConcurrentDpus range 2..5000");
    int_range(
        b,
        "EngineConfiguration.MaxConcurrentDpus",
        (2, 5000),
        |r, v| engine(r).max_concurrent_dpus = v,
    );
    b.cover("EngineConfiguration.DefaultExecutorDpuSize range 1..1");
    int_range(
        b,
        "EngineConfiguration.DefaultExecutorDpuSize",
        (1, 1),
        |r, v| engine(r).default_executor_dpu_size = Some(v),
    );

    b.cover("EngineConfiguration.AdditionalConfigs{key} length 1..255");
    b.cover("EngineConfiguration.AdditionalConfigs{key} pattern");
    b.cover("EngineConfiguration.AdditionalConfigs{value} length 0..51200");
    parameters_map(b, ParamMap::AdditionalConfigs);
    // The same paths written out, as a caller reads them.
    b.reject(
        "AdditionalConfigs key with BEL, literal path",
        &ParamMap::AdditionalConfigs.request("bell\u{7}", "v"),
        &[(
            r#"EngineConfiguration.AdditionalConfigs["bell\u{7}"]"#,
            NO_MATCH,
        )],
    );
    b.reject(
        "AdditionalConfigs key with newline, literal path",
        &ParamMap::AdditionalConfigs.request("a\nb", "v"),
        &[(r#"EngineConfiguration.AdditionalConfigs["a\nb"]"#, NO_MATCH)],
    );
    b.reject(
        "AdditionalConfigs value too long, literal path",
        &ParamMap::AdditionalConfigs.request("k", &rep('v', 51201)),
        &[(r#"EngineConfiguration.AdditionalConfigs["k"]"#, ABOVE)],
    );
    b.cover("EngineConfiguration.SparkProperties{key} length 1..255");
    b.cover("EngineConfiguration.SparkProperties{key} pattern");
    b.cover("EngineConfiguration.SparkProperties{value} length 0..51200");
    parameters_map(b, ParamMap::SparkProperties);
    b.cover("EngineConfiguration.Classifications[].Properties{key} length 1..255");
    b.cover("EngineConfiguration.Classifications[].Properties{key} pattern");
    b.cover("EngineConfiguration.Classifications[].Properties{value} length 0..51200");
    parameters_map(b, ParamMap::ClassificationProperties);

    b.cover("EngineConfiguration.Classifications[].Name length 1..128");
    string_length(
        b,
        "EngineConfiguration.Classifications[1].Name",
        (1, 128),
        |r, s| {
            engine(r)
                .classifications
                .as_mut()
                .expect("baseline sets it")[1]
                .name = Some(s)
        },
    );
}

fn execution_role(b: &mut Bounds) {
    b.cover("ExecutionRole length 20..2048");
    b.cover("ExecutionRole pattern");
    let role = |s: &str| with(|r| r.execution_role = Some(s.to_string()));
    let length_below = format!("length 19 {BELOW} 20");
    // The pattern needs 31 code points at least, so no value at 19 or 20 matches it: min-1
    // must report the length and the pattern, min only the pattern (the length is accepted).
    b.reject(
        "ExecutionRole at min-1 (19)",
        &role(&rep('a', 19)),
        &[
            ("ExecutionRole", &length_below),
            ("ExecutionRole", NO_MATCH),
        ],
    );
    b.reject(
        "ExecutionRole at min (20), pattern only",
        &role(&rep('a', 20)),
        &[("ExecutionRole", NO_MATCH)],
    );
    let shortest = "arn:aws:iam::123456789012:roler";
    assert_eq!(shortest.chars().count(), 31);
    b.accept("ExecutionRole shortest matching (31)", &role(shortest));
    let prefix = "arn:aws:iam::123456789012:role/";
    let max = format!("{prefix}{}", rep('a', 2048 - prefix.len()));
    b.accept("ExecutionRole at max (2048)", &role(&max));
    b.reject(
        "ExecutionRole at max+1 (2049)",
        &role(&format!("{max}a")),
        &[("ExecutionRole", &format!("length 2049 {ABOVE} 2048"))],
    );
    for good in [
        ROLE,
        "arn:aws:iam::123456789012:role/AthenaSpark",
        "arn:aws-cn:iam::123456789012:role/x",
        "arn:aws-us-gov:iam::123456789012:role/path/to/role+=,.@-_",
    ] {
        b.accept(&format!("ExecutionRole {good:?}"), &role(good));
    }
    for bad in [
        "arn:aws:iam::12345678901:role/short-account",
        "arn:aws:iam::1234567890123:role/long-account",
        "arn:aws:iam::123456789012:user/not-a-role",
        "arn:aws:sts::123456789012:role/wrong-service",
        "arn:aws:iam::123456789012:role/with space",
        "arn:aws:iam::123456789012:role/x\n",
        "AthenaSparkRoleWithoutArnPrefix",
    ] {
        b.reject(
            &format!("ExecutionRole {bad:?}"),
            &role(bad),
            &[("ExecutionRole", NO_MATCH)],
        );
    }
}

/// KmsKey (1..2048 and four alternatives) at `path`, set through `set`.
fn kms_key(b: &mut Bounds, path: &str, set: fn(&mut StartSessionRequest, String)) {
    let key = |s: &str| with(|r| set(r, s.to_string()));
    // The shortest matching key is `alias/x` (7), so min-1 reports length and pattern, and min
    // (1) only the pattern: the length is accepted.
    b.reject(
        &format!("{path} at min-1 (empty)"),
        &key(""),
        &[(path, &format!("length 0 {BELOW} 1")), (path, NO_MATCH)],
    );
    b.reject(
        &format!("{path} at min (1), pattern only"),
        &key("a"),
        &[(path, NO_MATCH)],
    );
    b.accept(&format!("{path} shortest alias"), &key("alias/x"));
    let max = format!("alias/{}", rep('a', 2048 - 6));
    b.accept(&format!("{path} at max (2048)"), &key(&max));
    b.reject(
        &format!("{path} at max+1 (2049)"),
        &key(&format!("{max}a")),
        &[(path, &format!("length 2049 {ABOVE} 2048"))],
    );
    for good in [
        // 1: key ARN.
        KMS_KEY_ARN,
        "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/mrk-1234abcd",
        // 2: alias ARN.
        "arn:aws:kms:eu-west-1:123456789012:alias/athena-logs",
        // 3: alias name.
        "alias/athena/logs_key-1",
        // 4: key id.
        "1234abcd-12ab-34cd-56ef-1234567890ab",
        // The fourth alternative is anchored only at the end, as AWS wrote it: a key id
        // behind anything matches.
        "key 1234abcd-12ab-34cd-56ef-1234567890ab",
    ] {
        b.accept(&format!("{path} {good:?}"), &key(good));
    }
    for bad in [
        "arn:aws:kms:us-east-1:12345678901:key/short-account",
        "arn:aws:kms:us-east-1:123456789012:secret/x",
        "arn:aws:s3:us-east-1:123456789012:key/x",
        "alias/",
        "alias/with space",
        "alias/é",
        "my-key",
        "1234ABCD-12AB-34CD-56EF-1234567890AB",
        "1234abcd-12ab-34cd-56ef-1234567890ab\n",
        "1234abcd-12ab-34cd-56ef-1234567890ab-suffix",
    ] {
        b.reject(&format!("{path} {bad:?}"), &key(bad), &[(path, NO_MATCH)]);
    }
}

fn monitoring_configuration(b: &mut Bounds) {
    const LOG_GROUP: &str = "MonitoringConfiguration.CloudWatchLoggingConfiguration.LogGroup";
    b.cover("MonitoringConfiguration.CloudWatchLoggingConfiguration.LogGroup length 1..512");
    b.cover("MonitoringConfiguration.CloudWatchLoggingConfiguration.LogGroup pattern");
    let group = |s: &str| with(|r| cloud_watch(r).log_group = Some(s.to_string()));
    // `+` in the pattern also rejects the empty name.
    b.reject(
        "LogGroup at min-1 (empty)",
        &group(""),
        &[
            (LOG_GROUP, &format!("length 0 {BELOW} 1")),
            (LOG_GROUP, NO_MATCH),
        ],
    );
    b.accept("LogGroup at min", &group("g"));
    b.accept("LogGroup at max", &group(&rep('g', 512)));
    b.reject(
        "LogGroup at max+1",
        &group(&rep('g', 513)),
        &[(LOG_GROUP, &format!("length 513 {ABOVE} 512"))],
    );
    for good in ["/aws/athena/sessions", "my_group-1.x", "A/B/C"] {
        b.accept(&format!("LogGroup {good:?}"), &group(good));
    }
    for bad in ["bad group", "group:1", "grüppe", "group*", "group\n"] {
        b.reject(
            &format!("LogGroup {bad:?}"),
            &group(bad),
            &[(LOG_GROUP, NO_MATCH)],
        );
    }

    const PREFIX: &str =
        "MonitoringConfiguration.CloudWatchLoggingConfiguration.LogStreamNamePrefix";
    b.cover(
        "MonitoringConfiguration.CloudWatchLoggingConfiguration.LogStreamNamePrefix length 1..512",
    );
    b.cover("MonitoringConfiguration.CloudWatchLoggingConfiguration.LogStreamNamePrefix pattern");
    string_length(b, PREFIX, (1, 512), |r, s| {
        cloud_watch(r).log_stream_name_prefix = Some(s)
    });
    let prefix = |s: &str| with(|r| cloud_watch(r).log_stream_name_prefix = Some(s.to_string()));
    for good in ["session-logs/", "with space", "😀", "line\nbreak", "tab\t"] {
        b.accept(&format!("LogStreamNamePrefix {good:?}"), &prefix(good));
    }
    for bad in ["a:b", "a*", ":", "*"] {
        b.reject(
            &format!("LogStreamNamePrefix {bad:?}"),
            &prefix(bad),
            &[(PREFIX, NO_MATCH)],
        );
    }

    b.cover("MonitoringConfiguration.ManagedLoggingConfiguration.KmsKey length 1..2048");
    b.cover("MonitoringConfiguration.ManagedLoggingConfiguration.KmsKey pattern");
    kms_key(
        b,
        "MonitoringConfiguration.ManagedLoggingConfiguration.KmsKey",
        |r, s| managed(r).kms_key = Some(s),
    );
    b.cover("MonitoringConfiguration.S3LoggingConfiguration.KmsKey length 1..2048");
    b.cover("MonitoringConfiguration.S3LoggingConfiguration.KmsKey pattern");
    kms_key(
        b,
        "MonitoringConfiguration.S3LoggingConfiguration.KmsKey",
        |r, s| s3(r).kms_key = Some(s),
    );

    const LOCATION: &str = "MonitoringConfiguration.S3LoggingConfiguration.LogLocation";
    b.cover("MonitoringConfiguration.S3LoggingConfiguration.LogLocation length 0..1024");
    b.cover("MonitoringConfiguration.S3LoggingConfiguration.LogLocation pattern");
    let location = |s: &str| with(|r| s3(r).log_location = Some(s.to_string()));
    // min = 0: there is no min-1. The empty string has an accepted length but fails the
    // pattern (shortest match: `s3://ab`), so only the pattern may be reported.
    b.reject(
        "LogLocation at min (empty), pattern only",
        &location(""),
        &[(LOCATION, NO_MATCH)],
    );
    b.accept("LogLocation shortest matching", &location("s3://ab"));
    let max = format!("s3://ab/{}", rep('x', 1024 - 8));
    b.accept("LogLocation at max", &location(&max));
    let max_emoji = format!("s3://ab/{}", rep('😀', 1024 - 8));
    b.accept("LogLocation at max, emoji path", &location(&max_emoji));
    b.reject(
        "LogLocation at max+1",
        &location(&format!("{max}x")),
        &[(LOCATION, &format!("length 1025 {ABOVE} 1024"))],
    );
    b.reject(
        "LogLocation at max+1, emoji path",
        &location(&format!("{max_emoji}😀")),
        &[(LOCATION, &format!("length 1025 {ABOVE} 1024"))],
    );
    for good in [
        "s3://my-bucket/athena/logs/",
        "s3://my-bucket",
        "s3://00/",
        "s3://bucket/key with spaces/é",
    ] {
        b.accept(&format!("LogLocation {good:?}"), &location(good));
    }
    for bad in [
        "s3://a",
        "S3://bucket",
        "s3://Bucket",
        "s3://bucket-",
        "s3://-bucket",
        "s3://my_bucket",
        "https://bucket.s3.amazonaws.com/",
        "s3://bucket/path\nmore",
        "bucket/path",
    ] {
        b.reject(
            &format!("LogLocation {bad:?}"),
            &location(bad),
            &[(LOCATION, NO_MATCH)],
        );
    }
}

fn tags(b: &mut Bounds) {
    // The second tag, so the index in the path is checked too.
    b.cover("Tags[].Key length 1..128");
    string_length(b, "Tags[1].Key", (1, 128), |r, s| {
        r.tags.as_mut().expect("baseline sets it")[1].key = Some(s)
    });
    b.cover("Tags[].Value length 0..256");
    string_length(b, "Tags[1].Value", (0, 256), |r, s| {
        r.tags.as_mut().expect("baseline sets it")[1].value = Some(s)
    });
    let first =
        |key: String| with(|r| r.tags.as_mut().expect("baseline sets it")[0].key = Some(key));
    b.reject(
        "Tags[0].Key empty",
        &first(String::new()),
        &[("Tags[0].Key", &format!("length 0 {BELOW} 1"))],
    );
}

fn required(b: &mut Bounds) {
    b.cover("WorkGroup required");
    b.cover("EngineConfiguration required");
    const MISSING: &str = "is required but not set";
    b.reject(
        "WorkGroup missing",
        &with(|r| r.work_group = None),
        &[("WorkGroup", MISSING)],
    );
    b.reject(
        "EngineConfiguration missing",
        &with(|r| r.engine_configuration = None),
        &[("EngineConfiguration", MISSING)],
    );
    b.reject(
        "every required member missing, reported at once",
        &StartSessionRequest::default(),
        &[("WorkGroup", MISSING), ("EngineConfiguration", MISSING)],
    );
    // Missing members and broken constraints, nested ones included, in one report.
    b.reject(
        "missing members and nested violations together",
        &with(|r| {
            r.work_group = None;
            r.description = Some(String::new());
            s3(r).log_location = Some("s3://a".into());
            r.tags.as_mut().expect("baseline sets it")[0].key = Some(String::new());
            r.engine_configuration = None;
        }),
        &[
            ("Description", BELOW),
            ("WorkGroup", MISSING),
            ("EngineConfiguration", MISSING),
            (
                "MonitoringConfiguration.S3LoggingConfiguration.LogLocation",
                NO_MATCH,
            ),
            ("Tags[0].Key", BELOW),
        ],
    );

    // The three `Enabled` members are plain `bool` fields (required, no default, in structures
    // that are not the input), so a value always exists and is always serialized; only their
    // builders can leave them unset, and those report it.
    b.cover("MonitoringConfiguration.CloudWatchLoggingConfiguration.Enabled required");
    b.cover("MonitoringConfiguration.ManagedLoggingConfiguration.Enabled required");
    b.cover("MonitoringConfiguration.S3LoggingConfiguration.Enabled required");
    let missing = [
        CloudWatchLoggingConfiguration::builder()
            .log_group("g")
            .build()
            .map(|_| ()),
        ManagedLoggingConfiguration::builder()
            .kms_key("alias/k")
            .build()
            .map(|_| ()),
        S3LoggingConfiguration::builder()
            .log_location("s3://ab")
            .build()
            .map(|_| ()),
    ];
    let types = [
        "CloudWatchLoggingConfiguration",
        "ManagedLoggingConfiguration",
        "S3LoggingConfiguration",
    ];
    for (result, type_name) in missing.into_iter().zip(types) {
        let ok = matches!(&result, Err(e) if e.type_name == type_name && e.missing == ["Enabled"]);
        b.check(ok, || {
            format!("miss: {type_name} builder without Enabled: {result:?}")
        });
    }
    let built = [
        CloudWatchLoggingConfiguration::builder()
            .enabled(false)
            .build()
            .is_ok(),
        ManagedLoggingConfiguration::builder()
            .enabled(false)
            .build()
            .is_ok(),
        S3LoggingConfiguration::builder()
            .enabled(true)
            .build()
            .is_ok(),
    ];
    for (ok, type_name) in built.into_iter().zip(types) {
        b.check(ok, || {
            format!("false rejection: {type_name} builder with Enabled set")
        });
    }
    // A default-constructed configuration still sends `Enabled`, so the wire never lacks it.
    let body = awsgen_runtime::json::to_string(&with(|r| {
        r.monitoring_configuration = Some(MonitoringConfiguration {
            cloud_watch_logging_configuration: Some(Default::default()),
            managed_logging_configuration: Some(Default::default()),
            s3_logging_configuration: Some(Default::default()),
        })
    }));
    let body: serde_json::Value = serde_json::from_str(&body).expect("request JSON parses");
    for type_name in types {
        let enabled = &body["MonitoringConfiguration"][type_name]["Enabled"];
        b.check(enabled == &serde_json::Value::Bool(false), || {
            format!("{type_name}.Enabled not serialized by default: {enabled}")
        });
    }
}

#[test]
fn boundaries() {
    let mut b = Bounds::default();
    let base = baseline();
    match base.validate() {
        Ok(()) => b.passed += 1,
        Err(e) => b.failures.push(format!("baseline rejected: {e}")),
    }
    top_level(&mut b);
    work_group(&mut b);
    engine_configuration(&mut b);
    execution_role(&mut b);
    monitoring_configuration(&mut b);
    tags(&mut b);
    required(&mut b);

    let not_exercised: Vec<&&str> = COVERED
        .iter()
        .filter(|e| !b.exercised.contains(**e))
        .collect();
    b.check(not_exercised.is_empty(), || {
        format!("COVERED entries without cases: {not_exercised:?}")
    });

    for failure in &b.failures {
        eprintln!("FAILED: {failure}");
    }
    awsgen_tests::report(&format!(
        "validation bounds: {} passed, {} failed",
        b.passed,
        b.failures.len()
    ));
    assert!(
        b.failures.is_empty(),
        "{} boundary assertions failed:\n{}",
        b.failures.len(),
        b.failures.join("\n")
    );
}
