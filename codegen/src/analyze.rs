//! The analysis stage, between [`closure`](crate::closure) and [`emit`](crate::emit): every
//! fact emission needs about the closure's shapes, decided once. One pass over the closure's
//! shapes reads each shape's own facts and records the member edges of its graph; the facts
//! that depend on what a shape reaches (serialized or deserialized, needs validation, boxed
//! to break recursion) are then derived from those edges, not by walking the model again.
//!
//! Emission reads [`Analysis`] and never decides these itself, so a rule (Smithy's
//! nullability, a default's Rust value, a timestamp's wire format) lives in one place.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use crate::json_value::{Number, Value};

use crate::closure::Closure;
use crate::model::{ErrorFault, Member, Model, Shape, ShapeKind, TimestampFormat, Traits};

/// What emission knows about the closure of a set of operations.
#[derive(Debug, Default)]
pub struct Analysis {
    /// Shapes reachable from an operation input: they serialize and validate.
    pub input_shapes: BTreeSet<String>,
    /// Shapes reachable from an output or error: they deserialize.
    pub output_shapes: BTreeSet<String>,
    /// Input structures of the operations themselves.
    pub operation_inputs: BTreeSet<String>,
    /// Output structures of the operations themselves: they carry the response's request id.
    pub operation_outputs: BTreeSet<String>,
    shapes: BTreeMap<String, ShapeFacts>,
    members: Vec<MemberFacts>,
    /// (container id, member name) to an index of `members`.
    by_name: BTreeMap<(String, String), usize>,
    /// The address of a member in the model to an index of `members`: the model is borrowed
    /// for as long as emission runs, so an address names one member.
    by_address: HashMap<usize, usize>,
}

/// Facts about one shape of the closure.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ShapeFacts {
    /// A structure, union, list or map with a required member or a constraint somewhere in
    /// what it holds: it gets `validate_at`.
    pub needs_validation: bool,
    /// For a structure with `@error`: what kind of error it is.
    pub error: Option<ErrorKind>,
}

/// What an `@error` structure says about the failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorKind {
    pub fault: ErrorFault,
    /// `@retryable`: retrying may succeed.
    pub retryable: bool,
    /// `@retryable(throttling: true)`: the service asks the caller to slow down.
    pub throttling: bool,
    /// The error, or its `message` member, is sensitive: the message the response carried is
    /// kept out of `Debug` and `Display`.
    pub message_sensitive: bool,
}

/// Facts about one member of a structure, union, list (`member`) or map (`key`, `value`).
#[derive(Debug, Clone, PartialEq)]
pub struct MemberFacts {
    pub container: String,
    pub name: String,
    /// The field is an `Option` (Smithy 2.0 nullability for clients).
    pub optional: bool,
    /// `@required` with no default: a builder reports it missing, validation too.
    pub required: bool,
    /// The member's default (its own, or its target's), when it has a non-null one.
    pub default: Option<MemberDefault>,
    /// The constraints its value is validated against.
    pub constraints: Constraints,
    /// Boxed, because its structure or union can contain itself without a list or map between.
    pub boxed: bool,
    /// Filled with a fresh UUID when unset (see [`is_idempotency_token`]).
    pub idempotency_token: bool,
    /// The member's JSON key (see [`wire_name`]).
    pub wire_name: String,
    /// For a timestamp: the format it is written in (the member's, else its target's, else
    /// the protocol's epoch seconds). `None` for other targets.
    pub timestamp_format: Option<TimestampFormat>,
    /// The value is sensitive: the member or its target carries `@sensitive`, or the target
    /// is a list or map whose items, keys or values do, at any depth. (A structure or union
    /// is not: its own `Debug` redacts what it holds.)
    pub sensitive: bool,
}

/// The constraints on a member's value: each the member's own, else its target's.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Constraints {
    /// `@length` (min, max): characters, bytes, items or entries.
    pub length: Option<(Option<u64>, Option<u64>)>,
    /// `@range` (min, max).
    pub range: Option<(Option<f64>, Option<f64>)>,
    /// `@pattern`, an ECMA-262 regular expression.
    pub pattern: Option<String>,
}

impl Constraints {
    fn of(m: &Member, target: &Shape) -> Self {
        let (own, inherited) = (&m.traits, &target.traits);
        Constraints {
            length: own.length.or(inherited.length),
            range: own.range.or(inherited.range),
            pattern: own.pattern.clone().or_else(|| inherited.pattern.clone()),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.length.is_none() && self.range.is_none() && self.pattern.is_none()
    }
}

/// A member's `@default`, typed by what its target is.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberDefault {
    pub value: DefaultValue,
    /// The value as the model writes it (JSON), for documentation.
    pub written: String,
}

