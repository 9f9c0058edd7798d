//! [`ClientBuilder`]: the client's settings, their defaults, and what `build` resolves.

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::{Client, Inner, Overrides};
use crate::config::Environment;
use crate::credentials::{
    CachedCredentials, DefaultCredentialsChain, ProvideCredentials, ProviderContext,
};
use crate::error::{ConfigError, ConfigErrorKind};
use crate::http::{CaBundle, HttpTransport, ProxySettings, ReqwestTransport, TransportSettings};
use crate::os::Os;
use crate::retry::{self, RetryQuota};
use crate::settings::Settings;
use crate::sigv4::Signer;
use crate::Credentials;

use crate::http::DEFAULT_CONNECT_TIMEOUT;
const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(30);
const DEFAULT_OPERATION_TIMEOUT: Duration = Duration::from_secs(90);

/// Builds a [`Client`]. Every setting has a default; only a region is required, and it
/// can come from the environment or the profile.
#[derive(Default)]
pub struct ClientBuilder {
    region: Option<String>,
    credentials: Option<Arc<dyn ProvideCredentials>>,
    profile: Option<String>,
    environment: Option<Environment>,
    connect_timeout: Option<Duration>,
    /// Endpoint URL, timeouts and retries: what a handle can also override per call.
    call: Overrides,
    validate_input: Option<bool>,
    use_fips: Option<bool>,
    use_dual_stack: Option<bool>,
    transport: Option<Arc<dyn HttpTransport>>,
    ca_bundles: Vec<CaSource>,
    proxy: Option<ProxySettings>,
    app_id: Option<String>,
}

/// An extra CA bundle given in code: its text, or a file read at build time.
#[derive(Debug)]
enum CaSource {
    Pem(CaBundle),
    File(std::path::PathBuf),
}

impl fmt::Debug for ClientBuilder {
    // The environment may hold secrets (AWS_SECRET_ACCESS_KEY): only say whether it is set.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("region", &self.region)
            .field("credentials", &self.credentials)
            .field("profile", &self.profile)
            .field("endpoint_url", &self.call.endpoint_url)
            .field("environment", &self.environment.as_ref().map(|_| ".."))
            .field("connect_timeout", &self.connect_timeout)
            .field("attempt_timeout", &self.call.attempt_timeout)
            .field("operation_timeout", &self.call.operation_timeout)
            .field("max_attempts", &self.call.max_attempts)
            .field("initial_backoff", &self.call.initial_backoff)
            .field("validate_input", &self.validate_input)
            .field("use_fips", &self.use_fips)
            .field("use_dual_stack", &self.use_dual_stack)
            .field("transport", &self.transport)
            .field("ca_bundles", &self.ca_bundles)
            .field("proxy", &self.proxy)
            .field("app_id", &self.app_id)
            .finish()
    }
}

