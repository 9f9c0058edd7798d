//! The client: one connection pool, configuration, and the call path of an awsJson
//! operation (sign, send, retry, read the response).

use tracing::Instrument;

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::config::{self, Environment};
use crate::credentials::{
    CachedCredentials, DefaultCredentialsChain, ProvideCredentials, ProviderContext,
};
use crate::error::{
    ConfigError, ConfigErrorKind, Error, ErrorMetadata, OperationError, TimeoutError, TimeoutKind,
    TransportError, UnreadableResponse,
};
use crate::http::{HttpError, HttpErrorKind, HttpRequest, HttpTransport, ReqwestTransport};
use crate::json::DeserializeJson;
use crate::os::Os;
use crate::protocol::{self, ErrorResponse, OperationSpec, ServiceSpec};
use crate::retry::{self, Jitter, RetryQuota};
use crate::settings::Settings;
use crate::sigv4::{SignableRequest, Signer, SigningParams};
use crate::time::DateTime;
use crate::Credentials;

/// The SDKs' default connect timeout.
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_millis(3100);
const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(30);
const DEFAULT_OPERATION_TIMEOUT: Duration = Duration::from_secs(90);

/// Builds a [`Client`]. Every setting has a default; only a region is required, and it
/// can come from the environment or the profile.
#[derive(Default)]
pub struct ClientBuilder {
    region: Option<String>,
    credentials: Option<Arc<dyn ProvideCredentials>>,
    profile: Option<String>,
    endpoint_url: Option<String>,
    environment: Option<Environment>,
    connect_timeout: Option<Duration>,
    attempt_timeout: Option<Duration>,
    operation_timeout: Option<Duration>,
    max_attempts: Option<u32>,
    initial_backoff: Option<Duration>,
    validate_input: Option<bool>,
    use_fips: Option<bool>,
    use_dual_stack: Option<bool>,
    transport: Option<Arc<dyn HttpTransport>>,
}

