//! The JSON interface of the `sign` tool: the same input and output as botocore's signing
//! oracle (`shared/tools/botocore-oracle/sign_oracle.py`), so the two can be diffed.
//!
//! Input: one request description or an array of them (`method`, `url`, `headers`, `body` or
//! `body_base64`, `access_key`, `secret_key`, `session_token`, `region`, `service`,
//! `timestamp`). Output: the same shape, each with `headers` (every header after signing, in
//! botocore's order), `authorization`, `signature`, `signed_headers`, `credential_scope`,
//! `canonical_request`, `string_to_sign`, printed as Python's `json.dump(indent=2)` prints.
//!
//! Header order matters (repeated headers are joined in order), so objects are read into an
//! ordered tree rather than `serde_json::Value`, whose maps are sorted.
#![forbid(unsafe_code)]

use std::fmt;
use std::fmt::Write as _;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use awsgen_runtime::sigv4::{self, SignableRequest, SigningOutput, SigningParams};
use awsgen_runtime::{Credentials, DateTime};

/// A JSON value whose objects keep their member order.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// Parses JSON text.
    pub fn parse(text: &str) -> Result<Json, String> {
        serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))
    }

    /// A member of an object; the last one when a name repeats, as Python's `json` keeps it.
    pub fn get(&self, name: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().rev().find(|(n, _)| n == name).map(|m| &m.1),
            _ => None,
        }
    }

    fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Json, E> {
        Ok(Json::Number(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Json, E> {
        Ok(Json::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Json, E> {
        Ok(Json::String(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut members = Vec::new();
        while let Some((name, value)) = map.next_entry::<String, Json>()? {
            members.push((name, value));
        }
        Ok(Json::Object(members))
    }
}

/// One request to sign, as the oracle reads it.
#[derive(Debug, Clone)]
pub struct Description {
    pub method: String,
    pub url: String,
    /// In input order, each name once (a repeated JSON member keeps its first place and its
    /// last value, like a Python dict).
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub credentials: Credentials,
    pub region: String,
    pub service: String,
    pub time: DateTime,
}

/// The oracle's answer for one request.
#[derive(Debug, Clone)]
pub struct Signed {
    /// Every header the request is sent with, in botocore's order.
    pub headers: Vec<(String, String)>,
    pub output: SigningOutput,
}

impl Description {
    pub fn from_json(desc: &Json) -> Result<Description, String> {
        if !matches!(desc, Json::Object(_)) {
            return Err("a request description must be a JSON object".into());
        }
        let text = |name: &str, default: Option<&str>| -> Result<String, String> {
            match desc.get(name) {
                Some(v) => v
                    .as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| format!("`{name}` must be a string")),
                None => default
                    .map(str::to_owned)
                    .ok_or_else(|| format!("`{name}` is required")),
            }
        };
        let mut headers: Vec<(String, String)> = Vec::new();
        match desc.get("headers") {
            None | Some(Json::Null) => {}
            Some(Json::Object(members)) => {
                for (name, value) in members {
                    let value = value
                        .as_str()
                        .ok_or_else(|| format!("header `{name}` must be a string"))?;
                    match headers.iter_mut().find(|(n, _)| n == name) {
                        Some(existing) => existing.1 = value.to_owned(),
                        None => headers.push((name.clone(), value.to_owned())),
                    }
                }
            }
            Some(_) => return Err("`headers` must be an object".into()),
        }
        if headers.iter().any(|(n, _)| n.eq_ignore_ascii_case("date")) {
            // botocore rewrites a Date header and then signs without X-Amz-Date; our signer
            // never sends one, so it does not imitate that.
            return Err("a `Date` header is not supported (botocore would replace it)".into());
        }
        let body = match desc.get("body_base64") {
            Some(v) => {
                let encoded = v.as_str().ok_or("`body_base64` must be a string")?;
                awsgen_runtime::json::base64_decode(encoded)
                    .ok_or("`body_base64` is not valid base64")?
            }
            None => text("body", Some(""))?.into_bytes(),
        };
        let session_token = match desc.get("session_token") {
            None | Some(Json::Null) => None,
            Some(v) => Some(
                v.as_str()
                    .ok_or("`session_token` must be a string")?
                    .to_owned(),
            ),
        };
        let timestamp = text("timestamp", None)?;
        let time = DateTime::parse(&timestamp)
            .ok_or_else(|| format!("unrecognised timestamp {timestamp:?}"))?;
        Ok(Description {
            method: text("method", Some("POST"))?,
            url: text("url", None)?,
            headers,
            body,
            credentials: Credentials::new(
                text("access_key", None)?,
                text("secret_key", None)?,
                session_token,
            ),
            region: text("region", Some("us-east-1"))?,
            service: text("service", Some("athena"))?,
            time,
        })
    }

    /// Signs as botocore's `SigV4Auth.add_auth` does, including the Host it derives from the
    /// URL when none is given.
    pub fn sign(&self) -> Result<Signed, String> {
        let url = Url::parse(&self.url)?;
        let has_host = self
            .headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case("host"));
        let derived_host = url.host_header();
        let mut to_sign: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        if !has_host {
            to_sign.push(("Host", &derived_host));
        }
        let output = sigv4::sign(
            &SignableRequest {
                method: &self.method,
                path_and_query: url.path_and_query,
                headers: &to_sign,
                body: &self.body,
            },
            &SigningParams {
                credentials: &self.credentials,
                region: &self.region,
                service: &self.service,
                time: self.time,
            },
        );

        // botocore deletes the headers it is about to set, then appends its own.
        let has_token = self
            .credentials
            .session_token()
            .is_some_and(|t| !t.is_empty());
        let mut headers: Vec<(String, String)> = self
            .headers
            .iter()
            .filter(|(n, _)| {
                !(n.eq_ignore_ascii_case("authorization")
                    || n.eq_ignore_ascii_case("x-amz-date")
                    || (has_token && n.eq_ignore_ascii_case("x-amz-security-token")))
            })
            .cloned()
            .collect();
        headers.extend(
            output
                .headers
                .iter()
                .map(|(n, v)| ((*n).to_owned(), v.clone())),
        );
        if !has_host {
            headers.push(("Host".to_owned(), derived_host));
        }
        Ok(Signed { headers, output })
    }
}

/// The parts of an absolute URL the oracle uses: `scheme://[userinfo@]host[:port][/path][?query][#fragment]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Url<'a> {
    pub scheme: String,
    /// Lowercase, without brackets for IPv6.
    pub hostname: String,
    pub ipv6: bool,
    pub port: Option<u16>,
    /// Everything after the authority, without the fragment.
    pub path_and_query: &'a str,
}

impl<'a> Url<'a> {
    pub fn parse(url: &'a str) -> Result<Url<'a>, String> {
        let (scheme, rest) = url
            .split_once("://")
            .ok_or_else(|| format!("URL {url:?} has no scheme"))?;
        let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let (authority, after) = rest.split_at(authority_end);
        let path_and_query = match after.find('#') {
            Some(i) => &after[..i],
            None => after,
        };
        let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
        let (hostname, port, ipv6) = match host_port.strip_prefix('[') {
            Some(bracketed) => {
                let (host, after_host) = bracketed
                    .split_once(']')
                    .ok_or_else(|| format!("URL {url:?} has an unclosed IPv6 bracket"))?;
                let port = after_host.split_once(':').map_or("", |(_, p)| p);
                (host, port, true)
            }
            None => {
                let (host, port) = host_port.split_once(':').unwrap_or((host_port, ""));
                (host, port, false)
            }
        };
        let port = if port.is_empty() {
            None
        } else {
            Some(
                port.parse::<u16>()
                    .map_err(|_| format!("URL {url:?} has an invalid port"))?,
            )
        };
        Ok(Url {
            scheme: scheme.to_ascii_lowercase(),
            hostname: hostname.to_lowercase(),
            ipv6,
            port,
            path_and_query,
        })
    }

    /// The Host header botocore signs when none is given: lowercase, default port dropped.
    pub fn host_header(&self) -> String {
        let mut host = if self.ipv6 {
            format!("[{}]", self.hostname)
        } else {
            self.hostname.clone()
        };
        let default_port = match self.scheme.as_str() {
            "http" => Some(80),
            "https" => Some(443),
            _ => None,
        };
        if let Some(port) = self.port.filter(|&p| Some(p) != default_port) {
            let _ = write!(host, ":{port}");
        }
        host
    }
}

/// Signs a whole input document (object or array) and prints the result like the oracle.
pub fn sign_document(input: &str) -> Result<String, String> {
    let doc = Json::parse(input)?;
    let out = match &doc {
        Json::Array(items) => {
            let mut signed = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                let result = Description::from_json(item).and_then(|d| d.sign());
                signed.push(result.map_err(|e| format!("request {i}: {e}"))?.to_json());
            }
            Json::Array(signed)
        }
        _ => Description::from_json(&doc)?.sign()?.to_json(),
    };
    let mut text = String::new();
    write_pretty(&out, 0, &mut text);
    text.push('\n');
    Ok(text)
}

impl Signed {
    pub fn to_json(&self) -> Json {
        let s = |v: &String| Json::String(v.clone());
        let o = &self.output;
        Json::Object(vec![
            (
                "headers".into(),
                Json::Object(
                    self.headers
                        .iter()
                        .map(|(n, v)| (n.clone(), Json::String(v.clone())))
                        .collect(),
                ),
            ),
            (
                "authorization".into(),
                Json::String(o.authorization().to_owned()),
            ),
            ("signature".into(), s(&o.signature)),
            ("signed_headers".into(), s(&o.signed_headers)),
            ("credential_scope".into(), s(&o.credential_scope)),
            ("canonical_request".into(), s(&o.canonical_request)),
            ("string_to_sign".into(), s(&o.string_to_sign)),
        ])
    }
}

/// Python's `json.dump(value, indent=2)`: ASCII-only output, `": "` between name and value.
pub fn write_pretty(value: &Json, depth: usize, out: &mut String) {
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n(' ', depth * 2));
    };
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(n) => {
            let _ = write!(out, "{n}");
        }
        Json::String(s) => write_ascii_string(s, out),
        Json::Array(items) if items.is_empty() => out.push_str("[]"),
        Json::Object(members) if members.is_empty() => out.push_str("{}"),
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, depth + 1);
                write_pretty(item, depth + 1, out);
            }
            newline(out, depth);
            out.push(']');
        }
        Json::Object(members) => {
            out.push('{');
            for (i, (name, member)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, depth + 1);
                write_ascii_string(name, out);
                out.push_str(": ");
                write_pretty(member, depth + 1, out);
            }
            newline(out, depth);
            out.push('}');
        }
    }
}

