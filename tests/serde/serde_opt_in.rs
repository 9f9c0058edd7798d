//! `athena_operation!(serde = true, ...)`: generated types derive serde with the wire's keys.
//!
//! For each input checked, a request with every member set (made from the model itself, so a
//! newer model's members are covered too) is read through serde, then written both by the
//! runtime's wire serializer (what the client sends) and by serde: the keys must be the same at
//! every path, and the values too, save timestamps (epoch seconds on the wire, RFC 3339 in
//! serde). Outputs and errors, read by the wire reader from a body with every member set or
//! from the emulator's real responses, must come back equal from their serde JSON. Then enums
//! with values the model does not know, DynamoDB's `AttributeValue` union, a timestamp, and
//! the same types generated without the option, which must not implement serde's traits. Error
//! enums (per operation and service-wide) are written as `{code: error}`, the error as its
//! structure is, and read back; a code the enum does not list reads as `Unhandled`.
#![forbid(unsafe_code)]

use std::collections::BTreeSet;
use std::fmt::Debug;
use std::marker::PhantomData;

use awsgen_runtime::__private::serde::de::DeserializeOwned;
use awsgen_runtime::__private::serde::Serialize;
use awsgen_runtime::json::{DeserializeJson, SerializeJson};
use awsgen_runtime::DateTime;
use serde_json::{json, Map, Value};

mod athena {
    awsgen_runtime::athena_operation!(
        model = "../../../shared/upstream/models/athena.smithy.json",
        serde = true,
        StartSession,
        GetSession,
        GetSessionStatus,
        TerminateSession,
        GetQueryExecution,
        StartQueryExecution,
        CreateWorkGroup,
        GetWorkGroup,
        ListSessions,
        GetCalculationExecution,
    );
}

mod dynamodb {
    awsgen_runtime::athena_operation!(
        model = "../../../shared/upstream/models/dynamodb.smithy.json",
        serde = true,
        PutItem,
        GetItem,
    );
}

/// The same operation without the option.
mod plain {
    awsgen_runtime::athena_operation!(
        model = "../../../shared/upstream/models/athena.smithy.json",
        StartSession,
    );
}

fn load_model(name: &str) -> Value {
    let path = awsgen_tests::shared_dir()
        .join("upstream/models")
        .join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parsing {}: {e}", path.display()))
}

/// Wire-form JSON with every member of a shape set, made from the model.
struct Sampler<'a> {
    shapes: &'a Map<String, Value>,
}

impl Sampler<'_> {
    fn new(model: &Value) -> Sampler<'_> {
        Sampler {
            shapes: model["shapes"]
                .as_object()
                .expect("a Smithy model has shapes"),
        }
    }

    fn sample(&self, target: &str, member_traits: &Value, depth: usize) -> Option<Value> {
        if let Some(prelude) = target.strip_prefix("smithy.api#") {
            return Some(match prelude.trim_start_matches("Primitive") {
                "String" => json!("text"),
                "Boolean" => json!(true),
                "Byte" | "Short" | "Integer" | "Long" | "BigInteger" => json!(7),
                "Float" | "Double" | "BigDecimal" => json!(2.5),
                "Timestamp" => timestamp(member_traits, &Value::Null),
                "Blob" => json!("AP9oaQ=="),
                "Document" => json!({"k": [1, "two", null]}),
                _ => return None,
            });
        }
        let shape = &self.shapes[target];
        let traits = &shape["traits"];
        let members = shape["members"].as_object();
        Some(match shape["type"].as_str()? {
            "string" => match traits["smithy.api#enum"].get(0) {
                Some(value) => value["value"].clone(),
                None => json!("text"),
            },
            "enum" | "intEnum" => {
                let (_, first) = members?.iter().next()?;
                first["traits"]["smithy.api#enumValue"].clone()
            }
            "boolean" => json!(true),
            "byte" | "short" | "integer" | "long" | "bigInteger" => json!(7),
            "float" | "double" | "bigDecimal" => json!(2.5),
            "timestamp" => timestamp(member_traits, traits),
            "blob" => json!("AP9oaQ=="),
            "document" => json!({"k": [1, "two", null]}),
            _ if depth > 6 => return None,
            "list" | "set" => {
                let member = &shape["member"];
                json!([self.sample(member["target"].as_str()?, &member["traits"], depth + 1)?])
            }
            "map" => {
                let value = &shape["value"];
                let sample = self.sample(value["target"].as_str()?, &value["traits"], depth + 1)?;
                json!({ "key1": sample })
            }
            "structure" => {
                let mut object = Map::new();
                for (name, member) in members? {
                    let target = member["target"].as_str()?;
                    if let Some(value) = self.sample(target, &member["traits"], depth + 1) {
                        object.insert(name.clone(), value);
                    }
                }
                Value::Object(object)
            }
            "union" => {
                let (name, member) = members?.iter().next()?;
                let value =
                    self.sample(member["target"].as_str()?, &member["traits"], depth + 1)?;
                json!({ name.clone(): value })
            }
            _ => return None,
        })
    }
}

