//! Loads a Smithy 2.0 JSON AST model (smithy.io "JSON AST") into [`Model`].

use std::collections::BTreeMap;

use crate::json_value::{Map, Value};

use crate::diagnostic::{Diagnostic, Diagnostics, Origin};
use crate::loader::{length_bound, range_bound, smithy_timestamp_format};
use crate::model::{
    EnumLiteral, EnumValue, ErrorFault, Member, Model, Protocol, Retryable, Service, Shape,
    ShapeKind, Traits,
};

/// Parses the JSON text of a Smithy JSON AST model. `file` names it in messages.
pub fn parse(text: &str, file: &str) -> Result<Model, Vec<Diagnostic>> {
    let root = crate::loader::parse_json(text, file)?;
    let mut diags = Diagnostics::default();
    let Some(shapes_json) = root.get("shapes").and_then(Value::as_object) else {
        diags.push(
            Origin::Model,
            format!("{file}: not a Smithy JSON AST model: no top-level \"shapes\" object"),
        );
        return Err(diags.finish(()).unwrap_err());
    };

    let mut shapes = prelude();
    for (id, json) in shapes_json {
        if let Err(message) = check_shape_id(id) {
            diags.push(Origin::Model, format!("{file}: {message}"));
            continue;
        }
        match parse_shape(id, json) {
            Ok(shape) => {
                shapes.insert(id.clone(), shape);
            }
            Err(message) => diags.push(Origin::Model, format!("{file}: shape {id}: {message}")),
        }
    }

    let service_ids: Vec<&String> = shapes_json
        .iter()
        .filter(|(_, s)| s.get("type").and_then(Value::as_str) == Some("service"))
        .map(|(id, _)| id)
        .collect();
    let service = match service_ids.as_slice() {
        [id] => parse_service(id, &shapes_json[id.as_str()], shapes_json, file, &mut diags),
        [] => {
            diags.push(
                Origin::Model,
                format!("{file}: the model has no service shape"),
            );
            None
        }
        many => {
            let names: Vec<&str> = many.iter().map(|s| s.as_str()).collect();
            diags.push(
                Origin::Model,
                format!(
                    "{file}: the model has {} service shapes ({}); one is expected",
                    many.len(),
                    names.join(", ")
                ),
            );
            None
        }
    };
    match service {
        Some(service) if diags.is_empty() => Ok(Model { service, shapes }),
        _ => Err(diags.finish(()).unwrap_err()),
    }
}

