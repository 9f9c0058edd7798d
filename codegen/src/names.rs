//! Rust names for model names, decided once per service so that no two generated items collide.
//!
//! Each model name is first converted with heck's casing: shapes to `UpperCamelCase`
//! (`KMSKey` → `KmsKey`), members and operations to `snake_case`, enum values and union members
//! to `UpperCamelCase` variants. Keywords that Rust allows raw stay raw (`r#type`).
//!
//! **The rule.** Names the generator makes for its own items never change: `{Operation}Error`,
//! `{Operation}FluentBuilder`, `{Type}Builder`, `{operation}_pages`, the builder's `build`,
//! `set_{member}`, `default` and `clone`, the fluent builder's `send` and `into_paginator`
//! (which members of operation inputs yield to), an error's `meta` field, the variants
//! `Unknown`, `Unhandled` and `__NonExhaustive`, the service client's name (see
//! [`Names::client`]) and its own methods (`new`, `from_env`, `try_from_env`, `client`, which operation
//! methods yield to), the service-wide error `{Client}Error` (see [`Names::service_error`]),
//! and the Rust prelude
//! names generated code uses (`Option`, `String`, `Vec`, `Result`, ...). A converted model name
//! that would take one of those, or a name Rust cannot use (`self`, `Self`, `crate`, `super`), or
//! the name of another model item of the same kind that comes first (shapes sorted by name,
//! members and enum values in model order, operations sorted by name), gets a suffix that says
//! what it is, repeated until the name is free:
//!
//! | model item | suffix | example |
//! | --- | --- | --- |
//! | shape (type) | `Shape` | structure `BatchStopJobRunError` beside operation `BatchStopJobRun` → `BatchStopJobRunErrorShape` |
//! | member (field and setters), enum value, union member | `_value` / `Value` | member `Build` → `build_value`; enum value `SELF` → `SelfValue` |
//! | operation (fn, error enum, pages fn) | `_operation` / `Operation` | `ListThingPages` beside paginated `ListThing` → `list_thing_pages_operation` |
//!
//! Only a name that collides gets a suffix. Names are decided over every operation and shape
//! of the service, not only those one invocation generates, so a shape keeps its Rust name
//! whichever operations are named.

use std::collections::{BTreeMap, BTreeSet};

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span};

use crate::model::{local_name, Model, ShapeKind};

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Keywords that cannot be raw identifiers (`r#self` is not Rust).
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Names a generated type must not take: they would shadow what generated code uses.
const RESERVED_TYPES: &[&str] = &[
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "String",
    "Vec",
    "Box",
    "HashMap",
    "Default",
    "Clone",
    "Debug",
    "PartialEq",
    "Eq",
    "Hash",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Fn",
    "FnMut",
    "FnOnce",
    "Drop",
    "From",
    "Into",
    "Iterator",
    "ToString",
    "ToOwned",
    "AsRef",
    "Self",
];

/// Variants every generated enum, union and error enum has.
const RESERVED_VARIANTS: &[&str] = &["Unknown", "Unhandled", "__NonExhaustive", "Self"];

/// Builder methods besides the member setters: `build`, and what the derived `Default` and
/// `Clone` would otherwise lose to an inherent setter of the same name.
const BUILDER_METHODS: &[&str] = &["build", "default", "clone"];

/// What an operation's fluent builder has besides the setters of its input's members.
const FLUENT_BUILDER_METHODS: &[&str] = &["send", "into_paginator"];

/// The service client's own methods, which operation methods yield to.
const CLIENT_METHODS: &[&str] = &[
    "new",
    "from_env",
    "try_from_env",
    "client",
    "clone",
    "fmt",
    "from",
];

const SHAPE_SUFFIX: &str = "Shape";
const MEMBER_SUFFIX: &str = "_value";
const VARIANT_SUFFIX: &str = "Value";
const OPERATION_SUFFIX: &str = "_operation";
const OPERATION_TYPE_SUFFIX: &str = "Operation";

/// The Rust type name a shape name converts to, before collisions: `KMSKey` → `KmsKey`.
pub fn type_name(shape_name: &str) -> String {
    let name = shape_name.to_upper_camel_case();
    // `_1Gb` is a Smithy identifier; its camel case `1Gb` is no Rust one.
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("Shape{name}")
    } else {
        name
    }
}

