//! How the credential calls (IMDS, container, STS, SSO) send one attempt and wait between
//! attempts: a per-attempt timeout around the transport, and the standard full-jitter
//! backoff of [`crate::retry`].
//!
//! API: [`RetryPolicy`] (`max_attempts`, `initial_backoff`, `attempt_timeout`), with
//! [`RetryPolicy::standard`] and [`RetryPolicy::no_retries`]; [`send_with_retries`], the loop
//! the STS, SSO and container calls share; [`send_attempt`] and
//! [`RetryPolicy::wait_before_retry`], what IMDS (whose token step sits inside its loop) uses.

use std::fmt;
use std::time::Duration;

use crate::http::{HttpError, HttpErrorKind, HttpRequest, HttpResponse, HttpTransport};
use crate::retry::{backoff, Jitter, DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_ATTEMPTS};

/// How many attempts a call makes, how long each may take and how long to wait between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included; 0 counts as 1.
    pub max_attempts: u32,
    /// The first retry waits a random time up to this; each later retry up to twice the last.
    pub initial_backoff: Duration,
    /// An attempt not answered within this (connect, send and read) fails as timed out.
    pub attempt_timeout: Option<Duration>,
}

impl RetryPolicy {
    /// The SDKs' standard mode: 3 attempts, 1 s initial backoff, and the given attempt timeout.
    pub fn standard(attempt_timeout: Option<Duration>) -> Self {
        RetryPolicy {
            max_attempts: DEFAULT_MAX_ATTEMPTS,
            initial_backoff: DEFAULT_INITIAL_BACKOFF,
            attempt_timeout,
        }
    }

    /// One attempt only.
    pub fn no_retries(attempt_timeout: Option<Duration>) -> Self {
        RetryPolicy {
            max_attempts: 1,
            initial_backoff: Duration::ZERO,
            attempt_timeout,
        }
    }

    /// This policy with `max_attempts` attempts.
    pub fn with_max_attempts(mut self, max_attempts: u32) -> Self {
        self.max_attempts = max_attempts;
        self
    }

    /// This policy with the first retry waiting up to `initial_backoff`.
    pub fn with_initial_backoff(mut self, initial_backoff: Duration) -> Self {
        self.initial_backoff = initial_backoff;
        self
    }

    /// Whether attempt number `attempt` (1 for the first) may be followed by another.
    pub fn may_retry_after(&self, attempt: u32) -> bool {
        attempt < self.max_attempts.max(1)
    }

    /// Sleeps before the retry that follows attempt number `attempt` (1 for the first).
    pub async fn wait_before_retry(&self, attempt: u32, jitter: &Jitter) {
        let wait = backoff(
            self.initial_backoff,
            attempt.saturating_sub(1),
            jitter.next_f64(),
        );
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
    }
}

/// Why one attempt got no response.
#[derive(Debug)]
pub enum AttemptFailure {
    /// The transport failed (connect, reset, read).
    Transport(HttpError),
    /// No complete response within the attempt timeout.
    TimedOut(Duration),
}

impl AttemptFailure {
    /// Whether the failure happened after a connection was made (the server is there but
    /// the exchange broke), as opposed to no server reached at all.
    pub fn connected(&self) -> bool {
        matches!(
            self,
            AttemptFailure::Transport(e)
                if matches!(e.kind(), HttpErrorKind::Send | HttpErrorKind::Read)
        )
    }

    /// Whether a retry could fare better (a request that could not be built never will).
    pub fn is_retryable(&self) -> bool {
        !matches!(
            self,
            AttemptFailure::Transport(e) if e.kind() == HttpErrorKind::InvalidRequest
        )
    }

    /// The failure as an error source.
    pub fn into_source(self) -> Box<dyn std::error::Error + Send + Sync> {
        match self {
            AttemptFailure::Transport(e) => Box::new(e),
            AttemptFailure::TimedOut(d) => Box::new(TimedOut(d)),
        }
    }
}

/// An attempt that took longer than its timeout.
#[derive(Debug, Clone, Copy)]
pub struct TimedOut(pub Duration);

impl fmt::Display for TimedOut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no response within {} ms", self.0.as_millis())
    }
}

impl std::error::Error for TimedOut {}

/// Sends `request` once, within `timeout` when one is given.
pub async fn send_attempt(
    transport: &dyn HttpTransport,
    request: HttpRequest,
    timeout: Option<Duration>,
) -> Result<HttpResponse, AttemptFailure> {
    let exchange = transport.send(request);
    let result = match timeout {
        Some(limit) => match tokio::time::timeout(limit, exchange).await {
            Ok(result) => result,
            Err(_) => return Err(AttemptFailure::TimedOut(limit)),
        },
        None => exchange.await,
    };
    result.map_err(AttemptFailure::Transport)
}

/// An attempt's error, and whether another attempt could fare better.
#[derive(Debug)]
pub struct AttemptError<E> {
    pub error: E,
    pub retryable: bool,
}

impl<E> AttemptError<E> {
    /// An error another attempt could fix (a throttle, a 5xx).
    pub fn retryable(error: E) -> Self {
        AttemptError {
            error,
            retryable: true,
        }
    }

    /// An error that ends the call.
    pub fn fatal(error: E) -> Self {
        AttemptError {
            error,
            retryable: false,
        }
    }
}

/// Sends the request `request` builds (once per attempt: a signed request is signed at its
/// own instant) until `on_response` accepts an answer, `on_response` or `on_failure` gives an
/// error that ends the call, or `policy` allows no more attempts; waits between attempts.
/// `on_failure` describes a transport failure or timeout; whether it is retried is the
/// failure's own [`AttemptFailure::is_retryable`].
pub async fn send_with_retries<T, E>(
    transport: &dyn HttpTransport,
    policy: &RetryPolicy,
    mut request: impl FnMut() -> Result<HttpRequest, E>,
    mut on_response: impl FnMut(HttpResponse) -> Result<T, AttemptError<E>>,
    mut on_failure: impl FnMut(AttemptFailure) -> E,
) -> Result<T, E> {
    let jitter = Jitter::default();
    let mut attempt = 0;
    loop {
        attempt += 1;
        let error = match send_attempt(transport, request()?, policy.attempt_timeout).await {
            Ok(response) => match on_response(response) {
                Ok(value) => return Ok(value),
                Err(AttemptError { error, retryable }) if retryable => error,
                Err(AttemptError { error, .. }) => return Err(error),
            },
            Err(failure) => {
                let retryable = failure.is_retryable();
                let error = on_failure(failure);
                if !retryable {
                    return Err(error);
                }
                error
            }
        };
        if !policy.may_retry_after(attempt) {
            return Err(error);
        }
        policy.wait_before_retry(attempt, &jitter).await;
    }
}

/// The text of a response body for an error message: at most 200 characters of it, on one
/// line. Only for bodies that carry no secret (error responses).
pub fn body_excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut excerpt: String = text
        .chars()
        .take(200)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.chars().count() > 200 {
        excerpt.push('…');
    }
    excerpt.trim().to_string()
}
