//! The generated Athena session operations: StartSession, GetSessionStatus, GetSession and
//! TerminateSession, from the model shipped with awsgen.

awsgen_runtime::athena_operation!(StartSession, GetSessionStatus, GetSession, TerminateSession);
