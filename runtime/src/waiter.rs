//! Polling until a resource reaches a state: the generic part of a waiter.
//!
//! Generated code knows the operations but not which states mean "done" or "failed"; the
//! caller does. [`poll`] asks the caller's check again and again, waiting longer each time
//! (doubling from `initial` up to `max`), and gives up when the caller's timeout has passed.
//!
//! ```no_run
//! use std::time::Duration;
//!
//! use awsgen_runtime::waiter::{poll, Outcome, WaitError};
//! use awsgen_runtime::{Client, Error};
//!
//! awsgen_runtime::athena_operation!(GetSessionStatus);
//!
//! async fn wait_until_idle(
//!     client: &Client,
//!     request: &GetSessionStatusRequest,
//! ) -> Result<SessionStatus, WaitError<Error<GetSessionStatusError>>> {
//!     poll(
//!         Duration::from_millis(500),
//!         Duration::from_secs(5),
//!         Duration::from_secs(120),
//!         || async {
//!             match get_session_status(client, request.clone()).await {
//!                 Ok(r) => match r.status {
//!                     Some(s) if s.state == Some(SessionState::Idle) => Outcome::Ready(s),
//!                     _ => Outcome::NotYet,
//!                 },
//!                 Err(e) => Outcome::Failed(e),
//!             }
//!         },
//!     )
//!     .await
//! }
//! # fn main() {}
//! ```

use std::fmt;
use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

/// What one check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome<T, E> {
    /// The wait is over: the resource is where the caller wanted it.
    Ready(T),
    /// Not there yet: check again after the next backoff.
    NotYet,
    /// It will never get there (a terminal state, an error): stop now.
    Failed(E),
}

/// Why [`poll`] stopped without a result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WaitError<E> {
    /// The check reported a failure.
    Failed(E),
    /// The timeout passed before the check reported `Ready`.
    TimedOut {
        /// The caller's timeout.
        after: Duration,
        /// Checks that completed (a check cut short by the timeout is not counted).
        checks: u32,
    },
}

impl<E: fmt::Display> fmt::Display for WaitError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaitError::Failed(e) => write!(f, "stopped waiting: {e}"),
            WaitError::TimedOut { after, checks } => write!(
                f,
                "gave up waiting after {after:?} ({checks} checks); raise the timeout if the \
                 resource is just slow"
            ),
        }
    }
}

impl<E: fmt::Debug + fmt::Display> std::error::Error for WaitError<E> {}

/// The waits between checks: `initial`, doubled each time, never more than `max`.
pub fn backoff_delays(initial: Duration, max: Duration) -> impl Iterator<Item = Duration> {
    let max = max.max(initial);
    std::iter::successors(Some(initial), move |d| Some(d.saturating_mul(2).min(max)))
}

/// Runs `check` until it returns [`Outcome::Ready`] or [`Outcome::Failed`], sleeping
/// [`backoff_delays`] in between. Once `timeout` has passed since the call (a running check
/// is cut short too), returns [`WaitError::TimedOut`]. The first check runs at once.
pub async fn poll<T, E, F, Fut>(
    initial: Duration,
    max: Duration,
    timeout: Duration,
    mut check: F,
) -> Result<T, WaitError<E>>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Outcome<T, E>>,
{
    let deadline = Instant::now() + timeout;
    let timed_out = |checks| WaitError::TimedOut {
        after: timeout,
        checks,
    };
    let mut checks = 0;
    for delay in backoff_delays(initial, max) {
        let Ok(outcome) = tokio::time::timeout_at(deadline, check()).await else {
            return Err(timed_out(checks));
        };
        checks += 1;
        match outcome {
            Outcome::Ready(value) => return Ok(value),
            Outcome::Failed(e) => return Err(WaitError::Failed(e)),
            Outcome::NotYet => {}
        }
        let now = Instant::now();
        if now >= deadline {
            return Err(timed_out(checks));
        }
        // The last wait is shortened so that one more check runs right at the deadline.
        tokio::time::sleep(delay.min(deadline - now)).await;
    }
    // backoff_delays never ends.
    Err(timed_out(checks))
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::cell::Cell;

    const MS: Duration = Duration::from_millis(1);

    #[test]
    fn delays_double_up_to_the_cap() {
        let delays: Vec<_> = backoff_delays(Duration::from_millis(500), Duration::from_secs(5))
            .take(7)
            .collect();
        let ms: Vec<u128> = delays.iter().map(Duration::as_millis).collect();
        assert_eq!(ms, [500, 1000, 2000, 4000, 5000, 5000, 5000]);
    }

    #[test]
    fn a_cap_below_the_start_keeps_the_start() {
        let first: Vec<_> = backoff_delays(10 * MS, MS).take(3).collect();
        assert_eq!(first, [10 * MS; 3]);
    }

    #[tokio::test(flavor = "current_thread")]
    async fn ready_on_the_third_check() {
        let calls = Cell::new(0);
        let result: Result<u32, WaitError<()>> = poll(MS, 2 * MS, Duration::from_secs(10), || {
            calls.set(calls.get() + 1);
            let n = calls.get();
            async move {
                if n == 3 {
                    Outcome::Ready(n)
                } else {
                    Outcome::NotYet
                }
            }
        })
        .await;
        assert_eq!(result, Ok(3));
        assert_eq!(calls.get(), 3);
    }

    #[tokio::test(flavor = "current_thread")]
    async fn failure_stops_at_once() {
        let calls = Cell::new(0);
        let result: Result<(), _> = poll(MS, MS, Duration::from_secs(10), || {
            calls.set(calls.get() + 1);
            async { Outcome::Failed("FAILED") }
        })
        .await;
        assert_eq!(result, Err(WaitError::Failed("FAILED")));
        assert_eq!(calls.get(), 1);
    }

    #[tokio::test(flavor = "current_thread")]
    async fn never_ready_times_out_after_a_bounded_number_of_checks() {
        let calls = Cell::new(0u32);
        let result: Result<(), WaitError<()>> = poll(5 * MS, 10 * MS, 60 * MS, || {
            calls.set(calls.get() + 1);
            async { Outcome::NotYet }
        })
        .await;
        match result {
            Err(WaitError::TimedOut { after, checks }) => {
                assert_eq!(after, 60 * MS);
                assert_eq!(checks, calls.get());
                // 60 ms of waits of at least 5 ms: at most 13 checks, and more than one.
                assert!((2..=13).contains(&checks), "{checks} checks");
            }
            other => panic!("expected a timeout, got {other:?}"),
        }
    }

    #[tokio::test(flavor = "current_thread")]
    async fn a_hanging_check_is_cut_short_by_the_timeout() {
        let result: Result<(), WaitError<()>> = poll(MS, MS, 20 * MS, || async {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            Outcome::NotYet
        })
        .await;
        assert_eq!(
            result,
            Err(WaitError::TimedOut {
                after: 20 * MS,
                checks: 0
            })
        );
    }

    #[test]
    fn timeout_message_says_what_to_do() {
        let e: WaitError<String> = WaitError::TimedOut {
            after: Duration::from_secs(2),
            checks: 4,
        };
        assert_eq!(
            e.to_string(),
            "gave up waiting after 2s (4 checks); raise the timeout if the resource is just slow"
        );
    }
}
