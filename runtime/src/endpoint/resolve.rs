//! Where a client sends a service's requests: a configured endpoint URL, else the model's
//! endpoint rules, else the partition's host template for the region.

use std::collections::BTreeMap;

use super::partitions::partition_for_region;
use super::url::EndpointUrl;
use super::{Endpoint, Params, RuleSet};
use crate::config::{service_endpoint_var, Environment};
use crate::error::{ConfigError, ConfigErrorKind};
use crate::os::Os;
use crate::protocol::ServiceSpec;
use crate::settings::Settings;

/// The endpoint for `service` in `region`, reading `env` and the shared config files it
/// points to: [`resolve_with`] over [`Settings`] resolved from `env`.
pub fn resolve(
    service: &ServiceSpec,
    region: &str,
    explicit: Option<&str>,
    env: &Environment,
) -> Result<Endpoint, ConfigError> {
    let settings = Settings::resolve(Os::with_env(env.clone()), None, Some(region));
    resolve_with(service, region, explicit, &settings)
}

/// The endpoint for `service` in `region`: `explicit`, else the URL `settings` configure
/// (`AWS_ENDPOINT_URL_<SDK ID>`, `AWS_ENDPOINT_URL`, the selected profile's `services`
/// entry, its `endpoint_url`; see [`Settings::configured_endpoint_url`]), else the model's
/// endpoint rules, else the region's partition host (`https://{endpointPrefix}.{region}.{dnsSuffix}`).
///
/// FIPS and dual-stack as `settings` resolved them (code, `AWS_USE_FIPS_ENDPOINT`,
/// `AWS_USE_DUALSTACK_ENDPOINT`, the profile's `use_fips_endpoint` / `use_dualstack_endpoint`)
/// select the rules' or the partition's variant host; a partition without one is a
/// configuration error. Every URL is checked ([`EndpointUrl::parse`]) and returned without a
/// trailing `/`. Nothing is read here: the profile files were parsed when `settings` were.
pub fn resolve_with(
    service: &ServiceSpec,
    region: &str,
    explicit: Option<&str>,
    settings: &Settings,
) -> Result<Endpoint, ConfigError> {
    if let Some(url) = explicit {
        return configured(url, "the configured endpoint");
    }
    // A config file that does not parse may be where the endpoint is set: say so rather
    // than guess.
    if let Err(e) = settings.profiles() {
        return Err(
            ConfigError::of_kind(ConfigErrorKind::ProfileFile, e.to_string())
                .with_source(e.clone()),
        );
    }
    let env_id = service_endpoint_var(service.sdk_id);
    let env_id = env_id.trim_start_matches("AWS_ENDPOINT_URL_");
    if let Some((url, source)) =
        settings.configured_endpoint(None, env_id, &services_key(service.sdk_id))
    {
        return configured(&url, &source);
    }
    check_region(region)?;
    let (fips, dual_stack) = (settings.use_fips(), settings.use_dual_stack());
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

/// The key of a service in a profile's `services` section: the SDK id lower-cased, spaces
/// as `_` (`dynamodb_streams`).
fn services_key(sdk_id: &str) -> String {
    sdk_id
        .chars()
        .map(|c| match c {
            ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
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
