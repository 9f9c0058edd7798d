//! Credentials from the selected profile of the shared files: static keys, roles assumed
//! through `source_profile` chains or `credential_source`, web identity, SSO,
//! `credential_process`.

use crate::credentials::profile_chain::{
    resolve_plan, BaseCredentials, CredentialSource, ProfileChainError,
};
use crate::credentials::{
    environment::EnvironmentCredentials, process, remote, Credentials, CredentialsError,
    CredentialsFuture, ProvideCredentials, ProviderContext,
};
use crate::os::{Environment, Os};
use crate::profile::ProfileSet;

/// The profile provider. The files are parsed once, when the context is made.
#[derive(Debug, Clone)]
pub struct ProfileCredentials {
    ctx: ProviderContext,
    /// A profile other than the context's selected one.
    profile: Option<String>,
}

impl ProfileCredentials {
    /// Over the real filesystem: `profile`, else `AWS_PROFILE`, else `default`.
    pub fn new(env: Environment, profile: Option<&str>) -> Self {
        ProfileCredentials::with_context(ProviderContext::from_os(Os::with_env(env), profile), None)
    }

    /// Over `ctx`, for `profile` (`None`: the context's selected profile).
    pub fn with_context(ctx: ProviderContext, profile: Option<&str>) -> Self {
        ProfileCredentials {
            ctx,
            profile: profile.map(str::to_string),
        }
    }

    /// The profile read.
    pub fn profile(&self) -> &str {
        self.profile
            .as_deref()
            .unwrap_or(self.ctx.settings.profile_name())
    }

    async fn provide(&self) -> Result<Credentials, CredentialsError> {
        let ctx = &self.ctx;
        let name = self.profile();
        let profiles = ctx.settings.profiles().map_err(|e| {
            CredentialsError::invalid_configuration("could not parse the shared profile files")
                .with_source(e.clone())
        })?;
        // A profile chosen by name (in code or AWS_PROFILE) that does not exist is a
        // mistake to report, not a reason to try the next source: that could be another
        // identity (the instance's role).
        let chosen = self.profile.is_some() || ctx.settings.profile_explicit();
        let plan = resolve_plan(profiles, name).map_err(|e| {
            let missing_selected = matches!(
                &e,
                ProfileChainError::MissingProfile {
                    referenced_from: None,
                    ..
                }
            ) || (matches!(e, ProfileChainError::NoProfiles));
            if chosen && missing_selected {
                CredentialsError::invalid_configuration(where_looked(profiles, name))
            } else if e.is_not_configured() {
                CredentialsError::not_loaded(where_looked(profiles, name))
            } else {
                CredentialsError::invalid_configuration("the shared profile files").with_source(e)
            }
        })?;
        let mut credentials = match &plan.base {
            BaseCredentials::AccessKey(credentials) => credentials.clone(),
            BaseCredentials::NamedSource(source) => named_source(ctx, *source).await?,
            BaseCredentials::WebIdentityToken {
                role_arn,
                token_file,
                session_name,
            } => {
                remote::assume_role_with_web_identity(
                    ctx,
                    role_arn,
                    token_file,
                    session_name.as_deref(),
                )
                .await?
            }
            BaseCredentials::Sso(sso) => {
                if sso.account_id.is_none() {
                    return Err(CredentialsError::invalid_configuration(format!(
                        "profile \"{name}\" resolves an SSO access token, not credentials \
                         (it has no sso_account_id and sso_role_name)"
                    )));
                }
                remote::sso_credentials(ctx, sso).await?
            }
            BaseCredentials::CredentialProcess {
                command,
                account_id,
            } => process::run_credential_process(command, account_id.as_deref()).await?,
        };
        for role in &plan.roles {
            credentials = remote::assume_role(ctx, &credentials, role).await?;
        }
        Ok(credentials)
    }
}

/// Where profile `name` was looked for and what was found, for the "not found" message:
/// `profile "dev" in ~/.aws/credentials (file not found) and ~/.aws/config (no such profile)`.
fn where_looked(profiles: &ProfileSet, name: &str) -> String {
    let places: Vec<String> = [profiles.credentials_file(), profiles.config_file()]
        .into_iter()
        .map(|file| {
            let state = if file.path().is_none() {
                ""
            } else if !file.found() {
                " (file not found)"
            } else if !file.has_profile(name) {
                " (no such profile)"
            } else {
                " (no aws_access_key_id, role_arn, credential_process, web_identity_token_file or sso settings)"
            };
            format!("{}{state}", file.describe_location())
        })
        .collect();
    format!("profile \"{name}\" in {}", places.join(" and "))
}

/// `credential_source`: the named provider, which must answer (not being configured is an
/// error here: the profile asked for it).
async fn named_source(
    ctx: &ProviderContext,
    source: CredentialSource,
) -> Result<Credentials, CredentialsError> {
    let answer = match source {
        CredentialSource::Environment => EnvironmentCredentials::new(ctx.os().env.clone()).lookup(),
        CredentialSource::Ec2InstanceMetadata => remote::imds_credentials(ctx).await,
        CredentialSource::EcsContainer => remote::container_credentials(ctx).await,
    };
    answer.map_err(|e| {
        CredentialsError::invalid_configuration(format!("credential_source {source:?}"))
            .with_source(e)
    })
}

impl ProvideCredentials for ProfileCredentials {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.provide())
    }
}
