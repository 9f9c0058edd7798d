//! Loads a botocore `service-2.json` model (the format botocore ships every AWS model in, and
//! the format of the botocore protocol test suites) into [`Model`].
//!
//! botocore shape names are local; they get the namespace `com.amazonaws.{endpointPrefix}`
//! (lowercase) so ids look like the Smithy model's (`com.amazonaws.athena#StartSession`).

use std::collections::{BTreeMap, BTreeSet};

use crate::json_value::{Map, Value};

use crate::diagnostic::{Diagnostic, Diagnostics, Origin};
use crate::loader::{botocore_timestamp_format, length_bound, range_bound};
use crate::model::{
    EnumLiteral, EnumValue, ErrorFault, Member, Model, Protocol, Retryable, Service, Shape,
    ShapeKind, TimestampFormat, Traits,
};

/// Parses the JSON text of a botocore `service-2.json` model. `file` names it in messages.
pub fn parse(text: &str, file: &str) -> Result<Model, Vec<Diagnostic>> {
    let root = crate::loader::parse_json(text, file)?;
    let mut diags = Diagnostics::default();
    let mut require = |key: &str| {
        let found = root.get(key).filter(|v| v.is_object());
        if found.is_none() {
            diags.push(
                Origin::Model,
                format!("{file}: not a botocore model: no top-level \"{key}\" object"),
            );
        }
        found
    };
    let (metadata, shapes, operations) = (
        require("metadata"),
        require("shapes"),
        require("operations"),
    );
    let (Some(metadata), Some(shapes), Some(operations)) = (metadata, shapes, operations) else {
        return Err(diags.finish(()).unwrap_err());
    };
    let operations: Vec<(&str, &Value)> = operations
        .as_object()
        .into_iter()
        .flatten()
        .map(|(name, op)| (name.as_str(), op))
        .collect();
    let mut model = parse_parts(metadata, shapes, &operations, file)?;
    model.service.documentation = doc(&root);
    Ok(model)
}

/// Builds a model from the parts of a botocore model: its `metadata` and `shapes` objects and
/// its operations as (name, definition) pairs. The protocol test suites keep these apart (each
/// case gives its own operation), so this is how a model per case is built.
pub fn parse_parts(
    metadata: &Value,
    shapes: &Value,
    operations: &[(&str, &Value)],
    file: &str,
) -> Result<Model, Vec<Diagnostic>> {
    let mut diags = Diagnostics::default();
    let service = parse_service(metadata, operations, file, &mut diags);
    let Some(shapes_json) = shapes.as_object() else {
        diags.push(
            Origin::Model,
            format!("{file}: \"shapes\" is not an object"),
        );
        return Err(diags.finish(()).unwrap_err());
    };
    let Some(service) = service else {
        return Err(diags.finish(()).unwrap_err());
    };
    let cx = Names {
        namespace: namespace(&service.id),
        shapes: shapes_json,
    };

    let mut shapes = BTreeMap::new();
    for (name, json) in shapes_json {
        match parse_shape(name, json, &cx) {
            Ok(shape) => {
                shapes.insert(shape.id.clone(), shape);
            }
            Err(messages) => {
                for message in messages {
                    diags.push(Origin::Model, format!("{file}: shape {name}: {message}"));
                }
            }
        }
    }

    let (mut inputs, mut outputs) = (Vec::new(), Vec::new());
    for (name, json) in operations {
        if shapes_json.contains_key(name) {
            diags.push(
                Origin::Model,
                format!("{file}: operation {name} has the name of a shape; ids would collide"),
            );
            continue;
        }
        match parse_operation(name, json, &cx) {
            Ok(operation) => {
                if let ShapeKind::Operation { input, output, .. } = &operation.kind {
                    inputs.extend(input.clone());
                    outputs.extend(output.clone());
                }
                shapes.insert(operation.id.clone(), operation);
            }
            Err(messages) => {
                for message in messages {
                    diags.push(
                        Origin::Model,
                        format!("{file}: operation {name}: {message}"),
                    );
                }
            }
        }
    }
    // botocore has no @input/@output; operation inputs and outputs behave like them.
    for id in &inputs {
        if let Some(shape) = shapes.get_mut(id) {
            shape.traits.input = true;
        }
    }
    for id in &outputs {
        if let Some(shape) = shapes.get_mut(id) {
            shape.traits.output = true;
        }
    }
    diags.finish(Model { service, shapes })
}

