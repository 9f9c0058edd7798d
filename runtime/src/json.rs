//! JSON for the awsJson protocols: generated types write themselves straight into a string
//! (no intermediate tree) and read themselves from a parsed [`serde_json::Value`].
//!
//! Wire rules (Smithy awsJson1_0/1_1): timestamps are epoch seconds unless a
//! `@timestampFormat` says otherwise (see [`FormattedTimestamp`]), blobs are base64,
//! non-finite floats are the strings `NaN`, `Infinity`, `-Infinity`; in responses JSON `null`
//! means absent and unknown members are ignored.

use std::collections::HashMap;
use std::fmt;

pub use serde_json::Value;

use crate::time::DateTime;

/// An untyped JSON value, for Smithy `document` shapes.
pub type Document = Value;

/// A document from JSON text; generated code uses it for `@default` documents.
pub fn document_from_str(text: &str) -> Document {
    serde_json::from_str(text).unwrap_or_default()
}

/// Bytes of a Smithy `blob`, base64 on the wire.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Blob(pub Vec<u8>);

impl Blob {
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        Blob(bytes.into())
    }
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
    pub fn into_inner(self) -> Vec<u8> {
        self.0
    }
}

impl fmt::Debug for Blob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Blob({} bytes)", self.0.len())
    }
}

impl From<Vec<u8>> for Blob {
    fn from(v: Vec<u8>) -> Self {
        Blob(v)
    }
}

impl From<&[u8]> for Blob {
    fn from(v: &[u8]) -> Self {
        Blob(v.to_vec())
    }
}

/// A value that writes itself as JSON.
pub trait SerializeJson {
    fn write_json(&self, out: &mut String);
}

/// Serializes a value to a JSON string.
pub fn to_string<T: SerializeJson + ?Sized>(value: &T) -> String {
    let mut out = String::with_capacity(1024);
    value.write_json(&mut out);
    out
}

/// Writes the members of one JSON object; generated `write_json` bodies use it.
pub struct ObjectWriter<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> ObjectWriter<'a> {
    #[inline]
    pub fn new(out: &'a mut String) -> Self {
        out.push('{');
        ObjectWriter { out, first: true }
    }

    /// Writes `"name": value`.
    pub fn field<T: SerializeJson + ?Sized>(&mut self, name: &str, value: &T) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        write_string(self.out, name);
        self.out.push(':');
        value.write_json(self.out);
    }

    /// Writes `"name": value` where `key` is `"name":` already in JSON form: generated code
    /// passes each member name so, written when the macro expands, which spares every
    /// request the escape check of its member names.
    #[inline]
    pub fn member<T: SerializeJson + ?Sized>(&mut self, key: &str, value: &T) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.out.push_str(key);
        value.write_json(self.out);
    }

    /// [`ObjectWriter::member`] when the member is set; an unset member is left out.
    #[inline]
    pub fn optional_member<T: SerializeJson + ?Sized>(&mut self, key: &str, value: Option<&T>) {
        if let Some(value) = value {
            self.member(key, value);
        }
    }

    #[inline]
    pub fn finish(self) {
        self.out.push('}');
    }
}

/// Writes a JSON string literal with the escapes JSON requires.
pub fn write_string(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    // Most strings need no escape: copy them in one go.
    if !needs_escape(s.as_bytes()) {
        out.push_str(s);
        out.push('"');
        return;
    }
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape: Option<&str> = match b {
            b'"' => Some("\\\""),
            b'\\' => Some("\\\\"),
            b'\n' => Some("\\n"),
            b'\r' => Some("\\r"),
            b'\t' => Some("\\t"),
            0..=0x1f => None,
            _ => continue,
        };
        out.push_str(&s[start..i]);
        match escape {
            Some(e) => out.push_str(e),
            None => {
                use fmt::Write;
                let _ = write!(out, "\\u{:04x}", b);
            }
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Whether any byte of `bytes` needs an escape in a JSON string. Every string value and map key
/// of every request goes through here, and most are a few bytes to a few dozen: they are
/// checked eight bytes at a time as one word, the last word overlapping the one before it,
/// so no string is checked byte by byte. A shorter string is put together from overlapping
/// loads (copying it into a padded buffer stalled on the load that follows).
fn needs_escape(bytes: &[u8]) -> bool {
    let len = bytes.len();
    let word = match len {
        0 => return false,
        // The first, middle and last byte cover all of them; spaces pad the word.
        1..=3 => u64::from_le_bytes([
            bytes[0],
            bytes[len / 2],
            bytes[len - 1],
            b' ',
            b' ',
            b' ',
            b' ',
            b' ',
        ]),
        4..=7 => u64::from(four(&bytes[..4])) | u64::from(four(&bytes[len - 4..])) << 32,
        _ => {
            // No early exit: the loop stays branch-free, and a string to escape is rare.
            let found = bytes
                .chunks_exact(8)
                .fold(false, |found, w| found | escaped_in(eight(w)));
            return found | escaped_in(eight(&bytes[len - 8..]));
        }
    };
    escaped_in(word)
}

fn four(bytes: &[u8]) -> u32 {
    u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]])
}

