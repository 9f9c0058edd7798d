//! Where a client sends a service's requests: a configured endpoint URL, else the model's
//! endpoint rules, else the partition's host template for the region.

use std::collections::BTreeMap;

use super::partitions::partition_for_region;
use super::url::EndpointUrl;
use super::{Endpoint, Params, RuleSet};
use crate::config::{profile_name, service_endpoint_var, Environment};
use crate::error::ConfigError;
use crate::profile::ProfileSet;
use crate::protocol::ServiceSpec;

/// The endpoint for `service` in `region`: `explicit`, else `AWS_ENDPOINT_URL_<SDK ID>`, else
/// `AWS_ENDPOINT_URL`, else the selected profile's `endpoint_url`, else the model's endpoint
/// rules, else the region's partition host (`https://{endpointPrefix}.{region}.{dnsSuffix}`).
///
/// Setting `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` skips the variables and the profile.
/// FIPS and dual-stack (`AWS_USE_FIPS_ENDPOINT`, `AWS_USE_DUALSTACK_ENDPOINT`, or the
/// profile's `use_fips_endpoint` / `use_dualstack_endpoint`) select the rules' or the
/// partition's variant host; a partition without one is a configuration error. Every URL is
/// checked ([`EndpointUrl::parse`]) and returned without a trailing `/`.
pub fn resolve(
    service: &ServiceSpec,
    region: &str,
    explicit: Option<&str>,
    env: &Environment,
) -> Result<Endpoint, ConfigError> {
    if let Some(url) = explicit {
        return configured(url, "the configured endpoint");
    }
    let ignore_configured = env
        .var("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"));
    let profiles = ProfileSet::load(env).map_err(|e| ConfigError::new(e.to_string()))?;
    let profile = profile_name(None, env);
    if !ignore_configured {
        for var in [
            service_endpoint_var(service.sdk_id),
            "AWS_ENDPOINT_URL".into(),
        ] {
            if let Some(url) = env.var(&var) {
                return configured(url, &var);
            }
        }
        if let Some(url) = profiles
            .get(&profile, "endpoint_url")
            .filter(|u| !u.is_empty())
        {
            return configured(url, &format!("endpoint_url of profile \"{profile}\""));
        }
    }
    check_region(region)?;
    let flag = |var: &str, key: &str| -> bool {
        env.var(var)
            .or_else(|| profiles.get(&profile, key))
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    };
    let fips = flag("AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint");
    let dual_stack = flag("AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint");
    let endpoint = match service.endpoint_rules {
        Some(rules) => by_rules(rules, region, fips, dual_stack)?,
        None => by_partition(service, region, fips, dual_stack)?,
    };
    EndpointUrl::parse(&endpoint.url).map_err(|why| {
        ConfigError::new(format!(
            "the endpoint {:?} resolved for region {region:?} is not usable: {why}",
            endpoint.url
        ))
    })?;
    Ok(endpoint)
}

/// A URL the user configured, checked, with nothing else attached.
fn configured(url: &str, source: &str) -> Result<Endpoint, ConfigError> {
    EndpointUrl::parse(url).map_err(|why| {
        ConfigError::new(format!(
            "{source} {url:?} is not a valid endpoint URL: {why} (expected http(s)://host[:port][/path])"
        ))
    })?;
    Ok(plain(url.trim_end_matches('/').to_string()))
}

fn plain(url: String) -> Endpoint {
    Endpoint {
        url,
        headers: BTreeMap::new(),
        properties: serde_json::Map::new(),
    }
}

/// Evaluates the model's endpoint rule set.
fn by_rules(
    rules: &str,
    region: &str,
    fips: bool,
    dual_stack: bool,
) -> Result<Endpoint, ConfigError> {
    let rules = RuleSet::from_json_str(rules)
        .map_err(|e| ConfigError::new(format!("the model's endpoint rules do not load: {e}")))?;
    let params = Params::new()
        .with_region(region)
        .with_use_fips(fips)
        .with_use_dual_stack(dual_stack);
    rules
        .resolve(&params)
        .map_err(|e| ConfigError::new(format!("no endpoint for region {region:?}: {e}")))
}

/// The partition's host for a model without endpoint rules (botocore models, the shipped one).
fn by_partition(
    service: &ServiceSpec,
    region: &str,
    fips: bool,
    dual_stack: bool,
) -> Result<Endpoint, ConfigError> {
    let partition = partition_for_region(region);
    let template = partition.hosts.variant(fips, dual_stack).ok_or_else(|| {
        let variant = match (fips, dual_stack) {
            (true, true) => "FIPS dual-stack",
            (true, false) => "FIPS",
            _ => "dual-stack",
        };
        ConfigError::new(format!(
            "{variant} endpoints were requested, but partition {:?} (region {region:?}) has \
             no {variant} host for {}; turn the setting off or set an endpoint URL",
            partition.name, service.sdk_id
        ))
    })?;
    let host = template
        .replace("{service}", service.endpoint_prefix)
        .replace("{region}", region);
    Ok(plain(format!("https://{host}")))
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
