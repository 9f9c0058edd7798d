//! The one error type every operation returns, and the metadata of a service error.

use std::fmt;
use std::time::Duration;

use crate::identity::CredentialsError;
use crate::validate::{BuildError, ValidationErrors};

/// What went wrong with a call. `E` is the operation's typed service error (generated code
/// supplies one per operation); raw calls use [`ErrorMetadata`].
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E = ErrorMetadata> {
    /// The input broke a constraint of the model; nothing was sent.
    InvalidInput(ValidationErrors),
    /// No credentials could be found, or a credentials source failed.
    NoCredentials(CredentialsError),
    /// The client could not be configured for this call (no region, a bad endpoint).
    Config(ConfigError),
    /// The request could not be sent or the response could not be received.
    Transport(TransportError),
    /// A timeout elapsed before the call completed.
    Timeout(TimeoutError),
    /// The service answered with something that is not a valid response.
    UnreadableResponse(UnreadableResponse),
    /// The service answered with an error.
    Service(E),
}

impl<E> Error<E> {
    /// The same error, with a service error turned into another type by `f`.
    pub fn map_service<F>(self, f: impl FnOnce(E) -> F) -> Error<F> {
        match self {
            Error::InvalidInput(e) => Error::InvalidInput(e),
            Error::NoCredentials(e) => Error::NoCredentials(e),
            Error::Config(e) => Error::Config(e),
            Error::Transport(e) => Error::Transport(e),
            Error::Timeout(e) => Error::Timeout(e),
            Error::UnreadableResponse(e) => Error::UnreadableResponse(e),
            Error::Service(e) => Error::Service(f(e)),
        }
    }

    /// The same error, with the service error converted by `From`: how a function that calls
    /// several operations returns one error type, the service-wide `{Client}Error` the macro
    /// generates (`AthenaError`), which every operation error converts into.
    ///
    /// ```text
    /// async fn flow(client: &Client) -> Result<(), Error<AthenaError>> {
    ///     let started = start_session(client, start).await.map_err(Error::into_service)?;
    ///     let session = get_session(client, get).await.map_err(Error::into_service)?;
    ///     Ok(())
    /// }
    /// ```
    ///
    /// A plain `?` cannot do this: a `From<Error<E>> for Error<F>` impl would overlap std's
    /// `From<T> for T` (where `E` is `F`), which Rust does not allow.
    pub fn into_service<F: From<E>>(self) -> Error<F> {
        self.map_service(F::from)
    }
}

/// A request whose builder found a required member unset: nothing was sent. Lets `?` on a
/// `build()` return the same error as the call.
impl<E> From<BuildError> for Error<E> {
    fn from(error: BuildError) -> Self {
        Error::InvalidInput(error.into())
    }
}

impl<E: OperationError> Error<E> {
    /// The service error, when the service answered with one.
    pub fn service_error(&self) -> Option<&E> {
        match self {
            Error::Service(e) => Some(e),
            _ => None,
        }
    }

    /// The error code the service sent (`ThrottlingException`, ...), when it sent one.
    pub fn code(&self) -> Option<&str> {
        self.service_error().map(|e| e.meta().code.as_str())
    }
}

impl<E: fmt::Display> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidInput(e) => write!(f, "invalid input, nothing was sent: {e}"),
            Error::NoCredentials(e) => write!(f, "no AWS credentials: {e}"),
            Error::Config(e) => write!(f, "client configuration: {e}"),
            Error::Transport(e) => write!(f, "{e}"),
            Error::Timeout(e) => write!(f, "{e}"),
            Error::UnreadableResponse(e) => write!(f, "{e}"),
            Error::Service(e) => write!(f, "service error: {e}"),
        }
    }
}

impl<E: std::error::Error + 'static> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::InvalidInput(e) => Some(e),
            Error::NoCredentials(e) => Some(e),
            Error::Config(e) => Some(e),
            Error::Transport(e) => Some(e),
            Error::Timeout(e) => Some(e),
            Error::UnreadableResponse(e) => Some(e),
            Error::Service(e) => Some(e),
        }
    }
}

/// What every service error carries besides its modeled members.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(default, rename_all = "camelCase")
)]
pub struct ErrorMetadata {
    /// The error code with any namespace (`aws.protocoltests#`) and suffix (`:http://...`) removed.
    pub code: String,
    /// The human-readable message, from `message`, `Message` or `errorMessage`.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub message: Option<String>,
    /// The `x-amzn-RequestId` header, when present.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub request_id: Option<String>,
    /// The HTTP status code of the response.
    pub status: u16,
}

impl ErrorMetadata {
    /// A copy with the message replaced by [`REDACTED`](crate::REDACTED): what generated
    /// `Debug` and `Display` show for an error whose modeled message is `@sensitive`.
    pub fn with_message_redacted(&self) -> ErrorMetadata {
        ErrorMetadata {
            message: self
                .message
                .as_ref()
                .map(|_| crate::sensitive::REDACTED.to_string()),
            ..self.clone()
        }
    }
}

impl fmt::Display for ErrorMetadata {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.code.is_empty() {
            write!(f, "unknown error")?;
        } else {
            f.write_str(&self.code)?;
        }
        if let Some(message) = &self.message {
            write!(f, ": {message}")?;
        }
        write!(f, " (HTTP {}", self.status)?;
        if let Some(id) = &self.request_id {
            write!(f, ", request id {id}")?;
        }
        f.write_str(")")
    }
}