fn eight(bytes: &[u8]) -> u64 {
    u64::from_le_bytes([
        bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
    ])
}

/// Whether one of the word's eight bytes is a control, `"` or `\\` (bit tricks: a byte below
/// `n` ≤ 0x80 leaves its high bit set in `word - n` where it was clear in `word`).
fn escaped_in(word: u64) -> bool {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH_BITS: u64 = ONES * 0x80;
    let below = |word: u64, n: u8| word.wrapping_sub(ONES * u64::from(n)) & !word & HIGH_BITS;
    let quote = word ^ (ONES * u64::from(b'"'));
    let backslash = word ^ (ONES * u64::from(b'\\'));
    (below(word, 0x20) | below(quote, 1) | below(backslash, 1)) != 0
}

impl SerializeJson for str {
    fn write_json(&self, out: &mut String) {
        write_string(out, self)
    }
}

impl SerializeJson for String {
    fn write_json(&self, out: &mut String) {
        write_string(out, self)
    }
}

impl SerializeJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" })
    }
}

macro_rules! serialize_integer {
    ($($t:ty),*) => {$(
        impl SerializeJson for $t {
            fn write_json(&self, out: &mut String) {
                // itoa (already built for serde_json) skips the formatting machinery.
                out.push_str(itoa::Buffer::new().format(*self));
            }
        }
    )*};
}
serialize_integer!(i8, i16, i32, i64, u8, u16, u32, u64);

macro_rules! serialize_float {
    ($($t:ty),*) => {$(
        impl SerializeJson for $t {
            fn write_json(&self, out: &mut String) {
                use fmt::Write;
                if self.is_nan() {
                    out.push_str("\"NaN\"");
                } else if self.is_infinite() {
                    out.push_str(if *self > 0.0 { "\"Infinity\"" } else { "\"-Infinity\"" });
                } else if self.fract() == 0.0 && self.abs() < 1e15 {
                    let _ = write!(out, "{}", *self as i64);
                } else {
                    let _ = write!(out, "{}", self);
                }
            }
        }
    )*};
}
serialize_float!(f32, f64);

impl<T: SerializeJson + ?Sized> SerializeJson for &T {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out)
    }
}

impl<T: SerializeJson + ?Sized> SerializeJson for Box<T> {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out)
    }
}

/// `None` is written as `null`: only sparse lists and maps hold options.
impl<T: SerializeJson> SerializeJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(v) => v.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: SerializeJson> SerializeJson for [T] {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            v.write_json(out);
        }
        out.push(']');
    }
}

impl<T: SerializeJson> SerializeJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out)
    }
}

impl<T: SerializeJson, S> SerializeJson for HashMap<String, T, S> {
    fn write_json(&self, out: &mut String) {
        let mut object = ObjectWriter::new(out);
        for (k, v) in self {
            object.field(k, v);
        }
        object.finish();
    }
}

/// A union member targeting `smithy.api#Unit` carries no value: `{"Member": {}}`.
impl SerializeJson for () {
    fn write_json(&self, out: &mut String) {
        out.push_str("{}");
    }
}

impl SerializeJson for Blob {
    fn write_json(&self, out: &mut String) {
        out.push('"');
        base64_encode(&self.0, out);
        out.push('"');
    }
}

impl SerializeJson for DateTime {
    fn write_json(&self, out: &mut String) {
        use fmt::Write;
        let _ = write!(out, "{}", self.epoch_seconds_string());
    }
}

