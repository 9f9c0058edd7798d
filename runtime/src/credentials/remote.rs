//! The providers that call out (STS, SSO, IMDS, the container endpoint), wired to the
//! request modules with the settings they need: endpoints, regions, files, the clock.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use crate::credentials::attempts::RetryPolicy;
use crate::credentials::profile_chain::{RoleStep, SsoProfile};
use crate::credentials::{container, imds, sso, sts};
use crate::credentials::{
    Credentials, CredentialsError, CredentialsErrorKind, CredentialsFuture, ProviderContext,
};

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
    regional_endpoint(
        "portal.sso",
        region,
        settings.use_fips(),
        settings.use_dual_stack(),
    )
}

/// The SSO-OIDC endpoint for `region`.
pub fn sso_oidc_endpoint(ctx: &ProviderContext, region: &str) -> String {
    let settings = &ctx.settings;
    if let Some(url) = settings.configured_endpoint_url(None, "SSO_OIDC", "sso_oidc") {
        return url;
    }
    regional_endpoint(
        "oidc",
        region,
        settings.use_fips(),
        settings.use_dual_stack(),
    )
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

/// The retry policy for one kind of call: `standard` as the request module sets it, turned
/// off or made not to wait as the context says.
fn policy(ctx: &ProviderContext, standard: RetryPolicy, attempt_timeout: Duration) -> RetryPolicy {
    if !ctx.retries {
        return RetryPolicy::no_retries(Some(attempt_timeout));
    }
    if !ctx.retry_backoff {
        return standard.with_initial_backoff(Duration::ZERO);
    }
    standard
}

/// A file a setting names, read through the context's filesystem.
fn read_file(ctx: &ProviderContext, what: &str, path: &str) -> Result<String, CredentialsError> {
    ctx.os().fs.read_to_string(Path::new(path)).map_err(|e| {
        CredentialsError::invalid_configuration(format!("could not read {what} {path}"))
            .with_source(e)
    })
}

/// An STS failure: a service error or a bad answer is the provider's; bad input is the
/// configuration's.
fn sts_error(what: String, e: sts::StsError) -> CredentialsError {
    let error = match e.kind() {
        sts::StsErrorKind::InvalidInput => CredentialsError::invalid_configuration(what),
        sts::StsErrorKind::TimedOut => {
            CredentialsError::of_kind(CredentialsErrorKind::TimedOut, what)
        }
        _ => CredentialsError::new(what),
    };
    error.with_source(e)
}

// The provider calls below return boxed futures: the chain and the profile provider both
// await them, and a boxed future is compiled once instead of inlined into each caller's state
// machine (smaller binary, less to optimize). `*_unboxed` is each one's body.

/// AssumeRole with `with`, as a profile's `role_arn` says.
pub fn assume_role<'a>(
    ctx: &'a ProviderContext,
    with: &'a Credentials,
    step: &'a RoleStep,
) -> CredentialsFuture<'a> {
    Box::pin(assume_role_unboxed(ctx, with, step))
}

async fn assume_role_unboxed(
    ctx: &ProviderContext,
    with: &Credentials,
    step: &RoleStep,
) -> Result<Credentials, CredentialsError> {
    let now = ctx.os().clock.now();
    let session_name = match &step.session_name {
        Some(name) => name.clone(),
        None => sts::default_session_name("awsgen-assume-role", now),
    };
    let token_code = match (&step.mfa_serial, &ctx.mfa) {
        (None, _) => None,
        (Some(serial), Some(callback)) => Some(callback(serial).await.map_err(|e| {
            CredentialsError::invalid_configuration(format!(
                "profile \"{}\": the MFA callback gave no code for {serial}",
                step.profile
            ))
            .with_source(e)
        })?),
        (Some(serial), None) => {
            return Err(CredentialsError::invalid_configuration(format!(
                "profile \"{}\" needs an MFA code for {serial}: give the client an MFA \
                 callback (ProviderContext::with_mfa)",
                step.profile
            )))
        }
    };
    let params = sts::AssumeRoleParams {
        role_arn: &step.role_arn,
        role_session_name: &session_name,
        external_id: step.external_id.as_deref(),
        duration_seconds: step.duration_seconds,
        serial_number: step.mfa_serial.as_deref(),
        token_code: token_code.as_deref(),
    };
    let region = sts_region(ctx);
    let endpoint = sts_endpoint(ctx, &region);
    let policy = policy(ctx, sts::default_retry_policy(), sts::ATTEMPT_TIMEOUT);
    sts::assume_role(&*ctx.http, &endpoint, &region, with, &params, now, &policy)
        .await
        .map_err(|e| {
            sts_error(
                format!(
                    "profile \"{}\": assuming role {} failed",
                    step.profile, step.role_arn
                ),
                e,
            )
        })
}

