//! The values a caller gives for a resolution: SDK built-ins and named parameters.

use std::collections::BTreeMap;

use super::rules::{ParamType, Parameter};

/// A parameter value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamValue {
    String(String),
    Bool(bool),
    StringArray(Vec<String>),
}

impl ParamValue {
    /// The value of a JSON string, boolean or array of strings; `None` for anything else.
    pub fn from_json(json: &serde_json::Value) -> Option<ParamValue> {
        match json {
            serde_json::Value::String(s) => Some(ParamValue::String(s.clone())),
            serde_json::Value::Bool(b) => Some(ParamValue::Bool(*b)),
            serde_json::Value::Array(items) => items
                .iter()
                .map(|i| i.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()
                .map(ParamValue::StringArray),
            _ => None,
        }
    }

    pub fn param_type(&self) -> ParamType {
        match self {
            ParamValue::String(_) => ParamType::String,
            ParamValue::Bool(_) => ParamType::Boolean,
            ParamValue::StringArray(_) => ParamType::StringArray,
        }
    }
}

impl From<&str> for ParamValue {
    fn from(s: &str) -> Self {
        ParamValue::String(s.to_owned())
    }
}

impl From<String> for ParamValue {
    fn from(s: String) -> Self {
        ParamValue::String(s)
    }
}

impl From<bool> for ParamValue {
    fn from(b: bool) -> Self {
        ParamValue::Bool(b)
    }
}

impl From<Vec<String>> for ParamValue {
    fn from(items: Vec<String>) -> Self {
        ParamValue::StringArray(items)
    }
}

/// The built-ins every AWS rule set uses.
pub const BUILT_IN_REGION: &str = "AWS::Region";
pub const BUILT_IN_USE_FIPS: &str = "AWS::UseFIPS";
pub const BUILT_IN_USE_DUAL_STACK: &str = "AWS::UseDualStack";
pub const BUILT_IN_ENDPOINT: &str = "SDK::Endpoint";

/// Inputs to [`RuleSet::resolve`](super::RuleSet::resolve).
///
/// A parameter's value is, in order: the value given under its name in `named`, the value of
/// its built-in (the four common ones have fields, others live in `built_ins`), its default
/// in the rule set, or unset. Unset fields mean "not configured", so the rule set's defaults
/// apply (for example `UseFIPS` defaults to false).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params {
    /// `AWS::Region`.
    pub region: Option<String>,
    /// `AWS::UseFIPS`.
    pub use_fips: Option<bool>,
    /// `AWS::UseDualStack`.
    pub use_dual_stack: Option<bool>,
    /// `SDK::Endpoint`: an endpoint URL the user configured.
    pub endpoint: Option<String>,
    /// Other built-ins by their id, such as `AWS::Auth::AccountId`.
    pub built_ins: BTreeMap<String, ParamValue>,
    /// Values by parameter name (operation context parameters); these win over built-ins.
    pub named: BTreeMap<String, ParamValue>,
}

impl Params {
    pub fn new() -> Self {
        Params::default()
    }

    pub fn with_region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    pub fn with_use_fips(mut self, on: bool) -> Self {
        self.use_fips = Some(on);
        self
    }

    pub fn with_use_dual_stack(mut self, on: bool) -> Self {
        self.use_dual_stack = Some(on);
        self
    }

    pub fn with_endpoint(mut self, url: impl Into<String>) -> Self {
        self.endpoint = Some(url.into());
        self
    }

    /// Sets a built-in by id; the four common ones land in their fields when the type fits.
    pub fn with_built_in(mut self, id: &str, value: impl Into<ParamValue>) -> Self {
        match (id, value.into()) {
            (BUILT_IN_REGION, ParamValue::String(s)) => self.region = Some(s),
            (BUILT_IN_USE_FIPS, ParamValue::Bool(b)) => self.use_fips = Some(b),
            (BUILT_IN_USE_DUAL_STACK, ParamValue::Bool(b)) => self.use_dual_stack = Some(b),
            (BUILT_IN_ENDPOINT, ParamValue::String(s)) => self.endpoint = Some(s),
            (_, value) => {
                self.built_ins.insert(id.to_owned(), value);
            }
        }
        self
    }

    /// Sets a parameter by its name in the rule set.
    pub fn with_param(mut self, name: &str, value: impl Into<ParamValue>) -> Self {
        self.named.insert(name.to_owned(), value.into());
        self
    }

    /// The value of built-in `id`, if given.
    pub fn built_in(&self, id: &str) -> Option<ParamValue> {
        match id {
            BUILT_IN_REGION if self.region.is_some() => self.region.clone().map(ParamValue::String),
            BUILT_IN_USE_FIPS if self.use_fips.is_some() => self.use_fips.map(ParamValue::Bool),
            BUILT_IN_USE_DUAL_STACK if self.use_dual_stack.is_some() => {
                self.use_dual_stack.map(ParamValue::Bool)
            }
            BUILT_IN_ENDPOINT if self.endpoint.is_some() => {
                self.endpoint.clone().map(ParamValue::String)
            }
            _ => self.built_ins.get(id).cloned(),
        }
    }

    /// The value `parameter` takes: given by name, by built-in, or its default.
    pub(crate) fn value_for(&self, parameter: &Parameter) -> Option<ParamValue> {
        self.named
            .get(&parameter.name)
            .cloned()
            .or_else(|| {
                parameter
                    .built_in
                    .as_deref()
                    .and_then(|id| self.built_in(id))
            })
            .or_else(|| parameter.default.clone())
    }
}
