//! Rust emission: one token stream for a closure of operations.
//!
//! Generated code reaches the runtime through one hidden module,
//! `::awsgen_runtime::__private` (runtime/src/private.rs), and names std types by their prelude
//! names, which generated types never take. Every generated name comes from
//! [`Context::names`], decided once for the service (see [`crate::names`] for the rule).

mod builder;
mod client;
mod enums;
mod errors;
mod jmespath;
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
mod waiter;

use std::collections::BTreeSet;
use std::ops::Deref;

use proc_macro2::TokenStream;
use quote::quote;

use crate::analyze::{self, Analysis, DefaultValue, MemberDefault};
use crate::closure::Closure;
use crate::docs::html_to_markdown;
use crate::model::{Member, Model, Shape, ShapeKind};
use crate::names::Names;

pub use crate::analyze::has_constraint;

/// Everything emission needs to know about the closure: the model, the [`Analysis`] of its
/// shapes (read through the context: `cx.input_shapes`, `cx.member(..)`), and the names.
pub struct Context<'a> {
    pub model: &'a Model,
    pub closure: &'a Closure,
    /// Every fact about the closure's shapes, decided before emission.
    pub analysis: Analysis,
    /// The Rust name of everything generated, collision-free.
    pub names: Names,
    /// What the caller asked for beyond the model (serde derives).
    pub options: crate::Options,
}

impl Deref for Context<'_> {
    type Target = Analysis;

    fn deref(&self) -> &Analysis {
        &self.analysis
    }
}

impl<'a> Context<'a> {
    pub fn new(model: &'a Model, closure: &'a Closure) -> Self {
        Context {
            model,
            closure,
            analysis: analyze::analyze(model, closure),
            names: Names::new(model),
            options: crate::Options::default(),
        }
    }

    pub fn shape(&self, id: &str) -> &'a Shape {
        // The closure stage reported every unresolved target, so lookups here succeed.
        self.model
            .shape(id)
            .unwrap_or_else(|| panic!("shape {id} missing after closure resolution"))
    }

    /// Whether a structure or union has any constraint or required member in reach.
    pub fn needs_validation(&self, id: &str) -> bool {
        self.analysis
            .shape_facts(id)
            .is_some_and(|f| f.needs_validation)
    }

    /// Whether a member's field is an `Option` (Smithy 2.0 nullability for clients).
    pub fn is_optional(&self, container: &Shape, member: &Member) -> bool {
        self.analysis.member(&container.id, &member.name).optional
    }

    /// The member's default, when it has a non-null one (its own, or its prelude target's).
    pub fn default_value(&self, member: &Member) -> Option<&MemberDefault> {
        self.analysis.member_of(member).default.as_ref()
    }

    /// Whether a builder's `build()` fails while this member is unset: required, no default.
    pub fn required_at_build(&self, member: &'a Member) -> bool {
        member.traits.required && self.default_value(member).is_none()
    }

    /// Whether a field starts as its Rust type's own `Default` (`None`, `0`, `false`, `""`,
    /// empty): what lets the containing type derive `Default`.
    pub fn starts_as_type_default(&self, container: &Shape, member: &'a Member) -> bool {
        if self.is_optional(container, member) {
            return true;
        }
        let Some(value) = self.default_value(member) else {
            return true;
        };
        match &value.value {
            DefaultValue::Boolean(b) => !b,
            DefaultValue::Integer(i) | DefaultValue::IntEnumValue(i) => {
                *i == 0 && !matches!(self.shape(&member.target).kind, ShapeKind::IntEnum(_))
            }
            DefaultValue::Decimal(f) | DefaultValue::Timestamp(f) => *f == 0.0,
            DefaultValue::String(s) | DefaultValue::Blob(s) => s.is_empty(),
            DefaultValue::EmptyList | DefaultValue::EmptyMap | DefaultValue::Zero => true,
            // Enums default to an empty unknown value, documents to null: a model default differs.
            DefaultValue::EnumValue(_) | DefaultValue::Document(_) => false,
        }
    }

    /// Whether every member of a structure starts as its type's `Default`.
    pub fn derives_default(&self, shape: &Shape, members: &'a [Member]) -> bool {
        members
            .iter()
            .all(|m| self.starts_as_type_default(shape, m))
    }

    /// Whether `build()` of a structure can fail: some member is [`Context::required_at_build`].
    pub fn build_is_fallible(&self, members: &'a [Member]) -> bool {
        members.iter().any(|m| self.required_at_build(m))
    }

    pub fn is_boxed(&self, container: &str, member: &str) -> bool {
        self.analysis.member(container, member).boxed
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
///
/// In reading order: the service client, then per operation its fluent builder, fn and pages
/// fn, its input and output, the types they introduce (depth first, in member order), its
/// error enum and the errors it introduces; then the service-wide error.
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
    let mut page_impls = paginator::Impls::default();
    let mut paginator_names = Vec::new();
    let mut skipped_paginators = Vec::new();
    let mut waiter_names = Vec::new();
    let mut generated_waiters = Vec::new();
    let mut skipped_waiters = Vec::new();
    items.extend(client::emit_client(&cx));
    items.extend(operation::emit_service(&model.service));
    let mut emitted = BTreeSet::new();
    for op in &closure.operations {
        let shape = cx.shape(op);
        let ShapeKind::Operation {
            input,
            output,
            errors,
        } = &shape.kind
        else {
            continue;
        };
        let pages = match paginator::emit(&cx, shape, &mut page_impls) {
            Ok(tokens) => {
                if !tokens.is_empty() {
                    paginator_names.push(cx.names.operation(&shape.id).pages);
                }
                tokens
            }
            Err(reason) => {
                skipped_paginators.push((shape.name().to_string(), reason));
                TokenStream::new()
            }
        };
        items.extend(client::emit_fluent_builder(&cx, shape, !pages.is_empty()));
        items.extend(operation::emit(&cx, shape));
        items.extend(pages);
        for w in waiter::waiters_of(&cx, shape) {
            match waiter::emit(&cx, shape, &w) {
                Ok(tokens) => {
                    items.extend(tokens);
                    waiter_names.push(waiter::fn_name(&w));
                    generated_waiters.push((shape, w.into_owned()));
                }
                Err(reason) => {
                    skipped_waiters.push((w.name.clone(), format!("{}: {reason}", shape.name())))
                }
            }
        }
        let roots: Vec<&String> = input.iter().chain(output).collect();
        for id in introduced(&cx, &roots, &mut emitted) {
            items.extend(emit_shape(&cx, &id));
        }
        items.extend(errors::emit_operation_error(&cx, shape));
        let roots: Vec<&String> = errors.iter().collect();
        for id in introduced(&cx, &roots, &mut emitted) {
            items.extend(emit_shape(&cx, &id));
        }
    }
    items.extend(service_error::emit(&cx));
    // Every shape is reached from an operation; this keeps any other one from being lost.
    for id in &closure.shapes {
        if emitted.insert(id.clone()) {
            items.extend(emit_shape(&cx, id));
        }
    }
    items.extend(waiter::emit_client_methods(&cx, &generated_waiters));
    items.extend(operation_lists(closure, skipped));
    items.extend(waiter_lists(
        &waiter_names,
        &skipped_waiters,
        &paginator_names,
        &skipped_paginators,
    ));
    items
}