impl fmt::Display for MemberDefault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.written)
    }
}

/// The value of a `@default`, as its target's type holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultValue {
    Boolean(bool),
    /// byte, short, integer, long, bigInteger.
    Integer(i64),
    /// float, double, bigDecimal.
    Decimal(f64),
    String(String),
    /// The wire value of a string enum.
    EnumValue(String),
    /// The value of an intEnum.
    IntEnumValue(i64),
    /// Seconds since the epoch.
    Timestamp(f64),
    /// Base64 text, as the model writes a blob.
    Blob(String),
    /// A document's value, as compact JSON text.
    Document(String),
    EmptyList,
    EmptyMap,
    /// A value Smithy does not allow for the target: the type's zero value stands in.
    Zero,
}

/// `@idempotencyToken`, or a member named `ClientRequestToken`: AWS services document that
/// member as the key that makes a request run once, even where the model omits the trait
/// (Athena's StartSession). Without a token, a retried StartSession could start two sessions.
pub fn is_idempotency_token(m: &Member) -> bool {
    m.traits.idempotency_token || m.name == "ClientRequestToken"
}

/// The JSON key of a member: the member name (awsJson ignores `@jsonName`, but botocore
/// models record the serialized name there when it differs).
pub fn wire_name(m: &Member) -> &str {
    m.traits.json_name.as_deref().unwrap_or(&m.name)
}

/// Whether traits constrain a value (`@length`, `@range`, `@pattern`).
pub fn has_constraint(t: &Traits) -> bool {
    t.length.is_some() || t.range.is_some() || t.pattern.is_some()
}

impl Analysis {
    /// The facts of a shape of the closure; a shape outside it has none to state.
    pub fn shape_facts(&self, id: &str) -> Option<&ShapeFacts> {
        self.shapes.get(id)
    }

    /// The facts of member `name` of `container`.
    pub fn member(&self, container: &str, name: &str) -> &MemberFacts {
        let index = self
            .by_name
            .get(&(container.to_string(), name.to_string()))
            .unwrap_or_else(|| panic!("member {container}${name} is not in the closure"));
        &self.members[*index]
    }

    /// The facts of a member of the model, by the member itself.
    pub fn member_of(&self, member: &Member) -> &MemberFacts {
        let index = self
            .by_address
            .get(&address(member))
            .unwrap_or_else(|| panic!("member {} is not in the closure", member.name));
        &self.members[*index]
    }
}

fn address(member: &Member) -> usize {
    std::ptr::from_ref(member) as usize
}

/// Decides every fact about the closure's shapes. The closure stage resolved every target,
/// so every id it lists is in the model.
pub fn analyze(model: &Model, closure: &Closure) -> Analysis {
    let mut analysis = Analysis::default();
    // Member edges of the shape graph: container id to (member name, target id).
    let mut edges: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
    let mut direct_validation: BTreeSet<&str> = BTreeSet::new();
    for id in &closure.shapes {
        let Some(shape) = model.shape(id) else {
            continue;
        };
        let members = members_of(shape);
        for m in &members {
            let Some(target) = model.shape(&m.target) else {
                continue;
            };
            let facts = member_facts(model, shape, m, target);
            if m.traits.required || !facts.constraints.is_empty() {
                direct_validation.insert(id);
            }
            analysis.add_member(m, facts);
        }
        edges.insert(
            id,
            members
                .iter()
                .map(|m| (m.name.as_str(), m.target.as_str()))
                .collect(),
        );
        let error = shape.traits.error.map(|fault| ErrorKind {
            fault,
            retryable: shape.traits.retryable.is_some(),
            throttling: shape.traits.retryable.is_some_and(|r| r.throttling),
            message_sensitive: error_message_is_sensitive(model, shape),
        });
        analysis.shapes.insert(
            id.clone(),
            ShapeFacts {
                needs_validation: false,
                error,
            },
        );
    }

    for op in &closure.operations {
        let Some(ShapeKind::Operation {
            input,
            output,
            errors,
        }) = model.shape(op).map(|s| &s.kind)
        else {
            continue;
        };
        if let Some(id) = input {
            analysis.operation_inputs.insert(id.clone());
            reach(&edges, id, &mut analysis.input_shapes);
        }
        analysis.operation_outputs.extend(output.iter().cloned());
        for id in output.iter().chain(errors) {
            reach(&edges, id, &mut analysis.output_shapes);
        }
    }

    for id in needs_validation(&edges, &direct_validation) {
        if let Some(facts) = analysis.shapes.get_mut(id) {
            facts.needs_validation = true;
        }
    }
    for (container, member) in boxed_members(model, &edges) {
        if let Some(index) = analysis
            .by_name
            .get(&(container.to_string(), member.to_string()))
        {
            analysis.members[*index].boxed = true;
        }
    }
    analysis
}