/// The Rust field or function name a member or operation name converts to.
pub fn snake_name(name: &str) -> String {
    let snake = name.to_snake_case();
    if snake.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{snake}")
    } else {
        snake
    }
}

/// The variant name an enum value or union member name converts to: `CREATING` → `Creating`.
pub fn variant_name(name: &str) -> String {
    // Smithy 1.0 `@enum` values can hold any character; identifiers keep ASCII only.
    let camel: String = name
        .to_upper_camel_case()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if camel.is_empty() {
        "Empty".to_string()
    } else if camel.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{camel}")
    } else {
        camel
    }
}

/// An identifier, raw (`r#type`) when it is a keyword. [`Names`] never hands out a keyword
/// that cannot be raw; the suffix here only keeps a stray one from being a panic.
pub fn ident(name: &str) -> Ident {
    match name {
        _ if NOT_RAW.contains(&name) => Ident::new(&format!("{name}_"), Span::call_site()),
        _ if KEYWORDS.contains(&name) => Ident::new_raw(name, Span::call_site()),
        _ => Ident::new(name, Span::call_site()),
    }
}

/// The names of one operation's items.
#[derive(Debug, Clone)]
pub struct OperationNames {
    /// The async fn: `start_session`.
    pub function: String,
    /// The pages fn of a `@paginated` operation: `list_sessions_pages`.
    pub pages: String,
    /// The builder the service client's method returns: `StartSessionFluentBuilder`.
    pub fluent_builder: String,
    /// The error enum: `StartSessionError`.
    pub error: String,
    /// (error shape id, variant) for each distinct error the operation lists, in model order;
    /// the variant is the error's type name.
    pub errors: Vec<(String, String)>,
}

/// Every Rust name generated for a service, collision-free (see the module docs for the rule).
#[derive(Debug, Clone, Default)]
pub struct Names {
    client: String,
    types: BTreeMap<String, String>,
    /// (structure or union id, member name) → field name (structures) or variant (unions).
    members: BTreeMap<(String, String), String>,
    /// Enum id → variants, in model order.
    enum_variants: BTreeMap<String, Vec<String>>,
    operations: BTreeMap<String, OperationNames>,
}