impl ClientBuilder {
    /// The region to call (`us-east-1`); default: `AWS_REGION`, then the profile.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Fixed credentials, instead of the default chain.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(Arc::new(credentials));
        self
    }

    /// A credentials source asked before every attempt, instead of the default chain.
    pub fn credentials_provider(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.credentials = Some(Arc::new(provider));
        self
    }

    /// The shared-config profile to read; default: `AWS_PROFILE`, then `default`.
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    /// A custom endpoint (`http://127.0.0.1:5000`) for every service this client calls.
    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.call = self.call.endpoint_url(url);
        self
    }

    /// The environment variables to read; default: the process's.
    pub fn environment(mut self, env: Environment) -> Self {
        self.environment = Some(env);
        self
    }

    /// How long establishing a connection (TCP and TLS) may take; default 3.1 s.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// How long one attempt (send and read the whole response) may take; default 30 s.
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.call = self.call.attempt_timeout(timeout);
        self
    }

    /// How long a whole call, retries and waits included, may take; default 90 s.
    pub fn operation_timeout(mut self, timeout: Duration) -> Self {
        self.call = self.call.operation_timeout(timeout);
        self
    }

    /// Attempts per call, the first included; default 3; 1 disables retries.
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.call = self.call.max_attempts(attempts);
        self
    }

    /// The bound of the first retry's random wait, doubled for each later retry (capped
    /// at 20 s); default 1 s.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.call = self.call.initial_backoff(backoff);
        self
    }

    /// Use the service's FIPS endpoint (as `AWS_USE_FIPS_ENDPOINT=true`); default off.
    pub fn use_fips(mut self, on: bool) -> Self {
        self.use_fips = Some(on);
        self
    }

    /// Use the service's dual-stack (IPv6) endpoint (as `AWS_USE_DUALSTACK_ENDPOINT=true`).
    pub fn use_dual_stack(mut self, on: bool) -> Self {
        self.use_dual_stack = Some(on);
        self
    }

    /// The HTTP transport every request goes through; default: reqwest with rustls
    /// ([`ReqwestTransport`]). The connect timeout is then the transport's business.
    pub fn http_transport(mut self, transport: impl HttpTransport + 'static) -> Self {
        self.transport = Some(Arc::new(transport));
        self
    }

    /// PEM certificates to trust on top of the operating system's roots (a
    /// TLS-inspecting proxy's CA); may be given more than once. Added to `AWS_CA_BUNDLE` or
    /// the profile's `ca_bundle`, which still apply.
    pub fn ca_bundle_pem(mut self, pem: impl Into<Vec<u8>>) -> Self {
        let bundle = CaBundle::from_pem("the builder's CA bundle", pem);
        self.ca_bundles.push(CaSource::Pem(bundle));
        self
    }

    /// Like [`ClientBuilder::ca_bundle_pem`], from a PEM file read by `build` (an unreadable
    /// file is a [`ConfigError`] naming it).
    pub fn ca_bundle_file(mut self, path: impl Into<std::path::PathBuf>) -> Self {
        self.ca_bundles.push(CaSource::File(path.into()));
        self
    }

    /// The proxies to use, instead of `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY`.
    pub fn proxy(mut self, proxy: ProxySettings) -> Self {
        self.proxy = Some(proxy);
        self
    }

    /// Connect directly, whatever the proxy variables say.
    pub fn no_proxy(self) -> Self {
        self.proxy(ProxySettings::default())
    }

    /// The application id sent in the user agent as `app/{id}`; default:
    /// `AWS_SDK_UA_APP_ID`, then the profile's `sdk_ua_app_id`.
    pub fn app_id(mut self, id: impl Into<String>) -> Self {
        self.app_id = Some(id.into());
        self
    }

    /// Whether generated operations check model constraints before sending; default true.
    pub fn validate_input(mut self, on: bool) -> Self {
        self.validate_input = Some(on);
        self
    }

    /// Like [`ClientBuilder::build`], with the region chain's last step: when no region is
    /// set in code, the environment or the profile, the EC2 instance's region from IMDS,
    /// asked through the transport the client will use (its proxy, CA bundles and connect
    /// timeout, or the one given with [`ClientBuilder::http_transport`]).
    pub async fn load(mut self) -> Result<Client, ConfigError> {
        let mut settings = self.settings();
        let http = self.transport(&settings)?;
        if settings.region().is_none() {
            let ctx = ProviderContext::new(settings.clone(), http.clone());
            let region = crate::region::resolve_region(&ctx).await;
            settings = settings.with_region(region);
        }
        let region = region_of(&settings)?;
        Ok(self.finish(settings, region, http))
    }

    /// Resolves the region and credentials source and opens the connection pool.
    pub fn build(mut self) -> Result<Client, ConfigError> {
        let settings = self.settings();
        let region = region_of(&settings)?;
        let http = self.transport(&settings)?;
        Ok(self.finish(settings, region, http))
    }

    /// Resolved once: profile, profile files (parsed here), region, FIPS / dual-stack.
    /// Endpoint resolution and the credential providers read this value, nothing else.
    fn settings(&mut self) -> Settings {
        let env = self
            .environment
            .take()
            .unwrap_or_else(Environment::from_process);
        Settings::resolve(
            Os::with_env(env),
            self.profile.as_deref(),
            self.region.as_deref(),
        )
        .with_endpoint_flags(self.use_fips, self.use_dual_stack)
    }

    /// The transport given in code, else reqwest with the builder's and the settings'
    /// connection choices.
    fn transport(&mut self, settings: &Settings) -> Result<Arc<dyn HttpTransport>, ConfigError> {
        if let Some(transport) = self.transport.take() {
            return Ok(transport);
        }
        let transport = transport_settings(
            settings,
            self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT),
            std::mem::take(&mut self.ca_bundles),
            self.proxy.take(),
            self.app_id.take(),
        )?;
        Ok(Arc::new(ReqwestTransport::with_settings(&transport)?))
    }

    fn finish(self, settings: Settings, region: String, http: Arc<dyn HttpTransport>) -> Client {
        let connect_timeout = self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT);
        let credentials: Arc<dyn ProvideCredentials> = match self.credentials {
            Some(provider) => provider,
            None => {
                // The chain's providers share the client's transport and settings.
                let ctx = ProviderContext::new(settings.clone(), http.clone());
                let clock = ctx.os().clock.clone();
                let chain = DefaultCredentialsChain::with_context(ctx);
                Arc::new(CachedCredentials::with_clock(Arc::new(chain), clock))
            }
        };
        let mut inner = Inner {
            http,
            region,
            credentials,
            endpoint_url: None,
            settings: Arc::new(settings),
            signer: Arc::new(Signer::new()),
            routes: Arc::new(Mutex::new(Vec::new())),
            connect_timeout,
            attempt_timeout: DEFAULT_ATTEMPT_TIMEOUT,
            operation_timeout: DEFAULT_OPERATION_TIMEOUT,
            max_attempts: retry::DEFAULT_MAX_ATTEMPTS,
            initial_backoff: retry::DEFAULT_INITIAL_BACKOFF,
            quota: Arc::new(RetryQuota::default()),
            validate_input: self.validate_input.unwrap_or(true),
            #[cfg(feature = "test-util")]
            stub: None,
        };
        self.call.apply_to(&mut inner);
        Client {
            inner: Arc::new(inner),
        }
    }
}

