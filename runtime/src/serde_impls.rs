//! serde for the runtime types that appear in generated fields, behind the `serde` feature
//! (what `athena_operation!(serde = true, ...)` derives on generated types needs).
//!
//! Representations, chosen to be readable where values are stored or logged, and read back
//! losslessly:
//! - [`DateTime`]: an RFC 3339 string in UTC (`"2024-05-01T12:00:00Z"`, with as many fraction
//!   digits as the value has: milliseconds, or nanoseconds when it has them). Reading also
//!   accepts the other forms the wire uses: epoch seconds as a number, and the HTTP date. A
//!   year outside 0000–9999 is written as epoch seconds.
//! - [`Blob`]: a standard base64 string with padding, as on the wire.
//! - [`Document`](crate::Document): the JSON value itself.
//! - [`ErrorMetadata`]: `{"code", "message", "requestId", "status"}` (`message` and
//!   `requestId` left out when absent).
//! - [`ResponseRequestId`]: the id as a string (generated outputs skip it when there is none).

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

use crate::json::{base64_decode, base64_encode, Blob};
use crate::request_id::ResponseRequestId;
use crate::time::DateTime;

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (year, ..) = self.civil();
        if !(0..=9999).contains(&year) {
            return serializer.serialize_f64(self.as_secs_f64());
        }
        if self.subsec_nanos() % 1_000_000 == 0 {
            // Whole milliseconds: what `Display` writes.
            return serializer.collect_str(self);
        }
        let text = self.to_string();
        let seconds = text.trim_end_matches('Z');
        let seconds = seconds.split('.').next().unwrap_or(seconds);
        serializer.collect_str(&format_args!("{seconds}.{:09}Z", self.subsec_nanos()))
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DateTimeVisitor)
    }
}

struct DateTimeVisitor;

impl Visitor<'_> for DateTimeVisitor {
    type Value = DateTime;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an RFC 3339 or HTTP date string, or epoch seconds")
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<DateTime, E> {
        DateTime::parse(s)
            .or_else(|| DateTime::parse_http_date(s))
            .ok_or_else(|| E::custom(format_args!("{s:?} is not a timestamp")))
    }

    fn visit_i64<E: de::Error>(self, secs: i64) -> Result<DateTime, E> {
        Ok(DateTime::from_secs(secs))
    }

    fn visit_u64<E: de::Error>(self, secs: u64) -> Result<DateTime, E> {
        i64::try_from(secs)
            .map(DateTime::from_secs)
            .map_err(|_| E::custom(format_args!("{secs} is not a valid timestamp")))
    }

    fn visit_f64<E: de::Error>(self, secs: f64) -> Result<DateTime, E> {
        DateTime::from_secs_f64(secs)
            .ok_or_else(|| E::custom(format_args!("{secs} is not a valid timestamp")))
    }
}

impl Serialize for Blob {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut text = String::with_capacity(self.0.len().div_ceil(3) * 4);
        base64_encode(&self.0, &mut text);
        serializer.serialize_str(&text)
    }
}

impl<'de> Deserialize<'de> for Blob {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        base64_decode(&text)
            .map(Blob)
            .ok_or_else(|| de::Error::custom("invalid base64"))
    }
}

impl Serialize for ResponseRequestId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.get().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for ResponseRequestId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<String>::deserialize(deserializer).map(ResponseRequestId::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorMetadata;

    fn round_trip<T: Serialize + for<'de> Deserialize<'de>>(value: &T) -> (String, T) {
        let text = serde_json::to_string(value).expect("serializes");
        let back = serde_json::from_str(&text).expect("reads back");
        (text, back)
    }

    #[test]
    fn timestamps_are_rfc3339_and_read_every_wire_form() {
        let whole = DateTime::from_secs(1_714_564_800);
        assert_eq!(
            round_trip(&whole),
            ("\"2024-05-01T12:00:00Z\"".into(), whole)
        );
        let millis = DateTime::from_secs_and_nanos(1_714_564_800, 120_000_000).expect("valid");
        assert_eq!(
            round_trip(&millis),
            ("\"2024-05-01T12:00:00.120Z\"".into(), millis)
        );
        let nanos = DateTime::from_secs_and_nanos(1_714_564_800, 123_456_789).expect("valid");
        assert_eq!(
            round_trip(&nanos),
            ("\"2024-05-01T12:00:00.123456789Z\"".into(), nanos)
        );
        let far = DateTime::from_secs(400_000_000_000);
        assert_eq!(round_trip(&far), ("400000000000.0".into(), far));
        let read = |text: &str| serde_json::from_str::<DateTime>(text);
        assert_eq!(read("1714564800").expect("integer seconds"), whole);
        assert_eq!(read("1714564800.12").expect("fractional seconds"), millis);
        assert_eq!(
            read("\"Wed, 01 May 2024 12:00:00 GMT\"").expect("http date"),
            whole
        );
        let error = read("\"yesterday\"").expect_err("not a timestamp");
        assert!(error.to_string().contains("not a timestamp"), "{error}");
    }

    #[test]
    fn blobs_are_base64() {
        let blob = Blob::new(b"\x00\xffhi".to_vec());
        assert_eq!(round_trip(&blob), ("\"AP9oaQ==\"".into(), blob));
        assert!(serde_json::from_str::<Blob>("\"%%\"").is_err());
    }

    #[test]
    fn metadata_and_request_ids() {
        let meta = ErrorMetadata {
            code: "ThrottlingException".into(),
            message: None,
            request_id: Some("r-1".into()),
            status: 400,
        };
        assert_eq!(
            round_trip(&meta),
            (
                r#"{"code":"ThrottlingException","requestId":"r-1","status":400}"#.into(),
                meta
            )
        );
        let id = ResponseRequestId::new(Some("r-2".into()));
        let (text, back) = round_trip(&id);
        assert_eq!((text.as_str(), back.get()), ("\"r-2\"", Some("r-2")));
    }
}