/// A `@timestampFormat` of a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimestampFormat {
    /// `2000-01-02T20:34:56Z` (RFC 3339, UTC).
    DateTime,
    /// `Sun, 02 Jan 2000 20:34:56 GMT`.
    HttpDate,
    /// `946845296`, the awsJson default.
    EpochSeconds,
}

/// A timestamp written in the format its member asks for; generated code wraps members
/// whose format is not the default epoch seconds.
pub struct FormattedTimestamp<'a>(pub &'a DateTime, pub TimestampFormat);

impl SerializeJson for FormattedTimestamp<'_> {
    fn write_json(&self, out: &mut String) {
        match self.1 {
            TimestampFormat::DateTime => write_string(out, &self.0.to_string()),
            TimestampFormat::HttpDate => write_string(out, &self.0.http_date()),
            TimestampFormat::EpochSeconds => self.0.write_json(out),
        }
    }
}

impl SerializeJson for Value {
    fn write_json(&self, out: &mut String) {
        out.push_str(&self.to_string())
    }
}

/// Why a response body did not fit the expected shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeserializeError {
    /// Where in the body: `.State`, `.Tags[2].Key` (relative to the top-level output).
    pub path: String,
    pub message: String,
}

impl DeserializeError {
    pub fn new(message: impl Into<String>) -> Self {
        DeserializeError {
            path: String::new(),
            message: message.into(),
        }
    }

    /// Prefixes the path with a member name; generated code calls it on the way up.
    pub fn in_member(mut self, member: &str) -> Self {
        self.path.insert_str(0, member);
        self.path.insert(0, '.');
        self
    }

    /// Prefixes the path with a list index.
    pub fn in_index(mut self, index: usize) -> Self {
        self.path.insert_str(0, &format!("[{index}]"));
        self
    }

    /// Prefixes the path with a map key.
    pub fn in_key(mut self, key: &str) -> Self {
        self.path.insert_str(0, &format!("[{key:?}]"));
        self
    }

    fn expected(what: &str, got: &Value) -> Self {
        let got = match got {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        };
        DeserializeError::new(format!("expected {what}, found {got}"))
    }
}

impl fmt::Display for DeserializeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path.trim_start_matches('.'), self.message)
        }
    }
}

impl std::error::Error for DeserializeError {}

/// A value that reads itself from parsed JSON.
pub trait DeserializeJson: Sized {
    fn from_json(value: &Value) -> Result<Self, DeserializeError>;

    /// Whether `null` is a value of the type: true only for `Option`, the entries of sparse
    /// lists and maps. Dense collections skip `null` entries.
    fn accepts_null() -> bool {
        false
    }

    /// Keeps the `x-amzn-RequestId` of the response this value was read from. The client
    /// calls it on an operation's output; generated outputs keep the id (see
    /// [`RequestId`](crate::RequestId)), other types have nowhere to put it.
    #[doc(hidden)]
    fn set_request_id(&mut self, _id: Option<String>) {}
}

/// The members of an object, or an error saying what was found instead.
pub fn expect_object(value: &Value) -> Result<&serde_json::Map<String, Value>, DeserializeError> {
    value
        .as_object()
        .ok_or_else(|| DeserializeError::expected("an object", value))
}

impl DeserializeJson for String {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        value
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| DeserializeError::expected("a string", value))
    }
}

impl DeserializeJson for bool {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        value
            .as_bool()
            .ok_or_else(|| DeserializeError::expected("a boolean", value))
    }
}

macro_rules! deserialize_integer {
    ($($t:ty),*) => {$(
        impl DeserializeJson for $t {
            fn from_json(value: &Value) -> Result<Self, DeserializeError> {
                let n = match value {
                    Value::Number(n) => n,
                    other => return Err(DeserializeError::expected("an integer", other)),
                };
                if let Some(i) = n.as_i64() {
                    <$t>::try_from(i).map_err(|_| {
                        DeserializeError::new(format!("{i} is out of range for {}", stringify!($t)))
                    })
                } else if let Some(u) = n.as_u64() {
                    <$t>::try_from(u).map_err(|_| {
                        DeserializeError::new(format!("{u} is out of range for {}", stringify!($t)))
                    })
                } else {
                    Err(DeserializeError::new(format!("expected an integer, found {n}")))
                }
            }
        }
    )*};
}
deserialize_integer!(i8, i16, i32, i64, u8, u16, u32, u64);

