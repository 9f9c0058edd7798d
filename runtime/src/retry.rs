//! AWS "standard" retry mode: which failures are retried, how long to wait between
//! attempts, and the retry quota that stops a client from retrying into an outage.
//!
//! Facts from the SDKs' standard mode: 3 attempts by default; full-jitter exponential
//! backoff `random * min(initial * 2^retry, 20 s)`; a quota of 500 tokens per client, 5 per
//! retry, 10 per retry after a timeout, given back when a retried call succeeds (1 token
//! when a call succeeds at once).

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use crate::error::{Error, OperationError, TimeoutKind};

pub const DEFAULT_MAX_ATTEMPTS: u32 = 3;
/// The first retry waits up to this long; each later one up to twice the previous bound.
pub const DEFAULT_INITIAL_BACKOFF: Duration = Duration::from_secs(1);
/// No wait, computed or hinted by the service, is longer.
pub const MAX_BACKOFF: Duration = Duration::from_secs(20);
pub const QUOTA_CAPACITY: u32 = 500;
pub const RETRY_COST: u32 = 5;
pub const TIMEOUT_RETRY_COST: u32 = 10;
pub const NO_RETRY_INCREMENT: u32 = 1;

/// Error codes that mean "slow down".
const THROTTLING_CODES: &[&str] = &[
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
];

/// Error codes of failures that another attempt may not meet.
const TRANSIENT_CODES: &[&str] = &[
    "RequestTimeout",
    "RequestTimeoutException",
    "InternalError",
    "InternalFailure",
    "InternalServerError",
    "InternalServerException",
    "ServiceUnavailable",
    "ServiceUnavailableException",
    "IDPCommunicationError",
];

/// HTTP statuses retried whatever the code.
const TRANSIENT_STATUSES: &[u16] = &[500, 502, 503, 504];

/// Why a failure may be retried; decides what a retry costs from the quota.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryKind {
    /// The service asked the client to slow down.
    Throttling,
    /// A server-side fault that is likely to pass.
    Transient,
    /// The connection failed or an attempt timed out.
    Timeout,
}

impl RetryKind {
    pub fn cost(self) -> u32 {
        match self {
            RetryKind::Timeout => TIMEOUT_RETRY_COST,
            RetryKind::Throttling | RetryKind::Transient => RETRY_COST,
        }
    }
}

pub fn is_throttling_code(code: &str) -> bool {
    THROTTLING_CODES.contains(&code)
}

pub fn is_transient_code(code: &str) -> bool {
    TRANSIENT_CODES.contains(&code)
}

/// Classifies an error response by its status and (sanitized) code. 429 counts as
/// throttling even without a code; other 4xx are never retried.
pub fn classify_response(status: u16, code: Option<&str>) -> Option<RetryKind> {
    let code = code.unwrap_or("");
    if is_throttling_code(code) || status == 429 {
        Some(RetryKind::Throttling)
    } else if is_transient_code(code) || TRANSIENT_STATUSES.contains(&status) {
        Some(RetryKind::Transient)
    } else {
        None
    }
}

/// Whether, and why, a failed attempt may be retried.
pub fn classify<E: OperationError>(error: &Error<E>) -> Option<RetryKind> {
    match error {
        Error::Service(e) => {
            let meta = e.meta();
            classify_response(meta.status, Some(meta.code.as_str()))
        }
        Error::UnreadableResponse(u) => classify_response(u.status, None),
        Error::Transport(_) => Some(RetryKind::Timeout),
        Error::Timeout(t) => match t.kind {
            TimeoutKind::Connect | TimeoutKind::Attempt => Some(RetryKind::Timeout),
            TimeoutKind::Operation => None,
        },
        _ => None,
    }
}

/// The wait a response asks for: `x-amz-retry-after` (milliseconds) or `Retry-After`
/// (whole seconds), capped at [`MAX_BACKOFF`].
pub fn retry_after_hint(headers: &[(&str, &str)]) -> Option<Duration> {
    let find =
        |name: &str| crate::http::header(headers, name).and_then(|v| v.trim().parse::<u64>().ok());
    let hint = find("x-amz-retry-after")
        .map(Duration::from_millis)
        .or_else(|| find("retry-after").map(Duration::from_secs))?;
    Some(hint.min(MAX_BACKOFF))
}

/// The wait before retry number `retry` (0 for the first retry), given `random` in [0, 1).
pub fn backoff(initial: Duration, retry: u32, random: f64) -> Duration {
    let factor = 2u32.saturating_pow(retry.min(30));
    let bound = initial.saturating_mul(factor).min(MAX_BACKOFF);
    bound.mul_f64(random.clamp(0.0, 1.0))
}

/// The client-wide retry quota. Retries draw from it; successes refill it.
#[derive(Debug)]
pub struct RetryQuota {
    available: AtomicU32,
}

