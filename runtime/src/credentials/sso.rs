//! IAM Identity Center (SSO): the token cache the AWS CLI writes, the portal's
//! GetRoleCredentials and the SSO-OIDC CreateToken refresh.
//!
//! API for the provider that wires it:
//! - [`cache_file_name`]`(key)` → `<hex sha1 of key>.json`; the key is the `sso_session` name
//!   (sso_session form) or the `sso_start_url` (legacy form). The file lives in
//!   `~/.aws/sso/cache/`; the caller reads and writes it.
//! - [`CachedToken`]: [`CachedToken::parse`]`(json)` and [`CachedToken::to_json`]; the fields
//!   `accessToken`, `expiresAt` (required), `refreshToken`, `clientId`, `clientSecret`,
//!   `registrationExpiresAt`, `region`, `startUrl`.
//! - [`get_role_credentials`]`(transport, portal_endpoint, access_token, account_id, role_name,
//!   &policy).await` → [`Credentials`] with expiry and `account_id`. `portal_endpoint` is the
//!   base URL (`https://portal.sso.{region}.amazonaws.com`), resolved by the caller.
//! - [`refresh_token`]`(transport, oidc_endpoint, &token, now, &policy).await` → the token with a
//!   new `accessToken`, `expiresAt = now + expiresIn` and `refreshToken` when one came back;
//!   `oidc_endpoint` is `https://oidc.{region}.amazonaws.com`. [`CachedToken::can_refresh`]
//!   says whether the token carries what a refresh needs.
//! - [`default_retry_policy`]: 3 attempts of 10 s; throttling, 5xx, transport failures and
//!   timeouts are retried.
//! - Errors: [`SsoError`] with [`SsoErrorKind`]; service errors keep `code()` and `status()`.

use std::fmt;
use std::time::{Duration, SystemTime};

use serde_json::{Map, Value};

use super::attempts::{body_excerpt, send_with_retries, AttemptError, AttemptFailure, RetryPolicy};
use super::sha1::sha1_hex;
use crate::credentials::Credentials;
use crate::http::{HttpRequest, HttpResponse, HttpTransport};
use crate::retry::classify_response;
use crate::time::DateTime;
use crate::uri_encode::uri_encode_into;

/// Each attempt must be answered within this.
pub const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);

/// 3 attempts of [`ATTEMPT_TIMEOUT`], the standard backoff between them.
pub fn default_retry_policy() -> RetryPolicy {
    RetryPolicy::standard(Some(ATTEMPT_TIMEOUT))
}

/// The cache file name for `key` (the session name, or the start URL of a legacy profile).
pub fn cache_file_name(key: &str) -> String {
    format!("{}.json", sha1_hex(key.as_bytes()))
}

/// An SSO access token as the AWS CLI caches it.
#[derive(Clone, PartialEq, Eq)]
pub struct CachedToken {
    pub access_token: String,
    pub expires_at: SystemTime,
    pub refresh_token: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
    pub registration_expires_at: Option<SystemTime>,
    pub region: Option<String>,
    pub start_url: Option<String>,
}

impl fmt::Debug for CachedToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let redacted = |v: &Option<String>| v.as_ref().map(|_| "** redacted **");
        f.debug_struct("CachedToken")
            .field("access_token", &"** redacted **")
            .field("expires_at", &DateTime::from(self.expires_at))
            .field("refresh_token", &redacted(&self.refresh_token))
            .field("client_id", &self.client_id)
            .field("client_secret", &redacted(&self.client_secret))
            .field(
                "registration_expires_at",
                &self.registration_expires_at.map(DateTime::from),
            )
            .field("region", &self.region)
            .field("start_url", &self.start_url)
            .finish()
    }
}

