//! What every provider is built from: the resolved settings (environment, filesystem,
//! clock, profiles), the HTTP transport, and the user's MFA callback.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use crate::credentials::imds::ImdsClient;
use crate::credentials::CredentialsError;
use crate::http::{
    HttpError, HttpErrorKind, HttpFuture, HttpRequest, HttpTransport, ReqwestTransport,
};
use crate::os::Os;
use crate::settings::Settings;

/// The future an [`MfaTokenCallback`] returns.
pub type MfaTokenFuture = Pin<Box<dyn Future<Output = Result<String, CredentialsError>> + Send>>;

/// Asked for the current code of the MFA device `mfa_serial` names (its ARN or serial is
/// the argument) when a profile's role needs one.
pub type MfaTokenCallback = Arc<dyn Fn(&str) -> MfaTokenFuture + Send + Sync>;

/// The inputs of every provider.
#[derive(Clone)]
pub struct ProviderContext {
    pub settings: Arc<Settings>,
    pub http: Arc<dyn HttpTransport>,
    pub mfa: Option<MfaTokenCallback>,
    /// Whether providers retry failed requests (IMDS, SSO, STS); tests of one recorded
    /// exchange turn this off.
    pub retries: bool,
    /// Whether retries wait (with backoff) first; replayed traffic needs no waiting.
    pub retry_backoff: bool,
    /// The IMDS client, made on first use and shared by this context's clones.
    pub(crate) imds: Arc<OnceLock<Result<Arc<ImdsClient>, CredentialsError>>>,
}

/// Providers connect quickly or not at all: metadata endpoints that do not exist on this
/// machine must not stall the chain.
const PROVIDER_CONNECT_TIMEOUT: Duration = Duration::from_secs(1);

impl ProviderContext {
    pub fn new(settings: Settings, http: Arc<dyn HttpTransport>) -> Self {
        ProviderContext {
            settings: Arc::new(settings),
            http,
            mfa: None,
            retries: true,
            retry_backoff: true,
            imds: Arc::default(),
        }
    }

    /// The real machine's settings for profile `profile` (`None`: `AWS_PROFILE` or
    /// `default`), over reqwest.
    pub fn from_os(os: Os, profile: Option<&str>) -> Self {
        ProviderContext::new(
            Settings::resolve(os, profile, None),
            Arc::new(LazyReqwest::default()),
        )
    }

    /// This context asking `callback` for MFA codes.
    pub fn with_mfa(mut self, callback: MfaTokenCallback) -> Self {
        self.mfa = Some(callback);
        self
    }

    pub fn os(&self) -> &Os {
        self.settings.os()
    }
}

impl fmt::Debug for ProviderContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProviderContext")
            .field("settings", &self.settings)
            .field("http", &self.http)
            .field("mfa", &self.mfa.as_ref().map(|_| "callback"))
            .field("retries", &self.retries)
            .field("retry_backoff", &self.retry_backoff)
            .finish()
    }
}

/// reqwest, set up on the first request (so making a provider cannot fail).
#[derive(Debug, Default)]
struct LazyReqwest {
    transport: OnceLock<Result<ReqwestTransport, String>>,
}

impl HttpTransport for LazyReqwest {
    fn send(&self, request: HttpRequest) -> HttpFuture<'_> {
        let transport = self.transport.get_or_init(|| {
            ReqwestTransport::new(PROVIDER_CONNECT_TIMEOUT).map_err(|e| e.to_string())
        });
        match transport {
            Ok(transport) => transport.send(request),
            Err(why) => {
                let error = HttpError::new(HttpErrorKind::InvalidRequest, why.clone());
                Box::pin(std::future::ready(Err(error)))
            }
        }
    }
}