/// A timestamp in the format the member (or its target) asks for on the wire.
fn timestamp(member_traits: &Value, target_traits: &Value) -> Value {
    let format = member_traits["smithy.api#timestampFormat"]
        .as_str()
        .or(target_traits["smithy.api#timestampFormat"].as_str());
    match format {
        Some("date-time") => json!("2024-05-01T12:00:00.5Z"),
        Some("http-date") => json!("Wed, 01 May 2024 12:00:00 GMT"),
        _ => json!(1714564800.5),
    }
}

/// Differences between serde's JSON and the wire's, by path. Keys must match everywhere;
/// values too, except that a timestamp may be an RFC 3339 string on one side.
fn differences(path: &str, serde: &Value, wire: &Value, out: &mut Vec<String>) {
    match (serde, wire) {
        (Value::Object(s), Value::Object(w)) => {
            let sk: BTreeSet<&String> = s.keys().collect();
            let wk: BTreeSet<&String> = w.keys().collect();
            for key in sk.symmetric_difference(&wk) {
                let side = if s.contains_key(*key) {
                    "serde only"
                } else {
                    "wire only"
                };
                out.push(format!("{path}.{key}: {side}"));
            }
            for key in sk.intersection(&wk) {
                differences(&format!("{path}.{key}"), &s[*key], &w[*key], out);
            }
        }
        (Value::Array(s), Value::Array(w)) if s.len() == w.len() => {
            for (i, (s, w)) in s.iter().zip(w).enumerate() {
                differences(&format!("{path}[{i}]"), s, w, out);
            }
        }
        (Value::Number(s), Value::Number(w)) if s.as_f64() == w.as_f64() => {}
        (Value::String(s), w) if s != w.as_str().unwrap_or_default() => {
            let as_time = |v: &Value| serde_json::from_value::<DateTime>(v.clone()).ok();
            if as_time(serde).is_none() || as_time(serde) != as_time(w) {
                out.push(format!("{path}: serde {serde}, wire {wire}"));
            }
        }
        (s, w) if s == w => {}
        _ => out.push(format!("{path}: serde {serde}, wire {wire}")),
    }
}

/// Cases run and the failures, each with its reason.
#[derive(Default)]
struct Tally {
    passed: usize,
    failures: Vec<String>,
}

impl Tally {
    fn check(&mut self, case: &str, result: Result<(), String>) {
        match result {
            Ok(()) => self.passed += 1,
            Err(reason) => self.failures.push(format!("{case}: {reason}")),
        }
    }
}

/// A request with every member set, through serde and through the wire serializer.
fn check_input<T>(sampler: &Sampler, shape: &str) -> Result<(), String>
where
    T: Serialize + DeserializeOwned + SerializeJson + PartialEq + Debug,
{
    let sample = sampler
        .sample(shape, &Value::Null, 0)
        .ok_or("no sample for the shape")?;
    let request: T =
        serde_json::from_value(sample.clone()).map_err(|e| format!("serde read: {e}"))?;
    let wire: Value = serde_json::from_str(&awsgen_runtime::json::to_string(&request))
        .map_err(|e| format!("wire JSON: {e}"))?;
    let serde = serde_json::to_value(&request).map_err(|e| format!("serde write: {e}"))?;
    let mut diffs = Vec::new();
    // The sample has every member: a member the type dropped shows as a difference here.
    differences("", &wire, &sample, &mut diffs);
    differences("", &serde, &wire, &mut diffs);
    let back: T = serde_json::from_value(serde).map_err(|e| format!("serde read back: {e}"))?;
    if back != request {
        diffs.push(format!("round trip: {back:?} != {request:?}"));
    }
    if diffs.is_empty() {
        Ok(())
    } else {
        Err(diffs.join("; "))
    }
}