impl CachedToken {
    /// Reads a cache file's contents.
    pub fn parse(json: &str) -> Result<CachedToken, SsoError> {
        let invalid = |why: String| {
            SsoError::new(
                SsoErrorKind::InvalidCachedToken,
                format!("the SSO token cache file is not usable: {why}"),
            )
        };
        let value: Value = serde_json::from_str(json)
            .map_err(|e| invalid("not JSON".into()).with_source(Box::new(e)))?;
        let Value::Object(fields) = value else {
            return Err(invalid("not a JSON object".into()));
        };
        let text = |name: &str| -> Result<Option<String>, SsoError> {
            match fields.get(name) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s)) if s.is_empty() => Ok(None),
                Some(Value::String(s)) => Ok(Some(s.clone())),
                Some(_) => Err(invalid(format!("`{name}` is not a string"))),
            }
        };
        let time = |name: &str| -> Result<Option<SystemTime>, SsoError> {
            match text(name)? {
                None => Ok(None),
                Some(t) => DateTime::parse(&t)
                    .map(|t| Some(SystemTime::from(t)))
                    .ok_or_else(|| invalid(format!("`{name}` {t:?} is not an RFC 3339 time"))),
            }
        };
        Ok(CachedToken {
            access_token: text("accessToken")?
                .ok_or_else(|| invalid("`accessToken` is missing".into()))?,
            expires_at: time("expiresAt")?
                .ok_or_else(|| invalid("`expiresAt` is missing".into()))?,
            refresh_token: text("refreshToken")?,
            client_id: text("clientId")?,
            client_secret: text("clientSecret")?,
            registration_expires_at: time("registrationExpiresAt")?,
            region: text("region")?,
            start_url: text("startUrl")?,
        })
    }

    /// The cache file's contents for this token (the fields that are set).
    pub fn to_json(&self) -> String {
        let mut fields = Map::new();
        let mut put = |name: &str, value: Option<String>| {
            if let Some(value) = value {
                fields.insert(name.to_string(), Value::String(value));
            }
        };
        let time = |t: SystemTime| DateTime::from(t).to_string();
        put("accessToken", Some(self.access_token.clone()));
        put("expiresAt", Some(time(self.expires_at)));
        put("refreshToken", self.refresh_token.clone());
        put("clientId", self.client_id.clone());
        put("clientSecret", self.client_secret.clone());
        put(
            "registrationExpiresAt",
            self.registration_expires_at.map(time),
        );
        put("region", self.region.clone());
        put("startUrl", self.start_url.clone());
        // A map of strings always serializes.
        serde_json::to_string_pretty(&Value::Object(fields)).unwrap_or_default()
    }

    /// Whether a refresh is possible at `now`: a refresh token, the client's id and secret,
    /// and a client registration that has not expired.
    pub fn can_refresh(&self, now: SystemTime) -> bool {
        self.refresh_token.is_some()
            && self.client_id.is_some()
            && self.client_secret.is_some()
            && self.registration_expires_at.is_none_or(|t| now < t)
    }
}

/// What kind of failure an [`SsoError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SsoErrorKind {
    /// The cached token file is not JSON, or lacks `accessToken` / `expiresAt`.
    InvalidCachedToken,
    /// The token lacks what a refresh needs, or its client registration expired.
    CannotRefresh,
    /// An endpoint or parameter cannot be used.
    InvalidInput,
    /// The service answered with an error (see [`SsoError::code`]):
    /// `UnauthorizedException`, `InvalidGrantException`, ...
    Service,
    /// No connection could be made, or it broke.
    Transport,
    /// An attempt got no response within its timeout.
    TimedOut,
    /// The answer could not be read (not JSON, a field missing or malformed).
    InvalidResponse,
}