impl std::error::Error for ErrorMetadata {}

/// A service error type: generated per operation, or [`ErrorMetadata`] for raw calls.
pub trait OperationError: std::error::Error + Sized + 'static {
    /// Builds the error from the response's metadata and its parsed JSON body (if it had one).
    fn from_response(meta: ErrorMetadata, body: Option<&serde_json::Value>) -> Self;
    /// The code, message, request id and status of the response.
    fn meta(&self) -> &ErrorMetadata;
}

impl OperationError for ErrorMetadata {
    fn from_response(meta: ErrorMetadata, _body: Option<&serde_json::Value>) -> Self {
        meta
    }
    fn meta(&self) -> &ErrorMetadata {
        self
    }
}

/// A modeled error structure (one per `@error` shape), as generated code implements it.
pub trait ModeledError: crate::json::DeserializeJson + Default {
    /// Keeps the response's metadata; also fills the modeled message member from it when the
    /// body spelled the key differently (`message` for a member named `Message`).
    fn set_meta(&mut self, meta: ErrorMetadata);
}

/// Reads a modeled error from an error response. A body that does not fit the modeled
/// members still yields the error, with its code and message kept in the metadata.
pub fn read_modeled_error<T: ModeledError>(
    meta: ErrorMetadata,
    body: Option<&serde_json::Value>,
) -> T {
    let mut error: T = body.and_then(|b| T::from_json(b).ok()).unwrap_or_default();
    error.set_meta(meta);
    error
}

/// What kind of configuration problem a [`ConfigError`] is, for a caller to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConfigErrorKind {
    /// No region is set anywhere.
    NoRegion,
    /// A shared config or credentials file could not be read or parsed.
    ProfileFile,
    /// Anything else (a bad endpoint, a bad region, an HTTP client that cannot be set up).
    Other,
}

/// The client could not be set up for a call.
#[derive(Debug, Clone)]
pub struct ConfigError {
    pub message: String,
    kind: ConfigErrorKind,
    source: Option<std::sync::Arc<dyn std::error::Error + Send + Sync>>,
}

impl ConfigError {
    pub fn new(message: impl Into<String>) -> Self {
        ConfigError::of_kind(ConfigErrorKind::Other, message)
    }

    pub fn of_kind(kind: ConfigErrorKind, message: impl Into<String>) -> Self {
        ConfigError {
            message: message.into(),
            kind,
            source: None,
        }
    }

    /// This error, caused by `source` (kept, not printed: the message already says it).
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(std::sync::Arc::new(source));
        self
    }

    pub fn kind(&self) -> ConfigErrorKind {
        self.kind
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ConfigError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// Sending the request or receiving the response failed below HTTP.
#[derive(Debug)]
pub struct TransportError {
    /// What was being done: "sending the request to https://...".
    pub context: String,
    pub source: Box<dyn std::error::Error + Send + Sync>,
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "transport error while {}: {}", self.context, self.source)?;
        // reqwest's Display is terse; the root cause usually says what to fix.
        let mut cause = self.source.source();
        while let Some(c) = cause {
            write!(f, ": {c}")?;
            cause = c.source();
        }
        Ok(())
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.source.as_ref())
    }
}

/// Which of the client's timeouts elapsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeoutKind {
    Connect,
    Attempt,
    Operation,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeoutError {
    pub kind: TimeoutKind,
    pub after: Duration,
}

impl fmt::Display for TimeoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            TimeoutKind::Connect => "connecting",
            TimeoutKind::Attempt => "an attempt",
            TimeoutKind::Operation => "the whole operation",
        };
        write!(
            f,
            "timed out: {what} took longer than {:?} (raise it in the client's timeouts)",
            self.after
        )
    }
}

impl std::error::Error for TimeoutError {}

/// A response that could not be read as the operation's output or as an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnreadableResponse {
    pub status: u16,
    /// Why it could not be read.
    pub reason: String,
    /// The start of the body, lossily decoded, at most [`UnreadableResponse::SNIPPET_LEN`] chars.
    pub snippet: String,
    pub request_id: Option<String>,
}

impl UnreadableResponse {
    pub const SNIPPET_LEN: usize = 200;

    pub fn new(status: u16, reason: impl Into<String>, body: &[u8]) -> Self {
        UnreadableResponse {
            status,
            reason: reason.into(),
            snippet: snippet(body, Self::SNIPPET_LEN),
            request_id: None,
        }
    }
}

/// The first `max` characters of a body, lossily decoded, with whitespace runs folded.
pub fn snippet(body: &[u8], max: usize) -> String {
    let text = String::from_utf8_lossy(body);
    let mut out = String::new();
    let mut count = 0;
    let mut last_space = false;
    for c in text.chars() {
        let c = if c.is_whitespace() { ' ' } else { c };
        if c == ' ' && last_space {
            continue;
        }
        last_space = c == ' ';
        if count == max {
            out.push('…');
            break;
        }
        out.push(c);
        count += 1;
    }
    out.trim().to_string()
}

impl fmt::Display for UnreadableResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unreadable response (HTTP {}): {}; body starts: {:?}",
            self.status, self.reason, self.snippet
        )
    }
}

impl std::error::Error for UnreadableResponse {}
