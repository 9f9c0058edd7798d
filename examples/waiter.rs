//! Waiting for a session to reach a state, by polling GetSessionStatus.
//!
//! The polling itself (backoff, timeout) is the runtime's generic
//! [`awsgen_runtime::waiter::poll`]; this file adds what only Athena knows: which states
//! end the wait, and which mean it can never succeed. It lives beside the generated types
//! because a waiter needs them, and those are generated in the crate that calls the macro.

use std::cell::RefCell;
use std::fmt;
use std::time::Duration;

use awsgen_runtime::waiter::{self, Outcome, WaitError};
use awsgen_runtime::{BuildError, Client, Error};

use crate::athena::{
    get_session_status, GetSessionStatusError, GetSessionStatusRequest, SessionState, SessionStatus,
};

/// The wait before the second status check; it doubles each time up to [`MAX_POLL_DELAY`].
pub const FIRST_POLL_DELAY: Duration = Duration::from_millis(500);
pub const MAX_POLL_DELAY: Duration = Duration::from_secs(5);

/// Why a session wait ended without reaching the wanted state.
#[derive(Debug)]
pub enum SessionWaitError {
    /// The session reached a state from which the wanted one cannot follow.
    Stopped {
        state: SessionState,
        reason: Option<String>,
    },
    /// GetSessionStatus failed (after the client's own retries).
    Call(Error<GetSessionStatusError>),
    /// The session id does not make a valid request.
    BadSessionId(BuildError),
    /// The response carried no state.
    NoState,
    /// The caller's timeout passed first.
    TimedOut {
        after: Duration,
        last_state: Option<SessionState>,
    },
}

impl fmt::Display for SessionWaitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SessionWaitError::Stopped { state, reason } => {
                write!(f, "the session is {}", state.as_str())?;
                if let Some(reason) = reason {
                    write!(f, " ({reason})")?;
                }
                Ok(())
            }
            SessionWaitError::Call(e) => write!(f, "GetSessionStatus failed: {e}"),
            SessionWaitError::BadSessionId(e) => write!(f, "bad session id: {e}"),
            SessionWaitError::NoState => f.write_str("GetSessionStatus returned no state"),
            SessionWaitError::TimedOut { after, last_state } => write!(
                f,
                "the session was still {} after {after:?}",
                last_state
                    .as_ref()
                    .map_or("of unknown state", |s| s.as_str())
            ),
        }
    }
}

impl std::error::Error for SessionWaitError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SessionWaitError::Call(e) => Some(e),
            SessionWaitError::BadSessionId(e) => Some(e),
            _ => None,
        }
    }
}

/// Waits until the session is `IDLE`, ready for calculations. Gives up at once on `FAILED`,
/// `DEGRADED`, `TERMINATING` or `TERMINATED`.
pub async fn wait_until_idle(
    client: &Client,
    session_id: &str,
    timeout: Duration,
) -> Result<SessionStatus, SessionWaitError> {
    use SessionState::*;
    wait_for(
        client,
        session_id,
        Idle,
        &[Failed, Degraded, Terminating, Terminated],
        timeout,
    )
    .await
}

/// Waits until the session is `TERMINATED`. Gives up at once on `FAILED`.
pub async fn wait_until_terminated(
    client: &Client,
    session_id: &str,
    timeout: Duration,
) -> Result<SessionStatus, SessionWaitError> {
    wait_for(
        client,
        session_id,
        SessionState::Terminated,
        &[SessionState::Failed],
        timeout,
    )
    .await
}

/// Polls until the state is `wanted` (Ok) or one of `hopeless` (Err).
async fn wait_for(
    client: &Client,
    session_id: &str,
    wanted: SessionState,
    hopeless: &[SessionState],
    timeout: Duration,
) -> Result<SessionStatus, SessionWaitError> {
    let request = GetSessionStatusRequest::builder()
        .session_id(session_id)
        .build()
        .map_err(SessionWaitError::BadSessionId)?;
    let last_state = RefCell::new(None);
    let (last, request, wanted) = (&last_state, &request, &wanted);
    let result = waiter::poll(
        FIRST_POLL_DELAY,
        MAX_POLL_DELAY,
        timeout,
        move || async move {
            let status = match get_session_status(client, request.clone()).await {
                Ok(response) => response.status,
                Err(e) => return Outcome::Failed(SessionWaitError::Call(e)),
            };
            let Some(status) = status.filter(|s| s.state.is_some()) else {
                return Outcome::Failed(SessionWaitError::NoState);
            };
            let state = status.state.clone();
            *last.borrow_mut() = state.clone();
            match state {
                Some(s) if s == *wanted => Outcome::Ready(status),
                Some(s) if hopeless.contains(&s) => Outcome::Failed(SessionWaitError::Stopped {
                    state: s,
                    reason: status.state_change_reason,
                }),
                _ => Outcome::NotYet,
            }
        },
    )
    .await;
    result.map_err(|e| match e {
        WaitError::Failed(e) => e,
        WaitError::TimedOut { after, .. } => SessionWaitError::TimedOut {
            after,
            last_state: last_state.take(),
        },
    })
}
