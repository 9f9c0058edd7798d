//! SHA-1 (FIPS 180-4), only to name SSO token cache files as the AWS CLI does
//! (`~/.aws/sso/cache/<hex sha1>.json`): not for anything that needs collision resistance.
//! Written here rather than adding a crate: ~50 lines for a short input hashed once per
//! SSO credential refresh, checked against the FIPS test vectors.
//!
//! API: [`sha1`]`(bytes)` → 20 bytes; [`sha1_hex`]`(bytes)` → 40 lowercase hex digits.

/// The SHA-1 digest of `data`.
pub fn sha1(data: &[u8]) -> [u8; 20] {
    let mut state: [u32; 5] = [
        0x6745_2301,
        0xEFCD_AB89,
        0x98BA_DCFE,
        0x1032_5476,
        0xC3D2_E1F0,
    ];
    let mut message = data.to_vec();
    let bit_length = (data.len() as u64).wrapping_mul(8);
    message.push(0x80);
    while message.len() % 64 != 56 {
        message.push(0);
    }
    message.extend_from_slice(&bit_length.to_be_bytes());
    for block in message.chunks_exact(64) {
        let mut w = [0u32; 80];
        for (i, word) in block.chunks_exact(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = state;
        for (i, word) in w.iter().enumerate() {
            let (f, k) = match i {
                0..=19 => ((b & c) | (!b & d), 0x5A82_7999),
                20..=39 => (b ^ c ^ d, 0x6ED9_EBA1),
                40..=59 => ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC),
                _ => (b ^ c ^ d, 0xCA62_C1D6),
            };
            let t = a
                .rotate_left(5)
                .wrapping_add(f)
                .wrapping_add(e)
                .wrapping_add(k)
                .wrapping_add(*word);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = t;
        }
        for (s, v) in state.iter_mut().zip([a, b, c, d, e]) {
            *s = s.wrapping_add(v);
        }
    }
    let mut digest = [0u8; 20];
    for (chunk, word) in digest.chunks_exact_mut(4).zip(state) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    digest
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