impl Names {
    /// Decides the names of every operation of the service and every shape they reach.
    pub fn new(model: &Model) -> Self {
        let mut names = Names {
            client: client_name(&model.service.sdk_id),
            ..Names::default()
        };
        let mut ops: Vec<&str> = model
            .service
            .operations
            .iter()
            .map(String::as_str)
            .collect();
        ops.sort_by_key(|id| (local_name(id), *id));
        ops.dedup();
        let shapes = reachable(model, &ops);
        let inputs: BTreeSet<&str> = ops
            .iter()
            .filter_map(|id| match model.shape(id).map(|s| &s.kind) {
                Some(ShapeKind::Operation {
                    input: Some(input), ..
                }) => Some(input.as_str()),
                _ => None,
            })
            .collect();
        let error_shapes: BTreeSet<&str> = ops
            .iter()
            .filter_map(|id| match model.shape(id).map(|s| &s.kind) {
                Some(ShapeKind::Operation { errors, .. }) => Some(errors),
                _ => None,
            })
            .flatten()
            .map(String::as_str)
            .collect();

        // Operations first: their error enums are generator names that shapes yield to.
        let mut fixed_types: BTreeSet<String> =
            RESERVED_TYPES.iter().map(|s| s.to_string()).collect();
        fixed_types.insert(names.client.clone());
        fixed_types.insert(names.service_error());
        // An operation's fn is also the service client's method: it yields to the client's own.
        let mut functions: BTreeSet<String> = NOT_RAW
            .iter()
            .chain(CLIENT_METHODS)
            .map(|s| s.to_string())
            .collect();
        let paginated: Vec<bool> = ops
            .iter()
            .map(|id| {
                model
                    .shape(id)
                    .is_some_and(|s| s.traits.paginated.is_some())
            })
            .collect();
        let bases: Vec<String> = ops.iter().map(|id| snake_name(local_name(id))).collect();
        // A pages fn is the generator's: an operation named like one yields to it.
        let pages: BTreeSet<String> = bases
            .iter()
            .zip(&paginated)
            .filter(|(_, p)| **p)
            .map(|(b, _)| format!("{b}_pages"))
            .collect();
        let mut op_types = Vec::new();
        for (i, id) in ops.iter().enumerate() {
            let mut function = bases[i].clone();
            let mut camel = type_name(local_name(id));
            while functions.contains(&function)
                || pages.contains(&function)
                || (paginated[i] && functions.contains(&format!("{function}_pages")))
                || fixed_types.contains(&format!("{camel}Error"))
                || fixed_types.contains(&format!("{camel}FluentBuilder"))
            {
                function.push_str(OPERATION_SUFFIX);
                camel.push_str(OPERATION_TYPE_SUFFIX);
            }
            let pages_fn = format!("{function}_pages");
            functions.insert(function.clone());
            if paginated[i] {
                functions.insert(pages_fn.clone());
            }
            let error = format!("{camel}Error");
            let fluent_builder = format!("{camel}FluentBuilder");
            fixed_types.insert(error.clone());
            fixed_types.insert(fluent_builder.clone());
            op_types.push((id.to_string(), function, pages_fn, error, fluent_builder));
        }

        // Shapes: those that keep their converted name first, then the rest take suffixes.
        let mut items: Vec<(&str, String, bool)> = shapes
            .iter()
            .filter_map(|id| {
                let shape = model.shape(id)?;
                let is_struct = match shape.kind {
                    ShapeKind::Structure(_) => true,
                    ShapeKind::Union(_)
                    | ShapeKind::Enum(_)
                    | ShapeKind::IntEnum(_)
                    | ShapeKind::List(_)
                    | ShapeKind::Map { .. } => false,
                    _ => return None,
                };
                Some((id.as_str(), type_name(shape.name()), is_struct))
            })
            .collect();
        items.sort_by(|a, b| (local_name(a.0), a.0).cmp(&(local_name(b.0), b.0)));
        let builders: BTreeSet<String> = items
            .iter()
            .filter(|(_, _, is_struct)| *is_struct)
            .map(|(_, base, _)| format!("{base}Builder"))
            .collect();
        let wanted: BTreeSet<&str> = items.iter().map(|(_, base, _)| base.as_str()).collect();
        let mut taken = fixed_types.clone();
        let mut renamed = Vec::new();
        for (id, base, is_struct) in &items {
            let collides = taken.contains(base)
                || builders.contains(base)
                || (error_shapes.contains(id) && base == "Unhandled")
                || (*is_struct && fixed_types.contains(&format!("{base}Builder")));
            if !collides {
                taken.insert(base.clone());
                names.types.insert(id.to_string(), base.clone());
            } else {
                renamed.push((*id, base, *is_struct));
            }
        }
        taken.extend(builders.iter().cloned());
        taken.extend(wanted.iter().map(|s| s.to_string()));
        for (id, base, is_struct) in renamed {
            let mut name = format!("{base}{SHAPE_SUFFIX}");
            while taken.contains(&name) || (is_struct && taken.contains(&format!("{name}Builder")))
            {
                name.push_str(SHAPE_SUFFIX);
            }
            taken.insert(name.clone());
            if is_struct {
                taken.insert(format!("{name}Builder"));
            }
            names.types.insert(id.to_string(), name);
        }

        for (id, function, pages, error, fluent_builder) in op_types {
            let mut errors: Vec<(String, String)> = Vec::new();
            if let Some(ShapeKind::Operation { errors: listed, .. }) =
                model.shape(&id).map(|s| &s.kind)
            {
                for e in listed {
                    // botocore models sometimes list one error twice: one variant.
                    if errors.iter().all(|(seen, _)| seen != e) {
                        errors.push((e.clone(), names.type_name(e)));
                    }
                }
            }
            names.operations.insert(
                id,
                OperationNames {
                    function,
                    pages,
                    fluent_builder,
                    error,
                    errors,
                },
            );
        }

        for id in &shapes {
            let Some(shape) = model.shape(id) else {
                continue;
            };
            match &shape.kind {
                ShapeKind::Structure(members) => {
                    let mut fixed: BTreeSet<String> =
                        BUILDER_METHODS.iter().map(|s| s.to_string()).collect();
                    if shape.traits.error.is_some() {
                        fixed.insert("meta".to_string());
                    }
                    // The fluent builder has the input builder's setters beside its own methods.
                    if inputs.contains(id.as_str()) {
                        fixed.extend(FLUENT_BUILDER_METHODS.iter().map(|s| s.to_string()));
                    }
                    let bases: Vec<String> = members.iter().map(|m| snake_name(&m.name)).collect();
                    let chosen = member_names(&bases, &fixed);
                    for (m, name) in members.iter().zip(chosen) {
                        names.members.insert((id.clone(), m.name.clone()), name);
                    }
                }
                ShapeKind::Union(members) => {
                    let bases: Vec<String> =
                        members.iter().map(|m| variant_name(&m.name)).collect();
                    for (m, name) in members.iter().zip(variant_names(&bases)) {
                        names.members.insert((id.clone(), m.name.clone()), name);
                    }
                }
                ShapeKind::Enum(values) | ShapeKind::IntEnum(values) => {
                    let bases: Vec<String> = values.iter().map(|v| variant_name(&v.name)).collect();
                    names
                        .enum_variants
                        .insert(id.clone(), variant_names(&bases));
                }
                _ => {}
            }
        }
        names
    }

