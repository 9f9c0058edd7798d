//! SHA-1 (FIPS 180-4), only to name SSO token cache files as the AWS CLI does
//! (`~/.aws/sso/cache/<hex sha1>.json`): not for anything that needs collision resistance.
//! ring's legacy SHA-1 (ring is already built for rustls and the signer), checked here
//! against the FIPS test vectors.
//!
//! API: [`sha1`]`(bytes)` → 20 bytes; [`sha1_hex`]`(bytes)` → 40 lowercase hex digits.

use ring::digest::{digest, SHA1_FOR_LEGACY_USE_ONLY};

/// The SHA-1 digest of `data`.
pub fn sha1(data: &[u8]) -> [u8; 20] {
    let mut out = [0; 20];
    out.copy_from_slice(digest(&SHA1_FOR_LEGACY_USE_ONLY, data).as_ref());
    out
}

/// The SHA-1 digest of `data` in lowercase hex.
pub fn sha1_hex(data: &[u8]) -> String {
    use std::fmt::Write as _;
    sha1(data)
        .iter()
        .fold(String::with_capacity(40), |mut hex, b| {
            let _ = write!(hex, "{b:02x}");
            hex
        })
}

#[cfg(test)]
mod tests {
    use super::sha1_hex;

    #[test]
    fn fips_180_vectors() {
        assert_eq!(sha1_hex(b""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
        assert_eq!(sha1_hex(b"abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
        assert_eq!(
            sha1_hex(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1"
        );
        assert_eq!(
            sha1_hex(&vec![b'a'; 1_000_000]),
            "34aa973cd4c4daa4f61eeb2bdbad27316534016f"
        );
        // 55, 56 and 64 bytes: the padding edges.
        assert_eq!(sha1_hex(&[b'x'; 55]), sha1_reference(55));
        assert_eq!(sha1_hex(&[b'x'; 56]), sha1_reference(56));
        assert_eq!(sha1_hex(&[b'x'; 64]), sha1_reference(64));
    }

    /// Digests of `n` times `x` (from `printf 'x%.0s' $(seq n) | sha1sum`).
    fn sha1_reference(n: usize) -> &'static str {
        match n {
            55 => "cef734ba81a024479e09eb5a75b6ddae62e6abf1",
            56 => "901305367c259952f4e7af8323f480d59f81335b",
            _ => "bb2fa3ee7afb9f54c6dfb5d021f14b1ffe40c163",
        }
    }
}
