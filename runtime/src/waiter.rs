//! Polling until a resource reaches a state: the loop every generated waiter runs
//! ([`wait_until`]) and its delays ([`WaiterDelays`], the Smithy waiter schedule).
//!
//! A wait no generated waiter covers runs through the same loop: say which results end it
//! (the acceptors) and it calls again, waiting a random time that grows from the minimum
//! delay to the maximum, until an acceptor says success or failure, an error no acceptor
//! matches comes back, or the maximum wait has passed.
//!
//! ```no_run
//! use std::time::Duration;
//!
//! use awsgen_runtime::waiter::{wait_until, AcceptorState};
//! use awsgen_runtime::{Client, FinalPoll, WaitOptions, WaiterError};
//!
//! awsgen_runtime::athena_operation!(GetSessionStatus);
//!
//! /// Until the session can take work (IDLE or BUSY); an ended session fails the wait at once.
//! async fn wait_until_usable(
//!     client: &Client,
//!     request: &GetSessionStatusRequest,
//! ) -> Result<
//!     FinalPoll<GetSessionStatusResponse, GetSessionStatusError>,
//!     WaiterError<GetSessionStatusResponse, GetSessionStatusError>,
//! > {
//!     wait_until(
//!         // The delays between calls: from 1 s, doubling up to 10 s, with jitter.
//!         (Duration::from_secs(1), Duration::from_secs(10)),
//!         WaitOptions::new(Duration::from_secs(300)),
//!         || get_session_status(client, request.clone()),
//!         |result| match result {
//!             Ok(response) => match response.status.as_ref().and_then(|s| s.state.as_ref()) {
//!                 Some(SessionState::Idle | SessionState::Busy) => Some(AcceptorState::Success),
//!                 Some(SessionState::Failed | SessionState::Terminated) => {
//!                     Some(AcceptorState::Failure)
//!                 }
//!                 _ => Some(AcceptorState::Retry),
//!             },
//!             // Any error ends the wait (WaiterError::OperationFailed).
//!             Err(_) => None,
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

use crate::error::Error;

/// What an acceptor of a generated waiter decided about one call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AcceptorState {
    /// Done: return the result.
    Success,
    /// It will never get there: stop with [`WaiterError::FailureState`].
    Failure,
    /// Call again after the next delay.
    Retry,
}

/// How long a generated `wait_until_*` fn may wait, and (optionally) its delays. A
/// [`Duration`] converts into it: `wait_until_table_exists(&client, input, Duration::from_secs(300))`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WaitOptions {
    max_wait: Duration,
    min_delay: Option<Duration>,
    max_delay: Option<Duration>,
}

impl WaitOptions {
    /// Wait at most `max_wait`, with the waiter's modeled delays.
    pub fn new(max_wait: Duration) -> Self {
        WaitOptions {
            max_wait,
            min_delay: None,
            max_delay: None,
        }
    }

    /// The shortest wait between calls, instead of the model's `minDelay`.
    pub fn min_delay(mut self, delay: Duration) -> Self {
        self.min_delay = Some(delay);
        self
    }

    /// The longest wait between calls, instead of the model's `maxDelay`.
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = Some(delay);
        self
    }

    /// The maximum wait.
    pub fn max_wait(&self) -> Duration {
        self.max_wait
    }
}

impl From<Duration> for WaitOptions {
    fn from(max_wait: Duration) -> Self {
        WaitOptions::new(max_wait)
    }
}

/// The result of the last call of a waiter: the output, or the error an acceptor matched.
#[derive(Debug)]
pub enum FinalPoll<O, E> {
    Output(O),
    Error(Error<E>),
}

impl<O, E> FinalPoll<O, E> {
    /// The output, when the last call succeeded.
    pub fn output(&self) -> Option<&O> {
        match self {
            FinalPoll::Output(o) => Some(o),
            FinalPoll::Error(_) => None,
        }
    }

    /// The output, when the last call succeeded.
    pub fn into_output(self) -> Option<O> {
        match self {
            FinalPoll::Output(o) => Some(o),
            FinalPoll::Error(_) => None,
        }
    }

    fn from_result(result: Result<O, Error<E>>) -> Self {
        match result {
            Ok(o) => FinalPoll::Output(o),
            Err(e) => FinalPoll::Error(e),
        }
    }
}

/// Why a generated `wait_until_*` fn stopped without reaching a success state.
#[derive(Debug)]
#[non_exhaustive]
pub enum WaiterError<O, E> {
    /// The maximum wait passed; `last` is the last call's result (none if no call completed).
    TimedOut {
        max_wait: Duration,
        attempts: u32,
        last: Option<FinalPoll<O, E>>,
    },
    /// An acceptor matched a failure state (a `FAILED` status, an error type).
    FailureState(FinalPoll<O, E>),
    /// The operation failed with an error no acceptor matched.
    OperationFailed(Error<E>),
}

