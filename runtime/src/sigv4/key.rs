//! The signing key: derived from the secret by an HMAC chain over day, region and service,
//! and cached, since a client signs many requests with the same inputs.

use std::sync::{Mutex, PoisonError};

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

/// The signing key: HMAC chain over day, region, service and "aws4_request".
pub fn derive_signing_key(secret: &str, day: &str, region: &str, service: &str) -> [u8; 32] {
    let k_date = hmac(format!("AWS4{secret}").as_bytes(), day.as_bytes());
    let k_region = hmac(&k_date, region.as_bytes());
    let k_service = hmac(&k_region, service.as_bytes());
    hmac(&k_service, b"aws4_request")
}

pub(super) fn keyed_mac(key: &[u8]) -> Hmac<Sha256> {
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

/// A derived signing key and the inputs it was derived from.
struct CachedKey {
    secret: String,
    day: String,
    region: String,
    service: String,
    /// HMAC state with the key absorbed: signing then hashes only the string to sign.
    mac: Hmac<Sha256>,
}

/// The last derived signing key: deriving one costs four HMACs.
#[derive(Default)]
pub(super) struct KeyCache {
    last: Mutex<Option<CachedKey>>,
}

impl KeyCache {
    /// The keyed HMAC for these inputs, derived again only when one of them changed.
    pub(super) fn mac(&self, secret: &str, day: &str, region: &str, service: &str) -> Hmac<Sha256> {
        // A poisoned lock only means another thread panicked mid-update; the entry is
        // checked field by field below, so it is still safe to use or replace.
        let mut last = self.last.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(c) = last.as_ref() {
            if c.secret == secret && c.day == day && c.region == region && c.service == service {
                return c.mac.clone();
            }
        }
        let mac = keyed_mac(&derive_signing_key(secret, day, region, service));
        *last = Some(CachedKey {
            secret: secret.to_owned(),
            day: day.to_owned(),
            region: region.to_owned(),
            service: service.to_owned(),
            mac: mac.clone(),
        });
        mac
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sigv4::canonical::push_hex;

    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

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
}
