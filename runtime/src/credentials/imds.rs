//! The EC2 instance metadata service, IMDSv2 only (no fallback to the unauthenticated v1).
//!
//! API for the provider that wires it:
//! - [`resolve_endpoint`]`(&`[`EndpointInputs`]`)` → base URL (`http://169.254.169.254`), from
//!   the raw values, in aws-config's order: explicit override, `AWS_EC2_METADATA_SERVICE_ENDPOINT`,
//!   profile `ec2_metadata_service_endpoint`, mode override, `AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE`,
//!   profile `ec2_metadata_service_endpoint_mode`, IPv4. Bad values are errors.
//! - [`token_url`]`(base_url)`: where the session token is asked for.
//! - [`is_disabled`]`(AWS_EC2_METADATA_DISABLED value)`: `true` (any case) disables IMDS.
//! - [`ImdsClient::new`]`(transport, base_url)` (settings: [`ImdsClient::with_retry_policy`]):
//!   [`ImdsClient::credentials`]`(now)` (role name, then its credentials),
//!   [`ImdsClient::role_name`], [`ImdsClient::credentials_for_role`]`(role, now)`,
//!   [`ImdsClient::region`], [`ImdsClient::get`]`(path)`. The session token is fetched with a PUT
//!   and cached for its TTL; a 401 drops it and fetches a new one once.
//! - [`extend_expired`]`(expiry, now, random)`: aws-config's static stability: credentials IMDS
//!   hands out already expired are used for 15 to 20 more minutes. `now` is the caller's clock
//!   (the fixtures run some cases at unix 0).
//! - Errors: [`ImdsError`] with [`ImdsErrorKind`]; [`ImdsErrorKind::NoInstanceProfile`] (404 on
//!   the role list) and [`ImdsErrorKind::Disabled`] mean "not configured here", the others
//!   mean "configured but failing".
//!
//! Retries ([`RetryPolicy`], 3 attempts, 1 s per attempt): 5xx answers and connections that
//! broke after being made are retried; 4xx answers are not. A connection that cannot be made
//! or an attempt that times out is not retried either, as in aws-config: off EC2 the address
//! does not answer, and the default chain must not wait 3 s to learn that.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::str::FromStr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime};

use serde_json::Value;

use super::attempts::{body_excerpt, send_attempt, AttemptFailure, RetryPolicy};
use crate::credentials::Credentials;
use crate::http::{HttpRequest, HttpTransport};
use crate::retry::Jitter;
use crate::time::DateTime;

/// The IPv4 endpoint, the default.
pub const IPV4_ENDPOINT: &str = "http://169.254.169.254";
/// The IPv6 endpoint (`ec2_metadata_service_endpoint_mode = IPv6`).
pub const IPV6_ENDPOINT: &str = "http://[fd00:ec2::254]";
/// The session token's requested lifetime, in seconds (6 hours, as aws-config).
pub const TOKEN_TTL_SECONDS: u64 = 21_600;
/// Each attempt, connect included, must be answered within this.
pub const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(1);

const TOKEN_PATH: &str = "/latest/api/token";
const ROLE_LIST_PATH: &str = "/latest/meta-data/iam/security-credentials/";
const REGION_PATH: &str = "/latest/meta-data/placement/region";
const TOKEN_TTL_HEADER: &str = "x-aws-ec2-metadata-token-ttl-seconds";
const TOKEN_HEADER: &str = "x-aws-ec2-metadata-token";
/// A cached token is dropped this long before IMDS would stop accepting it.
const TOKEN_EXPIRY_MARGIN: Duration = Duration::from_secs(120);

/// Which of the two fixed IMDS addresses to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndpointMode {
    IpV4,
    IpV6,
}

impl EndpointMode {
    pub fn endpoint(self) -> &'static str {
        match self {
            EndpointMode::IpV4 => IPV4_ENDPOINT,
            EndpointMode::IpV6 => IPV6_ENDPOINT,
        }
    }
}

impl FromStr for EndpointMode {
    type Err = ImdsError;

    /// `IPv4` or `IPv6`, in any case.
    fn from_str(value: &str) -> Result<Self, ImdsError> {
        if value.eq_ignore_ascii_case("ipv4") {
            Ok(EndpointMode::IpV4)
        } else if value.eq_ignore_ascii_case("ipv6") {
            Ok(EndpointMode::IpV6)
        } else {
            Err(ImdsError::new(
                ImdsErrorKind::InvalidEndpointMode,
                format!("`{value}` is not a valid endpoint mode: expected IPv4 or IPv6"),
            ))
        }
    }
}