fn parse_service(
    id: &str,
    json: &Value,
    shapes: &Map,
    file: &str,
    diags: &mut Diagnostics,
) -> Option<Service> {
    let traits = json.get("traits").and_then(Value::as_object);
    let has = |name: &str| traits.is_some_and(|t| t.contains_key(name));
    let protocol = if has("aws.protocols#awsJson1_1") {
        Protocol::AwsJson1_1
    } else if has("aws.protocols#awsJson1_0") {
        Protocol::AwsJson1_0
    } else {
        let found: Vec<&str> = traits
            .map(|t| {
                t.keys()
                    .filter(|k| {
                        k.starts_with("aws.protocols#") || k.starts_with("smithy.protocols#")
                    })
                    .map(String::as_str)
                    .collect()
            })
            .unwrap_or_default();
        let found = if found.is_empty() {
            "no protocol trait".to_string()
        } else {
            found.join(", ")
        };
        diags.push(
            Origin::Model,
            format!(
                "{file}: service {id} uses {found}; only aws.protocols#awsJson1_0 and \
                 aws.protocols#awsJson1_1 are supported"
            ),
        );
        return None;
    };
    let trait_str = |name: &str, field: &str| {
        traits
            .and_then(|t| t.get(name))
            .and_then(|v| v.get(field))
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    let name = crate::model::local_name(id).to_string();
    let signing_name = trait_str("aws.auth#sigv4", "name");
    let endpoint_prefix = trait_str("aws.api#service", "endpointPrefix");
    let sdk_id = trait_str("aws.api#service", "sdkId").unwrap_or_else(|| name.clone());
    let (endpoint_prefix, signing_name) =
        crate::loader::service_names(endpoint_prefix.as_deref(), signing_name.as_deref(), &sdk_id);

    let mut operations = Vec::new();
    collect_operations(json, shapes, &mut operations, &mut Vec::new());
    Some(Service {
        id: id.to_string(),
        target_prefix: name,
        protocol,
        signing_name,
        endpoint_prefix,
        sdk_id,
        documentation: traits
            .and_then(|t| t.get("smithy.api#documentation"))
            .and_then(Value::as_str)
            .map(str::to_string),
        operations,
        paginated: match traits.and_then(|t| t.get("smithy.api#paginated")) {
            None => None,
            Some(v) => match crate::pagination::parse_smithy(v) {
                Ok(p) => Some(p),
                Err(e) => {
                    diags.push(Origin::Model, format!("{file}: service {id}: {e}"));
                    None
                }
            },
        },
        endpoint_rules: traits
            .and_then(|t| t.get("smithy.rules#endpointRuleSet"))
            .map(Value::to_string),
    })
}

/// Operations bound to the service directly and through its resources, recursively.
fn collect_operations(json: &Value, shapes: &Map, out: &mut Vec<String>, seen: &mut Vec<String>) {
    let targets = |key: &str| -> Vec<String> {
        json.get(key)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|r| r.get("target").and_then(Value::as_str))
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    for key in ["create", "put", "read", "update", "delete", "list"] {
        if let Some(t) = json
            .get(key)
            .and_then(|v| v.get("target"))
            .and_then(Value::as_str)
        {
            if !out.iter().any(|o| o == t) {
                out.push(t.to_string());
            }
        }
    }
    for t in targets("operations")
        .into_iter()
        .chain(targets("collectionOperations"))
    {
        if !out.contains(&t) {
            out.push(t);
        }
    }
    for r in targets("resources") {
        if seen.contains(&r) {
            continue;
        }
        seen.push(r.clone());
        if let Some(resource) = shapes.get(&r) {
            collect_operations(resource, shapes, out, seen);
        }
    }
}

fn parse_shape(id: &str, json: &Value) -> Result<Shape, String> {
    let kind_name = json
        .get("type")
        .and_then(Value::as_str)
        .ok_or("has no \"type\"")?;
    let traits = parse_traits(json.get("traits"))?;
    let member = |key: &str| -> Result<Member, String> {
        let m = json
            .get(key)
            .ok_or_else(|| format!("{kind_name} has no \"{key}\""))?;
        parse_member(key, m)
    };
    let members = || -> Result<Vec<Member>, String> {
        let Some(members) = json.get("members") else {
            return Ok(Vec::new());
        };
        let members = members.as_object().ok_or("\"members\" is not an object")?;
        members
            .iter()
            .map(|(name, m)| parse_member(name, m))
            .collect()
    };
    let kind = match kind_name {
        "blob" => ShapeKind::Blob,
        "boolean" => ShapeKind::Boolean,
        "string" => match traits_enum(json.get("traits")) {
            Some(values) => ShapeKind::Enum(values),
            None => ShapeKind::String,
        },
        "byte" => ShapeKind::Byte,
        "short" => ShapeKind::Short,
        "integer" => ShapeKind::Integer,
        "long" => ShapeKind::Long,
        "float" => ShapeKind::Float,
        "double" => ShapeKind::Double,
        "bigInteger" => ShapeKind::BigInteger,
        "bigDecimal" => ShapeKind::BigDecimal,
        "timestamp" => ShapeKind::Timestamp,
        "document" => ShapeKind::Document,
        "enum" | "intEnum" => {
            let values = members()?
                .into_iter()
                .map(|m| {
                    Ok(EnumValue {
                        value: enum_literal(kind_name, &m)?,
                        name: m.name,
                        documentation: m.traits.documentation,
                    })
                })
                .collect::<Result<_, String>>()?;
            if kind_name == "enum" {
                ShapeKind::Enum(values)
            } else {
                ShapeKind::IntEnum(values)
            }
        }
        "list" | "set" => ShapeKind::List(member("member")?),
        "map" => ShapeKind::Map {
            key: member("key")?,
            value: member("value")?,
        },
        "structure" => ShapeKind::Structure(members()?),
        "union" => ShapeKind::Union(members()?),
        "operation" => {
            let target = |key: &str| {
                json.get(key)
                    .and_then(|v| v.get("target"))
                    .and_then(Value::as_str)
                    .filter(|t| *t != "smithy.api#Unit")
                    .map(str::to_string)
            };
            ShapeKind::Operation {
                input: target("input"),
                output: target("output"),
                errors: json
                    .get("errors")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(|e| e.get("target").and_then(Value::as_str))
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default(),
            }
        }
        other => ShapeKind::Other(other.to_string()),
    };
    Ok(Shape {
        id: id.to_string(),
        kind,
        traits,
    })
}

/// Smithy's identifier grammar: `(1*"_" (ALPHA / DIGIT)) / ALPHA` then `*(ALPHA / DIGIT / "_")`.
/// Names become Rust identifiers, so anything else would break the generated code.
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name.chars().any(|c| c.is_ascii_alphanumeric())
}