impl Analysis {
    fn add_member(&mut self, member: &Member, facts: MemberFacts) {
        let index = self.members.len();
        self.by_name
            .insert((facts.container.clone(), facts.name.clone()), index);
        self.by_address.insert(address(member), index);
        self.members.push(facts);
    }
}

/// The members a shape holds: a structure's or union's, a list's item, a map's key and value.
fn members_of(shape: &Shape) -> Vec<&Member> {
    match &shape.kind {
        ShapeKind::Structure(ms) | ShapeKind::Union(ms) => ms.iter().collect(),
        ShapeKind::List(m) => vec![m],
        ShapeKind::Map { key, value } => vec![key, value],
        _ => Vec::new(),
    }
}

/// The facts of member `m` of `container` that need no more than the member and its target.
fn member_facts(model: &Model, container: &Shape, m: &Member, target: &Shape) -> MemberFacts {
    let default = member_default(m, target);
    MemberFacts {
        container: container.id.clone(),
        name: m.name.clone(),
        optional: is_optional(container, m, default.is_some()),
        required: m.traits.required && default.is_none(),
        default,
        constraints: Constraints::of(m, target),
        boxed: false,
        idempotency_token: is_idempotency_token(m),
        wire_name: wire_name(m).to_string(),
        timestamp_format: matches!(target.kind, ShapeKind::Timestamp).then(|| {
            m.traits
                .timestamp_format
                .or(target.traits.timestamp_format)
                .unwrap_or(TimestampFormat::EpochSeconds)
        }),
        sensitive: holds_sensitive(model, m, &mut BTreeSet::new()),
    }
}

/// Smithy 2.0 nullability, as clients see it.
fn is_optional(container: &Shape, m: &Member, has_default: bool) -> bool {
    // Members of an @input structure are all optional to clients, so a model may later
    // relax or add defaults without breaking callers.
    if m.traits.client_optional || container.traits.input {
        return true;
    }
    if has_default {
        return false;
    }
    if matches!(container.kind, ShapeKind::Union(_)) {
        return false;
    }
    !m.traits.required
}

/// The member's default: its own `@default`, else its target's (the prelude's `Primitive*`
/// shapes default to zero); an explicit `null` on the member means none.
fn member_default(m: &Member, target: &Shape) -> Option<MemberDefault> {
    let value = match &m.traits.default {
        Some(Value::Null) => return None,
        Some(v) => v,
        None => target.traits.default.as_ref().filter(|v| !v.is_null())?,
    };
    Some(MemberDefault {
        value: typed_default(target, value),
        written: value.to_string(),
    })
}

fn typed_default(target: &Shape, v: &Value) -> DefaultValue {
    let int = |n: &Number| n.as_i64().unwrap_or(0);
    let decimal = |n: &Number| n.as_f64().unwrap_or(0.0);
    match (&target.kind, v) {
        (ShapeKind::Boolean, Value::Bool(b)) => DefaultValue::Boolean(*b),
        (
            ShapeKind::Byte
            | ShapeKind::Short
            | ShapeKind::Integer
            | ShapeKind::Long
            | ShapeKind::BigInteger,
            Value::Number(n),
        ) => DefaultValue::Integer(int(n)),
        (ShapeKind::Float | ShapeKind::Double | ShapeKind::BigDecimal, Value::Number(n)) => {
            DefaultValue::Decimal(decimal(n))
        }
        (ShapeKind::String, Value::String(s)) => DefaultValue::String(s.clone()),
        (ShapeKind::Enum(_), Value::String(s)) => DefaultValue::EnumValue(s.clone()),
        (ShapeKind::IntEnum(_), Value::Number(n)) => DefaultValue::IntEnumValue(int(n)),
        (ShapeKind::Timestamp, Value::Number(n)) => DefaultValue::Timestamp(decimal(n)),
        (ShapeKind::Blob, Value::String(s)) => DefaultValue::Blob(s.clone()),
        (ShapeKind::Document, v) => DefaultValue::Document(v.to_string()),
        (ShapeKind::List(_), Value::Array(_)) => DefaultValue::EmptyList,
        (ShapeKind::Map { .. }, Value::Object(_)) => DefaultValue::EmptyMap,
        _ => DefaultValue::Zero,
    }
}