/// AssumeRoleWithWebIdentity with the token in `token_file`.
pub fn assume_role_with_web_identity<'a>(
    ctx: &'a ProviderContext,
    role_arn: &'a str,
    token_file: &'a str,
    session_name: Option<&'a str>,
) -> CredentialsFuture<'a> {
    Box::pin(assume_role_with_web_identity_unboxed(
        ctx,
        role_arn,
        token_file,
        session_name,
    ))
}

async fn assume_role_with_web_identity_unboxed(
    ctx: &ProviderContext,
    role_arn: &str,
    token_file: &str,
    session_name: Option<&str>,
) -> Result<Credentials, CredentialsError> {
    let token = read_file(ctx, "the web identity token file", token_file)?;
    let now = ctx.os().clock.now();
    let session_name = match session_name {
        Some(name) => name.to_string(),
        None => sts::default_session_name("awsgen-web-identity", now),
    };
    let params = sts::WebIdentityParams {
        role_arn,
        role_session_name: &session_name,
        web_identity_token: token.trim(),
        duration_seconds: None,
    };
    let region = sts_region(ctx);
    let endpoint = sts_endpoint(ctx, &region);
    let policy = policy(ctx, sts::default_retry_policy(), sts::ATTEMPT_TIMEOUT);
    sts::assume_role_with_web_identity(&*ctx.http, &endpoint, &params, &policy)
        .await
        .map_err(|e| sts_error(format!("web identity: assuming role {role_arn} failed"), e))
}

/// An SSO access token is refreshed (sso_session form) once it has less than this left.
pub const SSO_TOKEN_REFRESH_WINDOW: Duration = Duration::from_secs(5 * 60);

fn sso_error(what: String, e: sso::SsoError) -> CredentialsError {
    let error = match e.kind() {
        sso::SsoErrorKind::InvalidCachedToken | sso::SsoErrorKind::InvalidInput => {
            CredentialsError::invalid_configuration(what)
        }
        sso::SsoErrorKind::TimedOut => {
            CredentialsError::of_kind(CredentialsErrorKind::TimedOut, what)
        }
        _ => CredentialsError::new(what),
    };
    error.with_source(e)
}

/// The SSO access token from the cache the AWS CLI writes (`~/.aws/sso/cache/<sha1>.json`),
/// refreshed through SSO-OIDC (and written back) when an `sso_session` token nears expiry.
pub async fn sso_token(
    ctx: &ProviderContext,
    sso: &SsoProfile,
) -> Result<sso::CachedToken, CredentialsError> {
    let key = sso.session_name.as_deref().unwrap_or(&sso.start_url);
    let home = ctx.os().env.home_dir().ok_or_else(|| {
        CredentialsError::invalid_configuration(
            "SSO: no home directory (HOME not set) to find ~/.aws/sso/cache in",
        )
    })?;
    let path = home
        .join(".aws")
        .join("sso")
        .join("cache")
        .join(sso::cache_file_name(key));
    let text = ctx.os().fs.read_to_string(&path).map_err(|e| {
        CredentialsError::invalid_configuration(format!(
            "SSO: could not read the token cache {} (run `aws sso login`)",
            path.display()
        ))
        .with_source(e)
    })?;
    let token = sso::CachedToken::parse(&text)
        .map_err(|e| sso_error(format!("SSO: the token cache {}", path.display()), e))?;
    let now = ctx.os().clock.now();
    let expires_soon = now + SSO_TOKEN_REFRESH_WINDOW >= token.expires_at;
    if !expires_soon {
        return Ok(token);
    }
    let expired = now >= token.expires_at;
    if sso.session_name.is_some() && token.can_refresh(now) {
        let endpoint = sso_oidc_endpoint(ctx, &sso.region);
        let policy = policy(ctx, sso::default_retry_policy(), sso::ATTEMPT_TIMEOUT);
        match sso::refresh_token(&*ctx.http, &endpoint, &token, now, &policy).await {
            Ok(fresh) => {
                if let Err(e) = ctx.os().fs.write(&path, fresh.to_json().as_bytes()) {
                    tracing::warn!(error = %e, "could not write the refreshed SSO token to the cache");
                }
                return Ok(fresh);
            }
            Err(e) if expired => return Err(sso_error(
                "SSO: the cached token expired and could not be refreshed (run `aws sso login`)"
                    .into(),
                e,
            )),
            Err(e) => {
                tracing::warn!(error = %e, "SSO token refresh failed; using the cached token until it expires");
                return Ok(token);
            }
        }
    }
    if expired {
        return Err(CredentialsError::invalid_configuration(
            "SSO: the cached token has expired (run `aws sso login`)",
        ));
    }
    Ok(token)
}

