//! Evaluating a rule set against parameter values.
//!
//! Rules are tried in order. A rule applies when each of its conditions holds (returns a set
//! value other than `false`); a condition's `assign` names its result for the conditions
//! after it and for the rule's body. An endpoint rule yields the endpoint, an error rule the
//! error, and a tree rule the first of its rules that applies; a tree whose rules all fail
//! is an error, as is a rule set where no rule applies.

use std::collections::BTreeMap;

use super::params::{ParamValue, Params};
use super::rules::{
    Condition, EndpointTemplate, Expr, PathStep, Rule, RuleKind, RuleSet, Template, TemplatePart,
};
use super::value::Value;
use super::{Endpoint, EndpointError, EndpointErrorKind};

/// Names in scope, innermost last: the parameters, then assigned results.
struct Scope<'a> {
    bindings: Vec<(&'a str, Value)>,
}

impl Scope<'_> {
    fn get(&self, name: &str) -> Result<&Value, EndpointError> {
        self.bindings
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v)
            .ok_or_else(|| evaluation(format!("`{name}` is not defined")))
    }
}

fn evaluation(message: String) -> EndpointError {
    EndpointError::new(EndpointErrorKind::Evaluation, message)
}

/// What a list of rules came to: an endpoint, or no rule applied.
enum Outcome {
    Endpoint(Endpoint),
    NoMatch,
}

impl RuleSet {
    /// Resolves the endpoint for `params`. The error of an error rule carries the rule's
    /// message verbatim.
    pub fn resolve(&self, params: &Params) -> Result<Endpoint, EndpointError> {
        let mut scope = Scope {
            bindings: Vec::with_capacity(self.parameters.len() + 8),
        };
        for parameter in &self.parameters {
            let value = match params.value_for(parameter) {
                Some(v) if v.param_type() != parameter.param_type => {
                    return Err(EndpointError::new(
                        EndpointErrorKind::InvalidParams,
                        format!(
                            "parameter {} must be a {:?}, got a {:?}",
                            parameter.name,
                            parameter.param_type,
                            v.param_type()
                        ),
                    ))
                }
                Some(v) => param_value(v),
                None if parameter.required => {
                    return Err(EndpointError::new(
                        EndpointErrorKind::InvalidParams,
                        format!("a required parameter was not set: {}", parameter.name),
                    ))
                }
                None => Value::Unset,
            };
            scope.bindings.push((&parameter.name, value));
        }
        match eval_rules(&self.rules, &mut scope)? {
            Outcome::Endpoint(endpoint) => Ok(endpoint),
            Outcome::NoMatch => Err(EndpointError::new(
                EndpointErrorKind::NoRuleMatched,
                "no endpoint rule matched the parameters".to_owned(),
            )),
        }
    }
}

fn param_value(value: ParamValue) -> Value {
    match value {
        ParamValue::String(s) => Value::Str(s),
        ParamValue::Bool(b) => Value::Bool(b),
        ParamValue::StringArray(items) => Value::Array(items.into_iter().map(Value::Str).collect()),
    }
}

fn eval_rules<'a>(rules: &'a [Rule], scope: &mut Scope<'a>) -> Result<Outcome, EndpointError> {
    for rule in rules {
        let mark = scope.bindings.len();
        let outcome = eval_rule(rule, scope);
        scope.bindings.truncate(mark);
        match outcome? {
            Outcome::NoMatch => continue,
            done => return Ok(done),
        }
    }
    Ok(Outcome::NoMatch)
}

fn eval_rule<'a>(rule: &'a Rule, scope: &mut Scope<'a>) -> Result<Outcome, EndpointError> {
    for condition in &rule.conditions {
        if !eval_condition(condition, scope)? {
            return Ok(Outcome::NoMatch);
        }
    }
    match &rule.kind {
        RuleKind::Endpoint(template) => Ok(Outcome::Endpoint(eval_endpoint(template, scope)?)),
        RuleKind::Error(message) => Err(EndpointError::new(
            EndpointErrorKind::RuleError,
            eval_string(message, scope, "an error message")?,
        )),
        RuleKind::Tree(rules) => match eval_rules(rules, scope)? {
            Outcome::NoMatch => Err(EndpointError::new(
                EndpointErrorKind::NoRuleMatched,
                "no rule in a matching tree rule applied to the parameters".to_owned(),
            )),
            done => Ok(done),
        },
    }
}

