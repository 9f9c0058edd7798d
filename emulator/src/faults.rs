//! The failures a test asks the emulator for: throttled calls, server errors and slow
//! answers. Counted down per request, changeable while the emulator runs.

use std::time::Duration;

use crate::sessions::ApiError;

/// The message Athena's throttling answers carry.
const THROTTLED_MESSAGE: &str = "Rate exceeded";
/// `TooManyRequestsException.Reason`: the one value of the model's `ThrottleReason`.
const THROTTLE_REASON: &str = "CONCURRENT_QUERY_LIMIT_EXCEEDED";

/// What the next requests will meet.
#[derive(Debug, Default)]
pub struct Faults {
    /// Requests still to be throttled.
    pub throttle: u32,
    /// Requests still to be answered with a 500 after the throttled ones.
    pub server_errors: u32,
    /// How long every answer waits before it is sent.
    pub delay: Duration,
}

impl Faults {
    /// The error the request for `operation` gets instead of its answer, if any, counting
    /// it off: throttling first, then server errors.
    pub fn next(&mut self, operation: &str) -> Option<ApiError> {
        if self.throttle > 0 {
            self.throttle -= 1;
            return Some(throttled(operation));
        }
        if self.server_errors > 0 {
            self.server_errors -= 1;
            return Some(ApiError {
                code: "InternalServerException",
                message: "We encountered an internal error. Please try again.".into(),
                fields: Vec::new(),
            });
        }
        None
    }
}

/// Athena's throttling answer, HTTP 400: StartSession's modeled `TooManyRequestsException`
/// (with its `Reason`), and the service-wide `ThrottlingException` for operations that do
/// not model one.
fn throttled(operation: &str) -> ApiError {
    if operation == "StartSession" {
        ApiError {
            code: "TooManyRequestsException",
            message: THROTTLED_MESSAGE.into(),
            fields: vec![("Reason", THROTTLE_REASON.into())],
        }
    } else {
        ApiError {
            code: "ThrottlingException",
            message: THROTTLED_MESSAGE.into(),
            fields: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn throttles_come_first_then_server_errors_then_nothing() {
        let mut faults = Faults {
            throttle: 2,
            server_errors: 1,
            delay: Duration::ZERO,
        };
        let codes: Vec<_> = ["StartSession", "GetSession", "GetSession", "GetSession"]
            .iter()
            .map(|op| faults.next(op).map(|e| (e.code, e.status())))
            .collect();
        assert_eq!(
            codes,
            [
                Some(("TooManyRequestsException", 400)),
                Some(("ThrottlingException", 400)),
                Some(("InternalServerException", 500)),
                None
            ]
        );
    }

    #[test]
    fn start_session_throttling_names_its_reason() {
        let body = throttled("StartSession").body();
        assert_eq!(body["Reason"], THROTTLE_REASON);
        assert_eq!(body["__type"], "TooManyRequestsException");
    }
}