impl<O, E: fmt::Display> fmt::Display for WaiterError<O, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaiterError::TimedOut {
                max_wait, attempts, ..
            } => write!(
                f,
                "gave up waiting after {max_wait:?} ({attempts} calls); raise the maximum wait \
                 if the resource is just slow"
            ),
            WaiterError::FailureState(FinalPoll::Output(_)) => {
                f.write_str("the resource reached a failure state; it will not get there")
            }
            WaiterError::FailureState(FinalPoll::Error(e)) => {
                write!(f, "the waiter's failure acceptor matched an error: {e}")
            }
            WaiterError::OperationFailed(e) => write!(f, "the waiter's call failed: {e}"),
        }
    }
}

impl<O: fmt::Debug, E: fmt::Debug + fmt::Display + std::error::Error + 'static> std::error::Error
    for WaiterError<O, E>
{
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WaiterError::OperationFailed(e) | WaiterError::FailureState(FinalPoll::Error(e)) => {
                Some(e)
            }
            _ => None,
        }
    }
}

/// The Smithy waiter delay schedule (smithy.io, "Waiter retries"): attempt `n` waits a random
/// time between `min_delay` and `min_delay * 2^(n-1)` (capped at `max_delay`), shortened so
/// that one last call fits before the maximum wait; `None` once less than `min_delay` is left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WaiterDelays {
    min_delay: Duration,
    max_delay: Duration,
    max_wait: Duration,
    attempt_ceiling: u32,
}

impl WaiterDelays {
    pub fn new(min_delay: Duration, max_delay: Duration, max_wait: Duration) -> Self {
        let min_delay = min_delay.max(Duration::from_millis(1));
        let max_delay = max_delay.max(min_delay);
        let ratio = max_delay.as_secs_f64() / min_delay.as_secs_f64();
        WaiterDelays {
            min_delay,
            max_delay,
            max_wait,
            attempt_ceiling: (ratio.ln() / 2f64.ln() + 1.0) as u32,
        }
    }

    /// The wait after attempt `attempt` (1-based), `elapsed` into the wait; `unit` in [0, 1]
    /// picks the point in the jitter range (random in use, fixed in tests).
    pub fn delay(&self, attempt: u32, elapsed: Duration, unit: f64) -> Option<Duration> {
        let remaining = self.max_wait.checked_sub(elapsed)?;
        if remaining < self.min_delay {
            return None;
        }
        let upper = if attempt > self.attempt_ceiling {
            self.max_delay
        } else {
            self.min_delay
                .saturating_mul(2u32.saturating_pow(attempt.saturating_sub(1)))
                .min(self.max_delay)
        };
        let spread = upper.saturating_sub(self.min_delay);
        let mut delay = self.min_delay + spread.mul_f64(unit.clamp(0.0, 1.0));
        if remaining.saturating_sub(delay) <= self.min_delay {
            delay = remaining - self.min_delay;
        }
        Some(delay)
    }
}