fn eval_condition<'a>(
    condition: &'a Condition,
    scope: &mut Scope<'a>,
) -> Result<bool, EndpointError> {
    let value = eval_expr(&condition.expr, scope)?;
    if !value.is_truthy() {
        return Ok(false);
    }
    if let Some(name) = &condition.assign {
        scope.bindings.push((name, value));
    }
    Ok(true)
}

fn eval_endpoint(
    template: &EndpointTemplate,
    scope: &Scope<'_>,
) -> Result<Endpoint, EndpointError> {
    let url = eval_string(&template.url, scope, "the endpoint URL")?;
    let mut headers = BTreeMap::new();
    for (name, values) in &template.headers {
        let values = values
            .iter()
            .map(|v| eval_string(v, scope, "a header value"))
            .collect::<Result<Vec<_>, _>>()?;
        headers.insert(name.clone(), values);
    }
    let mut properties = serde_json::Map::new();
    for (name, expr) in &template.properties {
        properties.insert(name.clone(), eval_expr(expr, scope)?.to_json());
    }
    Ok(Endpoint {
        url,
        headers,
        properties,
    })
}

fn eval_string(expr: &Expr, scope: &Scope<'_>, what: &str) -> Result<String, EndpointError> {
    match eval_expr(expr, scope)? {
        Value::Str(s) => Ok(s),
        other => Err(evaluation(format!(
            "{what} must be a string, got a {}",
            other.type_name()
        ))),
    }
}

fn eval_expr(expr: &Expr, scope: &Scope<'_>) -> Result<Value, EndpointError> {
    Ok(match expr {
        Expr::Str(template) => Value::Str(eval_template(template, scope)?),
        Expr::Bool(b) => Value::Bool(*b),
        Expr::Int(i) => Value::Int(*i),
        Expr::Array(items) => Value::Array(
            items
                .iter()
                .map(|i| eval_expr(i, scope))
                .collect::<Result<_, _>>()?,
        ),
        Expr::Record(fields) => Value::Record(
            fields
                .iter()
                .map(|(k, v)| Ok((k.clone(), eval_expr(v, scope)?)))
                .collect::<Result<_, EndpointError>>()?,
        ),
        Expr::Ref(name) => scope.get(name)?.clone(),
        Expr::GetAttr(target, path) => get_attr(&eval_expr(target, scope)?, path).clone(),
        Expr::Call(function, args) => {
            let args = args
                .iter()
                .map(|a| eval_expr(a, scope))
                .collect::<Result<Vec<_>, _>>()?;
            function.call(&args).map_err(evaluation)?
        }
    })
}

/// Follows `path` into `value`; a missing field, an index past the end, or a step into a
/// value of the wrong shape gives unset.
fn get_attr<'v>(value: &'v Value, path: &[PathStep]) -> &'v Value {
    const UNSET: &Value = &Value::Unset;
    path.iter()
        .fold(value, |current, step| match (current, step) {
            (Value::Record(fields), PathStep::Key(key)) => fields.get(key).unwrap_or(UNSET),
            (Value::Array(items), PathStep::Index(i)) => items.get(*i).unwrap_or(UNSET),
            _ => UNSET,
        })
}

fn eval_template(template: &Template, scope: &Scope<'_>) -> Result<String, EndpointError> {
    let mut out = String::new();
    for part in &template.0 {
        match part {
            TemplatePart::Text(text) => out.push_str(text),
            TemplatePart::Var(name, path) => match get_attr(scope.get(name)?, path) {
                Value::Str(s) => out.push_str(s),
                other => {
                    return Err(evaluation(format!(
                        "template value `{name}` must be a string, got {}",
                        other.type_name()
                    )))
                }
            },
        }
    }
    Ok(out)
}
