//! Endpoint resolution by the Smithy rules engine.
//!
//! A service model carries its endpoint logic as data, the `smithy.rules#endpointRuleSet`
//! trait. [`RuleSet::from_json_str`] parses it once, and [`RuleSet::resolve`] turns
//! [`Params`] (region, FIPS, dual-stack, a custom endpoint, and any service-specific
//! parameters) into an [`Endpoint`] or the rule set's own error message.
//!
//! ```
//! use awsgen_runtime::endpoint::{Params, RuleSet};
//!
//! let rules = RuleSet::from_json_str(r#"{
//!     "version": "1.0",
//!     "parameters": {"Region": {"type": "string", "builtIn": "AWS::Region", "required": false}},
//!     "rules": [
//!         {"conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]},
//!                         {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"}],
//!          "endpoint": {"url": "https://svc.{Region}.{P#dnsSuffix}"}, "type": "endpoint"},
//!         {"conditions": [], "error": "Invalid Configuration: Missing Region", "type": "error"}
//!     ]
//! }"#).unwrap();
//! let endpoint = rules.resolve(&Params::new().with_region("cn-north-1")).unwrap();
//! assert_eq!(endpoint.url, "https://svc.cn-north-1.amazonaws.com.cn");
//! let error = rules.resolve(&Params::new()).unwrap_err();
//! assert_eq!(error.to_string(), "Invalid Configuration: Missing Region");
//! ```

mod eval;
mod functions;
mod params;
pub mod partitions;
mod resolve;
mod rules;
mod url;
mod value;

use std::collections::BTreeMap;
use std::fmt;

pub use params::{
    ParamValue, Params, BUILT_IN_ENDPOINT, BUILT_IN_REGION, BUILT_IN_USE_DUAL_STACK,
    BUILT_IN_USE_FIPS,
};
pub use resolve::{resolve, resolve_with};
pub use rules::{ParamType, Parameter, RuleSet};
pub use url::EndpointUrl;

/// A resolved endpoint: what the rules (or the configuration) say about where and how to
/// send a service's requests. The one endpoint type of the runtime.
#[derive(Debug, Clone, PartialEq)]
pub struct Endpoint {
    pub url: String,
    /// Headers to add to every request sent to this endpoint.
    pub headers: BTreeMap<String, Vec<String>>,
    /// Extra facts, such as `authSchemes` (signing name and region overrides).
    pub properties: serde_json::Map<String, serde_json::Value>,
}

impl Endpoint {
    /// The `authSchemes` property's entries (each an object with a `name` such as `sigv4`),
    /// or none.
    pub fn auth_schemes(&self) -> &[serde_json::Value] {
        self.properties
            .get("authSchemes")
            .and_then(serde_json::Value::as_array)
            .map_or(&[], Vec::as_slice)
    }

    /// The signing name and region the `sigv4` auth scheme asks for, overriding the
    /// service's (each `None` when the scheme leaves it to the service).
    pub fn sigv4_overrides(&self) -> (Option<&str>, Option<&str>) {
        let sigv4 = self
            .auth_schemes()
            .iter()
            .find(|scheme| scheme.get("name").and_then(serde_json::Value::as_str) == Some("sigv4"));
        let field = |key: &str| {
            sigv4
                .and_then(|scheme| scheme.get(key))
                .and_then(serde_json::Value::as_str)
        };
        (field("signingName"), field("signingRegion"))
    }

    /// The headers to set on every request, each name once (several values joined by `,`).
    pub fn header_list(&self) -> impl Iterator<Item = (&str, String)> {
        self.headers
            .iter()
            .map(|(name, values)| (name.as_str(), values.join(",")))
    }
}

/// Why resolution failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndpointErrorKind {
    /// An error rule of the rule set applied; the message is the rule's.
    RuleError,
    /// A required parameter was missing or a value had the wrong type.
    InvalidParams,
    /// No rule applied (a gap in the rule set).
    NoRuleMatched,
    /// The rule set computed something ill-typed, such as a URL that is not a string.
    Evaluation,
}

/// Endpoint resolution failed; `Display` shows the message alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndpointError {
    kind: EndpointErrorKind,
    message: String,
}

impl EndpointError {
    pub(crate) fn new(kind: EndpointErrorKind, message: String) -> Self {
        EndpointError { kind, message }
    }

    pub fn kind(&self) -> EndpointErrorKind {
        self.kind
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for EndpointError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for EndpointError {}
