//! The rule set, parsed from the JSON of the `smithy.rules#endpointRuleSet` trait.
//!
//! Parsing checks everything that does not depend on parameter values: rule and function
//! shapes, argument counts, template syntax, and that every reference names a parameter or
//! a value assigned by an enclosing condition. Odd input is an `Err`, never a panic.

use serde_json::{Map, Value as Json};

use super::functions::Function;
use super::params::ParamValue;

/// How deep rules and expressions may nest; real rule sets stay far below it.
const MAX_DEPTH: usize = 64;

/// An endpoint rule set: parameters and the rules that turn them into an endpoint.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub(crate) parameters: Vec<Parameter>,
    pub(crate) rules: Vec<Rule>,
}

/// The type of a rule-set parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamType {
    String,
    Boolean,
    StringArray,
}

/// A parameter the rule set declares.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    pub name: String,
    pub param_type: ParamType,
    /// The SDK setting that supplies the value, such as `AWS::Region`.
    pub built_in: Option<String>,
    pub required: bool,
    pub default: Option<ParamValue>,
}

#[derive(Debug, Clone)]
pub(crate) struct Rule {
    pub(crate) conditions: Vec<Condition>,
    pub(crate) kind: RuleKind,
}

#[derive(Debug, Clone)]
pub(crate) enum RuleKind {
    Endpoint(EndpointTemplate),
    /// The message expression (usually a template string).
    Error(Expr),
    Tree(Vec<Rule>),
}

#[derive(Debug, Clone)]
pub(crate) struct Condition {
    pub(crate) expr: Expr,
    pub(crate) assign: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct EndpointTemplate {
    pub(crate) url: Expr,
    pub(crate) headers: Vec<(String, Vec<Expr>)>,
    pub(crate) properties: Vec<(String, Expr)>,
}

#[derive(Debug, Clone)]
pub(crate) enum Expr {
    Str(Template),
    Bool(bool),
    Int(i64),
    Array(Vec<Expr>),
    Record(Vec<(String, Expr)>),
    Ref(String),
    GetAttr(Box<Expr>, Vec<PathStep>),
    Call(Function, Vec<Expr>),
}

/// One step of a `getAttr` path: a record field or an array index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PathStep {
    Key(String),
    Index(usize),
}

/// A string literal with `{Name}` / `{Name#path}` holes; `{{` and `}}` stand for braces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Template(pub(crate) Vec<TemplatePart>);

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TemplatePart {
    Text(String),
    Var(String, Vec<PathStep>),
}

impl RuleSet {
    /// Parses the rule set from the trait's JSON value.
    pub fn from_json(json: &Json) -> Result<RuleSet, String> {
        let obj = as_object(json, "rule set")?;
        let params_json = obj
            .get("parameters")
            .map(|p| as_object(p, "parameters"))
            .transpose()?;
        let mut parameters = Vec::new();
        for (name, def) in params_json.into_iter().flatten() {
            parameters
                .push(parse_parameter(name, def).map_err(|e| format!("parameter {name}: {e}"))?);
        }
        let mut scope: Vec<String> = parameters.iter().map(|p| p.name.clone()).collect();
        let rules_json = obj.get("rules").ok_or("rule set has no `rules`")?;
        let rules = parse_rules(rules_json, &mut scope, 0).map_err(|e| format!("rules{e}"))?;
        Ok(RuleSet { parameters, rules })
    }

    /// Parses the rule set from JSON text.
    pub fn from_json_str(text: &str) -> Result<RuleSet, String> {
        let json: Json =
            serde_json::from_str(text).map_err(|e| format!("rule set is not JSON: {e}"))?;
        RuleSet::from_json(&json)
    }

    /// The parameters the rule set declares, in declaration order.
    pub fn parameters(&self) -> &[Parameter] {
        &self.parameters
    }
}

fn as_object<'a>(json: &'a Json, what: &str) -> Result<&'a Map<String, Json>, String> {
    json.as_object()
        .ok_or_else(|| format!("{what} must be an object"))
}

