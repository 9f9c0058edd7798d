//! What the Smithy and botocore loaders share: reading the JSON text, and turning the trait
//! values both formats state (length and range bounds, timestamp formats) into [`Traits`]
//! fields, so a Smithy model and its botocore twin load into the same [`Traits`].
//!
//! [`Traits`]: crate::model::Traits

use crate::json_value::Value;

use crate::diagnostic::{Diagnostic, Origin};
use crate::model::TimestampFormat;

/// Parses model text as JSON; a syntax error names the line and column.
pub fn parse_json(text: &str, file: &str) -> Result<Value, Vec<Diagnostic>> {
    crate::json_parse::parse(text).map_err(|e| {
        vec![Diagnostic {
            origin: Origin::Model,
            message: format!(
                "{file}: invalid JSON at line {}, column {}: {}",
                e.line(),
                e.column(),
                e.message()
            ),
        }]
    })
}

/// A length bound (`@length` min or max, botocore's `min`/`max` on strings, blobs, lists and
/// maps); `what` names it in the message.
pub fn length_bound(v: Option<&Value>, what: &str) -> Result<Option<u64>, String> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(n) => n
            .as_u64()
            .map(Some)
            .ok_or_else(|| format!("{what} is not a non-negative integer: {n}")),
    }
}

/// A range bound (`@range` min or max, botocore's `min`/`max` on numbers); `what` names it in
/// the message. Big decimals may be written as strings; they must still be finite.
pub fn range_bound(v: Option<&Value>, what: &str) -> Result<Option<f64>, String> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => Ok(n.as_f64()),
        Some(Value::String(s)) => s
            .parse::<f64>()
            .ok()
            .filter(|f| f.is_finite())
            .map(Some)
            .ok_or_else(|| format!("{what} is not a finite number: \"{s}\"")),
        Some(n) => Err(format!("{what} is not a number: {n}")),
    }
}

/// A service's endpoint prefix and signing name, (`endpoint_prefix`, `signing_name`), from
/// what the model states: each falls back to the other, and both to the SDK id in lowercase
/// without spaces.
pub fn service_names(
    endpoint_prefix: Option<&str>,
    signing_name: Option<&str>,
    sdk_id: &str,
) -> (String, String) {
    let endpoint_prefix = endpoint_prefix
        .or(signing_name)
        .map_or_else(|| sdk_id.to_lowercase().replace(' ', ""), str::to_string);
    let signing_name = signing_name.unwrap_or(&endpoint_prefix).to_string();
    (endpoint_prefix, signing_name)
}

/// A Smithy `@timestampFormat` value.
pub fn smithy_timestamp_format(name: &str) -> Option<TimestampFormat> {
    match name {
        "date-time" => Some(TimestampFormat::DateTime),
        "http-date" => Some(TimestampFormat::HttpDate),
        "epoch-seconds" => Some(TimestampFormat::EpochSeconds),
        _ => None,
    }
}

/// A botocore `timestampFormat` value.
pub fn botocore_timestamp_format(name: &str) -> Option<TimestampFormat> {
    match name {
        "iso8601" => Some(TimestampFormat::DateTime),
        "rfc822" => Some(TimestampFormat::HttpDate),
        "unixTimestamp" => Some(TimestampFormat::EpochSeconds),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json_value::json;

    #[test]
    fn bounds_accept_numbers_and_refuse_the_rest() {
        assert_eq!(length_bound(Some(&json!(3)), "min"), Ok(Some(3)));
        assert_eq!(length_bound(None, "min"), Ok(None));
        assert_eq!(
            length_bound(Some(&json!(-1)), "@length min"),
            Err("@length min is not a non-negative integer: -1".to_string())
        );
        assert_eq!(range_bound(Some(&json!("1.5")), "max"), Ok(Some(1.5)));
        assert_eq!(
            range_bound(Some(&json!("inf")), "@range max"),
            Err("@range max is not a finite number: \"inf\"".to_string())
        );
        assert_eq!(
            range_bound(Some(&json!(true)), "max"),
            Err("max is not a number: true".to_string())
        );
    }

    #[test]
    fn service_names_fall_back_to_each_other_then_the_sdk_id() {
        let names = |e, s| service_names(e, s, "My Svc");
        assert_eq!(names(Some("ep"), Some("sig")), ("ep".into(), "sig".into()));
        assert_eq!(names(None, Some("sig")), ("sig".into(), "sig".into()));
        assert_eq!(names(Some("ep"), None), ("ep".into(), "ep".into()));
        assert_eq!(names(None, None), ("mysvc".into(), "mysvc".into()));
    }

    #[test]
    fn both_spellings_of_a_timestamp_format_agree() {
        for (smithy, botocore) in [
            ("date-time", "iso8601"),
            ("http-date", "rfc822"),
            ("epoch-seconds", "unixTimestamp"),
        ] {
            assert!(smithy_timestamp_format(smithy).is_some());
            assert_eq!(
                smithy_timestamp_format(smithy),
                botocore_timestamp_format(botocore)
            );
        }
        assert_eq!(smithy_timestamp_format("mayan"), None);
    }
}
