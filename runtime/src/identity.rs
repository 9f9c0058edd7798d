//! What the signer signs with and what fails when it cannot be had: [`Credentials`] and
//! [`CredentialsError`]. A leaf module: the providers (`credentials`), the signer and the
//! error type all use it, and it uses none of them.

use std::error::Error as StdError;
use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

/// An access key pair, with a session token for temporary credentials.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    access_key_id: String,
    secret_access_key: String,
    session_token: Option<String>,
    /// When temporary credentials stop working; `None` for long-term keys.
    expiry: Option<SystemTime>,
    /// The account the credentials belong to, when the source says.
    account_id: Option<String>,
}

impl Credentials {
    pub fn new(
        access_key_id: impl Into<String>,
        secret_access_key: impl Into<String>,
        session_token: Option<String>,
    ) -> Self {
        Credentials {
            access_key_id: access_key_id.into(),
            secret_access_key: secret_access_key.into(),
            session_token,
            expiry: None,
            account_id: None,
        }
    }

    /// These credentials, expiring at `expiry`.
    pub fn with_expiry(mut self, expiry: SystemTime) -> Self {
        self.expiry = Some(expiry);
        self
    }

    /// These credentials, belonging to account `account_id`.
    pub fn with_account_id(mut self, account_id: impl Into<String>) -> Self {
        self.account_id = Some(account_id.into());
        self
    }

    /// When the credentials expire; `None` for long-term keys.
    pub fn expiry(&self) -> Option<SystemTime> {
        self.expiry
    }

    pub fn account_id(&self) -> Option<&str> {
        self.account_id.as_deref()
    }

    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    pub fn secret_access_key(&self) -> &str {
        &self.secret_access_key
    }

    pub fn session_token(&self) -> Option<&str> {
        self.session_token.as_deref()
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"** redacted **")
            .field(
                "session_token",
                &self.session_token.as_ref().map(|_| "** redacted **"),
            )
            .field("expiry", &self.expiry)
            .field("account_id", &self.account_id)
            .finish()
    }
}

/// What kind of failure a [`CredentialsError`] is, for a caller (or a chain) to act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CredentialsErrorKind {
    /// The source is not configured here (no variables, no such profile, IMDS disabled): a
    /// chain moves on to its next source.
    NotLoaded,
    /// The source is configured, but wrongly (a half-set key pair, a profile naming a
    /// missing profile, an unparsable file): a chain stops here.
    InvalidConfiguration,
    /// The source was asked and failed (a service error, a bad answer, a process exiting
    /// non-zero): a chain stops here.
    ProviderError,
    /// The source could not be reached in time.
    TimedOut,
}

/// Why no credentials came: its kind, a message naming the source and what to fix, and the
/// underlying error when there is one. Never holds a secret.
#[derive(Clone)]
pub struct CredentialsError {
    kind: CredentialsErrorKind,
    message: String,
    source: Option<Arc<dyn StdError + Send + Sync>>,
}

impl CredentialsError {
    /// A provider failure with `message`.
    pub fn new(message: impl Into<String>) -> Self {
        CredentialsError::of_kind(CredentialsErrorKind::ProviderError, message)
    }

    pub fn of_kind(kind: CredentialsErrorKind, message: impl Into<String>) -> Self {
        CredentialsError {
            kind,
            message: message.into(),
            source: None,
        }
    }

    /// The source is not configured.
    pub fn not_loaded(message: impl Into<String>) -> Self {
        CredentialsError::of_kind(CredentialsErrorKind::NotLoaded, message)
    }

    /// The source is configured wrongly.
    pub fn invalid_configuration(message: impl Into<String>) -> Self {
        CredentialsError::of_kind(CredentialsErrorKind::InvalidConfiguration, message)
    }

    /// This error, caused by `source`.
    pub fn with_source(mut self, source: impl StdError + Send + Sync + 'static) -> Self {
        self.source = Some(Arc::new(source));
        self
    }

    pub fn kind(&self) -> CredentialsErrorKind {
        self.kind
    }

    /// The message, without the source's.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Debug for CredentialsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CredentialsError")
            .field("kind", &self.kind)
            .field("message", &self.message)
            .field("source", &self.source)
            .finish()
    }
}

impl fmt::Display for CredentialsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(source) = &self.source {
            write!(f, ": {source}")?;
        }
        Ok(())
    }
}

impl StdError for CredentialsError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn StdError + 'static))
    }
}
