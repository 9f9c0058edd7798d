//! Which providers a profile stands for, worked out from the parsed files alone: the base
//! credentials, then the roles assumed with them, in order. No file or network access
//! happens here, so the assume-role table of aws-config tests it directly.

use std::collections::HashMap;
use std::fmt;

use crate::credentials::Credentials;
use crate::profile::ProfileSet;

/// Where a profile's chain starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BaseCredentials {
    /// `aws_access_key_id` / `aws_secret_access_key` (and `aws_session_token`,
    /// `aws_account_id`).
    AccessKey(Credentials),
    /// `credential_source`: credentials from somewhere outside the profile files.
    NamedSource(CredentialSource),
    /// `web_identity_token_file` with `role_arn`: AssumeRoleWithWebIdentity.
    WebIdentityToken {
        role_arn: String,
        token_file: String,
        session_name: Option<String>,
    },
    /// IAM Identity Center (SSO): `sso_session` or the legacy `sso_start_url` form.
    Sso(SsoProfile),
    /// `credential_process`: a command printing JSON credentials.
    CredentialProcess {
        command: String,
        account_id: Option<String>,
    },
}

/// The values of `credential_source`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CredentialSource {
    Environment,
    Ec2InstanceMetadata,
    EcsContainer,
}

impl CredentialSource {
    fn parse(value: &str) -> Option<CredentialSource> {
        match value {
            "Environment" => Some(CredentialSource::Environment),
            "Ec2InstanceMetadata" => Some(CredentialSource::Ec2InstanceMetadata),
            "EcsContainer" => Some(CredentialSource::EcsContainer),
            _ => None,
        }
    }
}

/// An SSO profile's settings, with those of its `[sso-session]` section merged in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SsoProfile {
    /// The `sso_session` name; `None` for the legacy form.
    pub session_name: Option<String>,
    pub region: String,
    pub start_url: String,
    /// `None` with `role_name` `None`: the profile resolves a token only, not credentials.
    pub account_id: Option<String>,
    pub role_name: Option<String>,
    /// `sso_registration_scopes` of the session, when given.
    pub registration_scopes: Option<String>,
}

/// One `role_arn` profile: assume this role with the credentials so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleStep {
    /// The profile that names the role (its `region` and `services` apply to the call).
    pub profile: String,
    pub role_arn: String,
    pub external_id: Option<String>,
    pub session_name: Option<String>,
    pub duration_seconds: Option<u32>,
    pub mfa_serial: Option<String>,
}

/// A profile's credentials, as a plan: `base`, then each of `roles` in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfilePlan {
    pub base: BaseCredentials,
    pub roles: Vec<RoleStep>,
}

/// Why a profile does not make a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProfileChainError {
    /// Neither file defines any profile.
    NoProfiles,
    /// A profile (the selected one, or one named by `source_profile`) does not exist.
    MissingProfile {
        profile: String,
        referenced_from: Option<String>,
    },
    /// `source_profile`s lead back to a profile already visited.
    Loop { profiles: Vec<String> },
    /// The profile has no way of getting credentials at all.
    NoCredentials { profile: String },
    /// The profile's settings contradict each other or are incomplete.
    Invalid { profile: String, message: String },
}

impl ProfileChainError {
    /// Whether this means "no credentials configured here" (a chain moves on) rather than
    /// "configured wrongly" (a chain stops).
    pub fn is_not_configured(&self) -> bool {
        match self {
            ProfileChainError::NoProfiles | ProfileChainError::NoCredentials { .. } => true,
            ProfileChainError::MissingProfile {
                referenced_from, ..
            } => referenced_from.is_none(),
            _ => false,
        }
    }
}

impl fmt::Display for ProfileChainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProfileChainError::NoProfiles => f.write_str("no profiles are defined"),
            ProfileChainError::MissingProfile {
                profile,
                referenced_from: None,
            } => write!(f, "profile \"{profile}\" is not defined"),
            ProfileChainError::MissingProfile {
                profile,
                referenced_from: Some(from),
            } => write!(
                f,
                "profile \"{profile}\" (the source_profile of \"{from}\") is not defined"
            ),
            ProfileChainError::Loop { profiles } => write!(
                f,
                "source_profile forms a loop: {} -> {}",
                profiles.join(" -> "),
                profiles.first().map(String::as_str).unwrap_or("")
            ),
            ProfileChainError::NoCredentials { profile } => write!(
                f,
                "profile \"{profile}\" holds no credentials (no access keys, role_arn, \
                 credential_process, web_identity_token_file or sso settings)"
            ),
            ProfileChainError::Invalid { profile, message } => {
                write!(f, "profile \"{profile}\": {message}")
            }
        }
    }
}

