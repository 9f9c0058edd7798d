//! The configuration a client and its credential providers share, resolved once: which
//! profile, the profile files parsed once, region, FIPS / dual-stack, configured endpoint
//! URLs. Everything here reads only the [`Os`] it is given.

use std::sync::Arc;

use crate::http::ProxySettings;
use crate::os::Os;
use crate::profile::{ProfileError, ProfileSet};

/// Settings resolved from explicit values, the environment and the selected profile.
#[derive(Debug, Clone)]
pub struct Settings {
    os: Os,
    profile_name: String,
    /// Whether the profile was chosen (by code or `AWS_PROFILE`) rather than defaulted.
    profile_explicit: bool,
    profiles: Result<Arc<ProfileSet>, ProfileError>,
    region: Option<String>,
    use_fips: bool,
    use_dual_stack: bool,
    /// Set in code: ignore configured endpoint URLs (or not) whatever the environment says.
    ignore_configured_endpoint_urls: Option<bool>,
}

impl Settings {
    /// Resolves against `os`: `profile` (else `AWS_PROFILE`, else `default`), `region` (else
    /// `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's `region`). The profile files are
    /// read here, once; a file that does not parse is kept as an error for those who need
    /// the profile.
    pub fn resolve(os: Os, profile: Option<&str>, region: Option<&str>) -> Settings {
        let chosen = profile
            .filter(|p| !p.is_empty())
            .or_else(|| os.env.var("AWS_PROFILE"));
        let profile_name = chosen.unwrap_or("default").to_string();
        let profiles = ProfileSet::load_from(&os.env, &os.fs).map(Arc::new);
        let mut settings = Settings {
            profile_explicit: chosen.is_some(),
            profile_name,
            profiles,
            region: None,
            use_fips: false,
            use_dual_stack: false,
            ignore_configured_endpoint_urls: None,
            os,
        };
        settings.region = region
            .filter(|r| !r.is_empty())
            .or_else(|| settings.os.env.var("AWS_REGION"))
            .or_else(|| settings.os.env.var("AWS_DEFAULT_REGION"))
            .or_else(|| settings.profile_value("region"))
            .map(str::to_string);
        settings.use_fips = settings.flag("AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint");
        settings.use_dual_stack =
            settings.flag("AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint");
        settings
    }

    /// This value with the region set.
    pub fn with_region(mut self, region: Option<String>) -> Self {
        self.region = region;
        self
    }

    /// This value with FIPS and dual-stack endpoints turned on or off.
    pub fn with_endpoint_flags(mut self, fips: Option<bool>, dual_stack: Option<bool>) -> Self {
        if let Some(fips) = fips {
            self.use_fips = fips;
        }
        if let Some(dual_stack) = dual_stack {
            self.use_dual_stack = dual_stack;
        }
        self
    }

    /// This value ignoring configured endpoint URLs (`true`), or using them whatever
    /// `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` says (`false`).
    pub fn with_ignore_configured_endpoint_urls(mut self, ignore: bool) -> Self {
        self.ignore_configured_endpoint_urls = Some(ignore);
        self
    }

    pub fn os(&self) -> &Os {
        &self.os
    }

    /// The selected profile's name.
    pub fn profile_name(&self) -> &str {
        &self.profile_name
    }

    /// Whether code or `AWS_PROFILE` chose the profile.
    pub fn profile_explicit(&self) -> bool {
        self.profile_explicit
    }

    /// The parsed profile files, or why they could not be read.
    pub fn profiles(&self) -> Result<&ProfileSet, &ProfileError> {
        self.profiles.as_deref()
    }

    /// A property of the selected profile (empty counts as unset); `None` also when the
    /// files could not be read.
    pub fn profile_value(&self, key: &str) -> Option<&str> {
        self.profiles
            .as_ref()
            .ok()?
            .get(&self.profile_name, key)
            .filter(|v| !v.is_empty())
    }

    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    pub fn use_fips(&self) -> bool {
        self.use_fips
    }

    pub fn use_dual_stack(&self) -> bool {
        self.use_dual_stack
    }

    /// The path of an extra CA bundle to trust: `AWS_CA_BUNDLE`, else the profile's
    /// `ca_bundle`.
    pub fn ca_bundle(&self) -> Option<&str> {
        self.os
            .env
            .var("AWS_CA_BUNDLE")
            .or_else(|| self.profile_value("ca_bundle"))
    }

    /// The application id for the user agent: `AWS_SDK_UA_APP_ID`, else the profile's
    /// `sdk_ua_app_id`.
    pub fn app_id(&self) -> Option<&str> {
        self.os
            .env
            .var("AWS_SDK_UA_APP_ID")
            .or_else(|| self.profile_value("sdk_ua_app_id"))
    }

    /// The proxies the environment names (`HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY`, either
    /// case).
    pub fn proxy(&self) -> ProxySettings {
        ProxySettings::from_vars(|name| self.os.env.var(name).map(str::to_string))
    }

    /// An environment variable, else a property of the selected profile, read as a boolean.
    fn flag(&self, var: &str, key: &str) -> bool {
        self.os
            .env
            .var(var)
            .or_else(|| self.profile_value(key))
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    }

    /// The endpoint URL configured for one service of profile `profile` (`None`: the
    /// selected one): `AWS_ENDPOINT_URL_<ENV ID>`, `AWS_ENDPOINT_URL`, the `endpoint_url`
    /// of the profile's `services` section for `service_key`, the profile's `endpoint_url`;
    /// none of them when `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` (or the profile's
    /// `ignore_configured_endpoint_urls`) is true.
    pub fn configured_endpoint_url(
        &self,
        profile: Option<&str>,
        env_id: &str,
        service_key: &str,
    ) -> Option<String> {
        self.configured_endpoint(profile, env_id, service_key)
            .map(|(url, _)| url)
    }

    /// Like [`Settings::configured_endpoint_url`], with where the URL came from (the
    /// variable's name, or which profile property), for error messages.
    pub fn configured_endpoint(
        &self,
        profile: Option<&str>,
        env_id: &str,
        service_key: &str,
    ) -> Option<(String, String)> {
        let profile = profile.unwrap_or(&self.profile_name);
        let profiles = self.profiles.as_ref().ok();
        let value = |key: &str| {
            profiles
                .and_then(|p| p.get(profile, key))
                .filter(|v| !v.is_empty())
        };
        let ignore = self.ignore_configured_endpoint_urls.unwrap_or_else(|| {
            self.os
                .env
                .var("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")
                .or_else(|| value("ignore_configured_endpoint_urls"))
                .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        });
        if ignore {
            return None;
        }
        for var in [
            format!("AWS_ENDPOINT_URL_{env_id}"),
            "AWS_ENDPOINT_URL".into(),
        ] {
            if let Some(url) = self.os.env.var(&var) {
                return Some((url.to_string(), var));
            }
        }
        let from_services = value("services").and_then(|section| {
            let sub = profiles?.services(section, service_key)?;
            sub_property(sub, "endpoint_url")
        });
        if let Some(url) = from_services {
            return Some((
                url,
                format!(
                    "endpoint_url of the {service_key} services entry of profile \"{profile}\""
                ),
            ));
        }
        value("endpoint_url").map(|url| {
            (
                url.to_string(),
                format!("endpoint_url of profile \"{profile}\""),
            )
        })
    }
}

/// A sub-property (`\nkey = value` lines) of a property's value.
pub fn sub_property(value: &str, key: &str) -> Option<String> {
    value.lines().find_map(|line| {
        let (k, v) = line.split_once('=')?;
        (k.trim().eq_ignore_ascii_case(key)).then(|| v.trim().to_string())
    })
}