    /// The name kept free for a client type of the service: its SDK id in `UpperCamelCase`
    /// (`Athena`, `CloudWatchLogs`). No shape takes it.
    pub fn client(&self) -> &str {
        &self.client
    }

    /// The service-wide error every operation error converts into: `{client}Error`
    /// (`AthenaError`). No shape or operation error takes it.
    pub fn service_error(&self) -> String {
        format!("{}Error", self.client)
    }

    /// The Rust type name of a structure, union, enum, list or map shape.
    pub fn type_name(&self, id: &str) -> String {
        self.types
            .get(id)
            .cloned()
            .unwrap_or_else(|| type_name(local_name(id)))
    }

    pub fn type_ident(&self, id: &str) -> Ident {
        ident(&self.type_name(id))
    }

    /// The builder of a structure: `{Type}Builder`.
    pub fn builder_ident(&self, id: &str) -> Ident {
        ident(&format!("{}Builder", self.type_name(id)))
    }

    /// A structure member's field and setter name, unescaped (`type`, `build_value`).
    pub fn field_name(&self, container: &str, member: &str) -> String {
        self.members
            .get(&(container.to_string(), member.to_string()))
            .cloned()
            .unwrap_or_else(|| snake_name(member))
    }

    /// A structure member's field, as an identifier (`r#type`).
    pub fn field(&self, container: &str, member: &str) -> Ident {
        ident(&self.field_name(container, member))
    }

    /// A structure member's `Option` setter: `set_{field}`.
    pub fn setter(&self, container: &str, member: &str) -> Ident {
        ident(&format!("set_{}", self.field_name(container, member)))
    }

    /// A union member's variant.
    pub fn union_variant(&self, container: &str, member: &str) -> Ident {
        let name = self
            .members
            .get(&(container.to_string(), member.to_string()))
            .cloned()
            .unwrap_or_else(|| variant_name(member));
        ident(&name)
    }

    /// An enum's variants, one per value, in model order.
    pub fn enum_variants(&self, id: &str) -> Vec<Ident> {
        self.enum_variants
            .get(id)
            .map(|v| v.iter().map(|n| ident(n)).collect())
            .unwrap_or_default()
    }

    /// The names of an operation's items.
    pub fn operation(&self, id: &str) -> OperationNames {
        self.operations.get(id).cloned().unwrap_or_else(|| {
            let function = snake_name(local_name(id));
            OperationNames {
                pages: format!("{function}_pages"),
                function,
                fluent_builder: format!("{}FluentBuilder", type_name(local_name(id))),
                error: format!("{}Error", type_name(local_name(id))),
                errors: Vec::new(),
            }
        })
    }
}

/// The client name for an SDK id: `CloudWatch Logs` → `CloudWatchLogs`.
fn client_name(sdk_id: &str) -> String {
    let camel: String = sdk_id
        .to_upper_camel_case()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    type_name(&camel)
}

