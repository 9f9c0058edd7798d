//! Region resolution, from explicit settings, environment variables and the shared config
//! files (endpoints: [`crate::endpoint::resolve`]).

use crate::error::{ConfigError, ConfigErrorKind};
use crate::profile::ProfileSet;

// The environment moved to the OS layer; re-exported where callers know it.
pub use crate::os::env::Environment;

/// The selected profile name: `explicit`, else `AWS_PROFILE`, else `"default"`.
pub fn profile_name(explicit: Option<&str>, env: &Environment) -> String {
    explicit
        .filter(|p| !p.is_empty())
        .or_else(|| env.var("AWS_PROFILE"))
        .unwrap_or("default")
        .to_string()
}

/// The region: `explicit`, else `AWS_REGION`, else `AWS_DEFAULT_REGION`, else the selected
/// profile's `region`. A shared config file that cannot be read counts as having no region;
/// use [`try_resolve_region`] to see why.
pub fn resolve_region(explicit: Option<&str>, env: &Environment) -> Option<String> {
    try_resolve_region(explicit, None, env).ok().flatten()
}

/// Like [`resolve_region`], for a given profile (`None`: the one [`profile_name`] selects),
/// reporting a shared config file that cannot be read.
pub fn try_resolve_region(
    explicit: Option<&str>,
    profile: Option<&str>,
    env: &Environment,
) -> Result<Option<String>, ConfigError> {
    if let Some(region) = explicit
        .filter(|r| !r.is_empty())
        .or_else(|| env.var("AWS_REGION"))
        .or_else(|| env.var("AWS_DEFAULT_REGION"))
    {
        return Ok(Some(region.to_string()));
    }
    let profiles = ProfileSet::load(env).map_err(|e| {
        ConfigError::of_kind(ConfigErrorKind::ProfileFile, e.to_string()).with_source(e)
    })?;
    let profile = profile_name(profile, env);
    Ok(profiles
        .get(&profile, "region")
        .filter(|r| !r.is_empty())
        .map(str::to_string))
}

/// The environment variable naming an endpoint for one service: `AWS_ENDPOINT_URL_` and the
/// SDK id uppercased, with spaces and dashes turned into `_` (`AWS_ENDPOINT_URL_DYNAMODB_STREAMS`).
pub fn service_endpoint_var(sdk_id: &str) -> String {
    let mut name = String::from("AWS_ENDPOINT_URL_");
    name.extend(sdk_id.chars().map(|c| match c {
        ' ' | '-' => '_',
        c => c.to_ascii_uppercase(),
    }));
    name
}
