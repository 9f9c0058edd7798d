//! Runnable programs that use the generated Athena client, and what they share: the generated
//! session operations ([`athena`]), a waiter for session states ([`waiter`]), the example's
//! flow ([`session_flow`]). The local Athena emulator they run against without an AWS account
//! is the `awsgen-emulator` crate.
#![forbid(unsafe_code)]

pub mod athena;
pub mod session_flow;
pub mod waiter;