/// A shape id is `namespace#Name`.
fn check_shape_id(id: &str) -> Result<(), String> {
    match id.rsplit_once('#') {
        Some((namespace, name)) if !namespace.is_empty() && is_identifier(name) => Ok(()),
        _ => Err(format!(
            "\"{id}\" is not a valid shape id; shape ids look like example.namespace#ShapeName"
        )),
    }
}

fn parse_member(name: &str, json: &Value) -> Result<Member, String> {
    if !is_identifier(name) {
        return Err(format!(
            "member name \"{name}\" is not a valid identifier (letters, digits and _, \
             starting with a letter or _)"
        ));
    }
    let target = json
        .get("target")
        .and_then(Value::as_str)
        .ok_or_else(|| format!("member {name} has no \"target\""))?;
    Ok(Member {
        name: name.to_string(),
        target: target.to_string(),
        traits: parse_traits(json.get("traits")).map_err(|e| format!("member {name}: {e}"))?,
    })
}

/// The value of an `enum` member (`@enumValue` text, else the member's name) or an `intEnum`
/// member (`@enumValue`, an integer).
fn enum_literal(kind_name: &str, m: &Member) -> Result<EnumLiteral, String> {
    match (kind_name, &m.traits.enum_value) {
        ("enum", None) => Ok(EnumLiteral::String(m.name.clone())),
        ("enum", Some(Value::String(s))) => Ok(EnumLiteral::String(s.clone())),
        ("intEnum", Some(v)) if v.as_i64().is_some_and(|i| i32::try_from(i).is_ok()) => {
            Ok(EnumLiteral::Int(v.as_i64().unwrap_or_default()))
        }
        ("enum", Some(v)) => Err(format!("member {}: @enumValue {v} is not a string", m.name)),
        (_, Some(v)) => Err(format!(
            "member {}: @enumValue {v} is not a 32-bit integer",
            m.name
        )),
        (_, None) => Err(format!(
            "member {}: an intEnum member needs @enumValue",
            m.name
        )),
    }
}

/// Smithy 1.0 `@enum` on a string shape.
fn traits_enum(traits: Option<&Value>) -> Option<Vec<EnumValue>> {
    let list = traits?.get("smithy.api#enum")?.as_array()?;
    Some(
        list.iter()
            .filter_map(|e| {
                let value = e.get("value")?.as_str()?.to_string();
                Some(EnumValue {
                    name: e
                        .get("name")
                        .and_then(Value::as_str)
                        .map_or_else(|| value.clone(), str::to_string),
                    value: EnumLiteral::String(value),
                    documentation: e
                        .get("documentation")
                        .and_then(Value::as_str)
                        .map(str::to_string),
                })
            })
            .collect(),
    )
}

fn parse_traits(json: Option<&Value>) -> Result<Traits, String> {
    let mut t = Traits::default();
    let Some(json) = json else { return Ok(t) };
    let map = json.as_object().ok_or("\"traits\" is not an object")?;
    for (name, v) in map {
        match name.as_str() {
            "smithy.api#documentation" => t.documentation = v.as_str().map(str::to_string),
            "smithy.api#required" => t.required = true,
            "smithy.api#clientOptional" => t.client_optional = true,
            "smithy.api#default" => t.default = Some(v.clone()),
            "smithy.api#length" => {
                t.length = Some((
                    length_bound(v.get("min"), "@length min")?,
                    length_bound(v.get("max"), "@length max")?,
                ))
            }
            "smithy.api#range" => {
                t.range = Some((
                    range_bound(v.get("min"), "@range min")?,
                    range_bound(v.get("max"), "@range max")?,
                ))
            }
            "smithy.api#pattern" => {
                t.pattern = Some(v.as_str().ok_or("@pattern is not a string")?.to_string())
            }
            "smithy.api#error" => {
                t.error = Some(match v.as_str() {
                    Some("client") => ErrorFault::Client,
                    Some("server") => ErrorFault::Server,
                    _ => return Err(format!("@error is {v}; client or server is expected")),
                })
            }
            "smithy.api#retryable" => {
                t.retryable = Some(Retryable {
                    throttling: v.get("throttling").and_then(Value::as_bool) == Some(true),
                })
            }
            "smithy.api#input" => t.input = true,
            "smithy.api#output" => t.output = true,
            "smithy.api#idempotencyToken" => t.idempotency_token = true,
            "smithy.api#sparse" => t.sparse = true,
            "smithy.api#sensitive" => t.sensitive = true,
            "smithy.api#enumValue" => t.enum_value = Some(v.clone()),
            // awsJson ignores @jsonName: member names are the JSON keys.
            "smithy.api#timestampFormat" => {
                let format = v.as_str().and_then(smithy_timestamp_format);
                t.timestamp_format = Some(format.ok_or_else(|| {
                    format!("@timestampFormat is {v}; date-time, http-date or epoch-seconds is expected")
                })?)
            }
            "smithy.api#streaming" => t.streaming = true,
            "smithy.api#deprecated" => t.deprecated = true,
            "smithy.api#paginated" => t.paginated = Some(crate::pagination::parse_smithy(v)?),
            "smithy.waiters#waitable" => t.waiters = crate::waiters::parse_smithy(v)?,
            _ => {}
        }
    }
    Ok(t)
}