/// Turns botocore's local shape names into absolute ids, and checks they name a shape.
struct Names<'a> {
    namespace: &'a str,
    shapes: &'a Map,
}

impl Names<'_> {
    fn id(&self, name: &str) -> String {
        format!("{}#{name}", self.namespace)
    }

    /// The id a shape reference (`{"shape": "Name", ...}`) targets; `what` names the reference.
    fn target(&self, what: &str, r: &Value) -> Result<String, String> {
        match str_field(r, "shape") {
            Some(shape) if self.shapes.contains_key(shape) => Ok(self.id(shape)),
            Some(shape) => Err(format!("{what} refers to missing shape {shape}")),
            None => Err(format!("{what} has no \"shape\"")),
        }
    }
}

fn namespace(service_id: &str) -> &str {
    service_id.split_once('#').map_or(service_id, |(ns, _)| ns)
}

fn str_field<'a>(json: &'a Value, key: &str) -> Option<&'a str> {
    json.get(key).and_then(Value::as_str)
}

fn doc(json: &Value) -> Option<String> {
    str_field(json, "documentation").map(str::to_string)
}

fn parse_service(
    metadata: &Value,
    operations: &[(&str, &Value)],
    file: &str,
    diags: &mut Diagnostics,
) -> Option<Service> {
    if !metadata.is_object() {
        diags.push(
            Origin::Model,
            format!("{file}: \"metadata\" is not an object"),
        );
        return None;
    }
    let meta = |key: &str| str_field(metadata, key).filter(|s| !s.is_empty());
    let protocol = meta("protocol");
    // Newer models list the protocols a service speaks; botocore picks the first it supports.
    let speaks_json = protocol == Some("json")
        || metadata
            .get("protocols")
            .and_then(Value::as_array)
            .is_some_and(|p| p.iter().any(|p| p.as_str() == Some("json")));
    let protocol = if speaks_json {
        match meta("jsonVersion") {
            Some("1.0") => Some(Protocol::AwsJson1_0),
            Some("1.1") => Some(Protocol::AwsJson1_1),
            Some(other) => {
                diags.push(
                    Origin::Model,
                    format!(
                        "{file}: metadata.jsonVersion is {other}; only 1.0 and 1.1 are supported"
                    ),
                );
                None
            }
            None => {
                diags.push(
                    Origin::Model,
                    format!("{file}: metadata has no jsonVersion; the json protocol needs one"),
                );
                None
            }
        }
    } else {
        diags.push(
            Origin::Model,
            format!(
                "{file}: the service uses {}; only the json protocol (awsJson1_0/awsJson1_1) is \
                 supported",
                protocol.unwrap_or("no protocol")
            ),
        );
        None
    };
    if let Some(version) = meta("signatureVersion").filter(|v| *v != "v4") {
        diags.push(
            Origin::Model,
            format!("{file}: the service signs with {version}; only SigV4 (v4) is supported"),
        );
    }
    let Some(target_prefix) = meta("targetPrefix") else {
        diags.push(
            Origin::Model,
            format!("{file}: metadata has no targetPrefix; the json protocol needs one"),
        );
        return None;
    };
    let protocol = protocol?;
    let sdk_id = meta("serviceId").unwrap_or(target_prefix).to_string();
    let (endpoint_prefix, signing_name) =
        crate::loader::service_names(meta("endpointPrefix"), meta("signingName"), &sdk_id);
    let ns = format!("com.amazonaws.{}", endpoint_prefix.to_lowercase());
    Some(Service {
        id: format!("{ns}#{target_prefix}"),
        target_prefix: target_prefix.to_string(),
        protocol,
        signing_name,
        endpoint_prefix,
        sdk_id,
        documentation: None,
        operations: operations
            .iter()
            .map(|(name, _)| format!("{ns}#{name}"))
            .collect(),
        // botocore keeps pagination in a separate paginators-1.json.
        paginated: None,
        // botocore keeps endpoint rules in a separate endpoint-rule-set-1.json.
        endpoint_rules: None,
    })
}

