//! Runnable programs that use the generated Athena client; see `start_session.rs`.