/// Field names for a structure's members (model order): a member yields to the builder's own
/// methods, to every member's `set_` setter, and to a member before it with the same name.
fn member_names(bases: &[String], fixed: &BTreeSet<String>) -> Vec<String> {
    let setters: BTreeSet<String> = bases.iter().map(|b| format!("set_{b}")).collect();
    let wanted: BTreeSet<&str> = bases.iter().map(String::as_str).collect();
    let mut taken = fixed.clone();
    let mut chosen: Vec<Option<String>> = Vec::new();
    for base in bases {
        let keeps = !taken.contains(base)
            && !setters.contains(base)
            && !NOT_RAW.contains(&base.as_str())
            && !fixed.contains(&format!("set_{base}"));
        if keeps {
            taken.insert(base.clone());
            taken.insert(format!("set_{base}"));
            chosen.push(Some(base.clone()));
        } else {
            chosen.push(None);
        }
    }
    taken.extend(setters.iter().cloned());
    taken.extend(wanted.iter().map(|s| s.to_string()));
    bases
        .iter()
        .zip(chosen)
        .map(|(base, chosen)| {
            chosen.unwrap_or_else(|| {
                let mut name = format!("{base}{MEMBER_SUFFIX}");
                while taken.contains(&name) || taken.contains(&format!("set_{name}")) {
                    name.push_str(MEMBER_SUFFIX);
                }
                taken.insert(name.clone());
                taken.insert(format!("set_{name}"));
                name
            })
        })
        .collect()
}

/// Variant names (model order): a value yields to the generator's variants and to a value
/// before it with the same name.
fn variant_names(bases: &[String]) -> Vec<String> {
    let mut taken: BTreeSet<String> = RESERVED_VARIANTS.iter().map(|s| s.to_string()).collect();
    let mut chosen: Vec<Option<String>> = Vec::new();
    for base in bases {
        if taken.insert(base.clone()) {
            chosen.push(Some(base.clone()));
        } else {
            chosen.push(None);
        }
    }
    taken.extend(bases.iter().cloned());
    bases
        .iter()
        .zip(chosen)
        .map(|(base, chosen)| {
            chosen.unwrap_or_else(|| {
                let mut name = format!("{base}{VARIANT_SUFFIX}");
                while taken.contains(&name) {
                    name.push_str(VARIANT_SUFFIX);
                }
                taken.insert(name.clone());
                name
            })
        })
        .collect()
}

/// Every shape the operations reach (input, output, errors, and what their members target).
fn reachable(model: &Model, ops: &[&str]) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<&str> = Vec::new();
    for id in ops {
        if let Some(ShapeKind::Operation {
            input,
            output,
            errors,
        }) = model.shape(id).map(|s| &s.kind)
        {
            stack.extend(input.iter().chain(output).chain(errors).map(String::as_str));
        }
    }
    while let Some(id) = stack.pop() {
        if !seen.insert(id.to_string()) {
            continue;
        }
        match model.shape(id).map(|s| &s.kind) {
            Some(ShapeKind::Structure(ms) | ShapeKind::Union(ms)) => {
                stack.extend(ms.iter().map(|m| m.target.as_str()));
            }
            Some(ShapeKind::List(m)) => stack.push(&m.target),
            Some(ShapeKind::Map { key, value }) => {
                stack.push(&key.target);
                stack.push(&value.target);
            }
            _ => {}
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_idiomatic() {
        assert_eq!(type_name("StartSessionRequest"), "StartSessionRequest");
        assert_eq!(type_name("KMSKey"), "KmsKey");
        assert_eq!(
            snake_name("SessionIdleTimeoutInMinutes"),
            "session_idle_timeout_in_minutes"
        );
        assert_eq!(snake_name("KmsKey"), "kms_key");
        assert_eq!(variant_name("CREATING"), "Creating");
        assert_eq!(variant_name("m5.large"), "M5Large");
        assert_eq!(variant_name("½"), "Empty");
        assert_eq!(type_name("_1Gb"), "Shape1gb");
        assert_eq!(ident("type").to_string(), "r#type");
        assert_eq!(ident("self").to_string(), "self_");
        assert_eq!(client_name("CloudWatch Logs"), "CloudWatchLogs");
    }

    #[test]
    fn members_yield_to_builder_methods_setters_and_earlier_members() {
        let bases: Vec<String> = ["build", "foo", "set_foo", "self", "foo", "build_value"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let fixed = BUILDER_METHODS.iter().map(|s| s.to_string()).collect();
        assert_eq!(
            member_names(&bases, &fixed),
            [
                "build_value_value",
                "foo",
                "set_foo_value",
                "self_value",
                // `foo_value`'s setter would be `set_foo_value`, the field of `SetFoo`.
                "foo_value_value",
                "build_value"
            ]
        );
    }

    #[test]
    fn variants_yield_to_generated_variants_and_earlier_values() {
        let bases: Vec<String> = ["Self", "Unknown", "A", "A", "AValue"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            variant_names(&bases),
            ["SelfValue", "UnknownValue", "A", "AValueValue", "AValue"]
        );
    }
}
