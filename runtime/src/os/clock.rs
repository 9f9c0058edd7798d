//! The time of day, injectable so tests can fix it. (Waiting between retries is the retry
//! policy's: a provider context can turn the backoff off.)

use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

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
