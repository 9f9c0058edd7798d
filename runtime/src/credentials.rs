//! AWS credentials and where they come from.
//!
//! Secrets never appear in `Debug` or `Display` output.

pub mod attempts;
pub mod container;
pub mod imds;
pub mod query_xml;
pub mod sha1;
pub mod sso;
pub mod sts;

use std::fmt;
use std::sync::OnceLock;
use std::time::SystemTime;

use crate::config::{profile_name, Environment};
use crate::profile::ProfileSet;

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

/// No usable credentials: says every place that was looked at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CredentialsError {
    pub message: String,
}

impl CredentialsError {
    pub fn new(message: impl Into<String>) -> Self {
        CredentialsError {
            message: message.into(),
        }
    }
}

impl fmt::Display for CredentialsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CredentialsError {}

/// A source of credentials, asked before each call (sources may cache).
pub trait ProvideCredentials: Send + Sync + fmt::Debug {
    fn provide(&self) -> Result<Credentials, CredentialsError>;
}

impl ProvideCredentials for Credentials {
    fn provide(&self) -> Result<Credentials, CredentialsError> {
        Ok(self.clone())
    }
}

/// What one source found: credentials, nothing (with where it looked), or something broken
/// that must stop the search rather than fall through to a different identity.
enum Lookup {
    Found(Credentials),
    NotFound(String),
    Invalid(CredentialsError),
}

fn not_found(looked_at: &[String]) -> CredentialsError {
    CredentialsError::new(format!(
        "no AWS credentials found: looked at {}",
        looked_at.join(", ")
    ))
}

/// Credentials from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`.
#[derive(Debug)]
pub struct EnvironmentCredentials {
    env: Environment,
}

impl EnvironmentCredentials {
    pub fn new(env: Environment) -> Self {
        EnvironmentCredentials { env }
    }

    fn lookup(&self) -> Lookup {
        let key = self.env.var("AWS_ACCESS_KEY_ID");
        let secret = self.env.var("AWS_SECRET_ACCESS_KEY");
        let token = self.env.var("AWS_SESSION_TOKEN");
        match (key, secret) {
            (Some(key), Some(secret)) => {
                Lookup::Found(Credentials::new(key, secret, token.map(str::to_string)))
            }
            (None, None) => Lookup::NotFound(
                "environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (not set)".into(),
            ),
            (Some(_), None) => Lookup::Invalid(CredentialsError::new(
                "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not: set both or neither",
            )),
            (None, Some(_)) => Lookup::Invalid(CredentialsError::new(
                "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not: set both or neither",
            )),
        }
    }
}

impl ProvideCredentials for EnvironmentCredentials {
    fn provide(&self) -> Result<Credentials, CredentialsError> {
        match self.lookup() {
            Lookup::Found(credentials) => Ok(credentials),
            Lookup::NotFound(looked_at) => Err(not_found(&[looked_at])),
            Lookup::Invalid(e) => Err(e),
        }
    }
}

/// Profile keys that name a way of getting credentials this client does not implement.
const UNSUPPORTED_SOURCES: &[&str] = &[
    "role_arn",
    "credential_process",
    "sso_session",
    "sso_start_url",
    "web_identity_token_file",
];

/// Credentials from a profile's `aws_access_key_id`, `aws_secret_access_key` and
/// `aws_session_token`, in the shared credentials file, then the shared config file.
/// The files are read on every call.
#[derive(Debug)]
pub struct ProfileCredentials {
    env: Environment,
    profile: String,
}

impl ProfileCredentials {
    /// `profile`: the profile to read; `None` selects `AWS_PROFILE`, else `default`.
    pub fn new(env: Environment, profile: Option<&str>) -> Self {
        let profile = profile_name(profile, &env);
        ProfileCredentials { env, profile }
    }

    pub fn profile(&self) -> &str {
        &self.profile
    }

