//! AWS Signature Version 4 for HTTP headers.
//!
//! Follows botocore's `SigV4Auth` (the reference the tests compare against): the canonical
//! URI is the path as sent with dot segments and repeated slashes removed, then percent-encoded
//! once more (non-S3 services see it encoded twice); the canonical query is decoded and
//! re-encoded with the RFC 3986 unreserved set, sorted by key then value; header values have
//! whitespace runs folded to one space and repeated headers joined with `,`; the payload hash
//! is the hex SHA-256 of the body (or the value of an `X-Amz-Content-SHA256` header).
//! `X-Amz-Date` and, for temporary credentials, `X-Amz-Security-Token` are signed too.
//!
//! Two botocore behaviours are not imitated, as our client never meets them: a `Date` header
//! is signed as given (botocore rewrites it and then omits X-Amz-Date), and a query that is
//! not already canonically encoded is signed in its re-encoded form (botocore signs it as
//! sent, which the service would not reproduce).

use std::borrow::Cow;
use std::fmt::Write as _;
use std::sync::{Mutex, PoisonError};

use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};

use crate::identity::Credentials;
use crate::time::DateTime;

#[cfg(feature = "oracle")]
pub mod oracle_json;

const ALGORITHM: &str = "AWS4-HMAC-SHA256";

/// Headers botocore never signs (its `SIGNED_HEADERS_BLACKLIST`): proxies and the HTTP
/// stack may add, drop or rewrite them on the way.
const UNSIGNED_HEADERS: &[&str] = &[
    "connection",
    "expect",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "user-agent",
    "x-amzn-trace-id",
];

/// Who signs, and for which scope and instant.
#[derive(Debug, Clone, Copy)]
pub struct SigningParams<'a> {
    pub credentials: &'a Credentials,
    pub region: &'a str,
    pub service: &'a str,
    pub time: DateTime,
}

/// The parts of an HTTP request that SigV4 covers.
#[derive(Debug, Clone, Copy)]
pub struct SignableRequest<'a> {
    pub method: &'a str,
    /// Path and query exactly as sent, e.g. "/" or "/?a=b" (no scheme/host)
    pub path_and_query: &'a str,
    /// Headers that will be sent and signed, including Host (name, value). user-agent and the
    /// other headers botocore never signs are skipped by the signer. An `Authorization` or
    /// `X-Amz-Date` header given here (and `X-Amz-Security-Token` when the credentials carry
    /// a token) is ignored: the signer replaces it, so the caller must not send it.
    pub headers: &'a [(&'a str, &'a str)],
    pub body: &'a [u8],
}

/// A signature and everything it was computed from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SigningOutput {
    /// Headers to add to the request: X-Amz-Date, X-Amz-Security-Token (temporary creds), Authorization
    pub headers: Vec<(&'static str, String)>,
    pub authorization: String,
    pub signature: String,
    pub signed_headers: String,
    pub credential_scope: String,
    pub canonical_request: String,
    pub string_to_sign: String,
}

/// A derived signing key and the inputs it was derived from.
struct CachedKey {
    secret: String,
    day: String,
    region: String,
    service: String,
    /// HMAC state with the key absorbed: signing then hashes only the string to sign.
    mac: Hmac<Sha256>,
}

/// Signs requests, remembering the last derived signing key: deriving it costs four HMACs,
/// and a client signs many requests for the same secret, day, region and service.
#[derive(Default)]
pub struct Signer {
    cache: Mutex<Option<CachedKey>>,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signer").finish_non_exhaustive()
    }
}

impl Signer {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn sign(&self, req: &SignableRequest<'_>, params: &SigningParams<'_>) -> SigningOutput {
        sign_with(req, params, |day| self.signing_mac(params, day))
    }

    fn signing_mac(&self, params: &SigningParams<'_>, day: &str) -> Hmac<Sha256> {
        let secret = params.credentials.secret_access_key();
        // A poisoned lock only means another thread panicked mid-update; the entry is
        // checked field by field below, so it is still safe to use or replace.
        let mut cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(c) = cache.as_ref() {
            if c.secret == secret
                && c.day == day
                && c.region == params.region
                && c.service == params.service
            {
                return c.mac.clone();
            }
        }
        let mac = keyed_mac(&derive_signing_key(
            secret,
            day,
            params.region,
            params.service,
        ));
        *cache = Some(CachedKey {
            secret: secret.to_owned(),
            day: day.to_owned(),
            region: params.region.to_owned(),
            service: params.service.to_owned(),
            mac: mac.clone(),
        });
        mac
    }
}

