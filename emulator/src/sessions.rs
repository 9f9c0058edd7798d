//! The emulated Athena session service: sessions, their lifecycle and the five operations (ListSessions besides the four the shipped model has),
//! as JSON in and JSON out. No I/O and no clock of its own: every call says what time it is,
//! so states follow from time alone (`CREATING` → `IDLE`, `TERMINATING` → `TERMINATED`, and
//! `FAILED` from the moment a session is made to fail).

use std::collections::HashMap;
use std::time::Duration;

use serde_json::{json, Map, Value};

/// The only work group that exists, as in a fresh AWS account.
pub const WORK_GROUP: &str = "primary";
/// What GetSession reports as the engine.
const ENGINE_VERSION: &str = "PySpark engine version 3";
/// The model's default for `EngineConfiguration.MaxConcurrentDpus`.
const DEFAULT_MAX_CONCURRENT_DPUS: i64 = 20;
/// Used when StartSession does not set `SessionIdleTimeoutInMinutes`.
const DEFAULT_IDLE_TIMEOUT_MINUTES: i64 = 15;
/// ListSessions' page size when the request sets none, and the most it accepts.
const MAX_LIST_RESULTS: usize = 100;
/// Marks the emulator's ListSessions tokens, so a token from elsewhere is refused.
const LIST_TOKEN_PREFIX: &str = "emulator-sessions-";

/// How long the transitional states last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    /// `CREATING` before `IDLE`.
    pub creating: Duration,
    /// `TERMINATING` before `TERMINATED`.
    pub terminating: Duration,
}

impl Default for Timing {
    fn default() -> Self {
        Timing {
            creating: Duration::from_millis(1500),
            terminating: Duration::from_millis(1000),
        }
    }
}

/// An error answer: the code goes into `__type`, the rest into the body.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    pub code: &'static str,
    pub message: String,
    /// Modeled members besides `Message` (`ResourceName`, ...).
    pub fields: Vec<(&'static str, Value)>,
}

impl ApiError {
    fn new(code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            code,
            message: message.into(),
            fields: Vec::new(),
        }
    }

    fn invalid(message: impl Into<String>) -> Self {
        ApiError::new("InvalidRequestException", message)
    }

    fn no_session(id: &str) -> Self {
        let mut e = ApiError::new(
            "ResourceNotFoundException",
            format!("there is no session with id {id:?}"),
        );
        e.fields.push(("ResourceName", Value::from(id)));
        e
    }

    pub fn status(&self) -> u16 {
        match self.code {
            "InternalServerException" => 500,
            _ => 400,
        }
    }

    /// The awsJson error body.
    pub fn body(&self) -> Value {
        let mut body = Map::new();
        body.insert("__type".into(), Value::from(self.code));
        body.insert("Message".into(), Value::from(self.message.as_str()));
        for (name, value) in &self.fields {
            body.insert((*name).into(), value.clone());
        }
        Value::Object(body)
    }
}

struct Session {
    id: String,
    /// The StartSession input, token removed.
    request: Map<String, Value>,
    started_at: Duration,
    terminate_requested_at: Option<Duration>,
    /// When the session fails, and why: set by [`Sessions::fail`] or at start for a session
    /// doomed by [`Sessions::fail_next_sessions`].
    failure: Option<(Duration, String)>,
}

/// A session's state at one moment, with the moments that explain it.
struct Snapshot {
    state: &'static str,
    last_modified: Duration,
    idle_since: Option<Duration>,
    ended: Option<Duration>,
    reason: Option<String>,
}

impl Session {
    fn snapshot(&self, timing: &Timing, at: Duration) -> Snapshot {
        let idle_from = self.started_at + timing.creating;
        if let Some(asked) = self.terminate_requested_at {
            let ended = asked + timing.terminating;
            let done = at >= ended;
            return Snapshot {
                state: if done { "TERMINATED" } else { "TERMINATING" },
                last_modified: if done { ended } else { asked },
                idle_since: None,
                ended: done.then_some(ended),
                reason: Some("ended by a TerminateSession request".into()),
            };
        }
        if let Some((failed_at, reason)) = self.failure.as_ref().filter(|(t, _)| at >= *t) {
            return Snapshot {
                state: "FAILED",
                last_modified: *failed_at,
                idle_since: None,
                ended: Some(*failed_at),
                reason: Some(reason.clone()),
            };
        }
        if at >= idle_from {
            Snapshot {
                state: "IDLE",
                last_modified: idle_from,
                idle_since: Some(idle_from),
                ended: None,
                reason: None,
            }
        } else {
            Snapshot {
                state: "CREATING",
                last_modified: self.started_at,
                idle_since: None,
                ended: None,
                reason: None,
            }
        }
    }

