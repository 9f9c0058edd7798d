//! The signing key: derived from the secret by an HMAC chain over day, region and service,
//! and cached, since a client signs many requests with the same inputs.

use std::sync::{Arc, Mutex, PoisonError};

use ring::hmac;

/// The signing key: HMAC chain over day, region, service and "aws4_request".
pub fn derive_signing_key(secret: &str, day: &str, region: &str, service: &str) -> [u8; 32] {
    let k_date = hmac_sha256(format!("AWS4{secret}").as_bytes(), day.as_bytes());
    let k_region = hmac_sha256(&k_date, region.as_bytes());
    let k_service = hmac_sha256(&k_region, service.as_bytes());
    hmac_sha256(&k_service, b"aws4_request")
}

/// An HMAC-SHA256 key with its padded blocks already hashed: signing with it hashes only the
/// message.
pub(super) fn hmac_key(key: &[u8]) -> hmac::Key {
    hmac::Key::new(hmac::HMAC_SHA256, key)
}

fn hmac_sha256(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut out = [0; 32];
    out.copy_from_slice(hmac::sign(&hmac_key(key), data).as_ref());
    out
}

/// A derived signing key and the inputs it was derived from. No `Debug`: it holds the secret.
struct CachedKey {
    secret: String,
    day: String,
    region: String,
    service: String,
    /// Shared, so a hit hands it out without copying its hash states or holding the lock
    /// while signing.
    key: Arc<hmac::Key>,
}

/// The last derived signing key: deriving one costs four HMACs (eight SHA-256 blocks and
/// four key set-ups).
#[derive(Default)]
pub(super) struct KeyCache {
    last: Mutex<Option<CachedKey>>,
}

impl KeyCache {
    /// The signing key for these inputs, derived again only when one of them changed: new
    /// credentials (a rotation compares unequal by secret), a new day, region or service.
    pub(super) fn key(
        &self,
        secret: &str,
        day: &str,
        region: &str,
        service: &str,
    ) -> Arc<hmac::Key> {
        // A poisoned lock only means another thread panicked mid-update; the entry is
        // checked field by field below, so it is still safe to use or replace.
        let mut last = self.last.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(c) = last.as_ref() {
            if c.secret == secret && c.day == day && c.region == region && c.service == service {
                return Arc::clone(&c.key);
            }
        }
        let key = Arc::new(hmac_key(&derive_signing_key(secret, day, region, service)));
        *last = Some(CachedKey {
            secret: secret.to_owned(),
            day: day.to_owned(),
            region: region.to_owned(),
            service: service.to_owned(),
            key: Arc::clone(&key),
        });
        key
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sigv4::canonical::push_hex;

    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    fn hex(bytes: &[u8]) -> String {
        let mut text = String::new();
        push_hex(bytes, &mut text);
        text
    }

    #[test]
    fn derives_the_documented_example_key() {
        // AWS's published example: 20120215 / us-east-1 / iam.
        let key = derive_signing_key(SECRET, "20120215", "us-east-1", "iam");
        assert_eq!(
            hex(&key),
            "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d"
        );
    }

    #[test]
    fn hmac_sha256_matches_rfc_4231() {
        // Test case 2 of RFC 4231 (a key shorter than the block).
        assert_eq!(
            hex(&hmac_sha256(b"Jefe", b"what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        // Test case 6: a key longer than the block is hashed first.
        assert_eq!(
            hex(&hmac_sha256(
                &[0xaa; 131],
                b"Test Using Larger Than Block-Size Key - Hash Key First"
            )),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        );
    }

    /// What a key signs, to compare keys (ring's keys do not expose their bytes).
    fn tag(key: &hmac::Key) -> String {
        hex(hmac::sign(key, b"probe").as_ref())
    }

    fn fresh(secret: &str, day: &str, region: &str, service: &str) -> String {
        tag(&hmac_key(&derive_signing_key(secret, day, region, service)))
    }

    #[test]
    fn cache_keeps_the_key_until_an_input_changes() {
        let cache = KeyCache::default();
        let first = cache.key(SECRET, "20150830", "us-east-1", "athena");
        assert_eq!(
            tag(&first),
            fresh(SECRET, "20150830", "us-east-1", "athena")
        );
        // The same inputs again: a hit leaves the entry in place (a miss would replace it
        // while the old one is still alive, so its secret's copy would move).
        let entry = || {
            cache
                .last
                .lock()
                .unwrap()
                .as_ref()
                .map(|c| c.secret.as_ptr())
        };
        let before = entry();
        let again = cache.key(SECRET, "20150830", "us-east-1", "athena");
        assert_eq!(tag(&again), tag(&first));
        assert_eq!(entry(), before, "the second call re-derived the key");
        // Each changed input gives that input's key, never the cached one.
        let changed = [
            ("rotated secret", "20150830", "us-east-1", "athena"),
            (SECRET, "20150831", "us-east-1", "athena"),
            (SECRET, "20150830", "eu-west-1", "athena"),
            (SECRET, "20150830", "us-east-1", "sts"),
        ];
        for (secret, day, region, service) in changed {
            let key = cache.key(secret, day, region, service);
            assert_eq!(
                tag(&key),
                fresh(secret, day, region, service),
                "{day} {region} {service}"
            );
            assert_ne!(tag(&key), tag(&first), "{day} {region} {service}");
        }
    }
}