/// Whether a member's value is sensitive (see [`MemberFacts::sensitive`]); `seen` stops a
/// list or map that contains itself.
fn holds_sensitive<'a>(model: &'a Model, m: &'a Member, seen: &mut BTreeSet<&'a str>) -> bool {
    let Some(target) = model.shape(&m.target) else {
        return m.traits.sensitive;
    };
    if m.traits.sensitive || target.traits.sensitive {
        return true;
    }
    if !seen.insert(m.target.as_str()) {
        return false;
    }
    match &target.kind {
        ShapeKind::List(item) => holds_sensitive(model, item, seen),
        ShapeKind::Map { key, value } => {
            holds_sensitive(model, key, seen) || holds_sensitive(model, value, seen)
        }
        _ => false,
    }
}

/// An error's message is sensitive when the error is, or its `message` member holds a
/// sensitive value.
fn error_message_is_sensitive(model: &Model, error: &Shape) -> bool {
    let ShapeKind::Structure(members) = &error.kind else {
        return false;
    };
    error.traits.sensitive
        || members.iter().any(|m| {
            m.name.eq_ignore_ascii_case("message")
                && holds_sensitive(model, m, &mut BTreeSet::new())
        })
}

/// Adds `id` and everything its members reach to `out`.
fn reach(edges: &BTreeMap<&str, Vec<(&str, &str)>>, id: &str, out: &mut BTreeSet<String>) {
    let mut stack = vec![id];
    while let Some(id) = stack.pop() {
        if !out.insert(id.to_string()) {
            continue;
        }
        if let Some(next) = edges.get(id) {
            stack.extend(next.iter().map(|(_, target)| *target));
        }
    }
}

/// The shapes that hold, at any depth, a member that is required or constrained: those
/// directly so, and every shape with a member reaching one.
fn needs_validation<'a>(
    edges: &BTreeMap<&'a str, Vec<(&'a str, &'a str)>>,
    direct: &BTreeSet<&'a str>,
) -> BTreeSet<&'a str> {
    let mut holders: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (container, members) in edges {
        for (_, target) in members {
            holders.entry(target).or_default().push(container);
        }
    }
    let mut needs = BTreeSet::new();
    let mut stack: Vec<&str> = direct.iter().copied().collect();
    while let Some(id) = stack.pop() {
        if needs.insert(id) {
            stack.extend(holders.get(id).into_iter().flatten().copied());
        }
    }
    needs
}

