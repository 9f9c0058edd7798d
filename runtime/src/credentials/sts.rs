//! STS AssumeRole and AssumeRoleWithWebIdentity over awsQuery: a form-encoded POST to the
//! endpoint's path, answered in XML.
//!
//! API for the providers that wire it:
//! - [`assume_role`]`(transport, endpoint, region, &source_credentials, &`[`AssumeRoleParams`]`,
//!   now, &policy).await` → [`Credentials`] (expiry, account id from the assumed role's ARN).
//!   Signed with SigV4 (service `sts`, `region`, at `now`) with the source credentials.
//! - [`assume_role_with_web_identity`]`(transport, endpoint, &`[`WebIdentityParams`]`,
//!   &policy).await` → [`Credentials`]; unsigned.
//! - `endpoint` is the full base URL (`https://sts.us-east-1.amazonaws.com`, a FIPS or
//!   dual-stack one, or `AWS_ENDPOINT_URL_STS`): the caller resolves it.
//! - [`default_retry_policy`]: 3 attempts of 10 s; throttling, 5xx, transient codes
//!   (`IDPCommunicationError` among them), transport failures and timeouts are retried.
//! - [`default_session_name`]`(prefix, now)`: `{prefix}-{unix millis}`, what aws-config uses
//!   when no `role_session_name` is configured.
//! - Errors: [`StsError`] with [`StsErrorKind`]; a service error keeps its `code()`,
//!   `status()` and `request_id()`.

use std::fmt;
use std::time::{Duration, Instant, SystemTime};

use super::attempts::{body_excerpt, send_with_retries, AttemptError, AttemptFailure, RetryPolicy};
use super::query_xml;
use crate::credentials::Credentials;
use crate::http::{HttpRequest, HttpTransport};
use crate::retry::classify_response;
use crate::sigv4::{sign, SignableRequest, SigningParams};
use crate::time::DateTime;
use crate::uri_encode::uri_encode_into;

const VERSION: &str = "2011-06-15";
const FORM_CONTENT_TYPE: &str = "application/x-www-form-urlencoded";

/// Each attempt must be answered within this.
pub const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);

/// 3 attempts of [`ATTEMPT_TIMEOUT`], the standard backoff between them.
pub fn default_retry_policy() -> RetryPolicy {
    RetryPolicy::standard(Some(ATTEMPT_TIMEOUT))
}

/// `{prefix}-{milliseconds since the epoch at now}`, e.g. `assume-role-provider-1632246085998`.
pub fn default_session_name(prefix: &str, now: SystemTime) -> String {
    let millis = now
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    format!("{prefix}-{millis}")
}

/// The parameters of AssumeRole. The MFA pair is sent only when both are given.
#[derive(Clone, Default)]
pub struct AssumeRoleParams<'a> {
    pub role_arn: &'a str,
    pub role_session_name: &'a str,
    pub external_id: Option<&'a str>,
    pub duration_seconds: Option<u32>,
    /// The MFA device (`mfa_serial`).
    pub serial_number: Option<&'a str>,
    /// The current MFA code.
    pub token_code: Option<&'a str>,
}

impl fmt::Debug for AssumeRoleParams<'_> {
    // The external id and the MFA code are shown only as present or not.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AssumeRoleParams")
            .field("role_arn", &self.role_arn)
            .field("role_session_name", &self.role_session_name)
            .field("external_id", &self.external_id.map(|_| "** redacted **"))
            .field("duration_seconds", &self.duration_seconds)
            .field("serial_number", &self.serial_number)
            .field("token_code", &self.token_code.map(|_| "** redacted **"))
            .finish()
    }
}

/// The parameters of AssumeRoleWithWebIdentity.
#[derive(Clone, Default)]
pub struct WebIdentityParams<'a> {
    pub role_arn: &'a str,
    pub role_session_name: &'a str,
    /// The OIDC token (the contents of the web identity token file).
    pub web_identity_token: &'a str,
    pub duration_seconds: Option<u32>,
}

impl fmt::Debug for WebIdentityParams<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebIdentityParams")
            .field("role_arn", &self.role_arn)
            .field("role_session_name", &self.role_session_name)
            .field("web_identity_token", &"** redacted **")
            .field("duration_seconds", &self.duration_seconds)
            .finish()
    }
}

/// What kind of failure an [`StsError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum StsErrorKind {
    /// The endpoint is not a usable URL, or a parameter cannot be sent.
    InvalidInput,
    /// STS answered with an error (see [`StsError::code`]): `AccessDenied`, `ExpiredToken`,
    /// `InvalidIdentityToken`, `IDPCommunicationError`, `RegionDisabledException`, ...
    Service,
    /// No connection could be made, or it broke.
    Transport,
    /// An attempt got no response within its timeout.
    TimedOut,
    /// The answer could not be read (not XML, a field missing or malformed).
    InvalidResponse,
}

