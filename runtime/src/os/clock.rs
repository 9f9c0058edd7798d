//! The time of day and waiting, injectable so tests can fix the one and skip the other.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// Where "now" comes from.
#[derive(Clone, Default)]
pub struct Clock {
    fixed: Option<Arc<dyn Fn() -> SystemTime + Send + Sync>>,
}

impl Clock {
    /// The system clock.
    pub fn system() -> Self {
        Clock::default()
    }

    /// A clock that always says `at`.
    pub fn fixed(at: SystemTime) -> Self {
        Clock::from_fn(move || at)
    }

    /// A clock that asks `now`.
    pub fn from_fn(now: impl Fn() -> SystemTime + Send + Sync + 'static) -> Self {
        Clock {
            fixed: Some(Arc::new(now)),
        }
    }

    pub fn now(&self) -> SystemTime {
        match &self.fixed {
            Some(now) => now(),
            None => SystemTime::now(),
        }
    }
}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.fixed {
            Some(_) => "Clock(custom)",
            None => "Clock(system)",
        })
    }
}

/// A boxed wait.
pub type SleepFuture = Pin<Box<dyn Future<Output = ()> + Send>>;

/// How to wait: tokio's timer, or a test's own.
#[derive(Clone, Default)]
pub struct Sleep {
    custom: Option<Arc<dyn Fn(Duration) -> SleepFuture + Send + Sync>>,
}

impl Sleep {
    /// Waits by asking `sleep`.
    pub fn from_fn(sleep: impl Fn(Duration) -> SleepFuture + Send + Sync + 'static) -> Self {
        Sleep {
            custom: Some(Arc::new(sleep)),
        }
    }

    /// Never waits (replayed traffic needs no backoff).
    pub fn none() -> Self {
        Sleep::from_fn(|_| Box::pin(async {}))
    }

    pub fn sleep(&self, duration: Duration) -> SleepFuture {
        match &self.custom {
            Some(sleep) => sleep(duration),
            None => Box::pin(tokio::time::sleep(duration)),
        }
    }
}

impl fmt::Debug for Sleep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.custom {
            Some(_) => "Sleep(custom)",
            None => "Sleep(tokio)",
        })
    }
}
