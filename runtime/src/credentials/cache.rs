//! A cache in front of any provider: answers from memory until the credentials near their
//! expiry, then refreshes.
//!
//! The refresh window: credentials are refreshed once less than [`REFRESH_WINDOW`] (5
//! minutes, between aws-config's few seconds and botocore's 10 to 15 minutes) of their
//! life remains, or less than half of the life they had when fetched, whichever comes
//! later, so credentials that live only a few minutes are not fetched on every call. Only one
//! refresh runs at a time; other callers wait for it and share its answer. When a refresh
//! fails while the cached credentials have not expired yet, those are served and the
//! refresh is tried again after [`RETRY_AFTER_FAILURE`]. Credentials without an expiry are
//! kept for the cache's life.

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use crate::credentials::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};
use crate::os::Clock;

/// How long before expiry credentials are refreshed (at most half their life).
pub const REFRESH_WINDOW: Duration = Duration::from_secs(5 * 60);
/// After a failed refresh, how long still-valid credentials are served before trying again.
pub const RETRY_AFTER_FAILURE: Duration = Duration::from_secs(10);

#[derive(Clone)]
struct Entry {
    credentials: Credentials,
    /// When to fetch again; `None`: never (no expiry).
    refresh_at: Option<SystemTime>,
}

/// Caches `inner`'s credentials; see the module documentation for when it refreshes.
pub struct CachedCredentials {
    inner: Arc<dyn ProvideCredentials>,
    clock: Clock,
    entry: Mutex<Option<Entry>>,
    /// Held while a refresh runs: the callers that find the cache stale queue here.
    refreshing: tokio::sync::Mutex<()>,
}

impl CachedCredentials {
    pub fn new(inner: impl ProvideCredentials + 'static) -> Self {
        CachedCredentials::with_clock(Arc::new(inner), Clock::system())
    }

    /// A cache whose sense of "now" is `clock`.
    pub fn with_clock(inner: Arc<dyn ProvideCredentials>, clock: Clock) -> Self {
        CachedCredentials {
            inner,
            clock,
            entry: Mutex::new(None),
            refreshing: tokio::sync::Mutex::new(()),
        }
    }

    /// The cached entry when it is still fresh at `now`.
    fn fresh(&self, now: SystemTime) -> Option<Credentials> {
        let entry = self.current()?;
        match entry.refresh_at {
            Some(at) if now >= at => None,
            _ => Some(entry.credentials),
        }
    }

    fn current(&self) -> Option<Entry> {
        // A poisoned lock only means a panic elsewhere; the value is still whole.
        self.entry
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    fn store(&self, entry: Entry) {
        *self
            .entry
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(entry);
    }

    async fn provide(&self) -> Result<Credentials, CredentialsError> {
        if let Some(credentials) = self.fresh(self.clock.now()) {
            return Ok(credentials);
        }
        let _turn = self.refreshing.lock().await;
        // Whoever held the lock before may have refreshed already.
        let now = self.clock.now();
        if let Some(credentials) = self.fresh(now) {
            return Ok(credentials);
        }
        match self.inner.provide_credentials().await {
            Ok(credentials) => {
                let refresh_at = credentials.expiry().map(|expiry| refresh_time(now, expiry));
                self.store(Entry {
                    credentials: credentials.clone(),
                    refresh_at,
                });
                Ok(credentials)
            }
            Err(error) => {
                let still_valid = self
                    .current()
                    .filter(|e| e.credentials.expiry().is_none_or(|expiry| now < expiry));
                match still_valid {
                    Some(mut entry) => {
                        tracing::warn!(
                            error = %error,
                            "credentials refresh failed; serving the cached credentials until they expire"
                        );
                        let retry = now + RETRY_AFTER_FAILURE;
                        entry.refresh_at = Some(match entry.credentials.expiry() {
                            Some(expiry) => retry.min(expiry),
                            None => retry,
                        });
                        self.store(entry.clone());
                        Ok(entry.credentials)
                    }
                    None => Err(error),
                }
            }
        }
    }
}

/// When credentials fetched at `now` and expiring at `expiry` are refreshed.
fn refresh_time(now: SystemTime, expiry: SystemTime) -> SystemTime {
    let life = expiry.duration_since(now).unwrap_or(Duration::ZERO);
    expiry - REFRESH_WINDOW.min(life / 2)
}

impl ProvideCredentials for CachedCredentials {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.provide())
    }
}

