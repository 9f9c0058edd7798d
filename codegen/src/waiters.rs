//! Waiters as typed values: Smithy's `smithy.waiters#waitable`, botocore's `waiters-2.json`,
//! and the waiters the generator provides for Athena, which models none. One typed form, so
//! one emitter ([`crate::emit`]'s `waiter`).

use crate::json_value::{Map, Value};

use crate::model::{Acceptor, AcceptorState, Comparator, Matcher, PathMatcher, Waiter};

/// The value of `smithy.waiters#waitable`: waiter name → definition.
pub fn parse_smithy(v: &Value) -> Result<Vec<Waiter>, String> {
    let map = v
        .as_object()
        .ok_or("smithy.waiters#waitable is not an object")?;
    map.iter()
        .map(|(name, w)| parse_smithy_waiter(name, w).map_err(|e| format!("waiter {name}: {e}")))
        .collect()
}

fn parse_smithy_waiter(name: &str, w: &Value) -> Result<Waiter, String> {
    let delay = |key: &str, default: u64| match w.get(key) {
        None => Ok(default),
        Some(v) => v.as_u64().filter(|d| *d >= 1).ok_or(format!(
            "{key} is not a whole number of seconds of at least 1"
        )),
    };
    let min_delay = delay("minDelay", Waiter::DEFAULT_MIN_DELAY)?;
    let max_delay = delay("maxDelay", Waiter::DEFAULT_MAX_DELAY)?;
    if max_delay < min_delay {
        return Err(format!(
            "maxDelay {max_delay} is less than minDelay {min_delay}"
        ));
    }
    let acceptors = w
        .get("acceptors")
        .and_then(Value::as_array)
        .filter(|a| !a.is_empty())
        .ok_or("no acceptors (a non-empty list is required)")?;
    let acceptors = acceptors
        .iter()
        .enumerate()
        .map(|(i, a)| parse_smithy_acceptor(a).map_err(|e| format!("acceptor {i}: {e}")))
        .collect::<Result<_, _>>()?;
    Ok(Waiter {
        name: name.to_string(),
        documentation: w
            .get("documentation")
            .and_then(Value::as_str)
            .map(str::to_string),
        min_delay,
        max_delay,
        deprecated: w.get("deprecated").and_then(Value::as_bool) == Some(true),
        acceptors,
    })
}

fn parse_state(s: Option<&str>) -> Result<AcceptorState, String> {
    match s {
        Some("success") => Ok(AcceptorState::Success),
        Some("failure") => Ok(AcceptorState::Failure),
        Some("retry") => Ok(AcceptorState::Retry),
        Some(other) => Err(format!("state {other:?} is not success, failure or retry")),
        None => Err("no state".to_string()),
    }
}

fn parse_smithy_acceptor(a: &Value) -> Result<Acceptor, String> {
    let state = parse_state(a.get("state").and_then(Value::as_str))?;
    let matcher = a
        .get("matcher")
        .and_then(Value::as_object)
        .ok_or("no matcher object")?;
    let [(kind, v)] = matcher.iter().collect::<Vec<_>>()[..] else {
        return Err("a matcher has exactly one member".to_string());
    };
    let matcher = match kind.as_str() {
        "output" => Matcher::Output(parse_path_matcher(v)?),
        "inputOutput" => Matcher::InputOutput(parse_path_matcher(v)?),
        "success" => Matcher::Success(v.as_bool().ok_or("success is not a boolean")?),
        "errorType" => Matcher::ErrorType(
            v.as_str()
                .ok_or("errorType is not a string")?
                .rsplit('#')
                .next()
                .unwrap_or_default()
                .to_string(),
        ),
        other => return Err(format!("unknown matcher {other:?}")),
    };
    Ok(Acceptor { state, matcher })
}

fn parse_path_matcher(v: &Value) -> Result<PathMatcher, String> {
    let field = |key: &str| {
        v.get(key)
            .and_then(Value::as_str)
            .ok_or(format!("path matcher has no string {key}"))
    };
    let comparator = field("comparator")?;
    Ok(PathMatcher {
        path: field("path")?.to_string(),
        expected: field("expected")?.to_string(),
        comparator: Comparator::parse(comparator)
            .ok_or(format!("unknown comparator {comparator:?}"))?,
    })
}

