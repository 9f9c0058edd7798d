//! serde for generated error enums (an operation's `{Operation}Error` and the service-wide
//! `{Client}Error`), behind the `serde` feature: what the impls `athena_operation!(serde =
//! true, ...)` generates call, so each enum's impl is only its match on the error code.
//!
//! An error is an object with one key, its error code, whose value is the modeled error as
//! its structure is serialized (the modeled members under their wire names, the metadata under
//! `_meta`): `{"TooManyRequestsException": {"Message": "...", "Reason": "...", "_meta":
//! {"code": ..., "message": ..., "requestId": ..., "status": 429}}}`. An error the model does
//! not list (`Unhandled`) is written the same way with only `_meta`, so a log reader sees one
//! shape for every error, and a code the reading model does not know reads back as
//! `Unhandled` with its metadata.

use serde::de::{self, DeserializeOwned, Deserializer};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::ErrorMetadata;

/// Writes `{code: error}`.
pub fn serialize<S: Serializer, T: Serialize + ?Sized>(
    serializer: S,
    code: &str,
    error: &T,
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(Some(1))?;
    map.serialize_entry(code, error)?;
    map.end()
}

/// Writes an error the model does not list: `{code: {"_meta": meta}}`.
pub fn serialize_unhandled<S: Serializer>(
    serializer: S,
    meta: &ErrorMetadata,
) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct Unhandled<'a> {
        #[serde(rename = "_meta")]
        meta: &'a ErrorMetadata,
    }
    serialize(serializer, &meta.code, &Unhandled { meta })
}

/// Reads `{code: value}`: the code and the value, for the generated match to read as the
/// code's modeled error ([`from_value`]) or as `Unhandled` ([`unhandled_from_value`]).
pub fn deserialize<'de, D: Deserializer<'de>>(
    deserializer: D,
    expecting: &'static str,
) -> Result<(String, Value), D::Error> {
    let object = Map::<String, Value>::deserialize(deserializer)?;
    let mut entries = object.into_iter();
    match (entries.next(), entries.next()) {
        (Some((code, value)), None) => Ok((code, value)),
        _ => Err(de::Error::custom(expecting)),
    }
}

/// The modeled error `value` holds.
pub fn from_value<T: DeserializeOwned, E: de::Error>(value: Value) -> Result<T, E> {
    serde_json::from_value(value).map_err(E::custom)
}

/// The metadata of an error whose code the model does not list: `value`'s `_meta` (the code
/// from the key when `_meta` has none); the value's other members are dropped, as the wire
/// reader drops an unlisted error's body.
pub fn unhandled_from_value<E: de::Error>(code: String, value: Value) -> Result<ErrorMetadata, E> {
    let mut meta: ErrorMetadata = match value {
        Value::Object(mut members) => match members.remove("_meta") {
            Some(meta) => from_value(meta)?,
            None => ErrorMetadata::default(),
        },
        _ => {
            return Err(E::custom(
                "an error: an object with `_meta` and its members",
            ))
        }
    };
    if meta.code.is_empty() {
        meta.code = code;
    }
    Ok(meta)
}