impl fmt::Debug for CachedCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let entry = self.current();
        f.debug_struct("CachedCredentials")
            .field("inner", &self.inner)
            .field("cached", &entry.as_ref().map(|e| &e.credentials))
            .field("refresh_at", &entry.and_then(|e| e.refresh_at))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    #[derive(Debug)]
    struct Counting {
        calls: AtomicU32,
        clock_secs: Arc<AtomicU32>,
        fail_after: u32,
    }

    impl ProvideCredentials for Counting {
        fn provide_credentials(&self) -> CredentialsFuture<'_> {
            let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
            let now = u64::from(self.clock_secs.load(Ordering::SeqCst));
            let fail = n > self.fail_after;
            Box::pin(async move {
                tokio::task::yield_now().await;
                if fail {
                    return Err(CredentialsError::new("source down"));
                }
                Ok(Credentials::new(format!("AKID{n}"), "s", None)
                    .with_expiry(SystemTime::UNIX_EPOCH + Duration::from_secs(now + 3600)))
            })
        }
    }

    fn setup(fail_after: u32) -> (Arc<Counting>, CachedCredentials, Arc<AtomicU32>) {
        let secs = Arc::new(AtomicU32::new(1000));
        let source = Arc::new(Counting {
            calls: AtomicU32::new(0),
            clock_secs: secs.clone(),
            fail_after,
        });
        let clock_secs = secs.clone();
        let clock = Clock::from_fn(move || {
            SystemTime::UNIX_EPOCH
                + Duration::from_secs(u64::from(clock_secs.load(Ordering::SeqCst)))
        });
        let cache = CachedCredentials::with_clock(source.clone(), clock);
        (source, cache, secs)
    }

    #[tokio::test]
    async fn refreshes_inside_the_window_and_serves_valid_credentials_when_refresh_fails() {
        let (source, cache, secs) = setup(2);
        assert_eq!(
            cache.provide_credentials().await.unwrap().access_key_id(),
            "AKID1"
        );
        secs.store(1000 + 3600 - 301, Ordering::SeqCst);
        assert_eq!(
            cache.provide_credentials().await.unwrap().access_key_id(),
            "AKID1"
        );
        secs.store(1000 + 3600 - 299, Ordering::SeqCst);
        assert_eq!(
            cache.provide_credentials().await.unwrap().access_key_id(),
            "AKID2"
        );
        assert_eq!(source.calls.load(Ordering::SeqCst), 2);
        // AKID2 (fetched at 4301) expires at 7901; inside its window the source fails: still
        // served.
        secs.store(7901 - 10, Ordering::SeqCst);
        assert_eq!(
            cache.provide_credentials().await.unwrap().access_key_id(),
            "AKID2"
        );
        // Past expiry the failure shows.
        secs.store(7901 + 1, Ordering::SeqCst);
        assert!(cache.provide_credentials().await.is_err());
    }

    #[tokio::test]
    async fn concurrent_callers_share_one_refresh() {
        let (source, cache, _) = setup(100);
        let cache = Arc::new(cache);
        let mut tasks = Vec::new();
        for _ in 0..8 {
            let cache = cache.clone();
            tasks.push(tokio::spawn(async move {
                cache
                    .provide_credentials()
                    .await
                    .map(|c| c.access_key_id().to_string())
            }));
        }
        for task in tasks {
            assert_eq!(task.await.unwrap().unwrap(), "AKID1");
        }
        assert_eq!(source.calls.load(Ordering::SeqCst), 1);
    }
}