/// A response body with every member set, read by the wire reader, through serde and back.
/// A modeled error's serde JSON has its metadata under `_meta` besides the body's members.
fn check_output<T>(sampler: &Sampler, shape: &str, error: bool) -> Result<(), String>
where
    T: Serialize + DeserializeOwned + DeserializeJson + PartialEq + Debug,
{
    let mut sample = sampler
        .sample(shape, &Value::Null, 0)
        .ok_or("no sample for the shape")?;
    let read = T::from_json(&sample).map_err(|e| format!("wire read: {e}"))?;
    if error {
        sample["_meta"] = json!({"code": "", "status": 0});
    }
    round_trip(&read, Some(&sample))
}

/// `value` through serde JSON and back equals itself; with `wire`, the JSON has its keys.
fn round_trip<T>(value: &T, wire: Option<&Value>) -> Result<(), String>
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    let serde = serde_json::to_value(value).map_err(|e| format!("serde write: {e}"))?;
    let mut diffs = Vec::new();
    if let Some(wire) = wire {
        differences("", &serde, wire, &mut diffs);
    }
    let back: T = serde_json::from_value(serde).map_err(|e| format!("serde read: {e}"))?;
    if &back != value {
        diffs.push(format!("round trip: {back:?} != {value:?}"));
    }
    if diffs.is_empty() {
        Ok(())
    } else {
        Err(diffs.join("; "))
    }
}

/// Whether `T` implements `Serialize` and `Deserialize`: an inherent const, found only when
/// the bounds hold, wins over the trait's fallback.
struct Probe<T>(PhantomData<T>);

trait NotSerde {
    const SERDE: bool = false;
}

impl<T> NotSerde for Probe<T> {}

impl<T: Serialize + DeserializeOwned> Probe<T> {
    const SERDE: bool = true;
}

fn expect(condition: bool, what: &str) -> Result<(), String> {
    if condition {
        Ok(())
    } else {
        Err(what.to_string())
    }
}

#[test]
fn serde_opt_in() {
    let athena_model = load_model("athena.smithy.json");
    let athena_sampler = Sampler::new(&athena_model);
    let dynamodb_model = load_model("dynamodb.smithy.json");
    let dynamodb_sampler = Sampler::new(&dynamodb_model);
    let mut tally = Tally::default();

    macro_rules! inputs {
        ($sampler:expr, $namespace:literal, $($module:ident::$ty:ident),* $(,)?) => {$(
            tally.check(
                concat!("input ", stringify!($ty)),
                check_input::<$module::$ty>(&$sampler, concat!($namespace, stringify!($ty))),
            );
        )*};
    }
    macro_rules! outputs {
        ($sampler:expr, $namespace:literal, $error:literal, $($module:ident::$ty:ident),* $(,)?) => {$(
            tally.check(
                concat!("output ", stringify!($ty)),
                check_output::<$module::$ty>(
                    &$sampler,
                    concat!($namespace, stringify!($ty)),
                    $error,
                ),
            );
        )*};
    }
    inputs!(
        athena_sampler,
        "com.amazonaws.athena#",
        athena::StartSessionRequest,
        athena::GetSessionRequest,
        athena::GetSessionStatusRequest,
        athena::TerminateSessionRequest,
        athena::GetQueryExecutionInput,
        athena::StartQueryExecutionInput,
        athena::CreateWorkGroupInput,
        athena::GetWorkGroupInput,
        athena::ListSessionsRequest,
        athena::GetCalculationExecutionRequest,
    );
    outputs!(
        athena_sampler,
        "com.amazonaws.athena#",
        false,
        athena::StartSessionResponse,
        athena::GetSessionResponse,
        athena::GetSessionStatusResponse,
        athena::TerminateSessionResponse,
        athena::GetQueryExecutionOutput,
        athena::StartQueryExecutionOutput,
        athena::GetWorkGroupOutput,
        athena::ListSessionsResponse,
        athena::GetCalculationExecutionResponse,
    );
    outputs!(
        athena_sampler,
        "com.amazonaws.athena#",
        true,
        athena::InvalidRequestException,
        athena::ResourceNotFoundException,
        athena::TooManyRequestsException,
    );
    inputs!(
        dynamodb_sampler,
        "com.amazonaws.dynamodb#",
        dynamodb::PutItemInput,
        dynamodb::GetItemInput,
    );
    outputs!(
        dynamodb_sampler,
        "com.amazonaws.dynamodb#",
        false,
        dynamodb::PutItemOutput,
        dynamodb::GetItemOutput,
    );
    outputs!(
        dynamodb_sampler,
        "com.amazonaws.dynamodb#",
        true,
        dynamodb::ConditionalCheckFailedException,
    );

    tally.check("real responses from the emulator", emulator_responses());
    tally.check("enum values the model does not know", unknown_enum_values());
    tally.check("the AttributeValue union", attribute_value_union());
    tally.check("a timestamp", a_timestamp());
    tally.check(
        "error enums from the emulator",
        error_enums_from_the_emulator(),
    );
    tally.check("an error the model does not list", unhandled_errors());
    tally.check("without the option", {
        expect(
            Probe::<athena::StartSessionRequest>::SERDE,
            "the probe does not see serde on the opted-in type",
        )
        .and_then(|()| {
            expect(
                !Probe::<plain::StartSessionRequest>::SERDE
                    && !Probe::<plain::StartSessionError>::SERDE
                    && !Probe::<plain::AthenaError>::SERDE
                    && !Probe::<plain::SessionState>::SERDE
                    && !Probe::<plain::StartSessionResponse>::SERDE,
                "types generated without `serde = true` implement serde's traits",
            )
        })
    });

    awsgen_tests::report(&format!(
        "serde opt-in: {} passed, {} failed",
        tally.passed,
        tally.failures.len()
    ));
    assert!(tally.failures.is_empty(), "{:#?}", tally.failures);
}