impl std::error::Error for ProfileChainError {}

type Properties = HashMap<String, String>;

fn get<'a>(profile: &'a Properties, key: &str) -> Option<&'a str> {
    profile
        .get(key)
        .map(String::as_str)
        .filter(|v| !v.is_empty())
}

/// The plan for profile `selected`. After the first profile, a `source_profile` holding
/// static keys is used as the base even when it names a role itself (the SDKs' rule).
pub fn resolve_plan(
    profiles: &ProfileSet,
    selected: &str,
) -> Result<ProfilePlan, ProfileChainError> {
    if profiles.is_empty() {
        return Err(ProfileChainError::NoProfiles);
    }
    let mut visited: Vec<String> = Vec::new();
    let mut roles: Vec<RoleStep> = Vec::new();
    let mut name = selected.to_string();
    let base = loop {
        let profile = profiles
            .profile(&name)
            .ok_or_else(|| ProfileChainError::MissingProfile {
                profile: name.clone(),
                referenced_from: visited.last().cloned(),
            })?;
        if visited.contains(&name) {
            visited.push(name);
            return Err(ProfileChainError::Loop { profiles: visited });
        }
        visited.push(name.clone());
        if visited.len() > 1 {
            if let Ok(Some(credentials)) = static_credentials(&name, &profile) {
                break BaseCredentials::AccessKey(credentials);
            }
        }
        // A web identity profile's role_arn is its own, not a role to chain.
        let role_arn = get(&profile, "role_arn")
            .filter(|_| get(&profile, "web_identity_token_file").is_none());
        let Some(role_arn) = role_arn else {
            break base_credentials(profiles, &name, &profile)?;
        };
        roles.push(role_step(&name, role_arn, &profile)?);
        match (
            get(&profile, "source_profile"),
            get(&profile, "credential_source"),
        ) {
            (Some(_), Some(_)) => {
                return Err(invalid(
                    &name,
                    "both source_profile and credential_source are set; use one",
                ))
            }
            (None, None) => {
                return Err(invalid(
                    &name,
                    "role_arn needs source_profile or credential_source, and neither is set",
                ))
            }
            (Some(source), None) if source == name => {
                // A profile may be its own source: its keys assume its role.
                break base_credentials(profiles, &name, &profile)?;
            }
            (Some(source), None) => name = source.to_string(),
            (None, Some(source)) => break named_source(&name, source)?,
        }
    };
    roles.reverse();
    Ok(ProfilePlan { base, roles })
}

fn invalid(profile: &str, message: impl Into<String>) -> ProfileChainError {
    ProfileChainError::Invalid {
        profile: profile.to_string(),
        message: message.into(),
    }
}

fn named_source(profile: &str, value: &str) -> Result<BaseCredentials, ProfileChainError> {
    CredentialSource::parse(value)
        .map(BaseCredentials::NamedSource)
        .ok_or_else(|| {
            invalid(
                profile,
                format!(
                    "credential_source {value:?} is not one of Environment, \
                     Ec2InstanceMetadata, EcsContainer"
                ),
            )
        })
}

fn role_step(
    name: &str,
    role_arn: &str,
    profile: &Properties,
) -> Result<RoleStep, ProfileChainError> {
    let duration_seconds = match get(profile, "duration_seconds") {
        None => None,
        Some(text) => Some(text.parse::<u32>().map_err(|_| {
            invalid(
                name,
                format!("duration_seconds {text:?} is not a whole number of seconds"),
            )
        })?),
    };
    Ok(RoleStep {
        profile: name.to_string(),
        role_arn: role_arn.to_string(),
        external_id: get(profile, "external_id").map(str::to_string),
        session_name: get(profile, "role_session_name").map(str::to_string),
        duration_seconds,
        mfa_serial: get(profile, "mfa_serial").map(str::to_string),
    })
}

