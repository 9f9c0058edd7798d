//! What every generated structure's JSON code has in common, written once: the loop over an
//! object's members and the error path of a member (writing a member only when it is set is
//! [`ObjectWriter::optional_member`](crate::json::ObjectWriter::optional_member)).
//! Generated code keeps only what differs per structure (which wire name goes to which field),
//! so a whole service compiles less code.

use crate::json::{expect_object, DeserializeError, DeserializeJson, Value};

/// Reads an object into `T::default()`, handing every member that is not `null` to
/// `read_member` with its wire name. Missing members keep their defaults: Smithy's error
/// correction for clients; unknown ones are for `read_member` to ignore.
pub fn read_structure<T: Default>(
    value: &Value,
    mut read_member: impl FnMut(&mut T, &str, &Value) -> Result<(), DeserializeError>,
) -> Result<T, DeserializeError> {
    let mut out = T::default();
    for (key, value) in expect_object(value)? {
        if !value.is_null() {
            read_member(&mut out, key, value)?;
        }
    }
    Ok(out)
}

/// The member `key`'s value; an error's path starts with `key`. For an `Option` field this
/// is `Some`: `read_structure` never hands over `null`.
pub fn member<T: DeserializeJson>(value: &Value, key: &str) -> Result<T, DeserializeError> {
    T::from_json(value).map_err(|e| e.in_member(key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::ObjectWriter;

    #[derive(Default, Debug, PartialEq)]
    struct Pair {
        name: String,
        count: Option<i32>,
    }

    fn read_pair(text: &str) -> Result<Pair, DeserializeError> {
        let value: Value =
            serde_json::from_str(text).map_err(|e| DeserializeError::new(e.to_string()))?;
        read_structure(&value, |out: &mut Pair, key, value| {
            match key {
                "Name" => out.name = member(value, key)?,
                "Count" => out.count = member(value, key)?,
                _ => {}
            }
            Ok(())
        })
    }

    #[test]
    fn reads_members_skips_null_and_unknown_keeps_defaults() {
        let pair = read_pair(r#"{"Name":"a","Count":null,"Other":1}"#).unwrap();
        assert_eq!(
            pair,
            Pair {
                name: "a".into(),
                count: None
            }
        );
        let pair = read_pair(r#"{"Count":3}"#).unwrap();
        assert_eq!(
            pair,
            Pair {
                name: String::new(),
                count: Some(3)
            }
        );
    }

    #[test]
    fn errors_name_the_member_and_non_objects_are_refused() {
        let error = read_pair(r#"{"Count":"x"}"#).unwrap_err();
        assert!(error.to_string().starts_with("Count: "), "{error}");
        assert!(read_pair("[1]").is_err());
    }

    #[test]
    fn optional_member_writes_only_set_members() {
        let mut out = String::new();
        let mut object = ObjectWriter::new(&mut out);
        object.optional_member("\"A\":", Some(&1i32));
        object.optional_member::<i32>("\"B\":", None);
        object.finish();
        assert_eq!(out, r#"{"A":1}"#);
    }
}