/// An SSO failure: its kind, a message without secrets and the cause.
#[derive(Debug)]
pub struct SsoError {
    kind: SsoErrorKind,
    message: String,
    status: Option<u16>,
    code: Option<String>,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl SsoError {
    fn new(kind: SsoErrorKind, message: impl Into<String>) -> Self {
        SsoError {
            kind,
            message: message.into(),
            status: None,
            code: None,
            source: None,
        }
    }

    fn with_source(mut self, source: Box<dyn std::error::Error + Send + Sync>) -> Self {
        self.source = Some(source);
        self
    }

    pub fn kind(&self) -> SsoErrorKind {
        self.kind
    }

    /// The error code of a service error (`UnauthorizedException`).
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The HTTP status of an error answer.
    pub fn status(&self) -> Option<u16> {
        self.status
    }
}

impl fmt::Display for SsoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SsoError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// The portal's GetRoleCredentials: the credentials of `role_name` in `account_id` for the
/// holder of `access_token`. The account id is set on the credentials.
pub async fn get_role_credentials(
    transport: &dyn HttpTransport,
    portal_endpoint: &str,
    access_token: &str,
    account_id: &str,
    role_name: &str,
    policy: &RetryPolicy,
) -> Result<Credentials, SsoError> {
    if access_token.contains(['\r', '\n']) {
        return Err(SsoError::new(
            SsoErrorKind::InvalidInput,
            "the SSO access token contains a line break",
        ));
    }
    let mut url = base_url(portal_endpoint)?;
    url.push_str("/federation/credentials?account_id=");
    uri_encode_into(account_id, &mut url);
    url.push_str("&role_name=");
    uri_encode_into(role_name, &mut url);
    let request = HttpRequest::new("GET", url).with_header("x-amz-sso_bearer_token", access_token);
    let response = exchange(transport, request, "GetRoleCredentials", policy).await?;
    parse_role_credentials(&response.body).map(|c| c.with_account_id(account_id))
}

/// Reads GetRoleCredentials' answer: `{"roleCredentials": {accessKeyId, secretAccessKey,
/// sessionToken, expiration (epoch milliseconds)}}`.
pub fn parse_role_credentials(body: &[u8]) -> Result<Credentials, SsoError> {
    let invalid = |why: String| {
        SsoError::new(
            SsoErrorKind::InvalidResponse,
            format!("the SSO GetRoleCredentials answer is not usable: {why}"),
        )
    };
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| invalid("not JSON".into()).with_source(Box::new(e)))?;
    let Some(Value::Object(role)) = value.get("roleCredentials") else {
        return Err(invalid("`roleCredentials` is missing".into()));
    };
    let required = |name: &str| -> Result<&str, SsoError> {
        match role.get(name) {
            Some(Value::String(s)) if !s.is_empty() => Ok(s.as_str()),
            _ => Err(invalid(format!("`roleCredentials.{name}` is missing"))),
        }
    };
    let access_key_id = required("accessKeyId")?;
    let secret_access_key = required("secretAccessKey")?;
    let session_token = required("sessionToken")?;
    let expiration = role
        .get("expiration")
        .and_then(Value::as_i64)
        .ok_or_else(|| invalid("`roleCredentials.expiration` is not a number".into()))?;
    let expiry = DateTime::from_secs_and_nanos(
        expiration.div_euclid(1000),
        (expiration.rem_euclid(1000) as u32) * 1_000_000,
    )
    .ok_or_else(|| invalid("`roleCredentials.expiration` is out of range".into()))?;
    Ok(Credentials::new(
        access_key_id,
        secret_access_key,
        Some(session_token.to_string()),
    )
    .with_expiry(SystemTime::from(expiry)))
}

/// SSO-OIDC CreateToken with the `refresh_token` grant: a new access token for `token`.
pub async fn refresh_token(
    transport: &dyn HttpTransport,
    oidc_endpoint: &str,
    token: &CachedToken,
    now: SystemTime,
    policy: &RetryPolicy,
) -> Result<CachedToken, SsoError> {
    let (Some(refresh), Some(client_id), Some(client_secret)) = (
        token.refresh_token.as_deref(),
        token.client_id.as_deref(),
        token.client_secret.as_deref(),
    ) else {
        return Err(SsoError::new(
            SsoErrorKind::CannotRefresh,
            "the cached SSO token has no refresh token, client id or client secret",
        ));
    };
    if !token.can_refresh(now) {
        return Err(SsoError::new(
            SsoErrorKind::CannotRefresh,
            "the SSO client registration of the cached token has expired",
        ));
    }
    let mut body = Map::new();
    body.insert("clientId".into(), Value::String(client_id.into()));
    body.insert("clientSecret".into(), Value::String(client_secret.into()));
    body.insert("grantType".into(), Value::String("refresh_token".into()));
    body.insert("refreshToken".into(), Value::String(refresh.into()));
    let body = Value::Object(body).to_string();
    let url = format!("{}/token", base_url(oidc_endpoint)?);
    let request = HttpRequest::new("POST", url)
        .with_header("content-type", "application/json")
        .with_body(body);
    let response = exchange(transport, request, "CreateToken", policy).await?;
    let invalid = |why: String| {
        SsoError::new(
            SsoErrorKind::InvalidResponse,
            format!("the SSO-OIDC CreateToken answer is not usable: {why}"),
        )
    };
    let value: Value = serde_json::from_slice(&response.body)
        .map_err(|e| invalid("not JSON".into()).with_source(Box::new(e)))?;
    let access_token = match value.get("accessToken") {
        Some(Value::String(s)) if !s.is_empty() => s.clone(),
        _ => return Err(invalid("`accessToken` is missing".into())),
    };
    let expires_in = value
        .get("expiresIn")
        .and_then(Value::as_u64)
        .ok_or_else(|| invalid("`expiresIn` is not a number of seconds".into()))?;
    let mut refreshed = token.clone();
    refreshed.access_token = access_token;
    refreshed.expires_at = now + Duration::from_secs(expires_in);
    if let Some(Value::String(new_refresh)) = value.get("refreshToken") {
        if !new_refresh.is_empty() {
            refreshed.refresh_token = Some(new_refresh.clone());
        }
    }
    Ok(refreshed)
}