impl fmt::Debug for ClientBuilder {
    // The environment may hold secrets (AWS_SECRET_ACCESS_KEY): only say whether it is set.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("region", &self.region)
            .field("credentials", &self.credentials)
            .field("profile", &self.profile)
            .field("endpoint_url", &self.endpoint_url)
            .field("environment", &self.environment.as_ref().map(|_| ".."))
            .field("connect_timeout", &self.connect_timeout)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("operation_timeout", &self.operation_timeout)
            .field("max_attempts", &self.max_attempts)
            .field("initial_backoff", &self.initial_backoff)
            .field("validate_input", &self.validate_input)
            .field("use_fips", &self.use_fips)
            .field("use_dual_stack", &self.use_dual_stack)
            .field("transport", &self.transport)
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
        self.endpoint_url = Some(url.into());
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
        self.attempt_timeout = Some(timeout);
        self
    }

    /// How long a whole call, retries and waits included, may take; default 90 s.
    pub fn operation_timeout(mut self, timeout: Duration) -> Self {
        self.operation_timeout = Some(timeout);
        self
    }

    /// Attempts per call, the first included; default 3; 1 disables retries.
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = Some(attempts);
        self
    }

    /// The bound of the first retry's random wait, doubled for each later retry (capped
    /// at 20 s); default 1 s.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = Some(backoff);
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

    /// Whether generated operations check model constraints before sending; default true.
    pub fn validate_input(mut self, on: bool) -> Self {
        self.validate_input = Some(on);
        self
    }

    /// Like [`ClientBuilder::build`], with the region chain's last step: when no region is
    /// set in code, the environment or the profile, the EC2 instance's region from IMDS.
    pub async fn load(mut self) -> Result<Client, ConfigError> {
        if self.region.is_none() {
            let env = self
                .environment
                .clone()
                .unwrap_or_else(Environment::from_process);
            let ctx = ProviderContext::from_os(Os::with_env(env), self.profile.as_deref());
            self.region = crate::region::resolve_region(&ctx).await;
        }
        self.build()
    }

    /// Resolves the region and credentials source and opens the connection pool.
    pub fn build(self) -> Result<Client, ConfigError> {
        let mut env = self.environment.unwrap_or_else(Environment::from_process);
        // The endpoint resolution (config.rs) still reads the profile and the FIPS /
        // dual-stack choices from the environment, so they are also set there.
        if let Some(profile) = self.profile.as_deref().filter(|p| !p.is_empty()) {
            env = env.with_var("AWS_PROFILE", profile);
        }
        for (var, on) in [
            ("AWS_USE_FIPS_ENDPOINT", self.use_fips),
            ("AWS_USE_DUALSTACK_ENDPOINT", self.use_dual_stack),
        ] {
            if let Some(on) = on {
                env = env.with_var(var, on.to_string());
            }
        }
        // Resolved once: profile, profile files (parsed here), region, FIPS / dual-stack.
        let settings = Settings::resolve(
            Os::with_env(env.clone()),
            self.profile.as_deref(),
            self.region.as_deref(),
        )
        .with_endpoint_flags(self.use_fips, self.use_dual_stack);
        let region = match (settings.region(), settings.profiles()) {
            (Some(region), _) => region.to_string(),
            (None, Err(e)) => {
                return Err(
                    ConfigError::of_kind(ConfigErrorKind::ProfileFile, e.to_string())
                        .with_source(e.clone()),
                )
            }
            (None, Ok(_)) => {
                return Err(ConfigError::of_kind(
                    ConfigErrorKind::NoRegion,
                    format!(
                        "no AWS region: set one with ClientBuilder::region, the AWS_REGION \
                         environment variable, or `region` in profile \"{}\" of ~/.aws/config",
                        settings.profile_name()
                    ),
                ))
            }
        };
        let connect_timeout = self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT);
        let http: Arc<dyn HttpTransport> = match self.transport {
            Some(transport) => transport,
            None => Arc::new(ReqwestTransport::new(connect_timeout)?),
        };
        let credentials: Arc<dyn ProvideCredentials> = match self.credentials {
            Some(provider) => provider,
            None => {
                // The chain's providers share the client's transport and settings.
                let ctx = ProviderContext::new(settings, http.clone());
                let clock = ctx.os().clock.clone();
                let chain = DefaultCredentialsChain::with_context(ctx);
                Arc::new(CachedCredentials::with_clock(Arc::new(chain), clock))
            }
        };
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                region,
                credentials,
                endpoint_url: self.endpoint_url,
                env,
                signer: Signer::new(),
                endpoints: Mutex::new(Vec::new()),
                connect_timeout,
                attempt_timeout: self.attempt_timeout.unwrap_or(DEFAULT_ATTEMPT_TIMEOUT),
                operation_timeout: self.operation_timeout.unwrap_or(DEFAULT_OPERATION_TIMEOUT),
                max_attempts: self
                    .max_attempts
                    .unwrap_or(retry::DEFAULT_MAX_ATTEMPTS)
                    .max(1),
                initial_backoff: self
                    .initial_backoff
                    .unwrap_or(retry::DEFAULT_INITIAL_BACKOFF),
                quota: RetryQuota::default(),
                jitter: Jitter::default(),
                validate_input: self.validate_input.unwrap_or(true),
            }),
        })
    }
}