    /// Neither ending nor failed (a failure still to come does not count).
    fn is_active(&self, at: Duration) -> bool {
        self.terminate_requested_at.is_none() && self.failure.as_ref().is_none_or(|(t, _)| at < *t)
    }
}

/// Every session the emulator has started, and the tokens that started them.
pub struct Sessions {
    timing: Timing,
    /// Epoch seconds at `Duration::ZERO`.
    epoch_base: f64,
    sessions: HashMap<String, Session>,
    /// ClientRequestToken → the session it started.
    tokens: HashMap<String, String>,
    /// Sessions still to be started that fail instead of becoming `IDLE`, with the reason.
    doomed: u32,
    doomed_reason: String,
}

/// The `StateChangeReason` of a failed session when the test gives none.
pub const DEFAULT_FAILURE_REASON: &str = "the session failed (made to fail by the emulator)";

impl Sessions {
    pub fn new(timing: Timing, epoch_base: f64) -> Self {
        Sessions {
            timing,
            epoch_base,
            sessions: HashMap::new(),
            tokens: HashMap::new(),
            doomed: 0,
            doomed_reason: String::new(),
        }
    }

    /// Makes session `id` `FAILED` from `at` on, with `reason` as its `StateChangeReason`.
    /// False when there is no such session; a session already ending or failed is left as
    /// it is.
    pub fn fail(&mut self, id: &str, reason: &str, at: Duration) -> bool {
        let Some(session) = self.sessions.get_mut(id) else {
            return false;
        };
        if session.is_active(at) {
            session.failure = Some((at, reason.to_string()));
        }
        true
    }

    /// The next `count` sessions started go from `CREATING` to `FAILED` instead of `IDLE`.
    pub fn fail_next_sessions(&mut self, count: u32, reason: &str) {
        self.doomed = count;
        self.doomed_reason = reason.to_string();
    }

    /// How many sessions were started (idempotent repeats not counted).
    pub fn len(&self) -> usize {
        self.sessions.len()
    }

    /// Runs `operation` (the part after `AmazonAthena.` in X-Amz-Target) at time `at`.
    pub fn call(
        &mut self,
        operation: &str,
        input: &Value,
        at: Duration,
    ) -> Result<Value, ApiError> {
        let input = input
            .as_object()
            .ok_or_else(|| ApiError::invalid("the request body must be a JSON object"))?;
        match operation {
            "StartSession" => self.start_session(input, at),
            "GetSessionStatus" => {
                let session = self.session(input)?;
                Ok(json!({
                    "SessionId": session.id,
                    "Status": self.status(session, at),
                }))
            }
            "GetSession" => self.get_session(input, at),
            "TerminateSession" => self.terminate_session(input, at),
            "ListSessions" => self.list_sessions(input, at),
            other => Err(ApiError::new(
                "UnknownOperationException",
                format!("this emulator does not implement {other:?}"),
            )),
        }
    }