/// A profile that assumes no role: where its credentials come from.
fn base_credentials(
    profiles: &ProfileSet,
    name: &str,
    profile: &Properties,
) -> Result<BaseCredentials, ProfileChainError> {
    if let Some(source) = get(profile, "credential_source") {
        return named_source(name, source);
    }
    if let Some(token_file) = get(profile, "web_identity_token_file") {
        let role_arn = get(profile, "role_arn").ok_or_else(|| {
            invalid(
                name,
                "web_identity_token_file is set but role_arn is missing",
            )
        })?;
        return Ok(BaseCredentials::WebIdentityToken {
            role_arn: role_arn.to_string(),
            token_file: token_file.to_string(),
            session_name: get(profile, "role_session_name").map(str::to_string),
        });
    }
    if let Some(sso) = sso_profile(profiles, name, profile)? {
        return Ok(BaseCredentials::Sso(sso));
    }
    if let Some(command) = get(profile, "credential_process") {
        return Ok(BaseCredentials::CredentialProcess {
            command: command.to_string(),
            account_id: get(profile, "aws_account_id").map(str::to_string),
        });
    }
    match static_credentials(name, profile)? {
        Some(credentials) => Ok(BaseCredentials::AccessKey(credentials)),
        None => Err(ProfileChainError::NoCredentials {
            profile: name.to_string(),
        }),
    }
}

/// The profile's static keys; `None` when it has none of the three properties.
fn static_credentials(
    name: &str,
    profile: &Properties,
) -> Result<Option<Credentials>, ProfileChainError> {
    let key = get(profile, "aws_access_key_id");
    let secret = get(profile, "aws_secret_access_key");
    let token = get(profile, "aws_session_token");
    let (key, secret) = match (key, secret, token) {
        (None, None, None) => return Ok(None),
        (Some(key), Some(secret), _) => (key, secret),
        (None, _, _) => return Err(invalid(name, "aws_access_key_id is missing")),
        (Some(_), None, _) => return Err(invalid(name, "aws_secret_access_key is missing")),
    };
    let mut credentials = Credentials::new(key, secret, token.map(str::to_string));
    if let Some(account) = get(profile, "aws_account_id") {
        credentials = credentials.with_account_id(account);
    }
    Ok(Some(credentials))
}

fn sso_profile(
    profiles: &ProfileSet,
    name: &str,
    profile: &Properties,
) -> Result<Option<SsoProfile>, ProfileChainError> {
    let account_id = get(profile, "sso_account_id");
    let role_name = get(profile, "sso_role_name");
    let mut region = get(profile, "sso_region");
    let mut start_url = get(profile, "sso_start_url");
    let session = get(profile, "sso_session");
    let mut scopes = None;
    if [account_id, role_name, region, start_url, session]
        .iter()
        .all(Option::is_none)
    {
        return Ok(None);
    }
    if let Some(session) = session {
        if !profiles.config_file().has_sso_session(session) {
            return Err(invalid(
                name,
                format!("sso_session {session:?} names no [sso-session {session}] section"),
            ));
        }
        // With a session, the session section holds region and start URL; a profile
        // value must agree with it.
        for (key, value) in [
            ("sso_region", &mut region),
            ("sso_start_url", &mut start_url),
        ] {
            let in_session = profiles.sso_session(session, key);
            match (*value, in_session) {
                (Some(mine), Some(theirs)) if mine != theirs => {
                    return Err(invalid(
                        name,
                        format!("{key} differs from the one in [sso-session {session}]"),
                    ))
                }
                (Some(_), None) => {
                    return Err(invalid(
                        name,
                        format!("{key} belongs in [sso-session {session}] when sso_session is set"),
                    ))
                }
                _ => *value = in_session,
            }
        }
        scopes = profiles.sso_session(session, "sso_registration_scopes");
    }
    match (account_id, role_name) {
        (Some(_), None) => {
            return Err(invalid(
                name,
                "sso_account_id is set, so sso_role_name must be too",
            ))
        }
        (None, Some(_)) => {
            return Err(invalid(
                name,
                "sso_role_name is set, so sso_account_id must be too",
            ))
        }
        _ => {}
    }
    let region = region.ok_or_else(|| invalid(name, "sso_region is missing"))?;
    let start_url = start_url.ok_or_else(|| invalid(name, "sso_start_url is missing"))?;
    Ok(Some(SsoProfile {
        session_name: session.map(str::to_string),
        region: region.to_string(),
        start_url: start_url.to_string(),
        account_id: account_id.map(str::to_string),
        role_name: role_name.map(str::to_string),
        registration_scopes: scopes.map(str::to_string),
    }))
}
