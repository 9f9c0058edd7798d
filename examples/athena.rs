//! The generated Athena session operations: StartSession, GetSessionStatus, GetSession and
//! TerminateSession, from the model shipped with awsgen, and the session waiters the generator
//! provides for Athena (`wait_until_session_idle`, `wait_until_session_terminated`).

awsgen_runtime::athena_operation!(StartSession, GetSessionStatus, GetSession, TerminateSession);
