//! The runtime's one source of randomness: retry jitter and idempotency tokens draw from it.
//!
//! xorshift64* seeded from std's per-process random hash keys: unpredictable enough to
//! spread retries and keep tokens distinct, without an RNG crate. Not for secrets.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// A lock-free random number generator; shared by reference across tasks.
#[derive(Debug)]
pub struct Random {
    state: AtomicU64,
}

impl Default for Random {
    /// A generator seeded from the process's random hash keys and the clock.
    fn default() -> Self {
        Random::with_seed(entropy())
    }
}

impl Random {
    /// A reproducible generator (tests).
    pub fn with_seed(seed: u64) -> Self {
        // xorshift must not start at zero.
        Random {
            state: AtomicU64::new(seed | 1),
        }
    }

    pub fn next_u64(&self) -> u64 {
        let step = |mut x: u64| {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            x
        };
        let previous = self
            .state
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |x| Some(step(x)))
            .unwrap_or(1);
        step(previous).wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in [0, 1).
    pub fn next_f64(&self) -> f64 {
        // The top 53 bits fill an f64 mantissa exactly.
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// The process-wide generator.
    pub fn shared() -> &'static Random {
        static SHARED: OnceLock<Random> = OnceLock::new();
        SHARED.get_or_init(Random::default)
    }
}

/// A seed: std's random per-process SipHash keys over the clock.
fn entropy() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(nanos);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_interval_is_spread() {
        let random = Random::with_seed(42);
        let samples: Vec<f64> = (0..1000).map(|_| random.next_f64()).collect();
        assert!(samples.iter().all(|x| (0.0..1.0).contains(x)));
        assert!(samples.iter().any(|x| *x < 0.5) && samples.iter().any(|x| *x >= 0.5));
    }

    #[test]
    fn seeds_differ_between_generators() {
        assert_ne!(Random::default().next_u64(), Random::default().next_u64());
    }
}
