//! Rust emission: one token stream for a closure of operations.
//!
//! Generated code names the runtime by absolute path (`::awsgen_runtime`) and std types by
//! their prelude names, which generated types never take. Every generated name comes from
//! [`Context::names`], decided once for the service (see [`crate::names`] for the rule).

mod builder;
mod enums;
mod errors;
mod json;
mod operation;
mod output;
mod paginator;
mod sensitive;
mod serde_attrs;
mod service_error;
mod structure;
mod types;
mod union;
mod validate;

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::quote;

use crate::closure::{self, Closure};
use crate::docs::html_to_markdown;
use crate::model::{Member, Model, Shape, ShapeKind};
use crate::names::Names;

/// Everything emission needs to know about the closure.
pub struct Context<'a> {
    pub model: &'a Model,
    pub closure: &'a Closure,
    /// (container id, member name) of members boxed to break recursion.
    pub boxed: BTreeSet<(String, String)>,
    /// Shapes reachable from an operation input: they serialize and validate.
    pub input_shapes: BTreeSet<String>,
    /// Shapes reachable from an output or error: they deserialize.
    pub output_shapes: BTreeSet<String>,
    /// Input structures of the operations themselves.
    pub operation_inputs: BTreeSet<String>,
    /// Output structures of the operations themselves: they carry the response's request id.
    pub operation_outputs: BTreeSet<String>,
    /// The Rust name of everything generated, collision-free.
    pub names: Names,
    /// What the caller asked for beyond the model (serde derives).
    pub options: crate::Options,
    needs_validation: BTreeMap<String, bool>,
}

impl<'a> Context<'a> {
    pub fn new(model: &'a Model, closure: &'a Closure) -> Self {
        let mut input_shapes = BTreeSet::new();
        let mut output_shapes = BTreeSet::new();
        let mut operation_inputs = BTreeSet::new();
        let mut operation_outputs = BTreeSet::new();
        for op in &closure.operations {
            if let Some(ShapeKind::Operation {
                input,
                output,
                errors,
            }) = model.shape(op).map(|s| &s.kind)
            {
                if let Some(id) = input {
                    operation_inputs.insert(id.clone());
                    reach(model, id, &mut input_shapes);
                }
                operation_outputs.extend(output.iter().cloned());
                for id in output.iter().chain(errors) {
                    reach(model, id, &mut output_shapes);
                }
            }
        }
        let mut cx = Context {
            model,
            closure,
            boxed: closure::boxed_members(model, closure),
            input_shapes,
            output_shapes,
            operation_inputs,
            operation_outputs,
            names: Names::new(model),
            options: crate::Options::default(),
            needs_validation: BTreeMap::new(),
        };
        let ids: Vec<String> = closure.shapes.iter().cloned().collect();
        for id in ids {
            let needs = cx.compute_needs_validation(&id);
            cx.needs_validation.insert(id, needs);
        }
        cx
    }

    pub fn shape(&self, id: &str) -> &'a Shape {
        // The closure stage reported every unresolved target, so lookups here succeed.
        self.model
            .shape(id)
            .unwrap_or_else(|| panic!("shape {id} missing after closure resolution"))
    }

    /// Whether a structure or union has any constraint or required member in reach.
    pub fn needs_validation(&self, id: &str) -> bool {
        self.needs_validation.get(id).copied().unwrap_or(false)
    }

    fn compute_needs_validation(&self, root: &str) -> bool {
        let mut stack = vec![root.to_string()];
        let mut seen = BTreeSet::new();
        while let Some(id) = stack.pop() {
            if !seen.insert(id.clone()) {
                continue;
            }
            let shape = self.shape(&id);
            let members: Vec<&Member> = match &shape.kind {
                ShapeKind::Structure(ms) | ShapeKind::Union(ms) => ms.iter().collect(),
                ShapeKind::List(m) => vec![m],
                ShapeKind::Map { key, value } => vec![key, value],
                _ => Vec::new(),
            };
            for m in members {
                let target = self.shape(&m.target);
                if m.traits.required || has_constraint(&m.traits) || has_constraint(&target.traits)
                {
                    return true;
                }
                stack.push(m.target.clone());
            }
        }
        false
    }

    /// Whether a member's field is an `Option` (Smithy 2.0 nullability for clients).
    pub fn is_optional(&self, container: &Shape, member: &'a Member) -> bool {
        // Smithy 2.0: members of an @input structure are all optional to clients, so a model
        // may later relax or add defaults without breaking callers.
        if member.traits.client_optional || container.traits.input {
            return true;
        }
        if self.default_value(member).is_some() {
            return false;
        }
        if matches!(container.kind, ShapeKind::Union(_)) {
            return false;
        }
        !member.traits.required || container.traits.input
    }

    /// The member's default, when it has a non-null one (its own, or its prelude target's).
    pub fn default_value(&self, member: &'a Member) -> Option<&'a serde_json::Value> {
        match member.traits.default.as_ref() {
            Some(serde_json::Value::Null) => None,
            Some(v) => Some(v),
            None => self
                .shape(&member.target)
                .traits
                .default
                .as_ref()
                .filter(|v| !v.is_null()),
        }
    }

    pub fn is_boxed(&self, container: &str, member: &str) -> bool {
        self.boxed
            .contains(&(container.to_string(), member.to_string()))
    }
}

