//! The default chain, in aws-config's order: environment variables, the profile, web
//! identity from the environment, the ECS/EKS container endpoint, EC2 instance metadata.
//! A source that is not configured passes to the next; one that is configured but fails
//! stops the chain with its error. When none is configured, the error names each source and
//! why it was passed over.

use crate::credentials::{
    environment::EnvironmentCredentials, profile_provider::ProfileCredentials, remote, Credentials,
    CredentialsError, CredentialsErrorKind, CredentialsFuture, ProvideCredentials, ProviderContext,
};
use crate::os::{Environment, Os};

/// The default chain. It does not cache: the client puts a
/// [`CachedCredentials`](crate::credentials::CachedCredentials) in front of it.
#[derive(Debug, Clone)]
pub struct DefaultCredentialsChain {
    ctx: ProviderContext,
}

/// The sources, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Environment,
    Profile,
    WebIdentity,
    Container,
    InstanceMetadata,
}

const SOURCES: [Source; 5] = [
    Source::Environment,
    Source::Profile,
    Source::WebIdentity,
    Source::Container,
    Source::InstanceMetadata,
];

impl DefaultCredentialsChain {
    /// Over the real filesystem and network, with environment `env` and profile `profile`
    /// (`None`: `AWS_PROFILE`, else `default`).
    pub fn new(env: Environment, profile: Option<&str>) -> Self {
        DefaultCredentialsChain::with_context(ProviderContext::from_os(Os::with_env(env), profile))
    }

    /// The chain over the process environment.
    pub fn from_process() -> Self {
        DefaultCredentialsChain::new(Environment::from_process(), None)
    }

    pub fn with_context(ctx: ProviderContext) -> Self {
        DefaultCredentialsChain { ctx }
    }

    async fn ask(&self, source: Source) -> Result<Credentials, CredentialsError> {
        let ctx = &self.ctx;
        match source {
            Source::Environment => EnvironmentCredentials::new(ctx.os().env.clone()).lookup(),
            Source::Profile => {
                ProfileCredentials::with_context(ctx.clone(), None)
                    .provide_credentials()
                    .await
            }
            Source::WebIdentity => web_identity_from_env(ctx).await,
            Source::Container => {
                if !remote::container_configured(ctx) {
                    return Err(CredentialsError::not_loaded(
                        "container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and \
                         AWS_CONTAINER_CREDENTIALS_FULL_URI not set)",
                    ));
                }
                remote::container_credentials(ctx).await
            }
            Source::InstanceMetadata => {
                if remote::imds_disabled(ctx) {
                    return Err(CredentialsError::not_loaded(
                        "EC2 instance metadata (disabled by AWS_EC2_METADATA_DISABLED)",
                    ));
                }
                remote::imds_credentials(ctx).await
            }
        }
    }

    async fn search(&self) -> Result<Credentials, CredentialsError> {
        let mut passed_over = Vec::new();
        for source in SOURCES {
            match self.ask(source).await {
                Ok(credentials) => return Ok(credentials),
                Err(e) if e.kind() == CredentialsErrorKind::NotLoaded => {
                    tracing::debug!(?source, reason = %e, "credentials source not configured");
                    passed_over.push(e.to_string());
                }
                Err(e) => return Err(e),
            }
        }
        Err(CredentialsError::not_loaded(format!(
            "no AWS credentials found: looked at {}",
            passed_over.join("; ")
        )))
    }
}

impl ProvideCredentials for DefaultCredentialsChain {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.search())
    }
}

/// Web identity from `AWS_WEB_IDENTITY_TOKEN_FILE`, `AWS_ROLE_ARN` and
/// `AWS_ROLE_SESSION_NAME` (EKS IAM roles for service accounts).
async fn web_identity_from_env(ctx: &ProviderContext) -> Result<Credentials, CredentialsError> {
    let env = &ctx.os().env;
    let Some(token_file) = env.var("AWS_WEB_IDENTITY_TOKEN_FILE") else {
        return Err(CredentialsError::not_loaded(
            "web identity (AWS_WEB_IDENTITY_TOKEN_FILE not set)",
        ));
    };
    let Some(role_arn) = env.var("AWS_ROLE_ARN") else {
        return Err(CredentialsError::invalid_configuration(
            "AWS_WEB_IDENTITY_TOKEN_FILE is set but AWS_ROLE_ARN is not",
        ));
    };
    remote::assume_role_with_web_identity(
        ctx,
        role_arn,
        token_file,
        env.var("AWS_ROLE_SESSION_NAME"),
    )
    .await
}