/// Signs one request without a key cache.
pub fn sign(req: &SignableRequest<'_>, params: &SigningParams<'_>) -> SigningOutput {
    sign_with(req, params, |day| {
        keyed_mac(&derive_signing_key(
            params.credentials.secret_access_key(),
            day,
            params.region,
            params.service,
        ))
    })
}

fn sign_with(
    req: &SignableRequest<'_>,
    params: &SigningParams<'_>,
    signing_mac: impl FnOnce(&str) -> Hmac<Sha256>,
) -> SigningOutput {
    let amz_date = params.time.amz_date();
    let day = &amz_date[..8];
    // An empty token counts as none, as in botocore.
    let token = params.credentials.session_token().filter(|t| !t.is_empty());
    let (path, query) = split_path_and_query(req.path_and_query);

    let mut canonical_request =
        String::with_capacity(req.method.len() + path.len() * 3 + query.len() * 3 + 512);
    for c in req.method.chars() {
        canonical_request.push(c.to_ascii_uppercase());
    }
    canonical_request.push('\n');
    canonical_uri(path, &mut canonical_request);
    canonical_request.push('\n');
    canonical_query(query, &mut canonical_request);
    canonical_request.push('\n');
    let signed_headers = canonical_headers(req.headers, &amz_date, token, &mut canonical_request);
    canonical_request.push('\n');
    canonical_request.push_str(&signed_headers);
    canonical_request.push('\n');
    match header_value(req.headers, "x-amz-content-sha256") {
        Some(v) => canonical_request.push_str(v),
        None => push_hex(&Sha256::digest(req.body), &mut canonical_request),
    }

    let credential_scope = [
        day,
        "/",
        params.region,
        "/",
        params.service,
        "/aws4_request",
    ]
    .concat();
    let mut string_to_sign = String::with_capacity(ALGORITHM.len() + credential_scope.len() + 90);
    for part in [ALGORITHM, "\n", &amz_date, "\n", &credential_scope, "\n"] {
        string_to_sign.push_str(part);
    }
    push_hex(
        &Sha256::digest(canonical_request.as_bytes()),
        &mut string_to_sign,
    );
    let mut mac = signing_mac(day);
    mac.update(string_to_sign.as_bytes());
    let mut signature = String::with_capacity(64);
    push_hex(&mac.finalize().into_bytes(), &mut signature);

    let authorization = [
        ALGORITHM,
        " Credential=",
        params.credentials.access_key_id(),
        "/",
        &credential_scope,
        ", SignedHeaders=",
        &signed_headers,
        ", Signature=",
        &signature,
    ]
    .concat();

    let mut headers = Vec::with_capacity(3);
    headers.push(("X-Amz-Date", amz_date));
    if let Some(token) = token {
        headers.push(("X-Amz-Security-Token", token.to_owned()));
    }
    headers.push(("Authorization", authorization.clone()));
    SigningOutput {
        headers,
        authorization,
        signature,
        signed_headers,
        credential_scope,
        canonical_request,
        string_to_sign,
    }
}

/// The signing key: HMAC chain over day, region, service and "aws4_request".
pub fn derive_signing_key(secret: &str, day: &str, region: &str, service: &str) -> [u8; 32] {
    let k_date = hmac(format!("AWS4{secret}").as_bytes(), day.as_bytes());
    let k_region = hmac(&k_date, region.as_bytes());
    let k_service = hmac(&k_region, service.as_bytes());
    hmac(&k_service, b"aws4_request")
}

fn keyed_mac(key: &[u8]) -> Hmac<Sha256> {
    match Hmac::<Sha256>::new_from_slice(key) {
        Ok(mac) => mac,
        // HMAC hashes over-long keys and pads short ones: every length is accepted.
        Err(_) => unreachable!("HMAC accepts keys of any length"),
    }
}

fn hmac(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut mac = keyed_mac(key);
    mac.update(data);
    mac.finalize().into_bytes().into()
}

