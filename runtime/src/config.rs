//! Region and endpoint resolution, from explicit settings, environment variables and the
//! shared config files.

use crate::endpoint::{Params, RuleSet};
use crate::error::{ConfigError, ConfigErrorKind};
use crate::profile::ProfileSet;
use crate::protocol::ServiceSpec;

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

/// The endpoint URL for `service`: `explicit`, else `AWS_ENDPOINT_URL_<SDK ID>`, else
/// `AWS_ENDPOINT_URL`, else the selected profile's `endpoint_url`, else
/// `https://{endpoint_prefix}.{region}.amazonaws.com` (`.amazonaws.com.cn` in `cn-` regions).
///
/// Setting `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` skips the variables and the profile.
/// The URL is checked (`http(s)://host[:port][/path]`) and returned without a trailing `/`.
pub fn resolve_endpoint(
    service: &ServiceSpec,
    region: &str,
    explicit: Option<&str>,
    env: &Environment,
) -> Result<String, ConfigError> {
    if let Some(url) = explicit {
        return check_endpoint_url(url).map_err(|why| bad_url("the configured endpoint", url, why));
    }
    let ignore_configured = env
        .var("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"));
    if !ignore_configured {
        for var in [
            service_endpoint_var(service.sdk_id),
            "AWS_ENDPOINT_URL".into(),
        ] {
            if let Some(url) = env.var(&var) {
                return check_endpoint_url(url).map_err(|why| bad_url(&var, url, why));
            }
        }
        let profiles = ProfileSet::load(env).map_err(|e| ConfigError::new(e.to_string()))?;
        let profile = profile_name(None, env);
        if let Some(url) = profiles
            .get(&profile, "endpoint_url")
            .filter(|u| !u.is_empty())
        {
            let source = format!("endpoint_url of profile \"{profile}\"");
            return check_endpoint_url(url).map_err(|why| bad_url(&source, url, why));
        }
    }
    check_region(region)?;
    if let Some(rules) = service.endpoint_rules {
        return resolve_by_rules(rules, region, env);
    }
    let suffix = if region.starts_with("cn-") {
        "amazonaws.com.cn"
    } else {
        "amazonaws.com"
    };
    Ok(format!(
        "https://{}.{region}.{suffix}",
        service.endpoint_prefix
    ))
}

/// Evaluates the model's endpoint rule set with the region and the FIPS / dual-stack settings
/// (`AWS_USE_FIPS_ENDPOINT`, `AWS_USE_DUALSTACK_ENDPOINT`, or the profile's
/// `use_fips_endpoint` / `use_dualstack_endpoint`).
fn resolve_by_rules(rules: &str, region: &str, env: &Environment) -> Result<String, ConfigError> {
    let rules = RuleSet::from_json_str(rules)
        .map_err(|e| ConfigError::new(format!("the model's endpoint rules do not load: {e}")))?;
    let profiles = ProfileSet::load(env).map_err(|e| ConfigError::new(e.to_string()))?;
    let profile = profile_name(None, env);
    let flag = |var: &str, key: &str| -> bool {
        env.var(var)
            .or_else(|| profiles.get(&profile, key))
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    };
    let params = Params::new()
        .with_region(region)
        .with_use_fips(flag("AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint"))
        .with_use_dual_stack(flag("AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint"));
    rules
        .resolve(&params)
        .map(|endpoint| endpoint.url)
        .map_err(|e| ConfigError::new(format!("no endpoint for region {region:?}: {e}")))
}

fn bad_url(source: &str, url: &str, why: String) -> ConfigError {
    ConfigError::new(format!(
        "{source} {url:?} is not a valid endpoint URL: {why} (expected http(s)://host[:port][/path])"
    ))
}

/// A region becomes a host label, so it may hold only letters, digits and inner dashes.
fn check_region(region: &str) -> Result<(), ConfigError> {
    let why = if region.is_empty() {
        "it is empty"
    } else if region.len() > 63 {
        "it is longer than 63 characters"
    } else if !region
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        "only letters, digits and '-' are allowed"
    } else if region.starts_with('-') || region.ends_with('-') {
        "it may not start or end with '-'"
    } else {
        return Ok(());
    };
    Err(ConfigError::new(format!(
        "invalid region {region:?}: {why} (regions look like us-east-1)"
    )))
}

/// Checks `url` is `http(s)://host[:port][/path]` and returns it without trailing `/`.
fn check_endpoint_url(url: &str) -> Result<String, String> {
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("it contains whitespace or control characters".into());
    }
    let rest = strip_prefix_ignore_case(url, "https://")
        .or_else(|| strip_prefix_ignore_case(url, "http://"))
        .ok_or_else(|| match url.split_once("://") {
            Some((scheme, _)) => format!("the scheme must be http or https, not {scheme:?}"),
            None => "it has no scheme (add https://)".to_string(),
        })?;
    if rest.contains(['?', '#']) {
        return Err("it may not have a query or fragment".into());
    }
    let (authority, _path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    if authority.contains('@') {
        return Err("it may not contain user information ('@')".into());
    }
    let (host, port) = if let Some(bracketed) = authority.strip_prefix('[') {
        // An IPv6 literal: `[::1]` or `[::1]:8080`.
        let (inside, after) = bracketed
            .split_once(']')
            .ok_or("the IPv6 host has no closing ']'")?;
        if inside.is_empty() || !inside.chars().all(|c| c.is_ascii_hexdigit() || c == ':') {
            return Err(format!("[{inside}] is not an IPv6 address"));
        }
        match after {
            "" => (inside, None),
            _ => match after.strip_prefix(':') {
                Some(port) => (inside, Some(port)),
                None => return Err(format!("unexpected {after:?} after the IPv6 host")),
            },
        }
    } else {
        match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    if host.is_empty() {
        return Err("the host is empty".into());
    }
    if !authority.starts_with('[')
        && !host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_'))
    {
        return Err(format!(
            "the host {host:?} may hold only letters, digits, '-', '_' and '.'"
        ));
    }
    if let Some(port) = port {
        let valid = !port.is_empty()
            && port.bytes().all(|b| b.is_ascii_digit())
            && port.parse::<u16>().is_ok_and(|p| p != 0);
        if !valid {
            return Err(format!("the port {port:?} is not a number from 1 to 65535"));
        }
    }
    Ok(url.trim_end_matches('/').to_string())
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}
