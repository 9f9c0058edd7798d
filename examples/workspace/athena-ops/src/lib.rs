//! The workspace pattern's generating crate: it invokes `athena_operation!` once, and every
//! other crate of the workspace uses the types and operation fns from here. Only an edit to
//! this crate (or to its model) expands the macro again; crates that depend on it rebuild
//! without generating anything.
#![forbid(unsafe_code)]

awsgen_runtime::athena_operation!(StartSession, GetSessionStatus, GetSession, TerminateSession);