/// Outputs and an error read from the emulator's HTTP responses round-trip, request id and
/// error metadata included.
fn emulator_responses() -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async {
        let emulator = awsgen_emulator::Emulator::start()
            .await
            .map_err(|e| format!("emulator: {e}"))?;
        let client = emulator.client().map_err(|e| e.to_string())?;
        let request = athena::StartSessionRequest::builder()
            .work_group("primary")
            .engine_configuration(
                athena::EngineConfiguration::builder()
                    .max_concurrent_dpus(4)
                    .build(),
            )
            .build()
            .map_err(|e| e.to_string())?;
        let started = athena::start_session(&client, request)
            .await
            .map_err(|e| format!("StartSession: {e}"))?;
        round_trip(&started, None)?;
        let session_id = started.session_id.clone().ok_or("no session id")?;
        let get = athena::GetSessionRequest::builder()
            .session_id(session_id)
            .build()
            .map_err(|e| e.to_string())?;
        let session = athena::get_session(&client, get)
            .await
            .map_err(|e| format!("GetSession: {e}"))?;
        round_trip(&session, None)?;
        let json = serde_json::to_value(&session).map_err(|e| e.to_string())?;
        let id = awsgen_runtime::RequestId::request_id(&session).ok_or("no request id")?;
        expect(
            json["_requestId"] == id,
            "the request id is not under _requestId",
        )?;
        let back: athena::GetSessionResponse =
            serde_json::from_value(json.clone()).map_err(|e| e.to_string())?;
        expect(
            awsgen_runtime::RequestId::request_id(&back) == Some(id),
            "the request id is lost",
        )?;
        let start = &json["Status"]["StartDateTime"];
        expect(
            start.as_str().is_some_and(|s| DateTime::parse(s).is_some()),
            &format!("StartDateTime is not RFC 3339: {start}"),
        )?;

        let missing = athena::GetSessionRequest::builder()
            .session_id("no-such-session")
            .build()
            .map_err(|e| e.to_string())?;
        let error = match athena::get_session(&client, missing).await {
            Err(awsgen_runtime::Error::Service(
                athena::GetSessionError::ResourceNotFoundException(e),
            )) => e,
            other => return Err(format!("expected ResourceNotFoundException, got {other:?}")),
        };
        round_trip(&error, None)?;
        let json = serde_json::to_value(&error).map_err(|e| e.to_string())?;
        expect(
            json["_meta"]["code"] == "ResourceNotFoundException" && json["_meta"]["status"] == 400,
            &format!("error metadata under _meta: {json}"),
        )?;
        expect(
            json["_meta"]["requestId"] == error.meta.request_id.as_deref().unwrap_or("-"),
            "the error's request id",
        )
    })
}

