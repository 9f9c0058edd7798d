//! The scripted strict loopback server the tests answer the client with:
//! [`awsgen_emulator::scripted`], started or the test fails. See that module for what it
//! checks and how it answers.

use std::ops::Deref;

use awsgen_emulator::scripted::ScriptedServer;
pub use awsgen_emulator::scripted::{RecordedRequest, Reply, Strict};

/// A running [`ScriptedServer`]; stopped when dropped.
pub struct TestServer(ScriptedServer);

impl TestServer {
    /// [`ScriptedServer::start`]: the form checks.
    pub async fn start(script: impl IntoIterator<Item = Reply>) -> TestServer {
        TestServer::started(ScriptedServer::start(script).await)
    }

    /// [`ScriptedServer::start_unsigned`]: each header name once, nothing else.
    pub async fn start_unsigned(script: impl IntoIterator<Item = Reply>) -> TestServer {
        TestServer::started(ScriptedServer::start_unsigned(script).await)
    }

    /// [`ScriptedServer::start_strict`]: checks as `strict` says.
    pub async fn start_strict(
        strict: Strict,
        script: impl IntoIterator<Item = Reply>,
    ) -> TestServer {
        TestServer::started(ScriptedServer::start_strict(strict, script).await)
    }

    fn started(server: std::io::Result<ScriptedServer>) -> TestServer {
        TestServer(server.expect("start the scripted server on 127.0.0.1"))
    }
}

impl Deref for TestServer {
    type Target = ScriptedServer;

    fn deref(&self) -> &ScriptedServer {
        &self.0
    }
}