/// A configured client for any awsJson service. Cheap to clone: clones share one
/// connection pool, signing-key cache and retry quota.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: Arc<dyn HttpTransport>,
    region: String,
    credentials: Arc<dyn ProvideCredentials>,
    endpoint_url: Option<String>,
    env: Environment,
    signer: Signer,
    /// Resolved endpoints, one per service called.
    endpoints: Mutex<Vec<(&'static ServiceSpec, Arc<Endpoint>)>>,
    connect_timeout: Duration,
    attempt_timeout: Duration,
    operation_timeout: Duration,
    max_attempts: u32,
    initial_backoff: Duration,
    quota: RetryQuota,
    jitter: Jitter,
    validate_input: bool,
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

/// Where a service's requests go, split the way signing and sending need it.
#[derive(Debug)]
struct Endpoint {
    url: reqwest::Url,
    /// `host[:port]`, the port only when not the scheme's default, as reqwest sends it.
    host: String,
    path_and_query: String,
}

impl Endpoint {
    fn parse(text: &str) -> Result<Endpoint, ConfigError> {
        let bad = |why: &str| ConfigError::new(format!("endpoint {text:?} is not usable: {why}"));
        let mut url = reqwest::Url::parse(text).map_err(|e| bad(&e.to_string()))?;
        if url.scheme() != "https" && url.scheme() != "http" {
            return Err(bad("the scheme must be https or http"));
        }
        let host = match (url.host_str(), url.port()) {
            (Some(host), Some(port)) => format!("{host}:{port}"),
            (Some(host), None) => host.to_string(),
            (None, _) => return Err(bad("it has no host")),
        };
        // awsJson operations are at `/`, joined onto the endpoint's path as the SDKs do:
        // `https://example.com/custom` sends to `/custom/`.
        if !url.path().ends_with('/') {
            let path = format!("{}/", url.path());
            url.set_path(&path);
        }
        let mut path_and_query = url.path().to_string();
        if let Some(query) = url.query() {
            path_and_query.push('?');
            path_and_query.push_str(query);
        }
        Ok(Endpoint {
            url,
            host,
            path_and_query,
        })
    }
}

/// One attempt's failure, with the wait the service asked for.
struct Failure<E> {
    error: Error<E>,
    retry_after: Option<Duration>,
}

impl<E> From<Error<E>> for Failure<E> {
    fn from(error: Error<E>) -> Self {
        Failure {
            error,
            retry_after: None,
        }
    }
}

impl Client {
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from the environment and the shared config files.
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
    pub async fn call<O: DeserializeJson, E: OperationError>(
        &self,
        op: &OperationSpec,
        body: String,
    ) -> Result<O, Error<E>> {
        // Only reading the answer depends on the operation's types: the rest is compiled
        // once, here, instead of once per operation in every user's crate.
        match self.send(op, body).await {
            Ok(success) => read_output(op, &success),
            Err(error) => {
                Err(error.map_service(|raw| E::from_response(raw.meta, raw.body.as_ref())))
            }
        }
    }

    /// Signs, sends and retries one operation within the operation timeout; the 2xx answer
    /// or the last error, not yet read as the operation's types.
    ///
    /// Boxed because an `async fn`'s state machine is compiled in every crate that awaits it:
    /// behind `dyn Future`, the HTTP, TLS and retry machinery is compiled once, in this crate,
    /// and a user's crate only polls it (one allocation per call).
    fn send<'a>(
        &'a self,
        op: &'a OperationSpec,
        body: String,
    ) -> Pin<Box<dyn Future<Output = Result<RawSuccess, Error<RawServiceError>>> + Send + 'a>> {
        Box::pin(self.send_within_timeout(op, body))
    }

    async fn send_within_timeout(
        &self,
        op: &OperationSpec,
        body: String,
    ) -> Result<RawSuccess, Error<RawServiceError>> {
        let limit = self.inner.operation_timeout;
        // Spans carry names, counts, statuses and request ids only: never a header or body.
        let span = tracing::debug_span!(
            "awsgen.call",
            service = op.service.sdk_id,
            operation = op.name,
            attempts = tracing::field::Empty,
        );
        let call = self
            .call_with_retries(op, body.into_bytes(), &span)
            .instrument(span.clone());
        match tokio::time::timeout(limit, call).await {
            Ok(result) => result,
            Err(_) => Err(Error::Timeout(TimeoutError {
                kind: TimeoutKind::Operation,
                after: limit,
            })),
        }
    }

    async fn call_with_retries(
        &self,
        op: &OperationSpec,
        body: Vec<u8>,
        span: &tracing::Span,
    ) -> Result<RawSuccess, Error<RawServiceError>> {
        let inner = &self.inner;
        let endpoint = self.endpoint(op.service).map_err(Error::Config)?;
        let mut last_retry_cost = None;
        let mut retry = 0;
        loop {
            let attempt_span = tracing::debug_span!(
                "awsgen.attempt",
                attempt = retry + 1,
                status = tracing::field::Empty,
                request_id = tracing::field::Empty,
            );
            span.record("attempts", retry + 1);
            let outcome = self
                .attempt(op, &endpoint, &body, &attempt_span)
                .instrument(attempt_span.clone())
                .await;
            let failure = match outcome {
                Ok(output) => {
                    inner.quota.on_success(last_retry_cost);
                    return Ok(output);
                }
                Err(failure) => failure,
            };
            let attempts_made = retry + 1;
            let Some(kind) = retry::classify(&failure.error) else {
                return Err(failure.error);
            };
            if attempts_made >= inner.max_attempts {
                return Err(failure.error);
            }
            // An empty quota means the service is struggling: fail fast instead of piling on.
            let Some(cost) = inner.quota.try_acquire(kind) else {
                return Err(failure.error);
            };
            last_retry_cost = Some(cost);
            let wait = failure.retry_after.unwrap_or_else(|| {
                retry::backoff(inner.initial_backoff, retry, inner.jitter.next_f64())
            });
            tokio::time::sleep(wait).await;
            retry += 1;
        }
    }

    /// The endpoint of `service`, resolved once per client.
    fn endpoint(&self, service: &'static ServiceSpec) -> Result<Arc<Endpoint>, ConfigError> {
        let inner = &self.inner;
        let mut cache = inner
            .endpoints
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((_, endpoint)) = cache
            .iter()
            .find(|(s, _)| std::ptr::eq(*s, service) || *s == service)
        {
            return Ok(endpoint.clone());
        }
        let url = config::resolve_endpoint(
            service,
            &inner.region,
            inner.endpoint_url.as_deref(),
            &inner.env,
        )?;
        let endpoint = Arc::new(Endpoint::parse(&url)?);
        cache.push((service, endpoint.clone()));
        Ok(endpoint)
    }

    /// One signed request and its response, bounded by the attempt timeout.
    async fn attempt(
        &self,
        op: &OperationSpec,
        endpoint: &Endpoint,
        body: &[u8],
        span: &tracing::Span,
    ) -> Result<RawSuccess, Failure<RawServiceError>> {
        let inner = &self.inner;
        // Asked every attempt: a provider may have refreshed expiring credentials.
        let credentials = inner
            .credentials
            .provide_credentials()
            .await
            .map_err(Error::NoCredentials)?;
        let target = format!("{}.{}", op.service.target_prefix, op.name);
        let content_type = op.service.json_version.content_type();
        let headers = [
            ("host", endpoint.host.as_str()),
            ("content-type", content_type),
            ("x-amz-target", target.as_str()),
        ];
        let signing = inner.signer.sign(
            &SignableRequest {
                method: "POST",
                path_and_query: &endpoint.path_and_query,
                headers: &headers,
                body,
            },
            &SigningParams {
                credentials: &credentials,
                region: &inner.region,
                service: op.service.signing_name,
                time: DateTime::now(),
            },
        );
        // One header list, each name once: the request's own headers, then what signing
        // adds (X-Amz-Date, X-Amz-Security-Token, Authorization), set with replace semantics.
        let mut request = HttpRequest::new("POST", endpoint.url.as_str())
            .with_body(bytes::Bytes::copy_from_slice(body));
        for (name, value) in headers {
            request.set_header(name, value);
        }
        for (name, value) in signing.headers {
            request.set_header(name, value);
        }

        let limit = inner.attempt_timeout;
        let response = match tokio::time::timeout(limit, inner.http.send(request)).await {
            Ok(result) => result.map_err(|e| self.transport_error(e, endpoint))?,
            Err(_) => {
                return Err(Error::Timeout(TimeoutError {
                    kind: TimeoutKind::Attempt,
                    after: limit,
                })
                .into())
            }
        };
        let status = response.status;
        let bytes = response.body;
        let headers: Vec<(&str, &str)> = response
            .headers
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        span.record("status", status);
        if let Some(id) = protocol::request_id(&headers) {
            span.record("request_id", id.as_str());
        }
        if (200..300).contains(&status) {
            Ok(RawSuccess {
                status,
                request_id: protocol::request_id(&headers),
                body: bytes,
            })
        } else {
            let error = match protocol::parse_error(status, &headers, &bytes) {
                ErrorResponse::Service { meta, body } => {
                    Error::Service(RawServiceError { meta, body })
                }
                ErrorResponse::Unreadable(unreadable) => Error::UnreadableResponse(unreadable),
            };
            Err(Failure {
                error,
                retry_after: retry::retry_after_hint(&headers),
            })
        }
    }

    fn transport_error<E>(&self, error: HttpError, endpoint: &Endpoint) -> Error<E> {
        let doing = match error.kind() {
            HttpErrorKind::ConnectTimeout => {
                return Error::Timeout(TimeoutError {
                    kind: TimeoutKind::Connect,
                    after: self.inner.connect_timeout,
                })
            }
            HttpErrorKind::InvalidRequest => {
                // Nothing was sent and no retry would fare better (a header value with a
                // newline, say): a configuration problem, not a network one.
                let source = error.into_source();
                let mut why = source.to_string();
                let mut cause = source.source();
                while let Some(c) = cause {
                    why.push_str(&format!(": {c}"));
                    cause = c.source();
                }
                return Error::Config(ConfigError::new(format!(
                    "the request to {} could not be built: {why}",
                    endpoint.url
                )));
            }
            HttpErrorKind::Connect => "connecting to",
            HttpErrorKind::Read => "reading the response from",
            _ => "sending the request to",
        };
        Error::Transport(TransportError {
            context: format!("{doing} {}", endpoint.url),
            source: error.into_source(),
        })
    }
}