/// The raw configuration values that choose the IMDS endpoint, each as found (unset: `None`).
#[derive(Debug, Clone, Copy, Default)]
pub struct EndpointInputs<'a> {
    /// An endpoint set in code; wins over everything.
    pub explicit: Option<&'a str>,
    /// `AWS_EC2_METADATA_SERVICE_ENDPOINT`.
    pub env_endpoint: Option<&'a str>,
    /// The profile's `ec2_metadata_service_endpoint`.
    pub profile_endpoint: Option<&'a str>,
    /// An endpoint mode set in code.
    pub mode_override: Option<EndpointMode>,
    /// `AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE`.
    pub env_mode: Option<&'a str>,
    /// The profile's `ec2_metadata_service_endpoint_mode`.
    pub profile_mode: Option<&'a str>,
}

/// The IMDS base URL the inputs select (no trailing `/`).
pub fn resolve_endpoint(inputs: &EndpointInputs<'_>) -> Result<String, ImdsError> {
    if let Some(url) = inputs
        .explicit
        .or(inputs.env_endpoint)
        .or(inputs.profile_endpoint)
    {
        return validate_endpoint(url);
    }
    let mode = match (inputs.mode_override, inputs.env_mode, inputs.profile_mode) {
        (Some(mode), _, _) => mode,
        (None, Some(mode), _) | (None, None, Some(mode)) => mode.parse()?,
        (None, None, None) => EndpointMode::IpV4,
    };
    Ok(mode.endpoint().to_string())
}

fn validate_endpoint(text: &str) -> Result<String, ImdsError> {
    let invalid = |why: String| {
        ImdsError::new(
            ImdsErrorKind::InvalidEndpoint,
            format!("IMDS endpoint {text:?} is not a valid URI: {why}"),
        )
    };
    let url = reqwest::Url::parse(text).map_err(|e| invalid(e.to_string()))?;
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(invalid("the scheme must be http or https".into()));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(invalid("it has no host".into()));
    }
    Ok(text.trim_end_matches('/').to_string())
}

/// The URL of the session token request for `base_url` (`http://169.254.169.254/latest/api/token`).
pub fn token_url(base_url: &str) -> String {
    format!("{}{TOKEN_PATH}", base_url.trim_end_matches('/'))
}

/// Whether `AWS_EC2_METADATA_DISABLED` (its raw value) turns IMDS off: `true` in any case.
pub fn is_disabled(value: Option<&str>) -> bool {
    value.is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
}

/// The expiry to use for credentials IMDS returned: as given while it is in the future;
/// once past, `now` plus 15 minutes plus up to 5 more (`random` in [0, 1)), so that an
/// instance whose IMDS hands out stale credentials keeps working (aws-config's static
/// stability; the service accepts them for a while).
pub fn extend_expired(expiry: SystemTime, now: SystemTime, random: f64) -> SystemTime {
    if now < expiry {
        return expiry;
    }
    let jitter = Duration::from_secs(120 + (random.clamp(0.0, 1.0) * 180.0) as u64);
    now + Duration::from_secs(15 * 60) + jitter
}

/// What kind of failure an [`ImdsError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ImdsErrorKind {
    /// `AWS_EC2_METADATA_DISABLED` is true: not an error of IMDS, the source is off.
    Disabled,
    /// The configured endpoint is not a URI.
    InvalidEndpoint,
    /// The configured endpoint mode is neither IPv4 nor IPv6.
    InvalidEndpointMode,
    /// The token PUT was refused with 403: IMDS is disabled on this instance (or v2 is).
    TokenForbidden,
    /// The token PUT failed otherwise (bad status, empty token).
    TokenFailed,
    /// The role list answered 404: the instance has no instance profile (no role).
    NoInstanceProfile,
    /// A metadata GET answered with an error status (see [`ImdsError::status`]).
    ErrorResponse,
    /// No connection could be made, or it broke.
    Transport,
    /// An attempt got no response within its timeout.
    TimedOut,
    /// The answer could not be read (not UTF-8, not JSON, a field missing or malformed).
    InvalidResponse,
    /// The credentials document carries a `Code` other than `Success` (see
    /// [`ImdsError::code`]), e.g. `AssumeRoleUnauthorizedAccess`.
    CredentialsCode,
}