fn as_array<'a>(json: &'a Json, what: &str) -> Result<&'a Vec<Json>, String> {
    json.as_array()
        .ok_or_else(|| format!("{what} must be an array"))
}

fn as_str<'a>(json: &'a Json, what: &str) -> Result<&'a str, String> {
    json.as_str()
        .ok_or_else(|| format!("{what} must be a string"))
}

fn parse_parameter(name: &str, def: &Json) -> Result<Parameter, String> {
    let def = as_object(def, "a parameter")?;
    let type_name = as_str(def.get("type").ok_or("no `type`")?, "`type`")?;
    let param_type = match type_name.to_ascii_lowercase().as_str() {
        "string" => ParamType::String,
        "boolean" => ParamType::Boolean,
        "stringarray" => ParamType::StringArray,
        other => return Err(format!("unknown type `{other}`")),
    };
    let built_in = def
        .get("builtIn")
        .map(|b| as_str(b, "`builtIn`").map(str::to_owned))
        .transpose()?;
    let required = match def.get("required") {
        None => false,
        Some(r) => r.as_bool().ok_or("`required` must be a boolean")?,
    };
    let default = match def.get("default") {
        None | Some(Json::Null) => None,
        Some(d) => {
            let value = ParamValue::from_json(d).ok_or("`default` has an unsupported type")?;
            if value.param_type() != param_type {
                return Err(format!("`default` is not a {type_name}"));
            }
            Some(value)
        }
    };
    Ok(Parameter {
        name: name.to_owned(),
        param_type,
        built_in,
        required,
        default,
    })
}

/// Parses a list of rules; `scope` holds the names visible to them and is restored after
/// each rule. Errors read as a path suffix such as `[3].conditions[1]: ...`.
fn parse_rules(json: &Json, scope: &mut Vec<String>, depth: usize) -> Result<Vec<Rule>, String> {
    if depth > MAX_DEPTH {
        return Err(": rules nest too deeply".to_owned());
    }
    let list = as_array(json, "").map_err(|_| ": must be an array".to_owned())?;
    let mut rules = Vec::with_capacity(list.len());
    for (i, rule) in list.iter().enumerate() {
        let mark = scope.len();
        let parsed = parse_rule(rule, scope, depth).map_err(|e| format!("[{i}]{e}"));
        scope.truncate(mark);
        rules.push(parsed?);
    }
    Ok(rules)
}

fn parse_rule(json: &Json, scope: &mut Vec<String>, depth: usize) -> Result<Rule, String> {
    let obj = as_object(json, "").map_err(|_| ": a rule must be an object".to_owned())?;
    let mut conditions = Vec::new();
    if let Some(list) = obj.get("conditions") {
        let list = as_array(list, "").map_err(|_| ".conditions: must be an array".to_owned())?;
        for (i, c) in list.iter().enumerate() {
            let condition =
                parse_condition(c, scope).map_err(|e| format!(".conditions[{i}]: {e}"))?;
            if let Some(name) = &condition.assign {
                scope.push(name.clone());
            }
            conditions.push(condition);
        }
    }
    let rule_type = obj
        .get("type")
        .and_then(Json::as_str)
        .ok_or(": a rule needs a string `type`")?;
    let kind = match rule_type {
        "endpoint" => {
            let endpoint = obj.get("endpoint").ok_or(": no `endpoint`")?;
            RuleKind::Endpoint(
                parse_endpoint(endpoint, scope).map_err(|e| format!(".endpoint: {e}"))?,
            )
        }
        "error" => {
            let message = obj.get("error").ok_or(": no `error`")?;
            RuleKind::Error(parse_expr(message, scope, 0).map_err(|e| format!(".error: {e}"))?)
        }
        "tree" => {
            let rules = obj.get("rules").ok_or(": no `rules`")?;
            RuleKind::Tree(parse_rules(rules, scope, depth + 1).map_err(|e| format!(".rules{e}"))?)
        }
        other => return Err(format!(": unknown rule type `{other}`")),
    };
    Ok(Rule { conditions, kind })
}