pub fn has_constraint(t: &crate::model::Traits) -> bool {
    t.length.is_some() || t.range.is_some() || t.pattern.is_some()
}

fn reach(model: &Model, id: &str, out: &mut BTreeSet<String>) {
    if !out.insert(id.to_string()) {
        return;
    }
    let Some(shape) = model.shape(id) else { return };
    match &shape.kind {
        ShapeKind::Structure(ms) | ShapeKind::Union(ms) => {
            for m in ms {
                reach(model, &m.target, out);
            }
        }
        ShapeKind::List(m) => reach(model, &m.target, out),
        ShapeKind::Map { key, value } => {
            reach(model, &key.target, out);
            reach(model, &value.target, out);
        }
        _ => {}
    }
}

/// `#[doc = "..."]` lines from model documentation.
pub fn doc_attrs(doc: Option<&str>) -> TokenStream {
    match doc {
        Some(html) => {
            let md = html_to_markdown(html);
            if md.is_empty() {
                return TokenStream::new();
            }
            let lines = md.lines().map(|l| format!(" {l}"));
            quote! { #( #[doc = #lines] )* }
        }
        None => TokenStream::new(),
    }
}

/// Emits all items for the closure; `skipped` lists operations left out, with the reason.
pub fn emit(model: &Model, closure: &Closure, skipped: &[(String, String)]) -> TokenStream {
    emit_with(model, closure, skipped, &crate::Options::default())
}

/// [`emit`] with [`Options`](crate::Options).
pub fn emit_with(
    model: &Model,
    closure: &Closure,
    skipped: &[(String, String)],
    options: &crate::Options,
) -> TokenStream {
    let mut cx = Context::new(model, closure);
    cx.options = options.clone();
    // A second invocation in the same module redefines every item; this name comes first so
    // the first error says what to do.
    let mut items = quote! {
        #[allow(dead_code)]
        const ONE_ATHENA_OPERATION_INVOCATION_PER_MODULE_PUT_EACH_IN_ITS_OWN_MOD: () = ();
    };
    for id in &closure.shapes {
        let shape = cx.shape(id);
        let tokens = match &shape.kind {
            ShapeKind::Structure(_) => structure::emit(&cx, shape),
            ShapeKind::Union(_) => union::emit(&cx, shape),
            ShapeKind::Enum(_) | ShapeKind::IntEnum(_) => enums::emit(&cx, shape),
            ShapeKind::List(_) | ShapeKind::Map { .. } => types::emit_alias(&cx, shape),
            _ => TokenStream::new(),
        };
        items.extend(tokens);
    }
    for op in &closure.operations {
        let shape = cx.shape(op);
        items.extend(errors::emit_operation_error(&cx, shape));
        items.extend(operation::emit(&cx, shape));
        items.extend(paginator::emit(&cx, shape));
    }
    items.extend(service_error::emit(&cx));
    items.extend(operation::emit_service(&model.service));
    items.extend(operation_lists(closure, skipped));
    items
}

/// `OPERATIONS` and `SKIPPED_OPERATIONS`: what this invocation generated and left out. They
/// also make a second invocation in the same module a clear "defined multiple times" error.
fn operation_lists(closure: &Closure, skipped: &[(String, String)]) -> TokenStream {
    let names = closure
        .operations
        .iter()
        .map(|id| crate::model::local_name(id));
    let skipped_names = skipped.iter().map(|(n, _)| n);
    let reasons = skipped.iter().map(|(_, r)| r);
    quote! {
        /// The operations this `athena_operation!` invocation generated. One invocation per
        /// module: put a second one in its own `mod`.
        pub const OPERATIONS: &[&str] = &[#(#names),*];

        /// Operations of the service left out, with the reason.
        pub const SKIPPED_OPERATIONS: &[(&str, &str)] = &[#((#skipped_names, #reasons)),*];
    }
}