/// A JSON string with everything outside printable ASCII escaped, as Python's
/// `ensure_ascii` does (UTF-16 surrogate pairs above U+FFFF).
fn write_ascii_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derives_host_like_botocore() {
        let host = |u: &str| Url::parse(u).unwrap().host_header();
        assert_eq!(host("http://127.0.0.1:5057/"), "127.0.0.1:5057");
        assert_eq!(host("https://Example.COM:443/x"), "example.com");
        assert_eq!(host("http://example.com:443"), "example.com:443");
        assert_eq!(host("https://user:pw@[::1]:8443/?a=b"), "[::1]:8443");
        assert_eq!(host("https://[::1]/"), "[::1]");
        let url = Url::parse("https://h/p/q?x=1#frag").unwrap();
        assert_eq!(url.path_and_query, "/p/q?x=1");
        assert_eq!(Url::parse("https://h?x").unwrap().path_and_query, "?x");
        assert!(Url::parse("h/p").is_err());
        assert!(Url::parse("http://h:99999/").is_err());
    }

    #[test]
    fn keeps_header_order_and_python_dict_semantics() {
        let doc = Json::parse(
            r#"{"url":"https://h/","timestamp":"20150830T123600Z","access_key":"a","secret_key":"s",
                "headers":{"Zed":"1","alpha":"2","Zed":"3"}}"#,
        )
        .unwrap();
        let d = Description::from_json(&doc).unwrap();
        assert_eq!(
            d.headers,
            [("Zed".into(), "3".into()), ("alpha".into(), "2".into())]
        );
        assert_eq!(d.method, "POST");
        assert_eq!(d.service, "athena");
        let signed = d.sign().unwrap();
        let names: Vec<&str> = signed.headers.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            ["Zed", "alpha", "X-Amz-Date", "Authorization", "Host"]
        );
    }

    #[test]
    fn prints_like_python_json() {
        let value = Json::Array(vec![Json::Object(vec![
            ("a".into(), Json::String("é😀\"\n\u{1}".into())),
            ("b".into(), Json::Object(vec![])),
        ])]);
        let mut out = String::new();
        write_pretty(&value, 0, &mut out);
        assert_eq!(
            out,
            "[\n  {\n    \"a\": \"\\u00e9\\ud83d\\ude00\\\"\\n\\u0001\",\n    \"b\": {}\n  }\n]"
        );
    }

    #[test]
    fn rejects_bad_descriptions() {
        for doc in [
            r#"{"url":"https://h/","timestamp":"x","access_key":"a","secret_key":"s"}"#,
            r#"{"timestamp":"20150830T123600Z","access_key":"a","secret_key":"s"}"#,
            r#"{"url":"https://h/","timestamp":"20150830T123600Z","access_key":"a","secret_key":"s","headers":{"Date":"x"}}"#,
            r#"[1]"#,
        ] {
            assert!(sign_document(doc).is_err(), "{doc}");
        }
    }
}
