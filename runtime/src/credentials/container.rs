//! Container credentials: the ECS task role endpoint and EKS Pod Identity.
//!
//! API for the provider that wires it:
//! - [`resolve_uri`]`(relative, full, resolver).await` → the credentials URL, from the raw values
//!   of `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` (wins; joined to `http://169.254.170.2`) and
//!   `AWS_CONTAINER_CREDENTIALS_FULL_URI` (https: any host; http: only loopback, `localhost`
//!   and other names that resolve to loopback only, and the ECS `169.254.170.2` and EKS
//!   `169.254.170.23` / `[fd00:ec2::23]` addresses). Neither set (or both empty):
//!   [`ContainerErrorKind::NotConfigured`]. [`SystemResolver`] resolves names with the OS.
//! - [`authorization`]`(AWS_CONTAINER_AUTHORIZATION_TOKEN, contents of the file named by
//!   AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE)` → the `Authorization` value; the file wins, its
//!   surrounding whitespace is trimmed, a CR or LF left is refused. The caller reads the file
//!   (a missing file is the caller's error).
//! - [`fetch_credentials`]`(transport, url, authorization, &policy).await` → [`Credentials`] with
//!   expiry and account id; [`default_retry_policy`] is 3 attempts of 5 s.
//! - Errors: [`ContainerError`] with [`ContainerErrorKind`].

use std::fmt;
use std::future::Future;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::pin::Pin;
use std::time::{Duration, SystemTime};

use serde_json::Value;

use super::attempts::{body_excerpt, send_with_retries, AttemptError, AttemptFailure, RetryPolicy};
use crate::credentials::Credentials;
use crate::http::{HttpRequest, HttpTransport};
use crate::time::DateTime;

/// Where a relative URI is served: the ECS agent.
pub const ECS_HOST: &str = "http://169.254.170.2";
const ECS_IPV4: Ipv4Addr = Ipv4Addr::new(169, 254, 170, 2);
const EKS_IPV4: Ipv4Addr = Ipv4Addr::new(169, 254, 170, 23);
const EKS_IPV6: Ipv6Addr = Ipv6Addr::new(0xfd00, 0x0ec2, 0, 0, 0, 0, 0, 0x23);

/// Each attempt must be answered within this.
pub const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(5);

/// 3 attempts of [`ATTEMPT_TIMEOUT`], the standard backoff between them.
pub fn default_retry_policy() -> RetryPolicy {
    RetryPolicy::standard(Some(ATTEMPT_TIMEOUT))
}

/// The future a [`ResolveHost`] returns.
pub type ResolveFuture<'a> =
    Pin<Box<dyn Future<Output = std::io::Result<Vec<IpAddr>>> + Send + 'a>>;

/// Turns a host name into its addresses, to check that an http full URI stays on the
/// machine.
pub trait ResolveHost: Send + Sync + fmt::Debug {
    fn resolve<'a>(&'a self, host: &'a str) -> ResolveFuture<'a>;
}

/// The operating system's resolver (`/etc/hosts`, then DNS).
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemResolver;

impl ResolveHost for SystemResolver {
    fn resolve<'a>(&'a self, host: &'a str) -> ResolveFuture<'a> {
        Box::pin(async move {
            let addresses = tokio::net::lookup_host((host, 0)).await?;
            Ok(addresses.map(|a| a.ip()).collect())
        })
    }
}

/// Whether an http full URI may point at `ip`.
fn is_allowed_ip(ip: IpAddr) -> bool {
    // An IPv4-mapped IPv6 address counts as the IPv4 address it carries.
    let ip = match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    };
    ip.is_loopback() || ip == ECS_IPV4 || ip == EKS_IPV4 || ip == EKS_IPV6
}

/// The credentials URL the two environment values select.
pub async fn resolve_uri(
    relative: Option<&str>,
    full: Option<&str>,
    resolver: &dyn ResolveHost,
) -> Result<String, ContainerError> {
    if let Some(relative) = relative.filter(|r| !r.is_empty()) {
        if !relative.starts_with('/') {
            return Err(ContainerError::new(
                ContainerErrorKind::InvalidUri,
                format!("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI {relative:?} must start with `/`"),
            ));
        }
        let url = format!("{ECS_HOST}{relative}");
        reqwest::Url::parse(&url).map_err(|e| {
            ContainerError::new(
                ContainerErrorKind::InvalidUri,
                format!("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI {relative:?} is not a valid path"),
            )
            .with_source(Box::new(e))
        })?;
        return Ok(url);
    }
    let Some(full) = full.filter(|f| !f.is_empty()) else {
        return Err(ContainerError::new(
            ContainerErrorKind::NotConfigured,
            "neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI \
             is set",
        ));
    };
    validate_full_uri(full, resolver).await?;
    Ok(full.to_string())
}