/// Members that must be boxed because their structure or union can contain itself without
/// a list or map in between: (container id, member name).
fn boxed_members<'a>(
    model: &Model,
    edges: &BTreeMap<&'a str, Vec<(&'a str, &'a str)>>,
) -> BTreeSet<(&'a str, &'a str)> {
    let is_aggregate = |id: &str| {
        matches!(
            model.shape(id).map(|s| &s.kind),
            Some(ShapeKind::Structure(_) | ShapeKind::Union(_))
        )
    };
    // Direct containment: a structure or union member targeting a structure or union.
    let contains: BTreeMap<&str, Vec<(&str, &str)>> = edges
        .iter()
        .filter(|(id, _)| is_aggregate(id))
        .map(|(id, members)| {
            let inner = members
                .iter()
                .filter(|(_, target)| is_aggregate(target))
                .copied()
                .collect();
            (*id, inner)
        })
        .collect();
    let reaches = |from: &str, to: &str| -> bool {
        let mut stack = vec![from];
        let mut visited = BTreeSet::new();
        while let Some(cur) = stack.pop() {
            if cur == to {
                return true;
            }
            if visited.insert(cur) {
                if let Some(next) = contains.get(cur) {
                    stack.extend(next.iter().map(|(_, t)| *t));
                }
            }
        }
        false
    };
    let mut boxed = BTreeSet::new();
    for (container, members) in &contains {
        for (member, target) in members {
            if reaches(target, container) {
                boxed.insert((*container, *member));
            }
        }
    }
    boxed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analysis_of(shapes: &str, operations: &[&str]) -> (Model, Closure) {
        let ops: Vec<String> = operations
            .iter()
            .map(|o| format!(r#"{{"target":"a#{o}"}}"#))
            .collect();
        let text = format!(
            r#"{{"smithy":"2.0","shapes":{{"a#S":{{"type":"service","operations":[{}],
            "traits":{{"aws.protocols#awsJson1_0":{{}}}}}},{shapes}}}}}"#,
            ops.join(",")
        );
        let model = crate::smithy::parse(&text, "m.json").expect("model parses");
        let names: Vec<String> = operations.iter().map(|o| o.to_string()).collect();
        let closure = crate::closure::resolve(&model, &names, "m.json").expect("closure");
        (model, closure)
    }

    #[test]
    fn facts_are_decided_for_members_and_shapes() {
        let (model, closure) = analysis_of(
            r#""a#Op":{"type":"operation","input":{"target":"a#In"},"output":{"target":"a#Out"},
                "errors":[{"target":"a#Slow"}]},
              "a#In":{"type":"structure","traits":{"smithy.api#input":{}},"members":{
                "Node":{"target":"a#Node","traits":{"smithy.api#required":{}}},
                "ClientRequestToken":{"target":"smithy.api#String"}}},
              "a#Node":{"type":"structure","members":{
                "Next":{"target":"a#Node"},
                "Count":{"target":"smithy.api#Integer","traits":{"smithy.api#default":3}},
                "At":{"target":"smithy.api#Timestamp",
                      "traits":{"smithy.api#timestampFormat":"date-time"}},
                "Secrets":{"target":"a#Secrets"},
                "Name":{"target":"a#Name"}}},
              "a#Secrets":{"type":"list","member":{"target":"a#Secret"}},
              "a#Secret":{"type":"string","traits":{"smithy.api#sensitive":{}}},
              "a#Name":{"type":"string","traits":{"smithy.api#length":{"min":1}}},
              "a#Out":{"type":"structure","members":{"N":{"target":"smithy.api#PrimitiveLong"}}},
              "a#Slow":{"type":"structure","members":{"Message":{"target":"a#Secret"}},
                "traits":{"smithy.api#error":"client","smithy.api#retryable":{"throttling":true}}}"#,
            &["Op"],
        );
        let a = analyze(&model, &closure);
        assert!(a.operation_inputs.contains("a#In") && a.operation_outputs.contains("a#Out"));
        assert!(a.input_shapes.contains("a#Node") && !a.output_shapes.contains("a#Node"));
        assert!(a.output_shapes.contains("a#Slow"));

        let node = a.member("a#In", "Node");
        assert!(node.optional && node.required && !node.boxed);
        assert!(a.member("a#In", "ClientRequestToken").idempotency_token);
        let next = a.member("a#Node", "Next");
        assert!(next.boxed && next.optional);
        let count = a.member("a#Node", "Count");
        assert!(!count.optional);
        assert_eq!(
            count
                .default
                .as_ref()
                .map(|d| (&d.value, d.written.as_str())),
            Some((&DefaultValue::Integer(3), "3"))
        );
        assert_eq!(
            a.member("a#Node", "At").timestamp_format,
            Some(TimestampFormat::DateTime)
        );
        assert_eq!(a.member("a#Node", "Count").timestamp_format, None);
        assert!(a.member("a#Node", "Secrets").sensitive);
        assert!(!a.member("a#Node", "Name").sensitive);
        assert_eq!(
            a.member("a#Node", "Name").constraints.length,
            Some((Some(1), None))
        );
        assert!(a.member("a#Node", "Count").constraints.is_empty());
        let long = a.member("a#Out", "N");
        assert_eq!(
            long.default.as_ref().map(|d| &d.value),
            Some(&DefaultValue::Integer(0))
        );

        assert!(a.shape_facts("a#Node").is_some_and(|f| f.needs_validation));
        assert!(a.shape_facts("a#In").is_some_and(|f| f.needs_validation));
        assert!(a.shape_facts("a#Out").is_some_and(|f| !f.needs_validation));
        assert_eq!(
            a.shape_facts("a#Slow").and_then(|f| f.error),
            Some(ErrorKind {
                fault: ErrorFault::Client,
                retryable: true,
                throttling: true,
                message_sensitive: true,
            })
        );
        let ShapeKind::Structure(members) = &model.shape("a#Node").unwrap().kind else {
            panic!("a#Node is a structure")
        };
        assert_eq!(a.member_of(&members[0]).container, "a#Node");
    }
}