    fn start_session(
        &mut self,
        input: &Map<String, Value>,
        at: Duration,
    ) -> Result<Value, ApiError> {
        let work_group = input
            .get("WorkGroup")
            .and_then(Value::as_str)
            .ok_or_else(|| ApiError::invalid("WorkGroup is required"))?;
        if work_group != WORK_GROUP {
            return Err(ApiError::invalid(format!(
                "WorkGroup {work_group:?} does not exist (this emulator has only {WORK_GROUP:?})"
            )));
        }
        if !input
            .get("EngineConfiguration")
            .is_some_and(Value::is_object)
        {
            return Err(ApiError::invalid("EngineConfiguration is required"));
        }
        if let Some(minutes) = input.get("SessionIdleTimeoutInMinutes") {
            if !minutes.as_i64().is_some_and(|m| (1..=480).contains(&m)) {
                return Err(ApiError::invalid(
                    "SessionIdleTimeoutInMinutes must be a whole number from 1 to 480",
                ));
            }
        }
        let token = match input.get("ClientRequestToken") {
            None => None,
            Some(Value::String(t)) if (32..=128).contains(&t.chars().count()) => Some(t.clone()),
            Some(_) => {
                return Err(ApiError::invalid(
                    "ClientRequestToken must be a string of 32 to 128 characters",
                ))
            }
        };
        let mut request = input.clone();
        request.remove("ClientRequestToken");

        // A repeated token is a retry: the same request gets the same session back.
        if let Some(id) = token.as_ref().and_then(|t| self.tokens.get(t)) {
            // Sessions are never removed, so a known token always has its session.
            let session = self.sessions.get(id).ok_or_else(|| {
                ApiError::new("InternalServerException", "a token lost its session")
            })?;
            if session.request != request {
                return Err(ApiError::invalid(
                    "this ClientRequestToken already started a session with other parameters; \
                     use a new token for a new request",
                ));
            }
            let state = session.snapshot(&self.timing, at).state;
            return Ok(json!({ "SessionId": id, "State": state }));
        }

        let id = awsgen_runtime::idempotency_token();
        let failure = (self.doomed > 0).then(|| {
            self.doomed -= 1;
            (at + self.timing.creating, self.doomed_reason.clone())
        });
        let session = Session {
            id: id.clone(),
            request,
            started_at: at,
            terminate_requested_at: None,
            failure,
        };
        let state = session.snapshot(&self.timing, at).state;
        self.sessions.insert(id.clone(), session);
        if let Some(token) = token {
            self.tokens.insert(token, id.clone());
        }
        Ok(json!({ "SessionId": id, "State": state }))
    }

    fn get_session(&self, input: &Map<String, Value>, at: Duration) -> Result<Value, ApiError> {
        let session = self.session(input)?;
        let request = &session.request;
        let mut engine = request
            .get("EngineConfiguration")
            .cloned()
            .unwrap_or_else(|| json!({}));
        if let Some(engine) = engine.as_object_mut() {
            engine
                .entry("MaxConcurrentDpus")
                .or_insert(Value::from(DEFAULT_MAX_CONCURRENT_DPUS));
        }
        let minutes = request
            .get("SessionIdleTimeoutInMinutes")
            .and_then(Value::as_i64)
            .unwrap_or(DEFAULT_IDLE_TIMEOUT_MINUTES);
        let mut configuration = json!({
            "WorkingDirectory": format!("s3://emulator-athena-sessions/{}/", session.id),
            "IdleTimeoutSeconds": minutes * 60,
            "SessionIdleTimeoutInMinutes": minutes,
        });
        if let (Some(role), Some(c)) = (request.get("ExecutionRole"), configuration.as_object_mut())
        {
            c.insert("ExecutionRole".into(), role.clone());
        }
        let mut out = json!({
            "SessionId": session.id,
            "WorkGroup": request.get("WorkGroup"),
            "EngineVersion": ENGINE_VERSION,
            "EngineConfiguration": engine,
            "SessionConfiguration": configuration,
            "Status": self.status(session, at),
            "Statistics": { "DpuExecutionInMillis": 0 },
        });
        if let Some(o) = out.as_object_mut() {
            for member in ["Description", "NotebookVersion", "MonitoringConfiguration"] {
                if let Some(v) = request.get(member) {
                    o.insert(member.into(), v.clone());
                }
            }
        }
        Ok(out)
    }

    fn terminate_session(
        &mut self,
        input: &Map<String, Value>,
        at: Duration,
    ) -> Result<Value, ApiError> {
        let id = session_id(input)?;
        let session = self
            .sessions
            .get_mut(id)
            .ok_or_else(|| ApiError::no_session(id))?;
        // Ending a session that is already ending, ended or failed succeeds and changes nothing.
        if session.is_active(at) {
            session.terminate_requested_at = Some(at);
        }
        let state = session.snapshot(&self.timing, at).state;
        Ok(json!({ "State": state }))
    }

