//! Percent-encoding of every byte but RFC 3986's unreserved characters (`A-Z a-z 0-9 - _ . ~`;
//! a space is `%20`), as the endpoint rules' `uriEncode`, STS's form bodies and the SSO portal's
//! query strings want it. One copy for all three.

/// Appends `text` to `out` with every byte but the unreserved ones as `%XX` (upper-case hex).
pub(crate) fn uri_encode_into(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
}

/// `text` percent-encoded as [`uri_encode_into`] does.
pub(crate) fn uri_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    uri_encode_into(text, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreserved_bytes_stay_and_the_rest_is_encoded() {
        assert_eq!(uri_encode("a b/c~d_e.f-g"), "a%20b%2Fc~d_e.f-g");
        assert_eq!(uri_encode("é"), "%C3%A9");
        assert_eq!(uri_encode("AZaz09+=&%"), "AZaz09%2B%3D%26%25");
        let mut out = String::from("x=");
        uri_encode_into("\n\u{7f}", &mut out);
        assert_eq!(out, "x=%0A%7F");
    }
}
