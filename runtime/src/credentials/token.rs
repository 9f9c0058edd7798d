//! Bearer tokens for services that take token auth: the default token chain, which is the
//! selected profile's SSO token (an `sso_session` profile, or the legacy form), read from the
//! AWS CLI's cache and refreshed through SSO-OIDC near expiry.

use std::fmt;
use std::time::SystemTime;

use crate::credentials::profile_chain::{resolve_plan, BaseCredentials};
use crate::credentials::{remote, CredentialsError, ProviderContext};

/// A bearer token and when it expires. `Debug` does not show the token.
#[derive(Clone, PartialEq, Eq)]
pub struct BearerToken {
    token: String,
    expiration: SystemTime,
}

impl BearerToken {
    pub fn token(&self) -> &str {
        &self.token
    }

    pub fn expiration(&self) -> SystemTime {
        self.expiration
    }
}

impl fmt::Debug for BearerToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BearerToken")
            .field("token", &"** redacted **")
            .field("expiration", &self.expiration)
            .finish()
    }
}

/// The default token chain: the selected profile's SSO token.
#[derive(Debug, Clone)]
pub struct DefaultTokenChain {
    ctx: ProviderContext,
}

impl DefaultTokenChain {
    pub fn with_context(ctx: ProviderContext) -> Self {
        DefaultTokenChain { ctx }
    }

    pub async fn provide_token(&self) -> Result<BearerToken, CredentialsError> {
        let settings = &self.ctx.settings;
        let name = settings.profile_name();
        let profiles = settings.profiles().map_err(|e| {
            CredentialsError::invalid_configuration("token: could not parse the profile files")
                .with_source(e.clone())
        })?;
        let plan = resolve_plan(profiles, name).map_err(|e| {
            let message = format!("token: profile \"{name}\"");
            match e.is_not_configured() {
                true => CredentialsError::not_loaded(message).with_source(e),
                false => CredentialsError::invalid_configuration(message).with_source(e),
            }
        })?;
        let BaseCredentials::Sso(sso) = &plan.base else {
            return Err(CredentialsError::not_loaded(format!(
                "token: profile \"{name}\" has no SSO settings"
            )));
        };
        let token = remote::sso_token(&self.ctx, sso).await?;
        Ok(BearerToken {
            token: token.access_token,
            expiration: token.expires_at,
        })
    }
}