async fn validate_full_uri(full: &str, resolver: &dyn ResolveHost) -> Result<(), ContainerError> {
    let invalid = |why: String| {
        ContainerError::new(
            ContainerErrorKind::InvalidUri,
            format!("AWS_CONTAINER_CREDENTIALS_FULL_URI {full:?} is not usable: {why}"),
        )
    };
    let url = reqwest::Url::parse(full).map_err(|e| invalid(e.to_string()))?;
    match url.scheme() {
        "https" => return Ok(()),
        "http" => {}
        other => {
            return Err(invalid(format!(
                "the scheme must be http or https, not {other}"
            )))
        }
    }
    let disallowed = |what: String| {
        ContainerError::new(
            ContainerErrorKind::DisallowedHost,
            format!(
                "AWS_CONTAINER_CREDENTIALS_FULL_URI {full:?} uses http with {what}: http is \
                 allowed only for loopback, 169.254.170.2, 169.254.170.23 and fd00:ec2::23"
            ),
        )
    };
    let Some(host) = url.host_str().filter(|h| !h.is_empty()) else {
        return Err(invalid("it has no host".into()));
    };
    let literal = match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        Some(v6) => v6.parse::<Ipv6Addr>().ok().map(IpAddr::V6),
        None => host.parse::<Ipv4Addr>().ok().map(IpAddr::V4),
    };
    if let Some(ip) = literal {
        return match is_allowed_ip(ip) {
            true => Ok(()),
            false => Err(disallowed(format!("address {ip}"))),
        };
    }
    let addresses = resolver.resolve(host).await.map_err(|e| {
        ContainerError::new(
            ContainerErrorKind::DnsLookupFailed,
            format!("could not resolve the host {host:?} of AWS_CONTAINER_CREDENTIALS_FULL_URI"),
        )
        .with_source(Box::new(e))
    })?;
    if addresses.is_empty() {
        return Err(ContainerError::new(
            ContainerErrorKind::DnsLookupFailed,
            format!("the host {host:?} of AWS_CONTAINER_CREDENTIALS_FULL_URI has no address"),
        ));
    }
    match addresses.iter().find(|ip| !is_allowed_ip(**ip)) {
        Some(ip) => Err(disallowed(format!("host {host:?}, which resolves to {ip}"))),
        None => Ok(()),
    }
}

/// The `Authorization` header value, from the token or the token file's contents (the file
/// wins, as in aws-config). `None`: no authorization is sent.
pub fn authorization(
    token: Option<&str>,
    token_file_contents: Option<&str>,
) -> Result<Option<String>, ContainerError> {
    let (value, from) = match (token_file_contents, token) {
        (Some(contents), _) => (contents.trim(), "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"),
        (None, Some(token)) => (token, "AWS_CONTAINER_AUTHORIZATION_TOKEN"),
        (None, None) => return Ok(None),
    };
    if value.contains(['\r', '\n']) {
        return Err(ContainerError::new(
            ContainerErrorKind::InvalidAuthorization,
            format!("the authorization token from {from} contains a line break"),
        ));
    }
    if value.is_empty() {
        return Ok(None);
    }
    Ok(Some(value.to_string()))
}

/// What kind of failure a [`ContainerError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ContainerErrorKind {
    /// Neither URI variable is set: the source is not configured here.
    NotConfigured,
    /// A URI variable does not hold a usable URI.
    InvalidUri,
    /// An http full URI names a host that is not allowed.
    DisallowedHost,
    /// The full URI's host name could not be resolved.
    DnsLookupFailed,
    /// The authorization token cannot be sent as a header (it has a line break).
    InvalidAuthorization,
    /// No connection could be made, or it broke.
    Transport,
    /// An attempt got no response within its timeout.
    TimedOut,
    /// The endpoint answered with an error status (see [`ContainerError::status`]).
    ErrorResponse,
    /// The answer could not be read (not JSON, a field missing or malformed).
    InvalidResponse,
}