fn unknown_enum_values() -> Result<(), String> {
    let known = serde_json::to_value(athena::SessionState::Idle).map_err(|e| e.to_string())?;
    expect(known == "IDLE", &format!("IDLE wrote {known}"))?;
    let unknown: athena::SessionState =
        serde_json::from_value(json!("HIBERNATING")).map_err(|e| e.to_string())?;
    expect(
        unknown == athena::SessionState::Unknown("HIBERNATING".into()),
        &format!("read {unknown:?}"),
    )?;
    let status: athena::GetSessionStatusResponse =
        serde_json::from_value(json!({"SessionId": "s-1", "Status": {"State": "HIBERNATING"}}))
            .map_err(|e| e.to_string())?;
    let json = serde_json::to_value(&status).map_err(|e| e.to_string())?;
    expect(
        json == json!({"SessionId": "s-1", "Status": {"State": "HIBERNATING"}}),
        &format!("wrote {json}"),
    )
}

/// DynamoDB's `AttributeValue`: every member kind, nesting, an unknown member and bad input.
fn attribute_value_union() -> Result<(), String> {
    use dynamodb::AttributeValue as A;
    let item = json!({
        "s": {"S": "text"},
        "n": {"N": "1.5"},
        "b": {"B": "AP9oaQ=="},
        "bs": {"BS": ["AA==", "/w=="]},
        "m": {"M": {"nested": {"L": [{"NULL": true}, {"BOOL": false}, {"SS": ["a", "b"]}]}}},
        "ns": {"NS": ["1", "2"]},
    });
    let wire = <std::collections::HashMap<String, A> as DeserializeJson>::from_json(&item)
        .map_err(|e| format!("wire read: {e}"))?;
    let serde: std::collections::HashMap<String, A> =
        serde_json::from_value(item.clone()).map_err(|e| format!("serde read: {e}"))?;
    expect(
        wire == serde,
        "serde reads the union differently from the wire",
    )?;
    expect(
        serde["b"] == A::B(awsgen_runtime::Blob::new(vec![0, 255, 104, 105])),
        "the blob member",
    )?;
    let written = serde_json::to_value(&serde).map_err(|e| e.to_string())?;
    expect(written == item, &format!("wrote {written}"))?;

    let newer: A = serde_json::from_value(json!({"__type": "AttributeValue", "VECTOR": [1, 2]}))
        .map_err(|e| e.to_string())?;
    expect(
        newer == A::Unknown("VECTOR".into()),
        &format!("read {newer:?}"),
    )?;
    let written = serde_json::to_value(&newer).map_err(|e| e.to_string())?;
    expect(
        written == json!({"VECTOR": null}),
        &format!("wrote {written}"),
    )?;
    round_trip(&newer, None)?;

    let with_null: A =
        serde_json::from_value(json!({"S": null, "N": "3"})).map_err(|e| e.to_string())?;
    expect(with_null == A::N("3".into()), "a null member is absent")?;
    for bad in [json!({}), json!({"S": "a", "N": "1"}), json!("S")] {
        if serde_json::from_value::<A>(bad.clone()).is_ok() {
            return Err(format!("{bad} read as a union"));
        }
    }
    Ok(())
}

fn a_timestamp() -> Result<(), String> {
    let status: athena::SessionStatus = serde_json::from_value(json!({
        "StartDateTime": "2024-05-01T12:00:00.250Z",
        "LastModifiedDateTime": 1714564800,
    }))
    .map_err(|e| e.to_string())?;
    let start = status.start_date_time.ok_or("StartDateTime missing")?;
    expect(
        start == DateTime::from_secs_and_nanos(1_714_564_800, 250_000_000).ok_or("bad time")?,
        &format!("read {start}"),
    )?;
    let json = serde_json::to_value(&status).map_err(|e| e.to_string())?;
    expect(
        json == json!({
            "StartDateTime": "2024-05-01T12:00:00.250Z",
            "LastModifiedDateTime": "2024-05-01T12:00:00Z",
        }),
        &format!("wrote {json}"),
    )
}