/// The region `settings` name, or why there is none.
fn region_of(settings: &Settings) -> Result<String, ConfigError> {
    match (settings.region(), settings.profiles()) {
        (Some(region), _) => Ok(region.to_string()),
        (None, Err(e)) => Err(
            ConfigError::of_kind(ConfigErrorKind::ProfileFile, e.to_string())
                .with_source(e.clone()),
        ),
        (None, Ok(_)) => Err(ConfigError::of_kind(
            ConfigErrorKind::NoRegion,
            format!(
                "no AWS region: set one with ClientBuilder::region, the AWS_REGION \
                 environment variable, or `region` in profile \"{}\" of ~/.aws/config",
                settings.profile_name()
            ),
        )),
    }
}

/// How the default transport connects: the builder's choices, else the environment's and
/// the profile's. CA bundles add up (the builder's and `AWS_CA_BUNDLE` / `ca_bundle`); a proxy
/// set in code replaces the variables.
fn transport_settings(
    settings: &Settings,
    connect_timeout: Duration,
    ca_sources: Vec<CaSource>,
    proxy: Option<ProxySettings>,
    app_id: Option<String>,
) -> Result<TransportSettings, ConfigError> {
    let env = &settings.os().env;
    let mut ca_bundles = Vec::with_capacity(ca_sources.len() + 1);
    for source in ca_sources {
        ca_bundles.push(match source {
            CaSource::Pem(bundle) => bundle,
            // `~` stands for the home directory, as in the other settings' paths.
            CaSource::File(path) => match path.to_str() {
                Some(text) => CaBundle::from_file(env.expand_home(text))?,
                None => CaBundle::from_file(path)?,
            },
        });
    }
    if let Some(written) = settings.ca_bundle() {
        let path = env.expand_home(written);
        let origin = if env.var("AWS_CA_BUNDLE").is_some() {
            "AWS_CA_BUNDLE"
        } else {
            "the profile's ca_bundle"
        };
        let pem = settings.os().fs.read(&path).map_err(|e| {
            ConfigError::new(format!(
                "the CA bundle {} (from {origin}) could not be read: {e}",
                path.display()
            ))
        })?;
        ca_bundles.push(CaBundle::from_pem(
            format!("the CA bundle {} (from {origin})", path.display()),
            pem,
        ));
    }
    Ok(TransportSettings {
        connect_timeout: Some(connect_timeout),
        ca_bundles,
        proxy: proxy.unwrap_or_else(|| settings.proxy()),
        app_id: app_id.or_else(|| settings.app_id().map(str::to_string)),
    })
}