fn parse_operation(name: &str, json: &Value, cx: &Names) -> Result<Shape, Vec<String>> {
    let mut errors = Vec::new();
    let mut target = |role: &str, r: &Value| cx.target(role, r).map_err(|e| errors.push(e)).ok();
    let input = json.get("input").and_then(|r| target("input", r));
    let output = json.get("output").and_then(|r| target("output", r));
    let error_refs = json.get("errors").and_then(Value::as_array);
    let error_ids = error_refs
        .into_iter()
        .flatten()
        .filter_map(|r| target("error", r))
        .collect();
    if let Some(spelled) = str_field(json, "name").filter(|n| *n != name) {
        errors.push(format!("is listed as {name} but named {spelled}"));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Shape {
        id: cx.id(name),
        kind: ShapeKind::Operation {
            input,
            output,
            errors: error_ids,
        },
        traits: Traits {
            documentation: doc(json),
            deprecated: json.get("deprecated").is_some_and(is_true),
            ..Traits::default()
        },
    })
}

fn is_true(v: &Value) -> bool {
    v.as_bool() == Some(true)
}

fn parse_shape(name: &str, json: &Value, cx: &Names) -> Result<Shape, Vec<String>> {
    let mut errors = Vec::new();
    let Some(type_name) = str_field(json, "type") else {
        return Err(vec!["has no \"type\"".to_string()]);
    };
    let flag = |key: &str| json.get(key).is_some_and(is_true);
    let mut member = |key: &str| -> Option<Member> {
        match json.get(key) {
            Some(r) => parse_member(key, r, cx).map_err(|e| errors.push(e)).ok(),
            None => {
                errors.push(format!("{type_name} has no \"{key}\""));
                None
            }
        }
    };
    let kind = match type_name {
        "string" => match json.get("enum") {
            Some(values) => match enum_values(values) {
                Ok(values) => Some(ShapeKind::Enum(values)),
                Err(e) => {
                    errors.push(e);
                    None
                }
            },
            None => Some(ShapeKind::String),
        },
        "blob" => Some(ShapeKind::Blob),
        "boolean" => Some(ShapeKind::Boolean),
        "byte" => Some(ShapeKind::Byte),
        "short" => Some(ShapeKind::Short),
        "integer" => Some(ShapeKind::Integer),
        "long" => Some(ShapeKind::Long),
        "float" => Some(ShapeKind::Float),
        "double" => Some(ShapeKind::Double),
        "bigInteger" | "biginteger" => Some(ShapeKind::BigInteger),
        "bigDecimal" | "bigdecimal" => Some(ShapeKind::BigDecimal),
        "timestamp" => Some(ShapeKind::Timestamp),
        "list" => member("member").map(ShapeKind::List),
        "map" => match (member("key"), member("value")) {
            (Some(key), Some(value)) => Some(ShapeKind::Map { key, value }),
            _ => None,
        },
        "structure" if flag("document") => Some(ShapeKind::Document),
        "structure" => match structure_members(json, cx) {
            Ok(members) if flag("union") => Some(ShapeKind::Union(members)),
            Ok(members) => Some(ShapeKind::Structure(members)),
            Err(mut e) => {
                errors.append(&mut e);
                None
            }
        },
        other => {
            errors.push(format!("has unknown type {other}"));
            None
        }
    };
    let traits = shape_traits(json, type_name)
        .map_err(|e| errors.push(e))
        .ok();
    match (kind, traits) {
        (Some(kind), Some(traits)) if errors.is_empty() => Ok(Shape {
            id: cx.id(name),
            kind,
            traits,
        }),
        _ => Err(errors),
    }
}