impl Default for RetryQuota {
    fn default() -> Self {
        RetryQuota {
            available: AtomicU32::new(QUOTA_CAPACITY),
        }
    }
}

impl RetryQuota {
    pub fn available(&self) -> u32 {
        self.available.load(Ordering::Relaxed)
    }

    /// Takes the cost of one retry of `kind`; `None` (nothing taken) when the quota is
    /// too low, which means: stop retrying.
    pub fn try_acquire(&self, kind: RetryKind) -> Option<u32> {
        let cost = kind.cost();
        self.available
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
                n.checked_sub(cost)
            })
            .ok()
            .map(|_| cost)
    }

    /// A call succeeded: gives back what its last retry took, or a small reward when it
    /// needed no retry.
    pub fn on_success(&self, last_retry_cost: Option<u32>) {
        let refund = last_retry_cost.unwrap_or(NO_RETRY_INCREMENT);
        let _ = self
            .available
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
                Some(n.saturating_add(refund).min(QUOTA_CAPACITY))
            });
    }
}

/// The random draws of retry backoff: the runtime's one random source.
pub type Jitter = crate::random::Random;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{ErrorMetadata, TimeoutError};

    fn service(status: u16, code: &str) -> Error<ErrorMetadata> {
        Error::Service(ErrorMetadata {
            code: code.to_string(),
            status,
            ..ErrorMetadata::default()
        })
    }

    #[test]
    fn classifies_errors() {
        assert_eq!(
            classify(&service(400, "ThrottlingException")),
            Some(RetryKind::Throttling)
        );
        assert_eq!(
            classify(&service(500, "InternalServerException")),
            Some(RetryKind::Transient)
        );
        assert_eq!(classify(&service(503, "")), Some(RetryKind::Transient));
        assert_eq!(classify(&service(400, "ValidationException")), None);
        assert_eq!(classify(&service(403, "AccessDeniedException")), None);
        let attempt = Error::<ErrorMetadata>::Timeout(TimeoutError {
            kind: TimeoutKind::Attempt,
            after: Duration::from_secs(1),
        });
        assert_eq!(classify(&attempt), Some(RetryKind::Timeout));
        let operation = Error::<ErrorMetadata>::Timeout(TimeoutError {
            kind: TimeoutKind::Operation,
            after: Duration::from_secs(1),
        });
        assert_eq!(classify(&operation), None);
    }

    #[test]
    fn backoff_is_bounded_and_grows() {
        let initial = Duration::from_secs(1);
        assert_eq!(backoff(initial, 0, 0.0), Duration::ZERO);
        assert_eq!(backoff(initial, 0, 0.5), Duration::from_millis(500));
        assert_eq!(backoff(initial, 2, 0.5), Duration::from_secs(2));
        assert_eq!(backoff(initial, 40, 0.5), Duration::from_secs(10));
        assert!(backoff(initial, u32::MAX, 0.999_999) <= MAX_BACKOFF);
    }

    #[test]
    fn hints_are_read_and_capped() {
        assert_eq!(
            retry_after_hint(&[("x-amz-retry-after", "1500")]),
            Some(Duration::from_millis(1500))
        );
        assert_eq!(
            retry_after_hint(&[("Retry-After", "3")]),
            Some(Duration::from_secs(3))
        );
        assert_eq!(
            retry_after_hint(&[("Retry-After", "9999")]),
            Some(MAX_BACKOFF)
        );
        // An HTTP date is not worth a date parser here: ignored, the computed backoff applies.
        assert_eq!(
            retry_after_hint(&[("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")]),
            None
        );
    }

    #[test]
    fn quota_drains_and_refills() {
        let quota = RetryQuota::default();
        let mut taken = 0;
        while quota.try_acquire(RetryKind::Timeout).is_some() {
            taken += 1;
        }
        assert_eq!(taken, QUOTA_CAPACITY / TIMEOUT_RETRY_COST);
        assert_eq!(quota.try_acquire(RetryKind::Throttling), None);
        quota.on_success(Some(RETRY_COST));
        assert_eq!(quota.available(), RETRY_COST);
        assert_eq!(quota.try_acquire(RetryKind::Throttling), Some(RETRY_COST));
        for _ in 0..1000 {
            quota.on_success(None);
        }
        assert_eq!(quota.available(), QUOTA_CAPACITY);
    }

    #[test]
    fn jitter_stays_in_unit_interval() {
        let jitter = Jitter::with_seed(42);
        let samples: Vec<f64> = (0..1000).map(|_| jitter.next_f64()).collect();
        assert!(samples.iter().all(|x| (0.0..1.0).contains(x)));
        assert!(samples.iter().any(|x| *x < 0.5) && samples.iter().any(|x| *x >= 0.5));
    }
}