/// botocore's `waiters-2.json`: (operation name, waiter) pairs. `file` names it in messages,
/// which also name the waiter and acceptor at fault.
pub fn parse_botocore(root: &Value, file: &str) -> Result<Vec<(String, Waiter)>, Vec<String>> {
    let Some(waiters) = root.get("waiters").and_then(Value::as_object) else {
        return Err(vec![format!("{file}: no top-level \"waiters\" object")]);
    };
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (name, w) in waiters {
        match parse_botocore_waiter(name, w) {
            Ok(pair) => out.push(pair),
            Err(e) => errors.push(format!("{file}: waiter {name}: {e}")),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn parse_botocore_waiter(name: &str, w: &Value) -> Result<(String, Waiter), String> {
    let w: &Map = w.as_object().ok_or("not an object")?;
    let operation = w
        .get("operation")
        .and_then(Value::as_str)
        .ok_or("no operation")?;
    // botocore waits a fixed `delay`; Smithy's exponential backoff starts there.
    let min_delay = match w.get("delay") {
        None => Waiter::DEFAULT_MIN_DELAY,
        Some(d) => d
            .as_u64()
            .filter(|d| *d >= 1)
            .ok_or("delay is not a whole number of seconds of at least 1")?,
    };
    let acceptors = w
        .get("acceptors")
        .and_then(Value::as_array)
        .filter(|a| !a.is_empty())
        .ok_or("no acceptors")?;
    let acceptors = acceptors
        .iter()
        .enumerate()
        .map(|(i, a)| parse_botocore_acceptor(a).map_err(|e| format!("acceptor {i}: {e}")))
        .collect::<Result<_, _>>()?;
    let waiter = Waiter {
        name: name.to_string(),
        documentation: w
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_string),
        min_delay,
        max_delay: Waiter::DEFAULT_MAX_DELAY.max(min_delay),
        deprecated: false,
        acceptors,
    };
    Ok((operation.to_string(), waiter))
}

fn parse_botocore_acceptor(a: &Value) -> Result<Acceptor, String> {
    let state = parse_state(a.get("state").and_then(Value::as_str))?;
    let kind = a
        .get("matcher")
        .and_then(Value::as_str)
        .ok_or("no matcher")?;
    let expected = a.get("expected").ok_or("no expected value")?;
    let argument = || {
        a.get("argument")
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or(format!("{kind} matcher has no argument"))
    };
    let path = |comparator, expected: String| -> Result<Matcher, String> {
        Ok(Matcher::Output(PathMatcher {
            path: argument()?,
            expected,
            comparator,
        }))
    };
    let matcher = match (kind, expected) {
        ("path", Value::String(s)) => path(Comparator::StringEquals, s.clone())?,
        ("path", Value::Bool(b)) => path(Comparator::BooleanEquals, b.to_string())?,
        ("pathAll", Value::String(s)) => path(Comparator::AllStringEquals, s.clone())?,
        ("pathAny", Value::String(s)) => path(Comparator::AnyStringEquals, s.clone())?,
        ("path" | "pathAll" | "pathAny", other) => Matcher::Unsupported(format!(
            "{kind} matcher expects {other}, not a string (or, for path, a boolean)"
        )),
        ("error", Value::String(code)) => Matcher::ErrorType(code.clone()),
        // `"expected": true/false` on an error matcher: whether the call failed at all.
        ("error", Value::Bool(failed)) => Matcher::Success(!failed),
        ("status", Value::Number(n)) if n.as_u64().is_some_and(|s| (200..300).contains(&s)) => {
            Matcher::Success(true)
        }
        ("status", other) => Matcher::Unsupported(format!(
            "status matcher expects HTTP status {other}; Smithy waiters match error types, \
             not status codes"
        )),
        (other, _) => return Err(format!("unknown matcher {other:?}")),
    };
    Ok(Acceptor { state, matcher })
}

/// Waiters the generator provides for Athena, which models none: (operation, waiter). The
/// session, query and calculation waiters users write by hand otherwise; delays 1 s to 20 s.
pub fn builtin(sdk_id: &str) -> Vec<(&'static str, Waiter)> {
    if sdk_id != "Athena" {
        return Vec::new();
    }
    let state_waiter = |name: &str, doc: &str, path: &str, success: &[&str], failure: &[&str]| {
        let acceptor = |state, expected: &&str| Acceptor {
            state,
            matcher: Matcher::Output(PathMatcher {
                path: path.to_string(),
                expected: expected.to_string(),
                comparator: Comparator::StringEquals,
            }),
        };
        let acceptors = success
            .iter()
            .map(|e| acceptor(AcceptorState::Success, e))
            .chain(failure.iter().map(|e| acceptor(AcceptorState::Failure, e)))
            .collect();
        Waiter {
            name: name.to_string(),
            documentation: Some(doc.to_string()),
            min_delay: 1,
            max_delay: 20,
            deprecated: false,
            acceptors,
        }
    };
    vec![
        (
            "GetSessionStatus",
            state_waiter(
                "SessionIdle",
                "Waits until the session is IDLE (ready for calculations); fails at once when \
                 it is FAILED, DEGRADED, TERMINATING or TERMINATED.",
                "Status.State",
                &["IDLE"],
                &["FAILED", "DEGRADED", "TERMINATING", "TERMINATED"],
            ),
        ),
        (
            "GetSessionStatus",
            state_waiter(
                "SessionTerminated",
                "Waits until the session is TERMINATED; fails at once when it is FAILED.",
                "Status.State",
                &["TERMINATED"],
                &["FAILED"],
            ),
        ),
        (
            "GetQueryExecution",
            state_waiter(
                "QueryExecutionFinished",
                "Waits until the query execution SUCCEEDED; fails when it is FAILED or \
                 CANCELLED.",
                "QueryExecution.Status.State",
                &["SUCCEEDED"],
                &["FAILED", "CANCELLED"],
            ),
        ),
        (
            "GetCalculationExecutionStatus",
            state_waiter(
                "CalculationFinished",
                "Waits until the calculation is COMPLETED; fails when it is FAILED or CANCELED.",
                "Status.State",
                &["COMPLETED"],
                &["FAILED", "CANCELED"],
            ),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smithy_waiter_defaults_and_matchers() {
        let v: Value = crate::json_parse::parse(
            r#"{"TableExists":{"minDelay":20,"acceptors":[
                {"state":"success","matcher":{"output":{"path":"Table.TableStatus","expected":"ACTIVE","comparator":"stringEquals"}}},
                {"state":"retry","matcher":{"errorType":"ResourceNotFoundException"}}]}}"#,
        )
        .unwrap();
        let w = &parse_smithy(&v).unwrap()[0];
        assert_eq!((w.min_delay, w.max_delay), (20, 120));
        assert_eq!(
            w.acceptors[1].matcher,
            Matcher::ErrorType("ResourceNotFoundException".into())
        );
    }

    #[test]
    fn bad_smithy_waiters_name_the_waiter_and_acceptor() {
        let v: Value = crate::json_parse::parse(
            r#"{"W":{"acceptors":[{"state":"success","matcher":{"output":{"path":"A","expected":"x","comparator":"near"}}}]}}"#,
        )
        .unwrap();
        let e = parse_smithy(&v).unwrap_err();
        assert_eq!(e, "waiter W: acceptor 0: unknown comparator \"near\"");
    }

    #[test]
    fn botocore_matchers_map_onto_smithy_ones() {
        let v: Value = crate::json_parse::parse(
            r#"{"version":2,"waiters":{"TableExists":{"delay":20,"operation":"DescribeTable","maxAttempts":25,"acceptors":[
                {"expected":"ACTIVE","matcher":"path","state":"success","argument":"Table.TableStatus"},
                {"expected":"ACTIVE","matcher":"pathAll","state":"success","argument":"A[].B"},
                {"expected":true,"matcher":"path","state":"success","argument":"length(A) > `0`"},
                {"expected":"ResourceNotFoundException","matcher":"error","state":"retry"},
                {"expected":404,"matcher":"status","state":"retry"}]}}}"#,
        )
        .unwrap();
        let (op, w) = &parse_botocore(&v, "waiters-2.json").unwrap()[0];
        assert_eq!(op, "DescribeTable");
        assert_eq!(w.min_delay, 20);
        let comparators: Vec<_> = w
            .acceptors
            .iter()
            .map(|a| match &a.matcher {
                Matcher::Output(p) => format!("{:?}", p.comparator),
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(
            comparators[..3],
            ["StringEquals", "AllStringEquals", "BooleanEquals"]
        );
        assert!(matches!(w.acceptors[4].matcher, Matcher::Unsupported(_)));
    }

    #[test]
    fn bad_botocore_waiters_name_file_and_waiter() {
        let v: Value = crate::json_parse::parse(r#"{"waiters":{"W":{"operation":"Op","acceptors":[{"state":"done","matcher":"path"}]}}}"#)
                .unwrap();
        let e = parse_botocore(&v, "waiters-2.json").unwrap_err();
        assert_eq!(e, ["waiters-2.json: waiter W: acceptor 0: state \"done\" is not success, failure or retry"]);
    }
}
