//! The service-wide error (`AthenaError`): one enum that every generated operation's error
//! converts into, so a function calling several operations returns one error type, with a
//! variant per modeled error of those operations plus `Unhandled`. Also the `is_*` helpers
//! that operation errors and the service error share.

use std::collections::BTreeMap;

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::{doc_attrs, sensitive, serde_attrs, Context};
use crate::model::Shape;
use crate::names;

/// `is_{variant}` methods, one per modeled error: `is_too_many_requests_exception`.
pub fn is_helpers(errors: &[(&Shape, Ident)]) -> TokenStream {
    // The link leads to the variant's documentation: not repeated here (less code per error).
    let methods = errors.iter().map(|(_, variant)| {
        let method = format_ident!("is_{}", names::snake_name(&variant.to_string()));
        let summary = format!(" Whether this is [`{variant}`](Self::{variant}).");
        quote! {
            #[doc = #summary]
            pub fn #method(&self) -> bool {
                matches!(self, Self::#variant(_))
            }
        }
    });
    quote!(#(#methods)*)
}

/// `Display`, `RequestId` and `std::error::Error` for an error enum (an operation's or the
/// service's) with a variant per error of `errors`, `Unhandled` and `__NonExhaustive`.
pub fn enum_trait_impls(cx: &Context, name: &Ident, errors: &[(&Shape, Ident)]) -> TokenStream {
    let variants = errors.iter().map(|(_, v)| v);
    let unhandled = format_ident!("Unhandled");
    // Where a modeled error's message is sensitive, each modeled error says itself what it
    // shows; otherwise the metadata is the message.
    let display_body = if errors
        .iter()
        .any(|(s, _)| sensitive::error_message_is_sensitive(cx, s))
    {
        let variants = variants.clone();
        quote! {
            match self {
                #( Self::#variants(e) => ::std::fmt::Display::fmt(e, f), )*
                Self::#unhandled(meta) => ::std::fmt::Display::fmt(meta, f),
                Self::__NonExhaustive(never) => never.unreachable(),
            }
        }
    } else {
        quote!(::std::fmt::Display::fmt(self.meta(), f))
    };
    quote! {
        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                #display_body
            }
        }

        impl ::awsgen_runtime::__private::RequestId for #name {
            fn request_id(&self) -> Option<&str> {
                self.meta().request_id.as_deref()
            }
        }

        impl ::std::error::Error for #name {
            fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
                match self {
                    #( Self::#variants(e) => Some(e), )*
                    Self::#unhandled(_) => None,
                    Self::__NonExhaustive(never) => never.unreachable(),
                }
            }
        }
    }
}

/// The `{Client}Error` enum and a `From` impl per generated operation error.
pub fn emit(cx: &Context) -> TokenStream {
    let name = names::ident(&cx.names.service_error());
    // Every distinct modeled error of the generated operations, by Rust name.
    let mut by_variant: BTreeMap<String, &Shape> = BTreeMap::new();
    for op in &cx.closure.operations {
        for (id, variant) in cx.names.operation(op).errors {
            by_variant.entry(variant).or_insert_with(|| cx.shape(&id));
        }
    }
    let errors: Vec<(&Shape, Ident)> = by_variant
        .iter()
        .map(|(variant, shape)| (*shape, names::ident(variant)))
        .collect();
    let variants: Vec<Ident> = errors.iter().map(|(_, v)| v.clone()).collect();
    let codes: Vec<&str> = errors.iter().map(|(s, _)| s.name()).collect();
    let variant_docs = errors
        .iter()
        .map(|(s, _)| doc_attrs(s.traits.documentation.as_deref()));
    let helpers = is_helpers(&errors);
    let unhandled = format_ident!("Unhandled");
    let body = if variants.is_empty() {
        format_ident!("_body")
    } else {
        format_ident!("body")
    };
    let doc = format!(
        " Any error of the {} operations generated here: each operation's error converts into \
         it with `From`, and a call's [`Error`](awsgen_runtime::Error) with \
         [`Error::into_service`](awsgen_runtime::Error::into_service), so `?` collects the \
         errors of several operations into one type.",
        cx.model.service.sdk_id
    );
    let from_impls = cx.closure.operations.iter().map(|op| {
        let op_names = cx.names.operation(op);
        let op_error = names::ident(&op_names.error);
        let op_variants = op_names.errors.iter().map(|(_, v)| names::ident(v));
        quote! {
            impl ::std::convert::From<#op_error> for #name {
                fn from(error: #op_error) -> Self {
                    use #op_error as E;
                    match error {
                        #( E::#op_variants(e) => Self::#op_variants(e), )*
                        E::#unhandled(meta) => Self::#unhandled(meta),
                        E::__NonExhaustive(never) => never.unreachable(),
                    }
                }
            }
        }
    });
    let trait_impls = enum_trait_impls(cx, &name, &errors);
    let serde = serde_attrs::error_enum_impls(cx, &name, &variants, &codes);
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #( #variant_docs #variants(#variants), )*
            /// An error code the model does not list for the operation that returned it.
            #unhandled(::awsgen_runtime::__private::ErrorMetadata),
            #[doc(hidden)]
            __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
        }

        impl #name {
            /// The code, message, request id and HTTP status of the error response.
            pub fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
                match self {
                    #( Self::#variants(e) => &e.meta, )*
                    Self::#unhandled(meta) => meta,
                    Self::__NonExhaustive(never) => never.unreachable(),
                }
            }

            /// The error code the service sent (`ThrottlingException`, ...); empty for an
            /// error built by hand.
            pub fn code(&self) -> &str {
                &self.meta().code
            }

            #helpers
        }

        #trait_impls

        impl ::awsgen_runtime::__private::OperationError for #name {
            fn from_response(
                meta: ::awsgen_runtime::__private::ErrorMetadata,
                #body: Option<&::awsgen_runtime::__private::json::Value>,
            ) -> Self {
                match meta.code.as_str() {
                    #( #codes => Self::#variants(::awsgen_runtime::__private::error::read_modeled_error(meta, body)), )*
                    _ => Self::#unhandled(meta),
                }
            }

            fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
                #name::meta(self)
            }
        }

        #( #from_impls )*

        #serde
    }
}