/// A 2xx answer, before the operation's output type reads it.
struct RawSuccess {
    status: u16,
    request_id: Option<String>,
    body: bytes::Bytes,
}

/// An error answer, before the operation's error type reads it.
#[derive(Debug)]
struct RawServiceError {
    meta: ErrorMetadata,
    body: Option<serde_json::Value>,
}

impl fmt::Display for RawServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.meta.fmt(f)
    }
}

impl std::error::Error for RawServiceError {}

// The retry loop classifies errors through this trait (by their metadata).
impl OperationError for RawServiceError {
    fn from_response(meta: ErrorMetadata, body: Option<&serde_json::Value>) -> Self {
        RawServiceError {
            meta,
            body: body.cloned(),
        }
    }
    fn meta(&self) -> &ErrorMetadata {
        &self.meta
    }
}

/// Reads a 2xx answer as the operation's output.
fn read_output<O: DeserializeJson, E>(
    op: &OperationSpec,
    answer: &RawSuccess,
) -> Result<O, Error<E>> {
    let value = answer.json().map_err(Error::UnreadableResponse)?;
    O::from_json(&value).map_err(|e| {
        Error::UnreadableResponse(answer.unreadable(format!(
            "response does not match the model at {}{}: {}",
            protocol::output_path(op),
            e.path,
            e.message
        )))
    })
}

impl RawSuccess {
    /// The body as JSON (not generic, so the JSON parser is compiled in this crate only).
    fn json(&self) -> Result<serde_json::Value, UnreadableResponse> {
        // Operations without output may answer with an empty body.
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(serde_json::Value::Object(serde_json::Map::new()));
        }
        serde_json::from_slice(&self.body)
            .map_err(|e| self.unreadable(format!("body is not JSON: {e}")))
    }

    fn unreadable(&self, reason: String) -> UnreadableResponse {
        let mut error = UnreadableResponse::new(self.status, reason, &self.body[..]);
        error.request_id = self.request_id.clone();
        error
    }
}