/// A real error response (the emulator throttling StartSession), as the operation's error and
/// as the service-wide error: `{code: {modeled members, "_meta": ...}}`, read back equal.
fn error_enums_from_the_emulator() -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async {
        let emulator = awsgen_emulator::Emulator::start()
            .await
            .map_err(|e| format!("emulator: {e}"))?;
        let client = emulator
            .client_builder()
            .max_attempts(1)
            .build()
            .map_err(|e| e.to_string())?;
        emulator.throttle_next(1);
        let throttled = athena::Athena::new(client)
            .start_session()
            .work_group("primary")
            .engine_configuration(athena::EngineConfiguration::builder().build())
            .send()
            .await;
        let error = match throttled {
            Err(awsgen_runtime::Error::Service(e)) if e.is_too_many_requests_exception() => e,
            other => return Err(format!("expected TooManyRequestsException, got {other:?}")),
        };
        let json = serde_json::to_value(&error).map_err(|e| format!("serde write: {e}"))?;
        let keys: Vec<&String> = json
            .as_object()
            .map(|o| o.keys().collect())
            .unwrap_or_default();
        expect(
            keys == ["TooManyRequestsException"],
            &format!("one key, the code: {json}"),
        )?;
        let inner = &json["TooManyRequestsException"];
        let meta = error.meta();
        expect(
            inner["_meta"]["code"] == "TooManyRequestsException"
                && inner["_meta"]["status"] == meta.status
                && inner["_meta"]["requestId"] == meta.request_id.as_deref().unwrap_or("-")
                && meta
                    .message
                    .as_ref()
                    .is_some_and(|m| inner["Message"] == *m),
            &format!("the code, message and request id: {json}"),
        )?;
        round_trip(&error, None)?;
        let service_wide = athena::AthenaError::from(error);
        let service_json =
            serde_json::to_value(&service_wide).map_err(|e| format!("serde write: {e}"))?;
        expect(
            service_json == json,
            &format!("the service error writes as the operation's: {service_json} != {json}"),
        )?;
        round_trip(&service_wide, None)
    })
}

/// `Unhandled` writes `{code: {"_meta": ...}}`; a code the enum does not list (here one of
/// another operation) reads as `Unhandled` keeping its metadata; what is not an error object
/// is a serde error, not a panic.
fn unhandled_errors() -> Result<(), String> {
    use awsgen_runtime::OperationError;
    let meta = awsgen_runtime::ErrorMetadata {
        code: "BrandNewException".to_string(),
        message: Some("from a newer model".to_string()),
        request_id: Some("req-1".to_string()),
        status: 418,
    };
    let unhandled = athena::StartSessionError::from_response(meta.clone(), None);
    let json = serde_json::to_value(&unhandled).map_err(|e| format!("serde write: {e}"))?;
    let expected = json!({"BrandNewException": {"_meta": {
        "code": "BrandNewException", "message": "from a newer model",
        "requestId": "req-1", "status": 418
    }}});
    expect(json == expected, &format!("{json} != {expected}"))?;
    round_trip(&unhandled, None)?;
    let elsewhere = json!({"SessionNotFoundException": {
        "Message": "no such session",
        "_meta": {"code": "SessionNotFoundException", "status": 400}
    }});
    let read: athena::StartSessionError =
        serde_json::from_value(elsewhere).map_err(|e| format!("serde read: {e}"))?;
    expect(
        matches!(&read, athena::StartSessionError::Unhandled(m)
            if m.code == "SessionNotFoundException" && m.status == 400),
        &format!("another operation's error reads as Unhandled: {read:?}"),
    )?;
    let bare: athena::AthenaError =
        serde_json::from_value(json!({"SomeCode": {}})).map_err(|e| format!("serde read: {e}"))?;
    expect(
        bare.code() == "SomeCode",
        &format!("the code comes from the key when _meta has none: {bare:?}"),
    )?;
    for bad in [
        json!({}),
        json!({"A": {}, "B": {}}),
        json!("x"),
        json!({"A": 1}),
    ] {
        let read = serde_json::from_value::<athena::StartSessionError>(bad.clone());
        expect(read.is_err(), &format!("{bad} read as {read:?}"))?;
    }
    Ok(())
}