/// The profile's role credentials from the SSO portal (GetRoleCredentials).
pub fn sso_credentials<'a>(ctx: &'a ProviderContext, sso: &'a SsoProfile) -> CredentialsFuture<'a> {
    Box::pin(sso_credentials_unboxed(ctx, sso))
}

async fn sso_credentials_unboxed(
    ctx: &ProviderContext,
    sso: &SsoProfile,
) -> Result<Credentials, CredentialsError> {
    let (Some(account_id), Some(role_name)) = (&sso.account_id, &sso.role_name) else {
        return Err(CredentialsError::invalid_configuration(
            "SSO: the profile has no sso_account_id and sso_role_name: it resolves a token, not credentials",
        ));
    };
    let token = sso_token(ctx, sso).await?;
    let endpoint = sso_portal_endpoint(ctx, &sso.region);
    let policy = policy(ctx, sso::default_retry_policy(), sso::ATTEMPT_TIMEOUT);
    sso::get_role_credentials(
        &*ctx.http,
        &endpoint,
        &token.access_token,
        account_id,
        role_name,
        &policy,
    )
    .await
    .map_err(|e| {
        sso_error(
            format!("SSO: GetRoleCredentials for role {role_name} in account {account_id} failed"),
            e,
        )
    })
}

/// Whether the container credentials variables are set.
pub fn container_configured(ctx: &ProviderContext) -> bool {
    let env = &ctx.os().env;
    env.var("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI").is_some()
        || env.var("AWS_CONTAINER_CREDENTIALS_FULL_URI").is_some()
}

/// Credentials from the container endpoint (ECS task role, EKS Pod Identity).
pub fn container_credentials<'a>(ctx: &'a ProviderContext) -> CredentialsFuture<'a> {
    Box::pin(container_credentials_unboxed(ctx))
}

async fn container_credentials_unboxed(
    ctx: &ProviderContext,
) -> Result<Credentials, CredentialsError> {
    let env = &ctx.os().env;
    let container_error = |e: container::ContainerError| {
        let what = "container credentials";
        let error = match e.kind() {
            container::ContainerErrorKind::NotConfigured => CredentialsError::not_loaded(what),
            container::ContainerErrorKind::InvalidUri
            | container::ContainerErrorKind::DisallowedHost
            | container::ContainerErrorKind::InvalidAuthorization => {
                CredentialsError::invalid_configuration(what)
            }
            container::ContainerErrorKind::TimedOut => {
                CredentialsError::of_kind(CredentialsErrorKind::TimedOut, what)
            }
            _ => CredentialsError::new(what),
        };
        error.with_source(e)
    };
    let url = container::resolve_uri(
        env.var("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"),
        env.var("AWS_CONTAINER_CREDENTIALS_FULL_URI"),
        &container::SystemResolver,
    )
    .await
    .map_err(container_error)?;
    let token_file = match env.var("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") {
        Some(path) => Some(read_file(
            ctx,
            "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
            path,
        )?),
        None => None,
    };
    let authorization = container::authorization(
        env.var("AWS_CONTAINER_AUTHORIZATION_TOKEN"),
        token_file.as_deref(),
    )
    .map_err(container_error)?;
    let policy = policy(
        ctx,
        container::default_retry_policy(),
        container::ATTEMPT_TIMEOUT,
    );
    container::fetch_credentials(&*ctx.http, &url, authorization.as_deref(), &policy)
        .await
        .map_err(container_error)
}