/// The prelude shapes models target (`smithy.api#String`, ...).
pub fn prelude() -> BTreeMap<String, Shape> {
    type Entry = (&'static str, fn() -> ShapeKind, Option<Value>);
    let simple: &[Entry] = &[
        ("String", || ShapeKind::String, None),
        ("Blob", || ShapeKind::Blob, None),
        ("Boolean", || ShapeKind::Boolean, None),
        (
            "PrimitiveBoolean",
            || ShapeKind::Boolean,
            Some(Value::Bool(false)),
        ),
        ("Byte", || ShapeKind::Byte, None),
        ("PrimitiveByte", || ShapeKind::Byte, Some(0.into())),
        ("Short", || ShapeKind::Short, None),
        ("PrimitiveShort", || ShapeKind::Short, Some(0.into())),
        ("Integer", || ShapeKind::Integer, None),
        ("PrimitiveInteger", || ShapeKind::Integer, Some(0.into())),
        ("Long", || ShapeKind::Long, None),
        ("PrimitiveLong", || ShapeKind::Long, Some(0.into())),
        ("Float", || ShapeKind::Float, None),
        ("PrimitiveFloat", || ShapeKind::Float, Some(0.into())),
        ("Double", || ShapeKind::Double, None),
        ("PrimitiveDouble", || ShapeKind::Double, Some(0.into())),
        ("BigInteger", || ShapeKind::BigInteger, None),
        ("BigDecimal", || ShapeKind::BigDecimal, None),
        ("Timestamp", || ShapeKind::Timestamp, None),
        ("Document", || ShapeKind::Document, None),
        ("Unit", || ShapeKind::Unit, None),
    ];
    simple
        .iter()
        .map(|(name, kind, default)| {
            let id = format!("smithy.api#{name}");
            let shape = Shape {
                id: id.clone(),
                kind: kind(),
                traits: Traits {
                    default: default.clone(),
                    ..Traits::default()
                },
            };
            (id, shape)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn identifiers_follow_the_smithy_grammar() {
        for ok in ["A", "a1", "_9", "__x_", "StartSession"] {
            assert!(is_identifier(ok), "{ok}");
        }
        for bad in ["", "_", "__", "9Lives", "retry-count", "caf\u{e9}", "a b"] {
            assert!(!is_identifier(bad), "{bad}");
        }
    }

    #[test]
    fn a_non_json_protocol_is_refused() {
        let model = r#"{"smithy":"2.0","shapes":{"a#S":{"type":"service","traits":{"aws.protocols#restJson1":{}}}}}"#;
        let err = parse(model, "m.json").unwrap_err();
        assert!(
            err[0].message.contains("uses aws.protocols#restJson1"),
            "{}",
            err[0]
        );
    }

    #[test]
    fn service_metadata_comes_from_traits() {
        let model = r#"{"smithy":"2.0","shapes":{
            "a#Svc":{"type":"service","operations":[{"target":"a#Op"}],"traits":{
                "aws.protocols#awsJson1_0":{},"aws.auth#sigv4":{"name":"sig"},
                "aws.api#service":{"sdkId":"My Svc","endpointPrefix":"ep"}}},
            "a#Op":{"type":"operation"}}}"#;
        let m = parse(model, "m.json").unwrap();
        assert_eq!(m.service.protocol, Protocol::AwsJson1_0);
        assert_eq!(m.service.target_prefix, "Svc");
        assert_eq!(m.service.signing_name, "sig");
        assert_eq!(m.service.endpoint_prefix, "ep");
        assert_eq!(m.service.sdk_id, "My Svc");
        assert_eq!(m.operation_names(), vec!["Op"]);
    }
}