fn enum_values(values: &Value) -> Result<Vec<EnumValue>, String> {
    let values = values.as_array().ok_or("\"enum\" is not a list")?;
    values
        .iter()
        .map(|v| {
            let value = v
                .as_str()
                .ok_or_else(|| format!("enum value {v} is not a string"))?;
            Ok(EnumValue {
                name: value.to_string(),
                value: EnumLiteral::String(value.to_string()),
                documentation: None,
            })
        })
        .collect()
}

fn structure_members(json: &Value, cx: &Names) -> Result<Vec<Member>, Vec<String>> {
    let mut errors = Vec::new();
    let empty = Map::new();
    let members_json = match json.get("members") {
        None => &empty,
        Some(m) => m
            .as_object()
            .ok_or(vec!["\"members\" is not an object".to_string()])?,
    };
    let required: BTreeSet<&str> = match json.get("required") {
        None => BTreeSet::new(),
        Some(r) => r
            .as_array()
            .ok_or(vec!["\"required\" is not a list".to_string()])?
            .iter()
            .filter_map(|n| {
                n.as_str().or_else(|| {
                    errors.push(format!(
                        "\"required\" lists {n}, which is not a member name"
                    ));
                    None
                })
            })
            .collect(),
    };
    for name in &required {
        if !members_json.contains_key(name) {
            errors.push(format!("\"required\" lists {name}, which is not a member"));
        }
    }
    let mut members = Vec::new();
    for (name, r) in members_json {
        match parse_member(name, r, cx) {
            Ok(mut member) => {
                member.traits.required = required.contains(name.as_str());
                members.push(member);
            }
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(members)
    } else {
        Err(errors)
    }
}

/// A shape reference (`{"shape": "Name", ...}`) with the traits it sets on the member.
fn parse_member(name: &str, r: &Value, cx: &Names) -> Result<Member, String> {
    let target = cx.target(&format!("member {name}"), r)?;
    let flag = |key: &str| r.get(key).is_some_and(is_true);
    Ok(Member {
        name: name.to_string(),
        target,
        traits: Traits {
            documentation: doc(r),
            idempotency_token: flag("idempotencyToken"),
            deprecated: flag("deprecated"),
            // botocore's JSON serializer and parser key a member by its locationName when set.
            json_name: str_field(r, "locationName").map(str::to_string),
            timestamp_format: timestamp_format(r).map_err(|e| format!("member {name}: {e}"))?,
            ..Traits::default()
        },
    })
}

/// botocore's `timestampFormat`, when set.
fn timestamp_format(json: &Value) -> Result<Option<TimestampFormat>, String> {
    let Some(format) = json.get("timestampFormat") else {
        return Ok(None);
    };
    match format.as_str().and_then(botocore_timestamp_format) {
        Some(format) => Ok(Some(format)),
        None => Err(format!("unknown timestampFormat {format}")),
    }
}

fn shape_traits(json: &Value, type_name: &str) -> Result<Traits, String> {
    let flag = |key: &str| json.get(key).is_some_and(is_true);
    let mut t = Traits {
        documentation: doc(json),
        pattern: str_field(json, "pattern").map(str::to_string),
        sensitive: flag("sensitive"),
        deprecated: flag("deprecated"),
        streaming: flag("streaming"),
        event_stream: flag("eventstream"),
        timestamp_format: timestamp_format(json)?,
        retryable: json.get("retryable").map(|r| Retryable {
            throttling: r.get("throttling").is_some_and(is_true),
        }),
        ..Traits::default()
    };
    if flag("exception") {
        // botocore marks server errors with "fault"; a sender fault is a client error.
        let sender_fault = json
            .get("error")
            .and_then(|e| e.get("senderFault"))
            .and_then(Value::as_bool);
        let server = flag("fault") || sender_fault == Some(false);
        t.error = Some(if server {
            ErrorFault::Server
        } else {
            ErrorFault::Client
        });
    }
    let (min, max) = (json.get("min"), json.get("max"));
    if min.is_some() || max.is_some() {
        match type_name {
            "string" | "blob" | "list" | "map" => {
                t.length = Some((length_bound(min, "min")?, length_bound(max, "max")?));
            }
            "byte" | "short" | "integer" | "long" | "float" | "double" | "bigInteger"
            | "biginteger" | "bigDecimal" | "bigdecimal" => {
                t.range = Some((range_bound(min, "min")?, range_bound(max, "max")?));
            }
            _ => {}
        }
    }
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json_value::json;

    const META: &str = r#""metadata":{"protocol":"json","jsonVersion":"1.1",
        "targetPrefix":"Svc_20200101","endpointPrefix":"Ep","serviceId":"My Svc",
        "signatureVersion":"v4"}"#;

    fn model(shapes: &str, operations: &str) -> Result<Model, Vec<Diagnostic>> {
        let text = format!(r#"{{{META},"operations":{{{operations}}},"shapes":{{{shapes}}}}}"#);
        parse(&text, "m.json")
    }

    fn shape<'a>(m: &'a Model, name: &str) -> &'a Shape {
        m.shape(&format!("com.amazonaws.ep#{name}"))
            .unwrap_or_else(|| panic!("no shape {name}"))
    }

    fn members(s: &Shape) -> &[Member] {
        match &s.kind {
            ShapeKind::Structure(ms) | ShapeKind::Union(ms) => ms,
            other => panic!("not a structure: {other:?}"),
        }
    }

    fn messages(err: Vec<Diagnostic>) -> Vec<String> {
        err.into_iter().map(|d| d.message).collect()
    }

    #[test]
    fn invalid_json_reports_line_and_column() {
        let err = parse("{\n  \"shapes\": {,}\n}", "m.json").unwrap_err();
        assert_eq!(err.len(), 1);
        assert!(
            err[0]
                .message
                .starts_with("m.json: invalid JSON at line 2, column 14"),
            "{}",
            err[0].message
        );
    }

    #[test]
    fn missing_top_level_objects_are_each_reported() {
        let err = messages(parse(r#"{"metadata":{}}"#, "m.json").unwrap_err());
        assert_eq!(err.len(), 2, "{err:?}");
        assert!(err[0].contains("no top-level \"shapes\""), "{err:?}");
        assert!(err[1].contains("no top-level \"operations\""), "{err:?}");
    }

    #[test]
    fn service_metadata_maps_to_the_service() {
        let text = format!(
            r#"{{{META},"documentation":"<p>Svc docs</p>","operations":{{"Op":{{"name":"Op"}}}},
            "shapes":{{}}}}"#
        );
        let m = parse(&text, "m.json").unwrap();
        assert_eq!(m.service.id, "com.amazonaws.ep#Svc_20200101");
        assert_eq!(m.service.protocol, Protocol::AwsJson1_1);
        assert_eq!(m.service.target_prefix, "Svc_20200101");
        assert_eq!(m.service.endpoint_prefix, "Ep");
        assert_eq!(m.service.signing_name, "Ep");
        assert_eq!(m.service.sdk_id, "My Svc");
        assert_eq!(m.service.documentation.as_deref(), Some("<p>Svc docs</p>"));
        assert_eq!(m.service.operations, vec!["com.amazonaws.ep#Op"]);
        assert_eq!(m.operation_names(), vec!["Op"]);
    }

    #[test]
    fn signing_name_wins_and_missing_names_fall_back() {
        let meta = json!({"protocol":"json","jsonVersion":"1.0","targetPrefix":"T",
            "endpointPrefix":"ep","signingName":"sig"});
        let m = parse_parts(&meta, &json!({}), &[], "m.json").unwrap();
        assert_eq!(m.service.protocol, Protocol::AwsJson1_0);
        assert_eq!(m.service.signing_name, "sig");
        assert_eq!(m.service.endpoint_prefix, "ep");

        let meta = json!({"protocol":"json","jsonVersion":"1.0","targetPrefix":"JsonRpc10"});
        let m = parse_parts(&meta, &json!({}), &[], "m.json").unwrap();
        assert_eq!(m.service.sdk_id, "JsonRpc10");
        assert_eq!(m.service.endpoint_prefix, "jsonrpc10");
        assert_eq!(m.service.signing_name, "jsonrpc10");
        assert_eq!(m.service.id, "com.amazonaws.jsonrpc10#JsonRpc10");
    }

    #[test]
    fn other_protocols_and_signers_are_refused() {
        let meta = json!({"protocol":"rest-json","targetPrefix":"T"});
        let err = messages(parse_parts(&meta, &json!({}), &[], "m.json").unwrap_err());
        assert!(
            err[0].contains("uses rest-json; only the json protocol"),
            "{err:?}"
        );

        let meta = json!({"protocol":"json","jsonVersion":"2.0","targetPrefix":"T",
            "signatureVersion":"v2"});
        let err = messages(parse_parts(&meta, &json!({}), &[], "m.json").unwrap_err());
        assert_eq!(err.len(), 2, "{err:?}");
        assert!(err[0].contains("jsonVersion is 2.0"), "{err:?}");
        assert!(err[1].contains("signs with v2"), "{err:?}");

        let meta = json!({"protocol":"json","jsonVersion":"1.0"});
        let err = messages(parse_parts(&meta, &json!({}), &[], "m.json").unwrap_err());
        assert!(err[0].contains("no targetPrefix"), "{err:?}");
    }

    #[test]
    fn a_protocols_list_naming_json_is_accepted() {
        let meta = json!({"protocol":"smithy-rpc-v2-cbor","protocols":["smithy-rpc-v2-cbor","json"],
            "jsonVersion":"1.0","targetPrefix":"T"});
        let m = parse_parts(&meta, &json!({}), &[], "m.json").unwrap();
        assert_eq!(m.service.protocol, Protocol::AwsJson1_0);
    }

    #[test]
    fn operations_reference_input_output_and_errors() {
        let m = model(
            r#""In":{"type":"structure","members":{}},
               "Out":{"type":"structure","members":{}},
               "Boom":{"type":"structure","members":{},"exception":true,"fault":true}"#,
            r#""Op":{"name":"Op","input":{"shape":"In"},"output":{"shape":"Out"},
                "errors":[{"shape":"Boom"}],"documentation":"<p>Does it.</p>","deprecated":true},
               "Bare":{"name":"Bare"}"#,
        )
        .unwrap();
        let op = m.operation("Op").unwrap();
        assert_eq!(op.id, "com.amazonaws.ep#Op");
        assert_eq!(op.traits.documentation.as_deref(), Some("<p>Does it.</p>"));
        assert!(op.traits.deprecated);
        let ShapeKind::Operation {
            input,
            output,
            errors,
        } = &op.kind
        else {
            panic!("not an operation")
        };
        assert_eq!(input.as_deref(), Some("com.amazonaws.ep#In"));
        assert_eq!(output.as_deref(), Some("com.amazonaws.ep#Out"));
        assert_eq!(errors, &vec!["com.amazonaws.ep#Boom".to_string()]);
        assert!(shape(&m, "In").traits.input && !shape(&m, "In").traits.output);
        assert!(shape(&m, "Out").traits.output && !shape(&m, "Out").traits.input);
        let ShapeKind::Operation {
            input,
            output,
            errors,
        } = &m.operation("Bare").unwrap().kind
        else {
            panic!("not an operation")
        };
        assert!(input.is_none() && output.is_none() && errors.is_empty());
        assert_eq!(m.operation_names(), vec!["Bare", "Op"]);
    }

    #[test]
    fn broken_operations_are_all_reported() {
        let err = messages(
            model(
                r#""Op2":{"type":"string"}"#,
                r#""Op":{"name":"Op","input":{"shape":"Nope"},"errors":[{"shape":"Gone"}]},
                   "Op2":{"name":"Op2"},"Op3":{"name":"Other"}"#,
            )
            .unwrap_err(),
        );
        assert_eq!(err.len(), 4, "{err:?}");
        assert!(
            err[0].contains("operation Op: input refers to missing shape Nope"),
            "{err:?}"
        );
        assert!(
            err[1].contains("operation Op: error refers to missing shape Gone"),
            "{err:?}"
        );
        assert!(
            err[2].contains("operation Op2 has the name of a shape"),
            "{err:?}"
        );
        assert!(
            err[3].contains("operation Op3: is listed as Op3 but named Other"),
            "{err:?}"
        );
    }

    #[test]
    fn simple_types_map_to_kinds() {
        let m = model(
            r#""S":{"type":"string"},"I":{"type":"integer"},"L":{"type":"long"},
               "B":{"type":"boolean"},"F":{"type":"float"},"D":{"type":"double"},
               "T":{"type":"timestamp"},"Bl":{"type":"blob"},
               "BD":{"type":"bigdecimal"},"BI":{"type":"biginteger"}"#,
            "",
        )
        .unwrap();
        let kinds: Vec<&str> = ["S", "I", "L", "B", "F", "D", "T", "Bl", "BD", "BI"]
            .iter()
            .map(|n| shape(&m, n).type_name())
            .collect();
        assert_eq!(
            kinds,
            [
                "string",
                "integer",
                "long",
                "boolean",
                "float",
                "double",
                "timestamp",
                "blob",
                "bigDecimal",
                "bigInteger"
            ]
        );
    }

    #[test]
    fn string_enums_become_enums_named_by_their_values() {
        let m = model(r#""E":{"type":"string","enum":["A_B","c-d"]}"#, "").unwrap();
        let ShapeKind::Enum(values) = &shape(&m, "E").kind else {
            panic!("not an enum")
        };
        let pairs: Vec<(&str, Option<&str>)> = values
            .iter()
            .map(|v| (v.name.as_str(), v.value.as_str()))
            .collect();
        assert_eq!(pairs, [("A_B", Some("A_B")), ("c-d", Some("c-d"))]);
    }

    #[test]
    fn structures_carry_members_required_and_member_traits() {
        let m = model(
            r#""S":{"type":"structure","required":["A"],"documentation":"<p>S</p>","members":{
                 "A":{"shape":"Str","documentation":"<p>A</p>"},
                 "B":{"shape":"Str","idempotencyToken":true,"box":true,"jsonvalue":true,
                      "deprecated":true,"deprecatedMessage":"old","locationName":"b"}}},
               "Str":{"type":"string"}"#,
            "",
        )
        .unwrap();
        let s = shape(&m, "S");
        assert_eq!(s.traits.documentation.as_deref(), Some("<p>S</p>"));
        let [a, b] = members(s) else {
            panic!("two members expected")
        };
        assert_eq!(
            (a.name.as_str(), a.target.as_str()),
            ("A", "com.amazonaws.ep#Str")
        );
        assert!(a.traits.required && !b.traits.required);
        assert_eq!(a.traits.documentation.as_deref(), Some("<p>A</p>"));
        assert!(b.traits.idempotency_token && b.traits.deprecated);
        assert_eq!(b.traits.json_name.as_deref(), Some("b"));
        assert!(a.traits.json_name.is_none());
    }

    #[test]
    fn unions_and_documents_are_structures_with_flags() {
        let m = model(
            r#""U":{"type":"structure","union":true,"members":{"A":{"shape":"D"}}},
               "D":{"type":"structure","document":true,"members":{}}"#,
            "",
        )
        .unwrap();
        assert!(matches!(&shape(&m, "U").kind, ShapeKind::Union(ms) if ms.len() == 1));
        assert!(matches!(shape(&m, "D").kind, ShapeKind::Document));
    }

    #[test]
    fn lists_and_maps_have_members() {
        let m = model(
            r#""L":{"type":"list","member":{"shape":"S"},"min":1,"max":5},
               "M":{"type":"map","key":{"shape":"S"},"value":{"shape":"L"},"max":3},
               "S":{"type":"string"}"#,
            "",
        )
        .unwrap();
        let l = shape(&m, "L");
        assert!(matches!(&l.kind, ShapeKind::List(mm) if mm.target == "com.amazonaws.ep#S"));
        assert_eq!(l.traits.length, Some((Some(1), Some(5))));
        let mp = shape(&m, "M");
        let ShapeKind::Map { key, value } = &mp.kind else {
            panic!("not a map")
        };
        assert_eq!(
            (key.name.as_str(), value.target.as_str()),
            ("key", "com.amazonaws.ep#L")
        );
        assert_eq!(mp.traits.length, Some((None, Some(3))));
    }

    #[test]
    fn min_max_become_length_or_range_by_type() {
        let m = model(
            r#""S":{"type":"string","min":1,"max":128,"pattern":"[a-z]+","sensitive":true},
               "B":{"type":"blob","max":10},
               "I":{"type":"integer","min":0,"max":50},
               "D":{"type":"double","min":0.5},
               "T":{"type":"timestamp","timestampFormat":"unixTimestamp"}"#,
            "",
        )
        .unwrap();
        let s = shape(&m, "S");
        assert_eq!(s.traits.length, Some((Some(1), Some(128))));
        assert!(s.traits.range.is_none());
        assert_eq!(s.traits.pattern.as_deref(), Some("[a-z]+"));
        assert!(s.traits.sensitive);
        assert_eq!(shape(&m, "B").traits.length, Some((None, Some(10))));
        let i = shape(&m, "I");
        assert_eq!(i.traits.range, Some((Some(0.0), Some(50.0))));
        assert!(i.traits.length.is_none());
        assert_eq!(shape(&m, "D").traits.range, Some((Some(0.5), None)));
        assert_eq!(
            shape(&m, "T").traits.timestamp_format,
            Some(TimestampFormat::EpochSeconds)
        );
    }

    #[test]
    fn exceptions_become_client_or_server_errors() {
        let m = model(
            r#""C":{"type":"structure","members":{},"exception":true,
                    "error":{"httpStatusCode":400,"senderFault":true}},
               "Plain":{"type":"structure","members":{},"exception":true},
               "F":{"type":"structure","members":{},"exception":true,"fault":true},
               "N":{"type":"structure","members":{}}"#,
            "",
        )
        .unwrap();
        assert_eq!(shape(&m, "C").traits.error, Some(ErrorFault::Client));
        assert_eq!(shape(&m, "Plain").traits.error, Some(ErrorFault::Client));
        assert_eq!(shape(&m, "F").traits.error, Some(ErrorFault::Server));
        assert!(shape(&m, "N").traits.error.is_none());
    }

    #[test]
    fn streaming_and_event_streams_are_recorded() {
        let m = model(
            r#""B":{"type":"blob","streaming":true},
               "E":{"type":"structure","eventstream":true,"members":{}}"#,
            "",
        )
        .unwrap();
        assert!(shape(&m, "B").traits.streaming);
        assert!(shape(&m, "E").traits.event_stream);
    }

    #[test]
    fn broken_shapes_are_all_reported() {
        let err = messages(
            model(
                r#""S":{"type":"structure","required":["Ghost"],"members":{"A":{"shape":"Nope"}}},
                   "W":{"type":"widget"},
                   "L":{"type":"list"},
                   "T":{"type":"timestamp","timestampFormat":"mayan"}"#,
                "",
            )
            .unwrap_err(),
        );
        assert_eq!(err.len(), 5, "{err:?}");
        // Reported in file order; compare by shape.
        let mut err = err;
        err.sort();
        let expect = [
            "shape L: list has no \"member\"",
            "shape S: \"required\" lists Ghost, which is not a member",
            "shape S: member A refers to missing shape Nope",
            "shape T: unknown timestampFormat \"mayan\"",
            "shape W: has unknown type widget",
        ];
        for (e, want) in err.iter().zip(expect) {
            assert!(
                e.starts_with("m.json: ") && e.contains(want),
                "{e} lacks {want}"
            );
        }
    }
}