/// A container credentials failure: its kind, a message without secrets and the cause.
#[derive(Debug)]
pub struct ContainerError {
    kind: ContainerErrorKind,
    message: String,
    status: Option<u16>,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl ContainerError {
    fn new(kind: ContainerErrorKind, message: impl Into<String>) -> Self {
        ContainerError {
            kind,
            message: message.into(),
            status: None,
            source: None,
        }
    }

    fn with_source(mut self, source: Box<dyn std::error::Error + Send + Sync>) -> Self {
        self.source = Some(source);
        self
    }

    pub fn kind(&self) -> ContainerErrorKind {
        self.kind
    }

    /// The HTTP status of an error answer.
    pub fn status(&self) -> Option<u16> {
        self.status
    }
}

impl fmt::Display for ContainerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ContainerError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// GETs the credentials at `url` (from [`resolve_uri`]) with `Accept: application/json` and,
/// when given, `Authorization`. 5xx, 429, transport failures and timeouts are retried.
pub async fn fetch_credentials(
    transport: &dyn HttpTransport,
    url: &str,
    authorization: Option<&str>,
    policy: &RetryPolicy,
) -> Result<Credentials, ContainerError> {
    if authorization.is_some_and(|value| value.contains(['\r', '\n'])) {
        return Err(ContainerError::new(
            ContainerErrorKind::InvalidAuthorization,
            "the authorization token contains a line break",
        ));
    }
    send_with_retries(
        transport,
        policy,
        || {
            let mut request =
                HttpRequest::new("GET", url).with_header("accept", "application/json");
            if let Some(value) = authorization {
                request.set_header("authorization", value);
            }
            Ok(request)
        },
        |response| {
            if (200..300).contains(&response.status) {
                return parse_credentials(&response.body).map_err(AttemptError::fatal);
            }
            let mut error = ContainerError::new(
                ContainerErrorKind::ErrorResponse,
                format!(
                    "the container credentials endpoint answered with status {}: {}",
                    response.status,
                    body_excerpt(&response.body)
                ),
            );
            error.status = Some(response.status);
            if response.status < 500 && response.status != 429 {
                Err(AttemptError::fatal(error))
            } else {
                Err(AttemptError::retryable(error))
            }
        },
        |failure| {
            let (kind, message) = match &failure {
                AttemptFailure::TimedOut(limit) => (
                    ContainerErrorKind::TimedOut,
                    format!(
                        "the container credentials endpoint did not answer within {} ms",
                        limit.as_millis()
                    ),
                ),
                AttemptFailure::Transport(e) => (
                    ContainerErrorKind::Transport,
                    format!("could not reach the container credentials endpoint: {e}"),
                ),
            };
            ContainerError::new(kind, message).with_source(failure.into_source())
        },
    )
    .await
}

/// Reads the endpoint's JSON: `AccessKeyId`, `SecretAccessKey`, `Token`, `Expiration`
/// (RFC 3339) and `AccountId` when present.
pub fn parse_credentials(body: &[u8]) -> Result<Credentials, ContainerError> {
    let invalid = |why: String| {
        ContainerError::new(
            ContainerErrorKind::InvalidResponse,
            format!("the container credentials answer is not usable: {why}"),
        )
    };
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| invalid("not JSON".into()).with_source(Box::new(e)))?;
    let Value::Object(fields) = value else {
        return Err(invalid("not a JSON object".into()));
    };
    let text = |name: &str| -> Result<Option<&str>, ContainerError> {
        match fields.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if s.is_empty() => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(invalid(format!("`{name}` is not a string"))),
        }
    };
    let required = |name: &str| -> Result<&str, ContainerError> {
        text(name)?.ok_or_else(|| invalid(format!("`{name}` is missing")))
    };
    let access_key_id = required("AccessKeyId")?;
    let secret_access_key = required("SecretAccessKey")?;
    let mut credentials = Credentials::new(
        access_key_id,
        secret_access_key,
        text("Token")?.map(str::to_string),
    );
    if let Some(expiration) = text("Expiration")? {
        let expiry = DateTime::parse(expiration).ok_or_else(|| {
            invalid(format!(
                "`Expiration` {expiration:?} is not an RFC 3339 time"
            ))
        })?;
        credentials = credentials.with_expiry(SystemTime::from(expiry));
    }
    if let Some(account) = text("AccountId")? {
        credentials = credentials.with_account_id(account);
    }
    Ok(credentials)
}