fn parse_condition(json: &Json, scope: &[String]) -> Result<Condition, String> {
    let obj = as_object(json, "a condition")?;
    if !obj.contains_key("fn") {
        return Err("a condition must be a function call".to_owned());
    }
    let expr = parse_expr(json, scope, 0)?;
    let assign = obj
        .get("assign")
        .map(|a| as_str(a, "`assign`").map(str::to_owned))
        .transpose()?;
    if assign.as_deref() == Some("") {
        return Err("`assign` must not be empty".to_owned());
    }
    Ok(Condition { expr, assign })
}

fn parse_endpoint(json: &Json, scope: &[String]) -> Result<EndpointTemplate, String> {
    let obj = as_object(json, "an endpoint")?;
    let url =
        parse_expr(obj.get("url").ok_or("no `url`")?, scope, 0).map_err(|e| format!("url: {e}"))?;
    let mut headers = Vec::new();
    if let Some(map) = obj.get("headers") {
        for (name, values) in as_object(map, "`headers`")? {
            let values = as_array(values, "a header's values")?
                .iter()
                .map(|v| parse_expr(v, scope, 0))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| format!("header {name}: {e}"))?;
            headers.push((name.clone(), values));
        }
    }
    let mut properties = Vec::new();
    if let Some(map) = obj.get("properties") {
        for (name, value) in as_object(map, "`properties`")? {
            let value = parse_expr(value, scope, 0).map_err(|e| format!("property {name}: {e}"))?;
            properties.push((name.clone(), value));
        }
    }
    Ok(EndpointTemplate {
        url,
        headers,
        properties,
    })
}

fn check_ref(name: &str, scope: &[String]) -> Result<(), String> {
    if scope.iter().any(|s| s == name) {
        Ok(())
    } else {
        Err(format!(
            "`{name}` is neither a parameter nor assigned before use"
        ))
    }
}

fn parse_expr(json: &Json, scope: &[String], depth: usize) -> Result<Expr, String> {
    if depth > MAX_DEPTH {
        return Err("expression nests too deeply".to_owned());
    }
    match json {
        Json::String(s) => {
            let template = parse_template(s)?;
            for part in &template.0 {
                if let TemplatePart::Var(name, _) = part {
                    check_ref(name, scope)?;
                }
            }
            Ok(Expr::Str(template))
        }
        Json::Bool(b) => Ok(Expr::Bool(*b)),
        Json::Number(n) => n
            .as_i64()
            .map(Expr::Int)
            .ok_or_else(|| format!("number {n} is not an integer")),
        Json::Array(items) => items
            .iter()
            .map(|item| parse_expr(item, scope, depth + 1))
            .collect::<Result<_, _>>()
            .map(Expr::Array),
        Json::Object(obj) => {
            if let Some(name) = obj.get("fn") {
                parse_call(as_str(name, "`fn`")?, obj, scope, depth)
            } else if let (Some(Json::String(name)), 1) = (obj.get("ref"), obj.len()) {
                check_ref(name, scope)?;
                Ok(Expr::Ref(name.clone()))
            } else {
                obj.iter()
                    .map(|(k, v)| Ok((k.clone(), parse_expr(v, scope, depth + 1)?)))
                    .collect::<Result<_, String>>()
                    .map(Expr::Record)
            }
        }
        Json::Null => Err("null is not an expression".to_owned()),
    }
}