fn float_from_json(value: &Value) -> Result<f64, DeserializeError> {
    match value {
        Value::Number(n) => n
            .as_f64()
            .ok_or_else(|| DeserializeError::new(format!("{n} is not a float"))),
        Value::String(s) => match s.as_str() {
            "NaN" => Ok(f64::NAN),
            "Infinity" => Ok(f64::INFINITY),
            "-Infinity" => Ok(f64::NEG_INFINITY),
            _ => Err(DeserializeError::new(format!(
                "expected a number, found the string {s:?}"
            ))),
        },
        other => Err(DeserializeError::expected("a number", other)),
    }
}

impl DeserializeJson for f64 {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        float_from_json(value)
    }
}

impl DeserializeJson for f32 {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        float_from_json(value).map(|f| f as f32)
    }
}

impl<T: DeserializeJson> DeserializeJson for Box<T> {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        T::from_json(value).map(Box::new)
    }
}

/// For sparse lists and maps: `null` entries are kept as `None`.
impl<T: DeserializeJson> DeserializeJson for Option<T> {
    fn accepts_null() -> bool {
        true
    }

    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        if value.is_null() {
            Ok(None)
        } else {
            T::from_json(value).map(Some)
        }
    }
}

/// Dense lists skip `null` entries, as the AWS SDKs do.
impl<T: DeserializeJson> DeserializeJson for Vec<T> {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        let items = value
            .as_array()
            .ok_or_else(|| DeserializeError::expected("an array", value))?;
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            if item.is_null() && !T::accepts_null() {
                continue;
            }
            out.push(T::from_json(item).map_err(|e| e.in_index(i))?);
        }
        Ok(out)
    }
}

/// Dense maps skip `null` values, as the AWS SDKs do.
impl<T: DeserializeJson> DeserializeJson for HashMap<String, T> {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        let members = expect_object(value)?;
        let mut out = HashMap::with_capacity(members.len());
        for (k, v) in members {
            if v.is_null() && !T::accepts_null() {
                continue;
            }
            out.insert(k.clone(), T::from_json(v).map_err(|e| e.in_key(k))?);
        }
        Ok(out)
    }
}

impl DeserializeJson for Blob {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        let s = value
            .as_str()
            .ok_or_else(|| DeserializeError::expected("a base64 string", value))?;
        base64_decode(s)
            .map(Blob)
            .ok_or_else(|| DeserializeError::new("invalid base64"))
    }
}

/// Epoch seconds, or a string in either text format: services answer in the member's
/// `@timestampFormat`, and reading every format keeps generated code format-agnostic.
impl DeserializeJson for DateTime {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        if let Value::String(s) = value {
            return DateTime::parse(s)
                .or_else(|| DateTime::parse_http_date(s))
                .ok_or_else(|| DeserializeError::new(format!("{s:?} is not a timestamp")));
        }
        let secs = float_from_json(value)?;
        DateTime::from_secs_f64(secs)
            .ok_or_else(|| DeserializeError::new(format!("{secs} is not a valid timestamp")))
    }
}

/// Operations without output accept any body.
impl DeserializeJson for () {
    fn from_json(_value: &Value) -> Result<Self, DeserializeError> {
        Ok(())
    }
}

impl DeserializeJson for Value {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        Ok(value.clone())
    }
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn base64_encode(bytes: &[u8], out: &mut String) {
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        out.push(BASE64[(n >> 18) as usize & 63] as char);
        out.push(BASE64[(n >> 12) as usize & 63] as char);
        out.push(if chunk.len() > 1 {
            BASE64[(n >> 6) as usize & 63] as char
        } else {
            '='
        });
        out.push(if chunk.len() > 2 {
            BASE64[n as usize & 63] as char
        } else {
            '='
        });
    }
}