    /// The work group's sessions, newest first, `MaxResults` (default 100) at a time. The
    /// `NextToken` is opaque to callers: here, the index of the next session to list.
    fn list_sessions(&self, input: &Map<String, Value>, at: Duration) -> Result<Value, ApiError> {
        let work_group = input
            .get("WorkGroup")
            .and_then(Value::as_str)
            .ok_or_else(|| ApiError::invalid("WorkGroup is required"))?;
        let page_size = match input.get("MaxResults") {
            None => MAX_LIST_RESULTS,
            Some(v) => v
                .as_u64()
                .filter(|n| (1..=MAX_LIST_RESULTS as u64).contains(n))
                .map(|n| n as usize)
                .ok_or_else(|| {
                    ApiError::invalid("MaxResults must be a whole number from 1 to 100")
                })?,
        };
        let start = match input.get("NextToken") {
            None => 0,
            Some(v) => v
                .as_str()
                .and_then(|t| t.strip_prefix(LIST_TOKEN_PREFIX))
                .and_then(|n| n.parse::<usize>().ok())
                .ok_or_else(|| ApiError::invalid("NextToken is not one this service gave out"))?,
        };
        let state_filter = input.get("StateFilter").and_then(Value::as_str);
        let mut listed: Vec<&Session> = self
            .sessions
            .values()
            .filter(|s| s.request.get("WorkGroup").and_then(Value::as_str) == Some(work_group))
            .filter(|s| state_filter.is_none_or(|f| s.snapshot(&self.timing, at).state == f))
            .collect();
        listed.sort_by(|a, b| b.started_at.cmp(&a.started_at).then(a.id.cmp(&b.id)));
        let page: Vec<Value> = listed
            .iter()
            .skip(start)
            .take(page_size)
            .map(|session| {
                let mut summary = json!({
                    "SessionId": session.id,
                    "EngineVersion": {
                        "SelectedEngineVersion": ENGINE_VERSION,
                        "EffectiveEngineVersion": ENGINE_VERSION,
                    },
                    "Status": self.status(session, at),
                });
                if let Some(o) = summary.as_object_mut() {
                    for member in ["Description", "NotebookVersion"] {
                        if let Some(v) = session.request.get(member) {
                            o.insert(member.into(), v.clone());
                        }
                    }
                }
                summary
            })
            .collect();
        let mut out = json!({ "Sessions": page });
        let next = start + page_size;
        if next < listed.len() {
            if let Some(o) = out.as_object_mut() {
                o.insert(
                    "NextToken".into(),
                    Value::from(format!("{LIST_TOKEN_PREFIX}{next}")),
                );
            }
        }
        Ok(out)
    }

    fn session(&self, input: &Map<String, Value>) -> Result<&Session, ApiError> {
        let id = session_id(input)?;
        self.sessions
            .get(id)
            .ok_or_else(|| ApiError::no_session(id))
    }

    /// The `SessionStatus` structure.
    fn status(&self, session: &Session, at: Duration) -> Value {
        let snapshot = session.snapshot(&self.timing, at);
        let epoch = |d: Duration| {
            let secs = self.epoch_base + d.as_secs_f64();
            Value::from((secs * 1000.0).round() / 1000.0)
        };
        let mut status = Map::new();
        status.insert("State".into(), Value::from(snapshot.state));
        status.insert("StartDateTime".into(), epoch(session.started_at));
        status.insert("LastModifiedDateTime".into(), epoch(snapshot.last_modified));
        if let Some(idle) = snapshot.idle_since {
            status.insert("IdleSinceDateTime".into(), epoch(idle));
        }
        if let Some(ended) = snapshot.ended {
            status.insert("EndDateTime".into(), epoch(ended));
        }
        if let Some(reason) = snapshot.reason {
            status.insert("StateChangeReason".into(), Value::from(reason));
        }
        Value::Object(status)
    }
}