/// Lowercase hex, as SigV4 prints hashes and signatures.
fn push_hex(bytes: &[u8], out: &mut String) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    for &b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0xf)] as char);
    }
}

/// The first value of a header, by case-insensitive name.
fn header_value<'a>(headers: &[(&str, &'a str)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| *v)
}

/// Appends the canonical header block (each `name:value\n`) to `out`; returns the signed
/// header list.
fn canonical_headers(
    headers: &[(&str, &str)],
    amz_date: &str,
    token: Option<&str>,
    out: &mut String,
) -> String {
    let mut signed: Vec<(Cow<'_, str>, &str)> = Vec::with_capacity(headers.len() + 2);
    for &(name, value) in headers {
        let name = if name.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(name.to_ascii_lowercase())
        } else {
            Cow::Borrowed(name)
        };
        let replaced = name == "authorization"
            || name == "x-amz-date"
            || (token.is_some() && name == "x-amz-security-token");
        if !replaced && !UNSIGNED_HEADERS.contains(&name.as_ref()) {
            signed.push((name, value));
        }
    }
    signed.push((Cow::Borrowed("x-amz-date"), amz_date));
    if let Some(token) = token {
        signed.push((Cow::Borrowed("x-amz-security-token"), token));
    }
    // Stable: repeated headers keep the order they were given in.
    signed.sort_by(|a, b| a.0.cmp(&b.0));

    let mut names = String::with_capacity(64);
    let mut previous: Option<&str> = None;
    for (name, value) in &signed {
        if previous == Some(name.as_ref()) {
            out.pop(); // the newline after the previous value
            out.push(',');
        } else {
            if previous.is_some() {
                names.push(';');
            }
            names.push_str(name);
            out.push_str(name);
            out.push(':');
        }
        fold_whitespace(value, out);
        out.push('\n');
        previous = Some(name);
    }
    names
}

/// Trims and folds whitespace runs to one space, with Python's `str.split()` idea of
/// whitespace (Unicode White_Space plus U+001C..U+001F) so the result equals botocore's.
fn fold_whitespace(value: &str, out: &mut String) {
    // Most values are plain visible ASCII with single inner spaces (no folding to do).
    let plain = value.bytes().all(|b| (b' '..0x7f).contains(&b))
        && !value.starts_with(' ')
        && !value.ends_with(' ')
        && !value.contains("  ");
    if plain {
        out.push_str(value);
        return;
    }
    let is_space = |c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c);
    let mut first = true;
    for word in value.split(is_space).filter(|w| !w.is_empty()) {
        if !first {
            out.push(' ');
        }
        out.push_str(word);
        first = false;
    }
}

fn split_path_and_query(path_and_query: &str) -> (&str, &str) {
    let without_fragment = match path_and_query.find('#') {
        Some(i) => &path_and_query[..i],
        None => path_and_query,
    };
    match without_fragment.find('?') {
        Some(i) => (&without_fragment[..i], &without_fragment[i + 1..]),
        None => (without_fragment, ""),
    }
}

/// The path with `.`/`..` segments resolved and empty segments dropped (AWS services other
/// than S3 expect this), percent-encoded with `/` kept.
fn canonical_uri(path: &str, out: &mut String) {
    if path == "/" || path.is_empty() {
        out.push('/');
        return;
    }
    let mut segments: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            _ => segments.push(segment),
        }
    }
    if path.starts_with('/') || path.is_empty() {
        out.push('/');
    }
    for (i, segment) in segments.iter().enumerate() {
        if i > 0 {
            out.push('/');
        }
        percent_encode(segment.as_bytes(), out);
    }
    if path.ends_with('/') && !segments.is_empty() {
        out.push('/');
    }
}

/// Query parameters decoded, re-encoded, and sorted by encoded key then value.
fn canonical_query(query: &str, out: &mut String) {
    if query.is_empty() {
        return;
    }
    let mut pairs: Vec<(String, String)> = query
        .split('&')
        // An empty pair (`a=1&&b=2`) is kept as `=`, as botocore signs it.
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let mut k = String::with_capacity(key.len());
            let mut v = String::with_capacity(value.len());
            percent_encode(&percent_decode(key), &mut k);
            percent_encode(&percent_decode(value), &mut v);
            (k, v)
        })
        .collect();
    pairs.sort_unstable();
    for (i, (key, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(key);
        out.push('=');
        out.push_str(value);
    }
}