/// Whether `AWS_EC2_METADATA_DISABLED` turns IMDS off.
pub fn imds_disabled(ctx: &ProviderContext) -> bool {
    imds::is_disabled(ctx.os().env.var("AWS_EC2_METADATA_DISABLED"))
}

/// An IMDS client for the configured endpoint (`AWS_EC2_METADATA_SERVICE_ENDPOINT[_MODE]`,
/// the profile's `ec2_metadata_service_endpoint[_mode]`).
/// Made once per context, so its session token is reused across credential and region
/// requests.
pub fn imds_client(ctx: &ProviderContext) -> Result<Arc<imds::ImdsClient>, CredentialsError> {
    ctx.imds
        .get_or_init(|| new_imds_client(ctx).map(Arc::new))
        .clone()
}

fn new_imds_client(ctx: &ProviderContext) -> Result<imds::ImdsClient, CredentialsError> {
    let env = &ctx.os().env;
    let settings = &ctx.settings;
    let inputs = imds::EndpointInputs {
        explicit: None,
        env_endpoint: env.var("AWS_EC2_METADATA_SERVICE_ENDPOINT"),
        profile_endpoint: settings.profile_value("ec2_metadata_service_endpoint"),
        mode_override: None,
        env_mode: env.var("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"),
        profile_mode: settings.profile_value("ec2_metadata_service_endpoint_mode"),
    };
    let url = imds::resolve_endpoint(&inputs).map_err(|e| {
        CredentialsError::invalid_configuration("EC2 instance metadata endpoint").with_source(e)
    })?;
    let policy = policy(
        ctx,
        RetryPolicy::standard(Some(imds::ATTEMPT_TIMEOUT)),
        imds::ATTEMPT_TIMEOUT,
    );
    Ok(imds::ImdsClient::new(ctx.http.clone(), url).with_retry_policy(policy))
}

fn imds_error(e: imds::ImdsError) -> CredentialsError {
    let what = "EC2 instance metadata";
    let error = match e.kind() {
        _ if e.is_not_configured() => CredentialsError::not_loaded(what),
        // Nothing answers at the address: not on EC2 (or IMDS is off).
        imds::ImdsErrorKind::Transport | imds::ImdsErrorKind::TimedOut => {
            CredentialsError::not_loaded(format!("{what} (not reachable)"))
        }
        imds::ImdsErrorKind::InvalidEndpoint | imds::ImdsErrorKind::InvalidEndpointMode => {
            CredentialsError::invalid_configuration(what)
        }
        _ => CredentialsError::new(what),
    };
    error.with_source(e)
}

/// The instance role's credentials from IMDSv2; expired ones get a short extension (static
/// stability).
pub fn imds_credentials<'a>(ctx: &'a ProviderContext) -> CredentialsFuture<'a> {
    Box::pin(imds_credentials_unboxed(ctx))
}

async fn imds_credentials_unboxed(ctx: &ProviderContext) -> Result<Credentials, CredentialsError> {
    if imds_disabled(ctx) {
        return Err(CredentialsError::not_loaded(
            "EC2 instance metadata (disabled by AWS_EC2_METADATA_DISABLED)",
        ));
    }
    let client = imds_client(ctx)?;
    client
        .credentials(ctx.os().clock.now())
        .await
        .map_err(imds_error)
}

/// The instance's region from IMDS: the region chain's last step. `None` when IMDS is off,
/// unreachable or says nothing usable.
pub async fn imds_region(ctx: &ProviderContext) -> Option<String> {
    if imds_disabled(ctx) {
        return None;
    }
    imds_client(ctx).ok()?.region().await.ok()
}