/// The loop of a generated waiter: `call` the operation, let `classify` (the acceptors, in
/// order) decide, and wait [`WaiterDelays`] between calls. An error no acceptor matches stops
/// the wait ([`WaiterError::OperationFailed`]); a call still running at the maximum wait is
/// cut short. `delays` are the model's (minDelay, maxDelay) unless `options` override them.
pub async fn wait_until<O, E, F, Fut>(
    delays: (Duration, Duration),
    options: WaitOptions,
    mut call: F,
    classify: impl Fn(&Result<O, Error<E>>) -> Option<AcceptorState>,
) -> Result<FinalPoll<O, E>, WaiterError<O, E>>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<O, Error<E>>>,
{
    let schedule = WaiterDelays::new(
        options.min_delay.unwrap_or(delays.0),
        options.max_delay.unwrap_or(delays.1),
        options.max_wait,
    );
    let start = Instant::now();
    let deadline = start + options.max_wait;
    let mut last = None;
    let mut attempts = 0;
    loop {
        let Ok(result) = tokio::time::timeout_at(deadline, call()).await else {
            break;
        };
        attempts += 1;
        match classify(&result) {
            Some(AcceptorState::Success) => return Ok(FinalPoll::from_result(result)),
            Some(AcceptorState::Failure) => {
                return Err(WaiterError::FailureState(FinalPoll::from_result(result)))
            }
            Some(AcceptorState::Retry) => {}
            None => {
                if let Err(e) = result {
                    return Err(WaiterError::OperationFailed(e));
                }
            }
        }
        last = Some(FinalPoll::from_result(result));
        let unit = crate::random::Random::shared().next_f64();
        match schedule.delay(attempts, start.elapsed(), unit) {
            Some(delay) => tokio::time::sleep(delay).await,
            None => break,
        }
    }
    Err(WaiterError::TimedOut {
        max_wait: options.max_wait,
        attempts,
        last,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::cell::Cell;

    const MS: Duration = Duration::from_millis(1);

    const S: Duration = Duration::from_secs(1);

    #[test]
    fn waiter_delays_double_from_min_to_max_with_jitter_between() {
        let d = WaiterDelays::new(2 * S, 120 * S, Duration::from_secs(3600));
        let top: Vec<u64> = (1..=9)
            .map(|n| d.delay(n, Duration::ZERO, 1.0).unwrap().as_secs())
            .collect();
        assert_eq!(top, [2, 4, 8, 16, 32, 64, 120, 120, 120]);
        let bottom: Vec<u64> = (1..=9)
            .map(|n| d.delay(n, Duration::ZERO, 0.0).unwrap().as_secs())
            .collect();
        assert_eq!(bottom, [2; 9]);
        // Halfway through the jitter range of attempt 3 (2..8 s).
        assert_eq!(d.delay(3, Duration::ZERO, 0.5), Some(5 * S));
    }

    #[test]
    fn waiter_delays_leave_room_for_a_last_call_and_stop_near_the_max_wait() {
        let d = WaiterDelays::new(2 * S, 120 * S, 60 * S);
        // 10 s left: a 16 s delay shrinks so a call can run with minDelay to spare.
        assert_eq!(d.delay(5, 50 * S, 1.0), Some(8 * S));
        // Less than minDelay left: stop.
        assert_eq!(d.delay(2, Duration::from_millis(58_500), 0.0), None);
        assert_eq!(d.delay(2, 70 * S, 0.0), None);
        // Never sleeps past the max wait, whatever the attempt.
        for attempt in 1..20 {
            for elapsed in 0..60 {
                if let Some(delay) = d.delay(attempt, elapsed * S, 1.0) {
                    assert!(
                        elapsed * S + delay <= 60 * S,
                        "{attempt} {elapsed} {delay:?}"
                    );
                }
            }
        }
    }

    #[tokio::test(flavor = "current_thread")]
    async fn wait_until_stops_on_success_failure_unmatched_error_and_timeout() {
        type R = Result<u32, Error<crate::ErrorMetadata>>;
        let classify = |r: &R| match r {
            Ok(3) => Some(AcceptorState::Success),
            Ok(9) => Some(AcceptorState::Failure),
            _ => None,
        };
        let options = WaitOptions::new(Duration::from_secs(5))
            .min_delay(MS)
            .max_delay(2 * MS);
        let calls = Cell::new(0u32);
        let done = wait_until(
            (S, S),
            options,
            || {
                calls.set(calls.get() + 1);
                let n = calls.get();
                async move { Ok::<_, Error<crate::ErrorMetadata>>(n) }
            },
            classify,
        )
        .await;
        assert!(matches!(done, Ok(FinalPoll::Output(3))));
        let failed = wait_until((MS, MS), options, || async { Ok(9) }, classify).await;
        assert!(matches!(
            failed,
            Err(WaiterError::FailureState(FinalPoll::Output(9)))
        ));
        let errored = wait_until(
            (MS, MS),
            options,
            || async { Err(Error::Service(crate::ErrorMetadata::default())) },
            classify,
        )
        .await;
        assert!(matches!(errored, Err(WaiterError::OperationFailed(_))));
        let slow = WaitOptions::new(30 * MS)
            .min_delay(5 * MS)
            .max_delay(5 * MS);
        let timed_out = wait_until((MS, MS), slow, || async { Ok(1) }, classify).await;
        match timed_out {
            Err(WaiterError::TimedOut {
                attempts,
                last: Some(FinalPoll::Output(1)),
                ..
            }) => {
                assert!((2..=7).contains(&attempts), "{attempts}")
            }
            other => panic!("expected a timeout, got {other:?}"),
        }
    }

    #[tokio::test(flavor = "current_thread")]
    async fn a_hanging_call_is_cut_short_at_the_max_wait() {
        let options = WaitOptions::new(20 * MS).min_delay(MS).max_delay(MS);
        let result = wait_until(
            (MS, MS),
            options,
            || async {
                tokio::time::sleep(Duration::from_secs(3600)).await;
                Ok::<(), Error<crate::ErrorMetadata>>(())
            },
            |_| Some(AcceptorState::Success),
        )
        .await;
        match result {
            Err(WaiterError::TimedOut {
                max_wait,
                attempts: 0,
                last: None,
            }) => assert_eq!(max_wait, 20 * MS),
            other => panic!("expected a timeout with no call completed, got {other:?}"),
        }
    }

    #[test]
    fn timeout_message_says_what_to_do() {
        let e: WaiterError<(), crate::ErrorMetadata> = WaiterError::TimedOut {
            max_wait: Duration::from_secs(2),
            attempts: 4,
            last: None,
        };
        assert_eq!(
            e.to_string(),
            "gave up waiting after 2s (4 calls); raise the maximum wait if the resource is just slow"
        );
    }
}
