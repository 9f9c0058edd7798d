//! Builders: a setter per member and a `build()` that names every missing required member.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{doc_attrs, output, sensitive, types, Context};
use crate::model::{Member, Shape};

pub fn emit(cx: &Context, shape: &Shape, members: &[Member]) -> TokenStream {
    let type_name = cx.names.type_name(&shape.id);
    let name = format_ident!("{}", type_name);
    let builder = cx.names.builder_ident(&shape.id);
    let builder_doc =
        format!(" Builds a [`{type_name}`]; `build()` reports every required member left unset.");

    let mut fields = Vec::new();
    let mut setters = Vec::new();
    let mut checks = Vec::new();
    let mut assigns = Vec::new();
    let mut debug_fields = Vec::new();
    for m in members {
        let field = cx.names.field(&shape.id, &m.name);
        let setter_set = cx.names.setter(&shape.id, &m.name);
        let value_ty = types::value_type(cx, &m.target);
        let boxed = cx.is_boxed(&shape.id, &m.name);
        let stored_ty = if boxed {
            quote!(Box<#value_ty>)
        } else {
            value_ty.clone()
        };
        fields.push(quote! { #field: Option<#stored_ty>, });
        let docs = doc_attrs(
            m.traits.documentation.as_deref().or(cx
                .shape(&m.target)
                .traits
                .documentation
                .as_deref()),
        );
        let wrap = if boxed {
            quote!(Box::new(value.into()))
        } else {
            quote!(value.into())
        };
        let set_doc = format!(" Sets or clears `{}`.", m.name);
        setters.push(quote! {
            #docs
            pub fn #field(mut self, value: impl Into<#value_ty>) -> Self {
                self.#field = Some(#wrap);
                self
            }

            #[doc = #set_doc]
            pub fn #setter_set(mut self, value: Option<#stored_ty>) -> Self {
                self.#field = value;
                self
            }
        });
        let json_name = &m.name;
        let has_default = cx.default_value(m).is_some();
        if m.traits.required && !has_default {
            checks.push(quote! {
                if self.#field.is_none() {
                    missing.push(#json_name);
                }
            });
        }
        let assign = if cx.is_optional(shape, m) {
            quote!(self.#field)
        } else {
            let default = types::default_expr(cx, shape, m);
            quote!(self.#field.unwrap_or_else(|| #default))
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
    let missing_decl = if checks.is_empty() {
        quote!()
    } else {
        quote! {
            let mut missing: Vec<&'static str> = Vec::new();
            #(#checks)*
            if !missing.is_empty() {
                return Err(::awsgen_runtime::BuildError { type_name: #type_name, missing });
            }
        }
    };
    let build_doc = if checks.is_empty() {
        " Builds the value; this type has no required members, so it always succeeds."
    } else {
        " Builds the value, or names every required member that is not set."
    };
    quote! {
        impl #name {
            #[doc = #builder_doc]
            pub fn builder() -> #builder {
                #builder::default()
            }
        }

        #[doc = #builder_doc]
        #[derive(#derive_debug Clone, Default)]
        pub struct #builder {
            #(#fields)*
        }

        #debug_impl

        #allow_deprecated
        impl #builder {
            #(#setters)*

            #[doc = #build_doc]
            pub fn build(self) -> Result<#name, ::awsgen_runtime::BuildError> {
                #missing_decl
                Ok(#name { #(#assigns)* #meta #request_id })
            }
        }
    }
}
