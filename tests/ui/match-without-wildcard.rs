//! A match on a generated enum needs a `_` arm, so adding values in a newer model never
//! breaks it.

awsgen_runtime::athena_operation!(StartSession);

fn describe(state: &SessionState) -> &'static str {
    match state {
        SessionState::Creating => "creating",
        SessionState::Created => "created",
        SessionState::Idle => "idle",
        SessionState::Busy => "busy",
        SessionState::Terminating => "terminating",
        SessionState::Terminated => "terminated",
        SessionState::Degraded => "degraded",
        SessionState::Failed => "failed",
        SessionState::Unknown(_) => "unknown",
    }
}

fn main() {
    let _ = describe(&SessionState::Idle);
}
