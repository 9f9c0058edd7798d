//! The client: one connection pool, configuration, and the call path of an awsJson
//! operation. `builder` configures it, `call` runs an operation with its retries and
//! timeout, `attempt` is one signed request and its answer, `response` reads the answer.

mod attempt;
mod builder;
mod call;
mod handle;
mod overrides;
mod response;
#[cfg(feature = "test-util")]
mod stubbed;

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub use builder::ClientBuilder;
pub use handle::ServiceHandle;
pub use overrides::Overrides;

use crate::credentials::ProvideCredentials;
use crate::error::{ConfigError, Error, OperationError};
use crate::http::HttpTransport;
use crate::json::DeserializeJson;
use crate::protocol::{OperationSpec, ServiceSpec};
use crate::retry::RetryQuota;
use crate::settings::Settings;
use crate::sigv4::Signer;
use call::Route;
use response::{read_error, read_output};

/// A configured client for any awsJson service. Cheap to clone: clones share one
/// connection pool, credentials cache, signing-key cache and retry quota; so do the handles
/// [`Client::with_overrides`] returns.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

/// Endpoints resolved so far, one per service called.
type Routes = Mutex<Vec<(&'static ServiceSpec, Arc<Route>)>>;

/// What one client handle calls with. The `Arc` fields are shared by every handle made from
/// the same builder; the plain ones are this handle's (see [`Client::with_overrides`]).
#[derive(Clone)]
struct Inner {
    http: Arc<dyn HttpTransport>,
    region: String,
    credentials: Arc<dyn ProvideCredentials>,
    endpoint_url: Option<String>,
    /// Resolved once by the builder: endpoint resolution reads it, never the files again.
    settings: Arc<Settings>,
    signer: Arc<Signer>,
    /// Resolved endpoints, one per service called; shared by handles with the same
    /// endpoint URL.
    routes: Arc<Routes>,
    connect_timeout: Duration,
    attempt_timeout: Duration,
    operation_timeout: Duration,
    max_attempts: u32,
    initial_backoff: Duration,
    quota: Arc<RetryQuota>,
    validate_input: bool,
    /// Answers attempts in place of HTTP (`test_util::Stub`); `None` unless attached.
    #[cfg(feature = "test-util")]
    stub: Option<crate::test_util::Stub>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        f.debug_struct("Client")
            .field("region", &inner.region)
            .field("credentials", &inner.credentials)
            .field("endpoint_url", &inner.endpoint_url)
            .field("connect_timeout", &inner.connect_timeout)
            .field("attempt_timeout", &inner.attempt_timeout)
            .field("operation_timeout", &inner.operation_timeout)
            .field("max_attempts", &inner.max_attempts)
            .field("validate_input", &inner.validate_input)
            .finish_non_exhaustive()
    }
}

impl Client {
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from the environment and the shared config files; a problem found
    /// there (no region, an unreadable profile file) is the error. A generated service client's
    /// `from_env()` keeps that error for its calls to return instead (see [`ServiceHandle`]).
    pub fn from_env() -> Result<Client, ConfigError> {
        Client::builder().build()
    }

    pub fn region(&self) -> &str {
        &self.inner.region
    }

    /// Whether generated operations check their input against the model before sending.
    pub fn validates_input(&self) -> bool {
        self.inner.validate_input
    }

    /// Sends one operation: `body` is the serialized JSON input (`{}` for an empty input).
    /// Retries what standard mode retries, within the operation timeout.
    pub async fn call<O: DeserializeJson + 'static, E: OperationError>(
        &self,
        op: &OperationSpec,
        body: String,
    ) -> Result<O, Error<E>> {
        // Only reading the answer depends on the operation's types: the rest is compiled
        // once, here, instead of once per operation in every user's crate.
        match self.send(op, body).await {
            Ok(success) => read_output(op, success),
            Err(error) => Err(read_error(op, error)),
        }
    }
}
