//! Builders: a setter per member (lists and maps append one item or entry; `set_*` replaces
//! the whole value) and a `build()` that returns the value, or, for a type with a required
//! member that has no default, names every such member left unset.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::{doc_attrs, output, sensitive, types, Context};
use crate::model::{Member, Shape, ShapeKind};

/// The setters of one member, as both the input builder and the fluent builder have them.
pub struct Setters {
    /// `tags`: sets a scalar or structure, appends to a list, inserts into a map.
    pub name: Ident,
    /// `set_tags`: sets or clears the whole value.
    pub set_name: Ident,
    /// What the first setter takes: `value: impl Into<String>`, `item: impl Into<Tag>`,
    /// `key: impl Into<String>, value: impl Into<String>`.
    pub params: TokenStream,
    /// The names of those parameters, to pass them on: `value`, `item`, `key, value`.
    pub args: TokenStream,
    /// What `set_*` takes: `Option<Vec<Tag>>`.
    pub set_type: TokenStream,
    /// What the first setter does, to say so in its docs.
    pub kind: SetterKind,
}

/// How a member's first setter treats the value it is given.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SetterKind {
    Sets,
    Appends,
    Inserts,
}

/// The setters of member `m` of structure `shape`.
pub fn setters(cx: &Context, shape: &Shape, m: &Member) -> Setters {
    let name = cx.names.field(&shape.id, &m.name);
    let set_name = cx.names.setter(&shape.id, &m.name);
    let value_ty = types::value_type(cx, &m.target);
    let stored_ty = if cx.is_boxed(&shape.id, &m.name) {
        quote!(Box<#value_ty>)
    } else {
        value_ty.clone()
    };
    let target = cx.shape(&m.target);
    let sparse = target.traits.sparse;
    // A sparse list or map holds `None`s: its item is taken as the `Option` it is.
    let item_param = |ty: TokenStream| {
        if sparse {
            quote!(Option<#ty>)
        } else {
            quote!(impl Into<#ty>)
        }
    };
    let (params, args, kind) = match &target.kind {
        ShapeKind::List(item) => {
            let item_ty = item_param(types::value_type(cx, &item.target));
            (quote!(item: #item_ty), quote!(item), SetterKind::Appends)
        }
        ShapeKind::Map { value, .. } => {
            let value_ty = item_param(types::value_type(cx, &value.target));
            (
                quote!(key: impl Into<String>, value: #value_ty),
                quote!(key, value),
                SetterKind::Inserts,
            )
        }
        _ => (
            quote!(value: impl Into<#value_ty>),
            quote!(value),
            SetterKind::Sets,
        ),
    };
    Setters {
        name,
        set_name,
        params,
        args,
        set_type: quote!(Option<#stored_ty>),
        kind,
    }
}

/// The member's documentation: its own, or its target's.
pub fn member_docs(cx: &Context, m: &Member) -> TokenStream {
    doc_attrs(
        m.traits
            .documentation
            .as_deref()
            .or(cx.shape(&m.target).traits.documentation.as_deref()),
    )
}

/// `pub fn builder()`, for the type's own `impl` block.
pub fn constructor(cx: &Context, shape: &Shape) -> TokenStream {
    let type_name = cx.names.type_name(&shape.id);
    let builder = cx.names.builder_ident(&shape.id);
    let doc = format!(" A builder for [`{type_name}`].");
    quote! {
        #[doc = #doc]
        pub fn builder() -> #builder {
            #builder::default()
        }
    }
}

/// The builder struct and its setters and `build()`.
pub fn emit(cx: &Context, shape: &Shape, members: &[Member]) -> TokenStream {
    let type_name = cx.names.type_name(&shape.id);
    let name = cx.names.type_ident(&shape.id);
    let builder = cx.names.builder_ident(&shape.id);
    let fallible = cx.build_is_fallible(members);
    let builder_doc = if fallible {
        format!(
            " A builder for [`{type_name}`]: [`build`](Self::build) names every required member \
             left unset."
        )
    } else {
        format!(" A builder for [`{type_name}`].")
    };

    let mut fields = Vec::new();
    let mut methods = Vec::new();
    let mut checks = Vec::new();
    let mut assigns = Vec::new();
    let mut debug_fields = Vec::new();
    for m in members {
        let field = cx.names.field(&shape.id, &m.name);
        let setters = setters(cx, shape, m);
        let set_type = &setters.set_type;
        fields.push(quote! { #field: #set_type, });
        methods.push(setter_methods(cx, shape, m, &setters));
        let json_name = &m.name;
        if cx.required_at_build(m) {
            checks.push(quote! {
                if self.#field.is_none() {
                    missing.push(#json_name);
                }
            });
        }
        let assign = if cx.is_optional(shape, m) {
            quote!(self.#field)
        } else if cx.starts_as_type_default(shape, m) {
            quote!(self.#field.unwrap_or_default())
        } else {
            let default = types::default_expr(cx, shape, m);
            if types::default_is_plain_literal(cx, shape, m) {
                quote!(self.#field.unwrap_or(#default))
            } else {
                quote!(self.#field.unwrap_or_else(|| #default))
            }
        };
        assigns.push(quote! { #field: #assign, });
        debug_fields.push(sensitive::debug_field(
            &cx.names.field_name(&shape.id, &m.name),
            quote!(&self.#field),
            sensitive::redacts(cx, shape, m),
        ));
    }
    let request_id = output::is_output(cx, shape).then(output::field_default);
    // Derived unless a member must be redacted.
    let builder_name = builder.to_string();
    let (derive_debug, debug_impl) = if sensitive::redacts_any(cx, shape, members) {
        let debug_impl = quote! {
            impl ::std::fmt::Debug for #builder {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(#builder_name) #(#debug_fields)* .finish()
                }
            }
        };
        (TokenStream::new(), debug_impl)
    } else {
        (quote!(Debug,), TokenStream::new())
    };
    let meta = shape
        .traits
        .error
        .is_some()
        .then(|| quote!(meta: ::std::default::Default::default(),));
    let allow_deprecated = members
        .iter()
        .any(|m| m.traits.deprecated)
        .then(|| quote!(#[allow(deprecated)]));
    let value = quote!(#name { #(#assigns)* #meta #request_id });
    let build = if fallible {
        quote! {
            /// Builds the value, or names every required member that is not set.
            pub fn build(self) -> Result<#name, ::awsgen_runtime::__private::BuildError> {
                let mut missing: Vec<&'static str> = Vec::new();
                #(#checks)*
                if !missing.is_empty() {
                    return Err(::awsgen_runtime::__private::BuildError { type_name: #type_name, missing });
                }
                Ok(#value)
            }
        }
    } else {
        quote! {
            /// Builds the value.
            pub fn build(self) -> #name {
                #value
            }
        }
    };
    quote! {
        #[doc = #builder_doc]
        #[derive(#derive_debug Clone, Default)]
        pub struct #builder {
            #(#fields)*
        }

        #allow_deprecated
        impl #builder {
            #(#methods)*

            #build
        }

        #debug_impl
    }
}

/// A member's two setters on the type's own builder.
fn setter_methods(cx: &Context, shape: &Shape, m: &Member, s: &Setters) -> TokenStream {
    let field = cx.names.field(&shape.id, &m.name);
    let boxed = cx.is_boxed(&shape.id, &m.name);
    let (name, set_name, params, set_type) = (&s.name, &s.set_name, &s.params, &s.set_type);
    let docs = member_docs(cx, m);
    let set_doc = format!(" Sets or clears `{}`.", m.name);
    let into = |value: TokenStream| {
        if sparsely(cx, m) {
            value
        } else {
            quote!(#value.into())
        }
    };
    let body = match s.kind {
        SetterKind::Sets if boxed => quote!(self.#field = Some(Box::new(value.into()));),
        SetterKind::Sets => quote!(self.#field = Some(value.into());),
        SetterKind::Appends => {
            let item = into(quote!(item));
            let empty = if boxed {
                quote!(Default::default)
            } else {
                quote!(Vec::new)
            };
            quote!(self.#field.get_or_insert_with(#empty).push(#item);)
        }
        SetterKind::Inserts => {
            let value = into(quote!(value));
            quote!(self.#field.get_or_insert_with(Default::default).insert(key.into(), #value);)
        }
    };
    let how = match s.kind {
        SetterKind::Sets => None,
        SetterKind::Appends => Some(format!(
            " Appends one item; [`{set_name}`](Self::{set_name}) sets the whole list."
        )),
        SetterKind::Inserts => Some(format!(
            " Inserts one entry; [`{set_name}`](Self::{set_name}) sets the whole map."
        )),
    };
    let how = how.map(|text| {
        if docs.is_empty() {
            quote!(#[doc = #text])
        } else {
            quote!(#[doc = ""] #[doc = #text])
        }
    });
    quote! {
        #docs
        #how
        pub fn #name(mut self, #params) -> Self {
            #body
            self
        }

        #[doc = #set_doc]
        pub fn #set_name(mut self, value: #set_type) -> Self {
            self.#field = value;
            self
        }
    }
}

/// Whether a member is a sparse list or map, whose items are taken as `Option`s.
fn sparsely(cx: &Context, m: &Member) -> bool {
    cx.shape(&m.target).traits.sparse
}
