//! Runnable programs that use the generated Athena client, and what they share: the generated
//! session operations ([`athena`]), a waiter for session states ([`waiter`]), the example's
//! flow ([`session_flow`]) and a local Athena emulator to run it against ([`emulator`]).
#![forbid(unsafe_code)]

pub mod athena;
pub mod emulator;
pub mod session_flow;
pub mod waiter;
