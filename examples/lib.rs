//! Runnable programs that use the generated Athena client, and what they share: the generated
//! session operations and their session waiters ([`athena`]: `wait_until_session_idle`,
//! `wait_until_session_terminated`), the example's flow ([`session_flow`]). The local Athena emulator they run against without an AWS account
//! is the `awsgen-emulator` crate.
#![forbid(unsafe_code)]

pub mod athena;
pub mod session_flow;