/// `WAITERS`, `SKIPPED_WAITERS`, `PAGINATORS` and `SKIPPED_PAGINATORS`: waiters and
/// paginators the generator could not generate are listed with the reason, never dropped
/// silently.
fn waiter_lists(
    generated: &[String],
    skipped_waiters: &[(String, String)],
    paginators: &[String],
    skipped_paginators: &[(String, String)],
) -> TokenStream {
    let (w_names, w_reasons): (Vec<_>, Vec<_>) = skipped_waiters.iter().cloned().unzip();
    let (p_names, p_reasons): (Vec<_>, Vec<_>) = skipped_paginators.iter().cloned().unzip();
    quote! {
        /// The `wait_until_*` fns this invocation generated.
        pub const WAITERS: &[&str] = &[#(#generated),*];

        /// Waiters of the generated operations left out (an expression outside the JMESPath
        /// subset the generator compiles, ...), with the reason.
        pub const SKIPPED_WAITERS: &[(&str, &str)] = &[#((#w_names, #w_reasons)),*];

        /// The `{operation}_pages` fns this invocation generated.
        pub const PAGINATORS: &[&str] = &[#(#paginators),*];

        /// Paginated operations whose `{operation}_pages` was left out (nested or non-string
        /// tokens, several tokens), with the reason.
        pub const SKIPPED_PAGINATORS: &[(&str, &str)] = &[#((#p_names, #p_reasons)),*];
    }
}

/// The type (and its impls) of one shape; nothing for a shape that is a Rust type already.
fn emit_shape(cx: &Context, id: &str) -> TokenStream {
    let shape = cx.shape(id);
    match &shape.kind {
        ShapeKind::Structure(_) => structure::emit(cx, shape),
        ShapeKind::Union(_) => union::emit(cx, shape),
        ShapeKind::Enum(_) | ShapeKind::IntEnum(_) => enums::emit(cx, shape),
        ShapeKind::List(_) | ShapeKind::Map { .. } => types::emit_alias(cx, shape),
        _ => TokenStream::new(),
    }
}

/// The closure's shapes reached from `roots` and not yet in `emitted`: the roots in order,
/// then what each introduces, depth first in member order. Adds them to `emitted`.
fn introduced(cx: &Context, roots: &[&String], emitted: &mut BTreeSet<String>) -> Vec<String> {
    let mut order = Vec::new();
    for root in roots {
        if cx.closure.shapes.contains(*root) && emitted.insert((*root).clone()) {
            order.push((*root).clone());
        }
    }
    let mut nested = Vec::new();
    for root in &order {
        visit_members(cx, root, emitted, &mut nested);
    }
    order.extend(nested);
    order
}

fn visit_members(cx: &Context, id: &str, emitted: &mut BTreeSet<String>, out: &mut Vec<String>) {
    let members: Vec<&Member> = match &cx.shape(id).kind {
        ShapeKind::Structure(ms) | ShapeKind::Union(ms) => ms.iter().collect(),
        ShapeKind::List(m) => vec![m],
        ShapeKind::Map { key, value } => vec![key, value],
        _ => Vec::new(),
    };
    for m in members {
        if cx.closure.shapes.contains(&m.target) && emitted.insert(m.target.clone()) {
            out.push(m.target.clone());
            visit_members(cx, &m.target, emitted, out);
        }
    }
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