fn parse_call(
    name: &str,
    obj: &Map<String, Json>,
    scope: &[String],
    depth: usize,
) -> Result<Expr, String> {
    let argv = as_array(
        obj.get("argv").ok_or("a function call needs `argv`")?,
        "`argv`",
    )?;
    if name == "getAttr" {
        return match argv.as_slice() {
            [target, Json::String(path)] => Ok(Expr::GetAttr(
                Box::new(parse_expr(target, scope, depth + 1)?),
                parse_path(path)?,
            )),
            _ => Err("getAttr takes a value and a literal path".to_owned()),
        };
    }
    let function = Function::from_name(name).ok_or_else(|| format!("unknown function `{name}`"))?;
    if argv.len() != function.arity() {
        return Err(format!(
            "{name} takes {} arguments, got {}",
            function.arity(),
            argv.len()
        ));
    }
    let args = argv
        .iter()
        .map(|a| parse_expr(a, scope, depth + 1))
        .collect::<Result<_, _>>()?;
    Ok(Expr::Call(function, args))
}

/// Parses a `getAttr` path such as `name`, `resourceId[2]` or `a.b[0]`.
pub(crate) fn parse_path(path: &str) -> Result<Vec<PathStep>, String> {
    let bad = || format!("bad attribute path `{path}`");
    let mut steps = Vec::new();
    for segment in path.split('.') {
        let (key, mut rest) = match segment.find('[') {
            Some(i) => segment.split_at(i),
            None => (segment, ""),
        };
        if key.is_empty() && rest.is_empty() {
            return Err(bad());
        }
        if key.contains(']') {
            return Err(bad());
        }
        if !key.is_empty() {
            steps.push(PathStep::Key(key.to_owned()));
        }
        while !rest.is_empty() {
            let inner = rest.strip_prefix('[').ok_or_else(bad)?;
            let (index, after) = inner.split_once(']').ok_or_else(bad)?;
            if index.is_empty() || !index.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            steps.push(PathStep::Index(index.parse().map_err(|_| bad())?));
            rest = after;
        }
    }
    Ok(steps)
}