/// An IMDS failure: its kind, a message without secrets and the cause.
#[derive(Debug)]
pub struct ImdsError {
    kind: ImdsErrorKind,
    message: String,
    status: Option<u16>,
    code: Option<String>,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl ImdsError {
    fn new(kind: ImdsErrorKind, message: impl Into<String>) -> Self {
        ImdsError {
            kind,
            message: message.into(),
            status: None,
            code: None,
            source: None,
        }
    }

    /// The error a provider reports when `AWS_EC2_METADATA_DISABLED` turned IMDS off.
    pub fn disabled() -> Self {
        ImdsError::new(
            ImdsErrorKind::Disabled,
            "IMDS is disabled by AWS_EC2_METADATA_DISABLED",
        )
    }

    fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    fn with_source(mut self, source: Box<dyn std::error::Error + Send + Sync>) -> Self {
        self.source = Some(source);
        self
    }

    pub fn kind(&self) -> ImdsErrorKind {
        self.kind
    }

    /// The HTTP status of an error answer.
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// The `Code` of a credentials document that was not `Success`.
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// Whether the error means IMDS credentials are not available here (disabled, no role),
    /// so a chain may go on to say "not found", as opposed to a failure to report.
    pub fn is_not_configured(&self) -> bool {
        matches!(
            self.kind,
            ImdsErrorKind::Disabled | ImdsErrorKind::NoInstanceProfile
        )
    }
}

impl fmt::Display for ImdsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ImdsError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// A session token and when to stop using it.
struct CachedToken {
    value: String,
    renew_at: Instant,
}

/// An IMDSv2 client for one endpoint, caching its session token.
pub struct ImdsClient {
    transport: Arc<dyn HttpTransport>,
    base_url: String,
    policy: RetryPolicy,
    token: Mutex<Option<CachedToken>>,
    jitter: Jitter,
}

impl fmt::Debug for ImdsClient {
    // The token is a credential: never shown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ImdsClient")
            .field("base_url", &self.base_url)
            .field("policy", &self.policy)
            .finish_non_exhaustive()
    }
}

impl ImdsClient {
    /// A client for `base_url` (from [`resolve_endpoint`]) with 3 attempts of 1 s each.
    pub fn new(transport: Arc<dyn HttpTransport>, base_url: impl Into<String>) -> Self {
        ImdsClient {
            transport,
            base_url: base_url.into().trim_end_matches('/').to_string(),
            policy: RetryPolicy::standard(Some(ATTEMPT_TIMEOUT)),
            token: Mutex::new(None),
            jitter: Jitter::default(),
        }
    }

