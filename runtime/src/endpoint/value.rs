//! The values rule-set expressions evaluate to.

use std::collections::BTreeMap;

/// A rules-engine value. `Unset` is the empty optional: an unset parameter, or a function
/// such as `aws.parseArn` that found nothing.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Unset,
    Bool(bool),
    Int(i64),
    Str(String),
    Array(Vec<Value>),
    Record(BTreeMap<String, Value>),
}

impl Value {
    pub(crate) fn type_name(&self) -> &'static str {
        match self {
            Value::Unset => "unset",
            Value::Bool(_) => "boolean",
            Value::Int(_) => "integer",
            Value::Str(_) => "string",
            Value::Array(_) => "array",
            Value::Record(_) => "record",
        }
    }

    /// Whether a condition returning this value holds: set, and not `false`.
    pub(crate) fn is_truthy(&self) -> bool {
        !matches!(self, Value::Unset | Value::Bool(false))
    }

    pub(crate) fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Unset => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Int(i) => serde_json::Value::from(*i),
            Value::Str(s) => serde_json::Value::String(s.clone()),
            Value::Array(items) => items.iter().map(Value::to_json).collect(),
            Value::Record(fields) => serde_json::Value::Object(
                fields
                    .iter()
                    .map(|(k, v)| (k.clone(), v.to_json()))
                    .collect(),
            ),
        }
    }
}