/// Splits a template string into text and `{...}` holes.
pub(crate) fn parse_template(text: &str) -> Result<Template, String> {
    let mut parts = Vec::new();
    let mut literal = String::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '{' if chars.peek().map(|&(_, c)| c) == Some('{') => {
                chars.next();
                literal.push('{');
            }
            '}' if chars.peek().map(|&(_, c)| c) == Some('}') => {
                chars.next();
                literal.push('}');
            }
            '{' => {
                let body_start = i + 1;
                let body_len = text[body_start..]
                    .find('}')
                    .ok_or_else(|| format!("unclosed `{{` in template `{text}`"))?;
                let body = &text[body_start..body_start + body_len];
                // Skip the body and its closing brace.
                while chars
                    .next_if(|&(j, _)| j <= body_start + body_len)
                    .is_some()
                {}
                let (name, path) = match body.split_once('#') {
                    Some((name, path)) => (name, parse_path(path)?),
                    None => (body, Vec::new()),
                };
                if name.is_empty() || name.contains(['{', '}', '[', ']', '.']) {
                    return Err(format!("bad reference `{body}` in template `{text}`"));
                }
                if !literal.is_empty() {
                    parts.push(TemplatePart::Text(std::mem::take(&mut literal)));
                }
                parts.push(TemplatePart::Var(name.to_owned(), path));
            }
            '}' => return Err(format!("unmatched `}}` in template `{text}`")),
            c => literal.push(c),
        }
    }
    if !literal.is_empty() || parts.is_empty() {
        parts.push(TemplatePart::Text(literal));
    }
    Ok(Template(parts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn text(s: &str) -> TemplatePart {
        TemplatePart::Text(s.to_owned())
    }

    fn var(name: &str, path: Vec<PathStep>) -> TemplatePart {
        TemplatePart::Var(name.to_owned(), path)
    }

    #[test]
    fn templates() {
        assert_eq!(
            parse_template("https://svc.{Region}.{PartitionResult#dnsSuffix}"),
            Ok(Template(vec![
                text("https://svc."),
                var("Region", vec![]),
                text("."),
                var("PartitionResult", vec![PathStep::Key("dnsSuffix".into())]),
            ]))
        );
        assert_eq!(
            parse_template("{{literal}} {Arn#resourceId[1]}"),
            Ok(Template(vec![
                text("{literal} "),
                var(
                    "Arn",
                    vec![PathStep::Key("resourceId".into()), PathStep::Index(1)]
                ),
            ]))
        );
        assert_eq!(parse_template(""), Ok(Template(vec![text("")])));
        for bad in ["{Region", "x}", "{}", "{#a}", "{A#}", "{A#b[x]}", "{A#b[1}"] {
            assert!(parse_template(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn paths() {
        assert_eq!(
            parse_path("a.b[0][2]"),
            Ok(vec![
                PathStep::Key("a".into()),
                PathStep::Key("b".into()),
                PathStep::Index(0),
                PathStep::Index(2)
            ])
        );
        assert_eq!(parse_path("[3]"), Ok(vec![PathStep::Index(3)]));
        for bad in [
            "",
            "a..b",
            "a[",
            "a[-1]",
            "a]",
            "a[1]x",
            "a[99999999999999999999999]",
        ] {
            assert!(parse_path(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn odd_rule_sets_are_errors() {
        let cases = [
            json!(null),
            json!([]),
            json!({"parameters": {}}),
            json!({"parameters": [], "rules": []}),
            json!({"parameters": {"R": {"type": "float"}}, "rules": []}),
            json!({"parameters": {"R": {"type": "string", "default": true}}, "rules": []}),
            json!({"parameters": {}, "rules": [{"type": "endpoint"}]}),
            json!({"parameters": {}, "rules": [{"type": "magic", "conditions": []}]}),
            json!({"parameters": {}, "rules": [{"type": "error", "conditions": [], "error": "{Nope}"}]}),
            json!({"parameters": {}, "rules": [{"type": "error", "conditions": [{"fn": "nope", "argv": []}], "error": "x"}]}),
            json!({"parameters": {}, "rules": [{"type": "error", "conditions": [{"fn": "not", "argv": []}], "error": "x"}]}),
            json!({"parameters": {}, "rules": [{"type": "error", "conditions": [{"ref": "x"}], "error": "x"}]}),
            json!({"parameters": {}, "rules": [{"type": "error", "conditions": [{"fn": "getAttr", "argv": [true, 1]}], "error": "x"}]}),
            json!({"parameters": {}, "rules": [{"type": "endpoint", "conditions": [], "endpoint": {"url": 1.5}}]}),
            json!({"parameters": {}, "rules": [{"type": "endpoint", "conditions": [], "endpoint": {"url": "x", "headers": {"h": "v"}}}]}),
            json!({"parameters": {}, "rules": [{"type": "tree", "conditions": [], "rules": {}}]}),
        ];
        for case in cases {
            assert!(RuleSet::from_json(&case).is_err(), "{case}");
        }
        assert!(RuleSet::from_json_str("{").is_err());
    }

    #[test]
    fn assignments_are_scoped_to_their_rule() {
        let uses_sibling = json!({"parameters": {"R": {"type": "string"}}, "rules": [
            {"type": "tree", "conditions": [{"fn": "aws.partition", "argv": [{"ref": "R"}], "assign": "P"}],
             "rules": [{"type": "error", "conditions": [], "error": "{P#name}"}]},
            {"type": "error", "conditions": [], "error": "{P#name}"}
        ]});
        let err = RuleSet::from_json(&uses_sibling).expect_err("P is out of scope");
        assert!(err.contains("rules[1].error"), "{err}");
    }

    #[test]
    fn deep_nesting_is_an_error() {
        let mut expr = json!(true);
        for _ in 0..200 {
            expr = json!({"fn": "not", "argv": [expr]});
        }
        let rules = json!({"parameters": {}, "rules": [{"type": "error", "conditions": [expr], "error": "x"}]});
        assert!(RuleSet::from_json(&rules).is_err());
    }
}