/// An STS failure: its kind, a message without secrets and the cause.
#[derive(Debug)]
pub struct StsError {
    kind: StsErrorKind,
    message: String,
    status: Option<u16>,
    code: Option<String>,
    request_id: Option<String>,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl StsError {
    fn new(kind: StsErrorKind, message: impl Into<String>) -> Self {
        StsError {
            kind,
            message: message.into(),
            status: None,
            code: None,
            request_id: None,
            source: None,
        }
    }

    fn with_source(mut self, source: Box<dyn std::error::Error + Send + Sync>) -> Self {
        self.source = Some(source);
        self
    }

    pub fn kind(&self) -> StsErrorKind {
        self.kind
    }

    /// The error code of a service error (`AccessDenied`).
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The HTTP status of an error answer.
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

impl fmt::Display for StsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for StsError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// Calls AssumeRole, signed with `source` for `region` at `now`.
pub async fn assume_role(
    transport: &dyn HttpTransport,
    endpoint: &str,
    region: &str,
    source: &Credentials,
    params: &AssumeRoleParams<'_>,
    now: SystemTime,
    policy: &RetryPolicy,
) -> Result<Credentials, StsError> {
    let mut form = vec![
        ("Action", "AssumeRole".to_string()),
        ("Version", VERSION.to_string()),
        ("RoleArn", params.role_arn.to_string()),
        ("RoleSessionName", params.role_session_name.to_string()),
    ];
    if let Some(external_id) = params.external_id {
        form.push(("ExternalId", external_id.to_string()));
    }
    if let Some(duration) = params.duration_seconds {
        form.push(("DurationSeconds", duration.to_string()));
    }
    if let (Some(serial), Some(code)) = (params.serial_number, params.token_code) {
        form.push(("SerialNumber", serial.to_string()));
        form.push(("TokenCode", code.to_string()));
    }
    let signer = Signing {
        credentials: source,
        region,
        now,
    };
    call(
        transport,
        endpoint,
        "AssumeRole",
        &form,
        Some(&signer),
        policy,
    )
    .await
}

/// Calls AssumeRoleWithWebIdentity (unsigned: the token is the proof).
pub async fn assume_role_with_web_identity(
    transport: &dyn HttpTransport,
    endpoint: &str,
    params: &WebIdentityParams<'_>,
    policy: &RetryPolicy,
) -> Result<Credentials, StsError> {
    let mut form = vec![
        ("Action", "AssumeRoleWithWebIdentity".to_string()),
        ("Version", VERSION.to_string()),
        ("RoleArn", params.role_arn.to_string()),
        ("RoleSessionName", params.role_session_name.to_string()),
        ("WebIdentityToken", params.web_identity_token.to_string()),
    ];
    if let Some(duration) = params.duration_seconds {
        form.push(("DurationSeconds", duration.to_string()));
    }
    call(
        transport,
        endpoint,
        "AssumeRoleWithWebIdentity",
        &form,
        None,
        policy,
    )
    .await
}

/// Who signs a request, for which region, at which instant.
struct Signing<'a> {
    credentials: &'a Credentials,
    region: &'a str,
    now: SystemTime,
}

/// The endpoint split the way sending and signing need it.
struct Target {
    url: String,
    /// `host[:port]`, the port only when not the scheme's default, as the transport sends it.
    host: String,
    path_and_query: String,
}

fn target(endpoint: &str) -> Result<Target, StsError> {
    let invalid = |why: String| {
        StsError::new(
            StsErrorKind::InvalidInput,
            format!("STS endpoint {endpoint:?} is not usable: {why}"),
        )
    };
    let url = reqwest::Url::parse(endpoint).map_err(|e| invalid(e.to_string()))?;
    if url.scheme() != "https" && url.scheme() != "http" {
        return Err(invalid("the scheme must be https or http".into()));
    }
    let host = match (url.host_str(), url.port()) {
        (Some(""), _) | (None, _) => return Err(invalid("it has no host".into())),
        (Some(host), Some(port)) => format!("{host}:{port}"),
        (Some(host), None) => host.to_string(),
    };
    let mut path_and_query = url.path().to_string();
    if let Some(query) = url.query() {
        path_and_query.push('?');
        path_and_query.push_str(query);
    }
    Ok(Target {
        url: url.to_string(),
        host,
        path_and_query,
    })
}

/// `application/x-www-form-urlencoded` as awsQuery writes it: every byte but the RFC 3986
/// unreserved set percent-encoded (a space is `%20`).
fn form_encode(pairs: &[(&str, String)]) -> String {
    let mut out = String::new();
    for (i, (name, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        uri_encode_into(name, &mut out);
        out.push('=');
        uri_encode_into(value, &mut out);
    }
    out
}

async fn call(
    transport: &dyn HttpTransport,
    endpoint: &str,
    action: &str,
    form: &[(&str, String)],
    signing: Option<&Signing<'_>>,
    policy: &RetryPolicy,
) -> Result<Credentials, StsError> {
    let target = target(endpoint)?;
    let body = form_encode(form);
    let started = Instant::now();
    send_with_retries(
        transport,
        policy,
        || {
            let mut request = HttpRequest::new("POST", target.url.as_str())
                .with_header("content-type", FORM_CONTENT_TYPE)
                .with_body(body.clone());
            if let Some(signing) = signing {
                let headers = [
                    ("host", target.host.as_str()),
                    ("content-type", FORM_CONTENT_TYPE),
                ];
                let output = sign(
                    &SignableRequest {
                        method: "POST",
                        path_and_query: &target.path_and_query,
                        headers: &headers,
                        body: body.as_bytes(),
                    },
                    &SigningParams {
                        credentials: signing.credentials,
                        region: signing.region,
                        service: "sts",
                        // Each attempt is signed at its own instant, offset from the caller's
                        // clock, so a retry after a wait is not signed in the past.
                        time: DateTime::from(signing.now + started.elapsed()),
                    },
                );
                for (name, value) in output.headers {
                    request.set_header(name, value);
                }
            }
            Ok(request)
        },
        |response| {
            if (200..300).contains(&response.status) {
                let text = std::str::from_utf8(&response.body).map_err(|e| {
                    AttemptError::fatal(
                        StsError::new(
                            StsErrorKind::InvalidResponse,
                            format!("STS {action} answer is not UTF-8"),
                        )
                        .with_source(Box::new(e)),
                    )
                })?;
                return parse_credentials(action, text).map_err(AttemptError::fatal);
            }
            let error = parse_error(action, response.status, &response.body);
            match classify_response(response.status, error.code()) {
                Some(_) => Err(AttemptError::retryable(error)),
                None => Err(AttemptError::fatal(error)),
            }
        },
        |failure| {
            let (kind, message) = match &failure {
                AttemptFailure::TimedOut(limit) => (
                    StsErrorKind::TimedOut,
                    format!(
                        "STS did not answer {action} within {} ms",
                        limit.as_millis()
                    ),
                ),
                AttemptFailure::Transport(e) => (
                    StsErrorKind::Transport,
                    format!("could not reach STS for {action}: {e}"),
                ),
            };
            StsError::new(kind, message).with_source(failure.into_source())
        },
    )
    .await
}

/// Reads a successful answer: `{action}Response/{action}Result/Credentials/{AccessKeyId,
/// SecretAccessKey, SessionToken, Expiration}` and `AssumedRoleUser/Arn` for the account.
pub fn parse_credentials(action: &str, xml: &str) -> Result<Credentials, StsError> {
    let invalid = |why: String| {
        StsError::new(
            StsErrorKind::InvalidResponse,
            format!("STS {action} answer is not usable: {why}"),
        )
    };
    let leaves =
        query_xml::leaves(xml).map_err(|e| invalid(e.to_string()).with_source(Box::new(e)))?;
    let result = format!("{action}Response/{action}Result");
    let field = |path: &str| {
        query_xml::find(&leaves, &format!("{result}/{path}"))
            .map(str::trim)
            .filter(|v| !v.is_empty())
    };
    let required = |path: &str| field(path).ok_or_else(|| invalid(format!("{path} is missing")));
    let access_key_id = required("Credentials/AccessKeyId")?;
    let secret_access_key = required("Credentials/SecretAccessKey")?;
    let session_token = required("Credentials/SessionToken")?;
    let expiration = required("Credentials/Expiration")?;
    let expiry = DateTime::parse(expiration)
        .ok_or_else(|| invalid(format!("Expiration {expiration:?} is not an ISO 8601 time")))?;
    let mut credentials = Credentials::new(
        access_key_id,
        secret_access_key,
        Some(session_token.to_string()),
    )
    .with_expiry(SystemTime::from(expiry));
    if let Some(account) = field("AssumedRoleUser/Arn").and_then(account_of_arn) {
        credentials = credentials.with_account_id(account);
    }
    Ok(credentials)
}

/// The account of an ARN: its fifth field (`arn:aws:sts::123456789012:assumed-role/...`).
pub fn account_of_arn(arn: &str) -> Option<&str> {
    let mut fields = arn.splitn(6, ':');
    if fields.next() != Some("arn") {
        return None;
    }
    let account = fields.nth(3)?;
    fields.next()?;
    Some(account).filter(|a| !a.is_empty())
}

/// Reads an error answer (`ErrorResponse/Error/{Code, Message}`, `RequestId`); one that is
/// not that shape still gives an error with the status.
pub fn parse_error(action: &str, status: u16, body: &[u8]) -> StsError {
    let leaves = std::str::from_utf8(body)
        .ok()
        .and_then(|text| query_xml::leaves(text).ok());
    let get = |path: &str| {
        leaves
            .as_deref()
            .and_then(|l| query_xml::find(l, path))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    };
    let code = get("Error/Code");
    let message = get("Error/Message");
    let request_id = get("RequestId");
    let text = match (&code, &message) {
        (Some(code), Some(message)) => {
            format!("STS {action} failed (status {status}): {code}: {message}")
        }
        (Some(code), None) => format!("STS {action} failed (status {status}): {code}"),
        _ => format!(
            "STS {action} failed with status {status}: {}",
            body_excerpt(body)
        ),
    };
    let mut error = StsError::new(StsErrorKind::Service, text);
    error.status = Some(status);
    error.code = code;
    error.request_id = request_id;
    error
}