    fn lookup(&self) -> Lookup {
        let set = match ProfileSet::load(&self.env) {
            Ok(set) => set,
            Err(e) => {
                return Lookup::Invalid(CredentialsError::new(format!(
                    "could not read profile \"{}\": {e}",
                    self.profile
                )))
            }
        };
        let profile = self.profile.as_str();
        let key = set
            .get(profile, "aws_access_key_id")
            .filter(|v| !v.is_empty());
        let secret = set
            .get(profile, "aws_secret_access_key")
            .filter(|v| !v.is_empty());
        let token = set
            .get(profile, "aws_session_token")
            .filter(|v| !v.is_empty());
        let files = || {
            format!(
                "{} and {}",
                set.credentials_file().describe_location(),
                set.config_file().describe_location()
            )
        };
        match (key, secret) {
            (Some(key), Some(secret)) => {
                Lookup::Found(Credentials::new(key, secret, token.map(str::to_string)))
            }
            (Some(_), None) => Lookup::Invalid(CredentialsError::new(format!(
                "profile \"{profile}\" has aws_access_key_id but no aws_secret_access_key (in {})",
                files()
            ))),
            (None, Some(_)) => Lookup::Invalid(CredentialsError::new(format!(
                "profile \"{profile}\" has aws_secret_access_key but no aws_access_key_id (in {})",
                files()
            ))),
            (None, None) => {
                let mut places = Vec::new();
                for file in [set.credentials_file(), set.config_file()] {
                    let state = if file.path().is_none() {
                        String::new()
                    } else if !file.found() {
                        " (file not found)".to_string()
                    } else if !file.has_profile(profile) {
                        " (no such profile)".to_string()
                    } else {
                        match UNSUPPORTED_SOURCES
                            .iter()
                            .find(|k| file.get(profile, k).is_some())
                        {
                            Some(k) => format!(" (no access keys; {k} is not supported)"),
                            None => " (no aws_access_key_id)".to_string(),
                        }
                    };
                    places.push(format!("{}{state}", file.describe_location()));
                }
                Lookup::NotFound(format!("profile \"{profile}\" in {}", places.join(" and ")))
            }
        }
    }
}

impl ProvideCredentials for ProfileCredentials {
    fn provide(&self) -> Result<Credentials, CredentialsError> {
        match self.lookup() {
            Lookup::Found(credentials) => Ok(credentials),
            Lookup::NotFound(looked_at) => Err(not_found(&[looked_at])),
            Lookup::Invalid(e) => Err(e),
        }
    }
}

/// The usual search: environment variables, then the selected profile of the shared files
/// (the order the AWS SDKs use for these sources). The first credentials found are kept for
/// later calls; a failed search is retried on the next call.
#[derive(Debug)]
pub struct DefaultCredentialsChain {
    environment: EnvironmentCredentials,
    profile: ProfileCredentials,
    found: OnceLock<Credentials>,
}

impl DefaultCredentialsChain {
    /// `profile`: the profile to read; `None` selects `AWS_PROFILE`, else `default`.
    pub fn new(env: Environment, profile: Option<&str>) -> Self {
        DefaultCredentialsChain {
            profile: ProfileCredentials::new(env.clone(), profile),
            environment: EnvironmentCredentials::new(env),
            found: OnceLock::new(),
        }
    }

    /// The chain over the process environment and the profile `AWS_PROFILE` selects.
    pub fn from_process() -> Self {
        DefaultCredentialsChain::new(Environment::from_process(), None)
    }

    fn search(&self) -> Result<Credentials, CredentialsError> {
        let mut looked_at = Vec::new();
        // Sources are asked lazily, in order: a later one is not read once one answers.
        let sources: [&dyn Fn() -> Lookup; 2] =
            [&|| self.environment.lookup(), &|| self.profile.lookup()];
        for lookup in sources {
            match lookup() {
                Lookup::Found(credentials) => return Ok(credentials),
                Lookup::NotFound(place) => looked_at.push(place),
                Lookup::Invalid(e) => return Err(e),
            }
        }
        Err(not_found(&looked_at))
    }
}

impl ProvideCredentials for DefaultCredentialsChain {
    fn provide(&self) -> Result<Credentials, CredentialsError> {
        if let Some(credentials) = self.found.get() {
            return Ok(credentials.clone());
        }
        let credentials = self.search()?;
        Ok(self.found.get_or_init(|| credentials).clone())
    }
}