    /// This client with `policy` for every request (token and metadata).
    pub fn with_retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.policy = policy;
        self
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The instance's role (its instance profile's role name).
    pub async fn role_name(&self) -> Result<String, ImdsError> {
        let listing = match self.get(ROLE_LIST_PATH).await {
            Err(e) if e.kind == ImdsErrorKind::ErrorResponse && e.status == Some(404) => {
                return Err(ImdsError::new(
                    ImdsErrorKind::NoInstanceProfile,
                    "IMDS has no role for this instance (404 on the role list): \
                     no instance profile is attached",
                )
                .with_status(404))
            }
            other => other?,
        };
        match listing.lines().map(str::trim).find(|l| !l.is_empty()) {
            Some(role) => Ok(role.to_string()),
            None => Err(ImdsError::new(
                ImdsErrorKind::NoInstanceProfile,
                "IMDS listed no role for this instance",
            )),
        }
    }

    /// The credentials of `role`. Their expiry is extended with [`extend_expired`] when IMDS
    /// returns them already expired at `now`.
    pub async fn credentials_for_role(
        &self,
        role: &str,
        now: SystemTime,
    ) -> Result<Credentials, ImdsError> {
        if role.is_empty() || role.contains(['/', '?', '#']) {
            return Err(ImdsError::new(
                ImdsErrorKind::InvalidResponse,
                format!("IMDS role name {role:?} cannot be used in a path"),
            ));
        }
        let document = self.get(&format!("{ROLE_LIST_PATH}{role}")).await?;
        let credentials = parse_credentials(&document)?;
        let expiry = credentials
            .expiry()
            .map(|e| extend_expired(e, now, self.jitter.next_f64()));
        Ok(match expiry {
            Some(expiry) => credentials.with_expiry(expiry),
            None => credentials,
        })
    }

    /// The instance role's credentials: [`Self::role_name`] then [`Self::credentials_for_role`].
    pub async fn credentials(&self, now: SystemTime) -> Result<Credentials, ImdsError> {
        let role = self.role_name().await?;
        self.credentials_for_role(&role, now).await
    }

    /// The instance's region (`/latest/meta-data/placement/region`).
    pub async fn region(&self) -> Result<String, ImdsError> {
        let region = self.get(REGION_PATH).await?;
        let region = region.trim();
        if region.is_empty() {
            return Err(ImdsError::new(
                ImdsErrorKind::InvalidResponse,
                "IMDS returned an empty region",
            ));
        }
        Ok(region.to_string())
    }

    /// The body of a metadata GET of `path` (starting with `/`), as text. Boxed: three callers
    /// await it, and a boxed future is compiled once instead of inlined into each.
    pub fn get<'a>(
        &'a self,
        path: &'a str,
    ) -> Pin<Box<dyn Future<Output = Result<String, ImdsError>> + Send + 'a>> {
        Box::pin(self.get_unboxed(path))
    }

    async fn get_unboxed(&self, path: &str) -> Result<String, ImdsError> {
        let url = format!("{}{path}", self.base_url);
        let mut attempt = 0;
        let mut token_refreshed = false;
        loop {
            attempt += 1;
            let token = self.token().await?;
            let request = HttpRequest::new("GET", url.as_str()).with_header(TOKEN_HEADER, token);
            let failure =
                match send_attempt(&*self.transport, request, self.policy.attempt_timeout).await {
                    Ok(response) if (200..300).contains(&response.status) => {
                        return String::from_utf8(response.body.to_vec()).map_err(|e| {
                            ImdsError::new(
                                ImdsErrorKind::InvalidResponse,
                                format!("IMDS answer to GET {path} is not UTF-8"),
                            )
                            .with_source(Box::new(e))
                        });
                    }
                    Ok(response) if response.status == 401 && !token_refreshed => {
                        // The token expired (or IMDS restarted): fetch a new one, once.
                        self.drop_token();
                        token_refreshed = true;
                        attempt -= 1;
                        continue;
                    }
                    Ok(response) => {
                        let error = ImdsError::new(
                            ImdsErrorKind::ErrorResponse,
                            format!(
                                "IMDS answered GET {path} with status {}: {}",
                                response.status,
                                body_excerpt(&response.body)
                            ),
                        )
                        .with_status(response.status);
                        if response.status < 500 {
                            return Err(error);
                        }
                        error
                    }
                    Err(failure) => {
                        let retryable = failure.connected();
                        let error = transport_error(format!("GET {path}"), failure);
                        if !retryable {
                            return Err(error);
                        }
                        error
                    }
                };
            if !self.policy.may_retry_after(attempt) {
                return Err(failure);
            }
            self.policy.wait_before_retry(attempt, &self.jitter).await;
        }
    }

    fn drop_token(&self) {
        *self.token.lock().unwrap_or_else(PoisonError::into_inner) = None;
    }

    /// The cached session token, or a new one.
    async fn token(&self) -> Result<String, ImdsError> {
        {
            let cached = self.token.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some(token) = cached.as_ref().filter(|t| Instant::now() < t.renew_at) {
                return Ok(token.value.clone());
            }
        }
        let (value, ttl) = self.fetch_token().await?;
        let renew_at = Instant::now() + ttl.saturating_sub(TOKEN_EXPIRY_MARGIN);
        *self.token.lock().unwrap_or_else(PoisonError::into_inner) = Some(CachedToken {
            value: value.clone(),
            renew_at,
        });
        Ok(value)
    }

    async fn fetch_token(&self) -> Result<(String, Duration), ImdsError> {
        let url = token_url(&self.base_url);
        let mut attempt = 0;
        loop {
            attempt += 1;
            let request = HttpRequest::new("PUT", url.as_str())
                .with_header(TOKEN_TTL_HEADER, TOKEN_TTL_SECONDS.to_string());
            let failure =
                match send_attempt(&*self.transport, request, self.policy.attempt_timeout).await {
                    Ok(response) if (200..300).contains(&response.status) => {
                        let token = String::from_utf8(response.body.to_vec())
                            .ok()
                            .map(|t| t.trim().to_string())
                            .filter(|t| !t.is_empty() && !t.contains(['\r', '\n']))
                            .ok_or_else(|| {
                                ImdsError::new(
                                    ImdsErrorKind::TokenFailed,
                                    "IMDS returned an empty or unusable session token",
                                )
                            })?;
                        let ttl = response
                            .header(TOKEN_TTL_HEADER)
                            .and_then(|v| v.trim().parse::<u64>().ok())
                            .unwrap_or(TOKEN_TTL_SECONDS);
                        return Ok((token, Duration::from_secs(ttl)));
                    }
                    Ok(response) if response.status == 403 => {
                        return Err(ImdsError::new(
                            ImdsErrorKind::TokenForbidden,
                            "IMDS refused a session token (403): request forbidden: \
                         IMDS is disabled on this instance",
                        )
                        .with_status(403));
                    }
                    Ok(response) => {
                        let error = ImdsError::new(
                            ImdsErrorKind::TokenFailed,
                            format!(
                                "IMDS answered the session token request with status {}: {}",
                                response.status,
                                body_excerpt(&response.body)
                            ),
                        )
                        .with_status(response.status);
                        if response.status < 500 {
                            return Err(error);
                        }
                        error
                    }
                    Err(failure) => {
                        let retryable = failure.connected();
                        let error = transport_error("the session token request".into(), failure);
                        if !retryable {
                            return Err(error);
                        }
                        error
                    }
                };
            if !self.policy.may_retry_after(attempt) {
                return Err(failure);
            }
            self.policy.wait_before_retry(attempt, &self.jitter).await;
        }
    }
}

