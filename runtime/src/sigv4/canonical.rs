//! The canonical request: the request in the one text form SigV4 hashes (method, URI, query,
//! signed headers, payload hash).

use std::borrow::Cow;
use std::fmt::Write as _;

use ring::digest;

use crate::http::header;

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

/// The canonical request and the `;`-joined names of the headers it signs.
pub(super) struct CanonicalRequest {
    pub text: String,
    pub signed_headers: String,
}

/// Builds the canonical request of `req` as signed at `amz_date`, with `token` (when the
/// credentials carry one) signed as X-Amz-Security-Token.
pub(super) fn canonical_request(
    req: &super::SignableRequest<'_>,
    amz_date: &str,
    token: Option<&str>,
) -> CanonicalRequest {
    let (path, query) = split_path_and_query(req.path_and_query);
    let mut text = String::with_capacity(req.method.len() + path.len() * 3 + query.len() * 3 + 512);
    for c in req.method.chars() {
        text.push(c.to_ascii_uppercase());
    }
    text.push('\n');
    canonical_uri(path, &mut text);
    text.push('\n');
    canonical_query(query, &mut text);
    text.push('\n');
    let signed_headers = canonical_headers(req.headers, amz_date, token, &mut text);
    text.push('\n');
    text.push_str(&signed_headers);
    text.push('\n');
    match header(req.headers, "x-amz-content-sha256") {
        Some(v) => text.push_str(v),
        None => push_hex(
            digest::digest(&digest::SHA256, req.body).as_ref(),
            &mut text,
        ),
    }
    CanonicalRequest {
        text,
        signed_headers,
    }
}

/// Lowercase hex, as SigV4 prints hashes and signatures.
pub(super) fn push_hex(bytes: &[u8], out: &mut String) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    for &b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0xf)] as char);
    }
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
    // Most values are plain visible ASCII with single inner spaces (no folding to do): one
    // pass over the bytes, where a space may not follow a space (nor start the value).
    let mut after_space = true;
    let plain = value.bytes().all(|b| {
        let ok = (b'!'..0x7f).contains(&b) || (b == b' ' && !after_space);
        after_space = b == b' ';
        ok
    }) && !after_space;
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
        // The plain-value shortcut's edges.
        for (value, folded) in [
            ("", ""),
            ("a", "a"),
            ("a b c", "a b c"),
            ("a  b", "a b"),
            (" a", "a"),
            ("a ", "a"),
            ("a\tb", "a b"),
            ("a\u{7f}b", "a\u{7f}b"),
            ("ä b", "ä b"),
        ] {
            assert_eq!(fold(value), folded, "{value:?}");
        }
    }
}
