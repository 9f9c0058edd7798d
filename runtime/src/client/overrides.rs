//! Per-call settings: a client handle whose timeouts, retries or endpoint differ, sharing
//! everything costly with the client it came from. The builder keeps its own choices of
//! these settings in an [`Overrides`] too, applied over the defaults the same way.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::{Client, Inner};

/// Settings that differ for some calls; each one left unset keeps the client's.
///
/// The connect timeout is not here: it belongs to the connection pool, which the handle
/// shares (a different one would need a second pool, that is a second client).
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub(super) attempt_timeout: Option<Duration>,
    pub(super) operation_timeout: Option<Duration>,
    pub(super) max_attempts: Option<u32>,
    pub(super) initial_backoff: Option<Duration>,
    pub(super) endpoint_url: Option<String>,
}

impl Overrides {
    /// How long one attempt may take.
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(timeout);
        self
    }

    /// How long a whole call, retries and waits included, may take.
    pub fn operation_timeout(mut self, timeout: Duration) -> Self {
        self.operation_timeout = Some(timeout);
        self
    }

    /// Attempts per call, the first included; 1 disables retries.
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = Some(attempts);
        self
    }

    /// The bound of the first retry's random wait.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = Some(backoff);
        self
    }

    /// A custom endpoint (`http://127.0.0.1:5000`) for every service the handle calls; it is
    /// checked on the first call, which fails with a configuration error if it is not usable.
    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.endpoint_url = Some(url.into());
        self
    }

    /// Sets what is set here on `inner`, keeping the rest.
    pub(super) fn apply_to(self, inner: &mut Inner) {
        if let Some(timeout) = self.attempt_timeout {
            inner.attempt_timeout = timeout;
        }
        if let Some(timeout) = self.operation_timeout {
            inner.operation_timeout = timeout;
        }
        if let Some(attempts) = self.max_attempts {
            inner.max_attempts = attempts.max(1);
        }
        if let Some(backoff) = self.initial_backoff {
            inner.initial_backoff = backoff;
        }
        if let Some(url) = self.endpoint_url {
            inner.endpoint_url = Some(url);
            // Endpoints resolved for another URL do not apply.
            inner.routes = Arc::new(Mutex::new(Vec::new()));
        }
    }
}

impl Client {
    /// A handle to this client with some settings changed, for the calls made through it:
    ///
    /// ```ignore
    /// let quick = client.with_overrides(|o| o.attempt_timeout(Duration::from_secs(2)).max_attempts(1));
    /// start_session(&quick, input).await?;
    /// ```
    ///
    /// The handle is a [`Client`], so generated operations take it as they are. It shares
    /// the connection pool, the credentials (and their cache), the signing-key cache and the
    /// retry quota with `self`; making one costs an allocation, not a connection.
    pub fn with_overrides(&self, change: impl FnOnce(Overrides) -> Overrides) -> Client {
        let mut inner = (*self.inner).clone();
        change(Overrides::default()).apply_to(&mut inner);
        Client {
            inner: Arc::new(inner),
        }
    }

    /// The endpoint URL set in code (builder or override), if any.
    pub fn endpoint_url(&self) -> Option<&str> {
        self.inner.endpoint_url.as_deref()
    }

    /// Attempts per call, the first included.
    pub fn max_attempts(&self) -> u32 {
        self.inner.max_attempts
    }

    /// How long one attempt may take.
    pub fn attempt_timeout(&self) -> Duration {
        self.inner.attempt_timeout
    }

    /// How long a whole call may take.
    pub fn operation_timeout(&self) -> Duration {
        self.inner.operation_timeout
    }

    /// Whether `other` shares this client's connection pool, credentials, signing-key cache
    /// and retry quota (a clone, or a handle from [`Client::with_overrides`]).
    pub fn shares_pool_with(&self, other: &Client) -> bool {
        Arc::ptr_eq(&self.inner.http, &other.inner.http)
            && Arc::ptr_eq(&self.inner.credentials, &other.inner.credentials)
            && Arc::ptr_eq(&self.inner.signer, &other.inner.signer)
            && Arc::ptr_eq(&self.inner.quota, &other.inner.quota)
    }
}