/// The endpoint as a base URL without a trailing `/`, checked.
fn base_url(endpoint: &str) -> Result<String, SsoError> {
    let invalid = |why: String| {
        SsoError::new(
            SsoErrorKind::InvalidInput,
            format!("SSO endpoint {endpoint:?} is not usable: {why}"),
        )
    };
    let url = reqwest::Url::parse(endpoint).map_err(|e| invalid(e.to_string()))?;
    if url.scheme() != "https" && url.scheme() != "http" {
        return Err(invalid("the scheme must be https or http".into()));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(invalid("it has no host".into()));
    }
    if url.query().is_some() {
        return Err(invalid("it has a query".into()));
    }
    Ok(endpoint.trim_end_matches('/').to_string())
}

/// Sends `request` under `policy`; a 2xx answer is returned, an error answer becomes a
/// service error with its code.
async fn exchange(
    transport: &dyn HttpTransport,
    request: HttpRequest,
    operation: &str,
    policy: &RetryPolicy,
) -> Result<HttpResponse, SsoError> {
    send_with_retries(
        transport,
        policy,
        || Ok(request.clone()),
        |response| {
            if (200..300).contains(&response.status) {
                return Ok(response);
            }
            let error = service_error(operation, &response);
            match classify_response(response.status, error.code()) {
                Some(_) => Err(AttemptError::retryable(error)),
                None => Err(AttemptError::fatal(error)),
            }
        },
        |failure| {
            let (kind, message) = match &failure {
                AttemptFailure::TimedOut(limit) => (
                    SsoErrorKind::TimedOut,
                    format!(
                        "SSO {operation} got no answer within {} ms",
                        limit.as_millis()
                    ),
                ),
                AttemptFailure::Transport(e) => (
                    SsoErrorKind::Transport,
                    format!("could not reach SSO for {operation}: {e}"),
                ),
            };
            SsoError::new(kind, message).with_source(failure.into_source())
        },
    )
    .await
}

/// A restJson error answer: the code from `x-amzn-errortype`, else the body's `__type`,
/// `code` or OAuth `error`; the message from `message` / `Message` / `error_description`.
fn service_error(operation: &str, response: &HttpResponse) -> SsoError {
    let body: Option<Value> = serde_json::from_slice(&response.body).ok();
    let body_text = |name: &str| {
        body.as_ref()
            .and_then(|b| b.get(name))
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    };
    let sanitize = |code: &str| {
        // `aws.protocoltests#FooError:http://...` → `FooError`
        let code = code.split(':').next().unwrap_or(code);
        code.rsplit('#').next().unwrap_or(code).trim().to_string()
    };
    let code = response
        .header("x-amzn-errortype")
        .or_else(|| body_text("__type"))
        .or_else(|| body_text("code"))
        .or_else(|| body_text("error"))
        .map(sanitize)
        .filter(|c| !c.is_empty());
    let message = body_text("message")
        .or_else(|| body_text("Message"))
        .or_else(|| body_text("error_description"));
    let status = response.status;
    let text = match (&code, message) {
        (Some(code), Some(message)) => {
            format!("SSO {operation} failed (status {status}): {code}: {message}")
        }
        (Some(code), None) => format!("SSO {operation} failed (status {status}): {code}"),
        (None, _) => format!(
            "SSO {operation} failed with status {status}: {}",
            body_excerpt(&response.body)
        ),
    };
    let mut error = SsoError::new(SsoErrorKind::Service, text);
    error.status = Some(status);
    error.code = code;
    error
}