/// Decodes standard base64; padding is optional. `None` on any other character.
pub fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let s = s.trim_end_matches('=');
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn member_with_a_written_key_equals_field() {
        let (mut by_member, mut by_field) = (String::new(), String::new());
        let mut object = ObjectWriter::new(&mut by_member);
        object.member("\"Name\":", "a\"b");
        object.optional_member::<i32>("\"Unset\":", None);
        object.optional_member("\"Count\":", Some(&3));
        object.finish();
        let mut object = ObjectWriter::new(&mut by_field);
        object.field("Name", "a\"b");
        object.field("Count", &3);
        object.finish();
        assert_eq!(by_member, r#"{"Name":"a\"b","Count":3}"#);
        assert_eq!(by_member, by_field);
    }

    #[test]
    fn base64_round_trips() {
        for input in [&b""[..], b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar"] {
            let mut s = String::new();
            base64_encode(input, &mut s);
            assert_eq!(base64_decode(&s).unwrap(), input);
        }
        let mut s = String::new();
        base64_encode(b"foobar", &mut s);
        assert_eq!(s, "Zm9vYmFy");
        assert_eq!(base64_decode("Zm9vYg").unwrap(), b"foob");
        assert!(base64_decode("Zm9v!").is_none());
    }

    #[test]
    fn strings_are_escaped() {
        assert_eq!(to_string("a\"b\\c\n\u{1}é"), r#""a\"b\\c\n\u0001é""#);
    }

    #[test]
    fn floats_follow_smithy() {
        assert_eq!(to_string(&f64::NAN), "\"NaN\"");
        assert_eq!(to_string(&f64::NEG_INFINITY), "\"-Infinity\"");
        assert_eq!(to_string(&1.5f64), "1.5");
        assert_eq!(to_string(&2.0f64), "2");
    }

    #[test]
    fn dense_lists_skip_nulls_sparse_keep_them() {
        let v: Value = serde_json::json!(["a", null, "b"]);
        let dense = Vec::<String>::from_json(&v).unwrap();
        assert_eq!(dense, vec!["a", "b"]);
        let sparse = Vec::<Option<String>>::from_json(&v).unwrap();
        assert_eq!(sparse, vec![Some("a".into()), None, Some("b".into())]);
    }

    #[test]
    fn timestamps_read_every_format_and_write_the_asked_one() {
        let t = DateTime::from_secs(946_845_296);
        for text in [
            "946845296",
            "\"2000-01-02T20:34:56Z\"",
            "\"2000-01-02T19:34:56-01:00\"",
            "\"Sun, 02 Jan 2000 20:34:56 GMT\"",
        ] {
            let v: Value = serde_json::from_str(text).unwrap();
            assert_eq!(DateTime::from_json(&v), Ok(t), "{text}");
        }
        assert!(DateTime::from_json(&Value::from("yesterday")).is_err());
        let written = |f| to_string(&FormattedTimestamp(&t, f));
        assert_eq!(
            written(TimestampFormat::DateTime),
            "\"2000-01-02T20:34:56Z\""
        );
        assert_eq!(
            written(TimestampFormat::HttpDate),
            "\"Sun, 02 Jan 2000 20:34:56 GMT\""
        );
        assert_eq!(written(TimestampFormat::EpochSeconds), "946845296");
    }

    #[test]
    fn type_errors_name_the_path() {
        let v: Value = serde_json::json!([{"A": 1}]);
        let e = Vec::<String>::from_json(&v).unwrap_err().in_member("L");
        assert_eq!(e.to_string(), "L[0]: expected a string, found an object");
    }

    #[test]
    fn escape_check_agrees_with_the_byte_by_byte_rule() {
        let plain = |s: &[u8]| !s.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\');
        let mut cases: Vec<Vec<u8>> = vec![Vec::new(), b"plain ascii text, long enough".to_vec()];
        for len in 0..40 {
            for pos in 0..len {
                for special in [0x00, 0x1f, 0x20, b'"', b'\\', b'!', b']', 0x7f, 0x80, 0xff] {
                    let mut case = vec![b'a'; len];
                    case[pos] = special;
                    cases.push(case);
                }
            }
        }
        // Mixed strings of bytes at the edges of each rule (a fixed pseudo-random sequence).
        let edges = [
            0x00, 0x01, 0x1f, 0x20, 0x21, 0x22, 0x23, 0x5b, 0x5c, 0x5d, 0x7f, 0x80, 0xa2, 0xdc,
            0xff,
        ];
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 40) as usize;
            let case: Vec<u8> = (0..len)
                .map(|i| {
                    let pick = (state >> (i % 60)) as usize;
                    // Mostly bytes that need no escape, so strings without one occur too.
                    if pick % 4 == 0 {
                        edges[pick / 4 % edges.len()]
                    } else {
                        b'a' + (pick % 26) as u8
                    }
                })
                .collect();
            cases.push(case);
        }
        for case in &cases {
            assert_eq!(needs_escape(case), !plain(case), "{case:?}");
        }
        assert!(cases.iter().filter(|c| plain(c)).count() > 1_000);
    }
}