/// Form decoding as servers apply it to a query: `%XX` to a byte, `+` to a space; a `%`
/// not followed by two hex digits stays literal.
fn percent_decode(s: &str) -> Vec<u8> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hi = bytes.get(i + 1).and_then(|&b| (b as char).to_digit(16));
                let lo = bytes.get(i + 2).and_then(|&b| (b as char).to_digit(16));
                match (hi, lo) {
                    (Some(hi), Some(lo)) => {
                        out.push((hi * 16 + lo) as u8);
                        i += 3;
                        continue;
                    }
                    _ => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    out
}

/// Percent-encodes every byte outside the RFC 3986 unreserved set, with uppercase hex.
fn percent_encode(bytes: &[u8], out: &mut String) {
    for &b in bytes {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    fn params<'a>(credentials: &'a Credentials, region: &'a str, secs: i64) -> SigningParams<'a> {
        SigningParams {
            credentials,
            region,
            service: "service",
            time: DateTime::from_secs(secs),
        }
    }

    /// 2015-08-30T12:36:00Z, the suite's instant.
    const SUITE_TIME: i64 = 1_440_938_160;

    fn vanilla() -> SignableRequest<'static> {
        SignableRequest {
            method: "GET",
            path_and_query: "/",
            headers: &[("Host", "example.amazonaws.com")],
            body: b"",
        }
    }

    #[test]
    fn signs_the_suite_vanilla_request() {
        let creds = Credentials::new("AKIDEXAMPLE", SECRET, None);
        let out = sign(&vanilla(), &params(&creds, "us-east-1", SUITE_TIME));
        assert_eq!(
            out.authorization,
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, \
             SignedHeaders=host;x-amz-date, \
             Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        );
        assert_eq!(out.signed_headers, "host;x-amz-date");
        assert_eq!(
            out.credential_scope,
            "20150830/us-east-1/service/aws4_request"
        );
        assert_eq!(
            out.headers,
            [
                ("X-Amz-Date", "20150830T123600Z".to_owned()),
                ("Authorization", out.authorization.clone())
            ]
        );
    }

    #[test]
    fn signs_and_adds_the_session_token() {
        let creds = Credentials::new("AKIDEXAMPLE", SECRET, Some("tok".into()));
        let out = sign(&vanilla(), &params(&creds, "us-east-1", SUITE_TIME));
        assert_eq!(out.signed_headers, "host;x-amz-date;x-amz-security-token");
        assert!(out
            .canonical_request
            .contains("\nx-amz-security-token:tok\n"));
        assert_eq!(out.headers[1], ("X-Amz-Security-Token", "tok".to_owned()));
        // An empty token is no token.
        let creds = Credentials::new("AKIDEXAMPLE", SECRET, Some(String::new()));
        let out = sign(&vanilla(), &params(&creds, "us-east-1", SUITE_TIME));
        assert_eq!(out.signed_headers, "host;x-amz-date");
        assert_eq!(out.headers.len(), 2);
    }

    #[test]
    fn canonicalizes_headers() {
        let creds = Credentials::new("AKID", SECRET, None);
        let req = SignableRequest {
            method: "post",
            path_and_query: "/",
            headers: &[
                ("Host", "h"),
                ("User-Agent", "never signed"),
                ("X-Amzn-Trace-Id", "never signed"),
                ("X-Amz-Date", "replaced"),
                ("Authorization", "replaced"),
                ("My-Header", "  a   b\t c  "),
                ("my-header", "second"),
                (
                    "X-Amz-Security-Token",
                    "signed as given without a token in the credentials",
                ),
            ],
            body: b"{}",
        };
        let out = sign(&req, &params(&creds, "us-east-1", SUITE_TIME));
        let expected_headers = "host:h\nmy-header:a b c,second\nx-amz-date:20150830T123600Z\n\
             x-amz-security-token:signed as given without a token in the credentials\n";
        assert!(
            out.canonical_request
                .starts_with(&format!("POST\n/\n\n{expected_headers}\n")),
            "{}",
            out.canonical_request
        );
        assert_eq!(
            out.signed_headers,
            "host;my-header;x-amz-date;x-amz-security-token"
        );
        assert!(out
            .canonical_request
            .ends_with("\n44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"));
    }

    #[test]
    fn content_sha256_header_replaces_the_payload_hash() {
        let creds = Credentials::new("AKID", SECRET, None);
        let req = SignableRequest {
            method: "PUT",
            path_and_query: "/",
            headers: &[("Host", "h"), ("x-amz-content-sha256", "UNSIGNED-PAYLOAD")],
            body: b"ignored",
        };
        let out = sign(&req, &params(&creds, "us-east-1", SUITE_TIME));
        assert!(out.canonical_request.ends_with("\nUNSIGNED-PAYLOAD"));
    }

    #[test]
    fn canonical_uri_normalizes_and_encodes() {
        let uri = |p: &str| {
            let mut out = String::new();
            canonical_uri(p, &mut out);
            out
        };
        assert_eq!(uri(""), "/");
        assert_eq!(uri("/"), "/");
        assert_eq!(uri("//example//"), "/example/");
        assert_eq!(uri("/a/./b/../c"), "/a/c");
        assert_eq!(uri("/example1/example2/../.."), "/");
        assert_eq!(uri("/a%20b"), "/a%2520b");
        assert_eq!(uri("/ሴ"), "/%E1%88%B4");
        assert_eq!(uri("/-._~az$"), "/-._~az%24");
    }

    #[test]
    fn canonical_query_decodes_reencodes_and_sorts() {
        let query = |q: &str| {
            let mut out = String::new();
            canonical_query(q, &mut out);
            out
        };
        assert_eq!(query(""), "");
        assert_eq!(query("b=2&a=1"), "a=1&b=2");
        assert_eq!(query("a=2&a=1"), "a=1&a=2");
        assert_eq!(query("Param2=x&Param1=y"), "Param1=y&Param2=x");
        assert_eq!(query("ሴ=bar&b=a b+c"), "%E1%88%B4=bar&b=a%20b%20c");
        assert_eq!(query("k=%2f%7E&flag"), "flag=&k=%2F~");
        assert_eq!(query("p=100%&q=%zz"), "p=100%25&q=%25zz");
        assert_eq!(query("a=1&&b"), "=&a=1&b=");
    }

    #[test]
    fn folds_whitespace_like_python_split() {
        let fold = |v: &str| {
            let mut out = String::new();
            fold_whitespace(v, &mut out);
            out
        };
        assert_eq!(fold("  a \t b\u{a0}c\u{3000}\u{1c}d  "), "a b c d");
        assert_eq!(fold("   "), "");
        assert_eq!(fold("\"a   b   c\""), "\"a b c\"");
    }

    #[test]
    fn derives_the_documented_example_key() {
        // AWS's published example: 20120215 / us-east-1 / iam.
        let key = derive_signing_key(SECRET, "20120215", "us-east-1", "iam");
        assert_eq!(
            {
                let mut text = String::new();
                push_hex(&key, &mut text);
                text
            },
            "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d"
        );
    }

    #[test]
    fn cache_never_reuses_a_key_for_other_inputs() {
        let signer = Signer::new();
        let req = vanilla();
        let a = Credentials::new("AKID", SECRET, None);
        let b = Credentials::new("AKID", "another secret", None);
        let day = 86_400;
        let cases = [
            (&a, "us-east-1", SUITE_TIME),
            (&a, "us-east-1", SUITE_TIME + 60), // same day: cached key
            (&b, "us-east-1", SUITE_TIME),
            (&a, "eu-west-1", SUITE_TIME),
            (&a, "us-east-1", SUITE_TIME + day),
            (&a, "us-east-1", SUITE_TIME),
        ];
        for (creds, region, secs) in cases {
            let p = params(creds, region, secs);
            assert_eq!(signer.sign(&req, &p), sign(&req, &p), "{region} {secs}");
        }
        let p = SigningParams {
            service: "other",
            ..params(&a, "us-east-1", SUITE_TIME)
        };
        assert_eq!(signer.sign(&req, &p), sign(&req, &p));
    }
}