fn transport_error(what: String, failure: AttemptFailure) -> ImdsError {
    let (kind, message) = match &failure {
        AttemptFailure::TimedOut(limit) => (
            ImdsErrorKind::TimedOut,
            format!("IMDS did not answer {what} within {} ms", limit.as_millis()),
        ),
        AttemptFailure::Transport(e) => (
            ImdsErrorKind::Transport,
            format!("could not reach IMDS for {what}: {e}"),
        ),
    };
    ImdsError::new(kind, message).with_source(failure.into_source())
}

/// Reads an IMDS credentials document: `Code` (absent or `Success`), `AccessKeyId`,
/// `SecretAccessKey`, `Token`, `Expiration` (RFC 3339) and `AccountId` when present.
pub fn parse_credentials(document: &str) -> Result<Credentials, ImdsError> {
    let invalid = |why: String| {
        ImdsError::new(
            ImdsErrorKind::InvalidResponse,
            format!("IMDS credentials document is not usable: {why}"),
        )
    };
    let value: Value = serde_json::from_str(document)
        .map_err(|e| invalid("not JSON".into()).with_source(Box::new(e)))?;
    let Value::Object(fields) = value else {
        return Err(invalid("not a JSON object".into()));
    };
    let text = |name: &str| -> Result<Option<&str>, ImdsError> {
        match fields.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(invalid(format!("`{name}` is not a string"))),
        }
    };
    if let Some(code) = text("Code")? {
        if code != "Success" {
            let message = text("Message")?.unwrap_or("no message");
            let mut error = ImdsError::new(
                ImdsErrorKind::CredentialsCode,
                format!("IMDS could not provide credentials: [{code}] {message}"),
            );
            error.code = Some(code.to_string());
            return Err(error);
        }
    }
    let required = |name: &str| -> Result<&str, ImdsError> {
        text(name)?
            .filter(|v| !v.is_empty())
            .ok_or_else(|| invalid(format!("`{name}` is missing")))
    };
    let access_key_id = required("AccessKeyId")?;
    let secret_access_key = required("SecretAccessKey")?;
    let expiration = required("Expiration")?;
    let expiry = DateTime::parse(expiration).ok_or_else(|| {
        invalid(format!(
            "`Expiration` {expiration:?} is not an RFC 3339 time"
        ))
    })?;
    let mut credentials = Credentials::new(
        access_key_id,
        secret_access_key,
        text("Token")?.filter(|t| !t.is_empty()).map(str::to_string),
    )
    .with_expiry(SystemTime::from(expiry));
    if let Some(account) = text("AccountId")?.filter(|a| !a.is_empty()) {
        credentials = credentials.with_account_id(account);
    }
    Ok(credentials)
}