fn session_id(input: &Map<String, Value>) -> Result<&str, ApiError> {
    match input.get("SessionId").and_then(Value::as_str) {
        Some(id) if !id.is_empty() => Ok(id),
        _ => Err(ApiError::invalid("SessionId is required")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str = "0123456789abcdef0123456789abcdef";

    fn sessions() -> Sessions {
        Sessions::new(
            Timing {
                creating: Duration::from_secs(2),
                terminating: Duration::from_secs(1),
            },
            1_700_000_000.0,
        )
    }

    fn secs(s: f64) -> Duration {
        Duration::from_secs_f64(s)
    }

    fn start(s: &mut Sessions, work_group: &str, token: &str) -> Result<Value, ApiError> {
        let input = json!({
            "WorkGroup": work_group,
            "EngineConfiguration": { "MaxConcurrentDpus": 4 },
            "ClientRequestToken": token,
        });
        s.call("StartSession", &input, secs(0.0))
    }

    fn state(s: &mut Sessions, id: &str, at: f64) -> String {
        let out = s
            .call("GetSessionStatus", &json!({ "SessionId": id }), secs(at))
            .unwrap();
        out["Status"]["State"].as_str().unwrap().to_string()
    }

    #[test]
    fn list_sessions_pages_newest_first_and_filters_by_state() {
        let mut s = sessions();
        let mut ids = Vec::new();
        for i in 0..5 {
            let input = json!({ "WorkGroup": "primary", "EngineConfiguration": {} });
            let out = s.call("StartSession", &input, secs(i as f64)).unwrap();
            ids.push(out["SessionId"].as_str().unwrap().to_string());
        }
        let list = |s: &mut Sessions, input: Value| s.call("ListSessions", &input, secs(5.0));
        let first = list(&mut s, json!({ "WorkGroup": "primary", "MaxResults": 2 })).unwrap();
        let page: Vec<&str> = first["Sessions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["SessionId"].as_str().unwrap())
            .collect();
        assert_eq!(page, [ids[4].as_str(), ids[3].as_str()]);
        let token = first["NextToken"].as_str().unwrap().to_string();
        let mut seen = 2;
        let mut next = Some(token);
        while let Some(token) = next {
            let out = list(
                &mut s,
                json!({ "WorkGroup": "primary", "MaxResults": 2, "NextToken": token }),
            )
            .unwrap();
            seen += out["Sessions"].as_array().unwrap().len();
            next = out["NextToken"].as_str().map(str::to_string);
        }
        assert_eq!(seen, 5);
        // At 5 s only the session started at 4 s is still CREATING (2 s to IDLE).
        let creating = list(
            &mut s,
            json!({ "WorkGroup": "primary", "StateFilter": "CREATING" }),
        )
        .unwrap();
        assert_eq!(creating["Sessions"].as_array().unwrap().len(), 1);
        assert_eq!(creating["Sessions"][0]["Status"]["State"], "CREATING");
        assert!(creating.get("NextToken").is_none());
        let bad = list(&mut s, json!({ "WorkGroup": "primary", "NextToken": "x" })).unwrap_err();
        assert_eq!(bad.code, "InvalidRequestException");
        let bad = list(&mut s, json!({ "WorkGroup": "primary", "MaxResults": 0 })).unwrap_err();
        assert_eq!(bad.code, "InvalidRequestException");
    }

    #[test]
    fn a_session_lives_through_its_states() {
        let mut s = sessions();
        let started = start(&mut s, "primary", TOKEN).unwrap();
        assert_eq!(started["State"], "CREATING");
        let id = started["SessionId"].as_str().unwrap().to_string();
        assert_eq!(state(&mut s, &id, 1.0), "CREATING");
        assert_eq!(state(&mut s, &id, 2.0), "IDLE");
        let terminated = s
            .call("TerminateSession", &json!({ "SessionId": id }), secs(5.0))
            .unwrap();
        assert_eq!(terminated, json!({ "State": "TERMINATING" }));
        assert_eq!(state(&mut s, &id, 5.5), "TERMINATING");
        assert_eq!(state(&mut s, &id, 6.0), "TERMINATED");

        let full = s
            .call("GetSession", &json!({ "SessionId": id }), secs(7.0))
            .unwrap();
        assert_eq!(full["WorkGroup"], "primary");
        assert_eq!(full["EngineConfiguration"]["MaxConcurrentDpus"], 4);
        assert_eq!(full["Status"]["StartDateTime"], 1_700_000_000.0);
        assert_eq!(full["Status"]["IdleSinceDateTime"], Value::Null);
        assert_eq!(full["Status"]["EndDateTime"], 1_700_000_006.0);

        // Terminating again changes nothing.
        let again = s
            .call("TerminateSession", &json!({ "SessionId": id }), secs(8.0))
            .unwrap();
        assert_eq!(again, json!({ "State": "TERMINATED" }));
    }

    #[test]
    fn a_session_made_to_fail_stays_failed() {
        let mut s = sessions();
        let id = start(&mut s, "primary", TOKEN).unwrap()["SessionId"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(s.fail(&id, "out of capacity", secs(3.0)));
        assert!(!s.fail("nope", "out of capacity", secs(3.0)));
        assert_eq!(state(&mut s, &id, 2.5), "IDLE");
        assert_eq!(state(&mut s, &id, 3.0), "FAILED");
        let out = s
            .call("GetSessionStatus", &json!({ "SessionId": id }), secs(4.0))
            .unwrap();
        assert_eq!(out["Status"]["StateChangeReason"], "out of capacity");
        assert_eq!(out["Status"]["EndDateTime"], 1_700_000_003.0);
        let terminated = s
            .call("TerminateSession", &json!({ "SessionId": id }), secs(5.0))
            .unwrap();
        assert_eq!(terminated, json!({ "State": "FAILED" }));
    }

    #[test]
    fn a_doomed_session_fails_instead_of_becoming_idle() {
        let mut s = sessions();
        s.fail_next_sessions(1, "no capacity");
        let doomed = start(&mut s, "primary", TOKEN).unwrap()["SessionId"]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(state(&mut s, &doomed, 1.0), "CREATING");
        assert_eq!(state(&mut s, &doomed, 2.0), "FAILED");
        let fine = start(&mut s, "primary", "fedcba9876543210fedcba9876543210").unwrap()
            ["SessionId"]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(state(&mut s, &fine, 2.0), "IDLE");
    }

    #[test]
    fn only_the_primary_work_group_exists() {
        let mut s = sessions();
        let e = start(&mut s, "analytics", TOKEN).unwrap_err();
        assert_eq!(e.code, "InvalidRequestException");
        assert_eq!(s.len(), 0);
    }

    #[test]
    fn unknown_sessions_are_not_found() {
        let mut s = sessions();
        for op in ["GetSessionStatus", "GetSession", "TerminateSession"] {
            let e = s
                .call(op, &json!({ "SessionId": "nope" }), secs(0.0))
                .unwrap_err();
            assert_eq!(e.code, "ResourceNotFoundException", "{op}");
            assert_eq!(e.body()["ResourceName"], "nope");
        }
    }

    #[test]
    fn a_repeated_token_returns_the_same_session_or_conflicts() {
        let mut s = sessions();
        let first = start(&mut s, "primary", TOKEN).unwrap();
        let again = start(&mut s, "primary", TOKEN).unwrap();
        assert_eq!(first["SessionId"], again["SessionId"]);
        assert_eq!(s.len(), 1);
        let changed = json!({
            "WorkGroup": "primary",
            "EngineConfiguration": { "MaxConcurrentDpus": 8 },
            "ClientRequestToken": TOKEN,
        });
        let e = s.call("StartSession", &changed, secs(1.0)).unwrap_err();
        assert_eq!(e.code, "InvalidRequestException");
        assert_eq!(s.len(), 1);
    }

    #[test]
    fn bad_input_is_an_invalid_request() {
        let mut s = sessions();
        for input in [
            json!([]),
            json!({ "EngineConfiguration": {} }),
            json!({ "WorkGroup": "primary" }),
            json!({ "WorkGroup": "primary", "EngineConfiguration": {}, "ClientRequestToken": "short" }),
            json!({ "WorkGroup": "primary", "EngineConfiguration": {}, "SessionIdleTimeoutInMinutes": 0 }),
        ] {
            let e = s.call("StartSession", &input, secs(0.0)).unwrap_err();
            assert_eq!(e.code, "InvalidRequestException", "{input}");
        }
        let e = s
            .call("ListQueryExecutions", &json!({}), secs(0.0))
            .unwrap_err();
        assert_eq!(e.code, "UnknownOperationException");
    }
}
