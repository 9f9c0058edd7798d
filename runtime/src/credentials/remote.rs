//! The providers that call out (STS, SSO, IMDS, the container endpoint), wired to the
//! request modules with the settings they need: endpoints, regions, files, the clock.

use crate::credentials::profile_chain::{RoleStep, SsoProfile};
use crate::credentials::{Credentials, CredentialsError, ProviderContext};

/// The STS endpoint: a configured URL (`AWS_ENDPOINT_URL_STS`, `AWS_ENDPOINT_URL`, the
/// profile's `services` section or `endpoint_url`), else the regional one with FIPS and
/// dual-stack as configured.
pub fn sts_endpoint(ctx: &ProviderContext, region: &str) -> String {
    let settings = &ctx.settings;
    if let Some(url) = settings.configured_endpoint_url(None, "STS", "sts") {
        return url;
    }
    regional_endpoint(
        "sts",
        region,
        settings.use_fips(),
        settings.use_dual_stack(),
    )
}

/// The SSO portal endpoint for `region`.
pub fn sso_portal_endpoint(ctx: &ProviderContext, region: &str) -> String {
    let settings = &ctx.settings;
    if let Some(url) = settings.configured_endpoint_url(None, "SSO", "sso") {
        return url;
    }
    regional_endpoint("portal.sso", region, settings.use_fips(), settings.use_dual_stack())
}

/// The SSO-OIDC endpoint for `region`.
pub fn sso_oidc_endpoint(ctx: &ProviderContext, region: &str) -> String {
    let settings = &ctx.settings;
    if let Some(url) = settings.configured_endpoint_url(None, "SSO_OIDC", "sso_oidc") {
        return url;
    }
    regional_endpoint("oidc", region, settings.use_fips(), settings.use_dual_stack())
}

/// `https://{prefix}[-fips].{region}.{amazonaws.com | api.aws}` (`.amazonaws.com.cn` in
/// China), the shape of the STS and SSO endpoint rules for a region.
pub fn regional_endpoint(prefix: &str, region: &str, fips: bool, dual_stack: bool) -> String {
    let host = if fips {
        format!("{prefix}-fips")
    } else {
        prefix.to_string()
    };
    let china = region.starts_with("cn-");
    let suffix = match (dual_stack, china) {
        (true, false) => "api.aws",
        (true, true) => "api.amazonwebservices.com.cn",
        (false, false) => "amazonaws.com",
        (false, true) => "amazonaws.com.cn",
    };
    format!("https://{host}.{region}.{suffix}")
}

/// The region STS is called in: the configured one, else `us-east-1` (STS's global
/// endpoint region).
pub fn sts_region(ctx: &ProviderContext) -> String {
    ctx.settings.region().unwrap_or("us-east-1").to_string()
}

/// A session name for a role when none is configured.
pub fn default_session_name(ctx: &ProviderContext) -> String {
    let millis = ctx
        .os()
        .clock
        .now()
        .duration_since(std::time::SystemTime::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    format!("awsgen-{millis}")
}

pub async fn assume_role(
    _ctx: &ProviderContext,
    _with: &Credentials,
    step: &RoleStep,
) -> Result<Credentials, CredentialsError> {
    Err(CredentialsError::new(format!(
        "assuming role {} is not wired to STS yet",
        step.role_arn
    )))
}

pub async fn assume_role_with_web_identity(
    _ctx: &ProviderContext,
    role_arn: &str,
    _token_file: &str,
    _session_name: Option<&str>,
) -> Result<Credentials, CredentialsError> {
    Err(CredentialsError::new(format!(
        "web identity for {role_arn} is not wired to STS yet"
    )))
}

pub async fn sso_credentials(
    _ctx: &ProviderContext,
    _sso: &SsoProfile,
) -> Result<Credentials, CredentialsError> {
    Err(CredentialsError::new("SSO is not wired yet"))
}

/// Whether the container credentials variables are set.
pub fn container_configured(ctx: &ProviderContext) -> bool {
    let env = &ctx.os().env;
    env.var("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI").is_some()
        || env.var("AWS_CONTAINER_CREDENTIALS_FULL_URI").is_some()
}

pub async fn container_credentials(
    _ctx: &ProviderContext,
) -> Result<Credentials, CredentialsError> {
    Err(CredentialsError::new("container credentials are not wired yet"))
}

/// Whether `AWS_EC2_METADATA_DISABLED` turns IMDS off.
pub fn imds_disabled(ctx: &ProviderContext) -> bool {
    ctx.os()
        .env
        .var("AWS_EC2_METADATA_DISABLED")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
}

pub async fn imds_credentials(_ctx: &ProviderContext) -> Result<Credentials, CredentialsError> {
    Err(CredentialsError::new("IMDS is not wired yet"))
}
