//! Errors: `Display`/`Error` for modeled error structures, and one enum per operation with a
//! variant per modeled error plus `Unhandled` for codes the model does not list.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::{doc_attrs, serde_attrs, service_error, Context};
use crate::model::{Shape, ShapeKind};
use crate::names;

/// `Display` and `std::error::Error` for a structure with `@error`; `message_redacted` when
/// its message is sensitive.
pub fn emit_error_traits(cx: &Context, shape: &Shape, message_redacted: bool) -> TokenStream {
    let name = cx.names.type_ident(&shape.id);
    let shape_name = shape.name();
    let message_fallback = message_fallback(cx, shape);
    let shown_meta = if message_redacted {
        quote!(&self.meta.with_message_redacted())
    } else {
        quote!(&self.meta)
    };
    quote! {
        impl ::awsgen_runtime::__private::error::ModeledError for #name {
            fn set_meta(&mut self, meta: ::awsgen_runtime::__private::ErrorMetadata) {
                #message_fallback
                self.meta = meta;
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                if self.meta.code.is_empty() {
                    // Built by hand rather than read from a response.
                    f.write_str(#shape_name)
                } else {
                    ::std::fmt::Display::fmt(#shown_meta, f)
                }
            }
        }

        impl ::std::error::Error for #name {}
    }
}

/// The `{Operation}Error` enum.
pub fn emit_operation_error(cx: &Context, op: &Shape) -> TokenStream {
    if !matches!(op.kind, ShapeKind::Operation { .. }) {
        return TokenStream::new();
    }
    let op_names = cx.names.operation(&op.id);
    let name = names::ident(&op_names.error);
    // One variant per distinct error; no error's type is named `Unhandled` (crate::names).
    let error_shapes: Vec<&Shape> = op_names.errors.iter().map(|(id, _)| cx.shape(id)).collect();
    let variants: Vec<_> = op_names
        .errors
        .iter()
        .map(|(_, v)| names::ident(v))
        .collect();
    let unhandled = format_ident!("Unhandled");
    let codes: Vec<&str> = error_shapes.iter().map(|s| s.name()).collect();
    let variant_docs = error_shapes
        .iter()
        .map(|s| doc_attrs(s.traits.documentation.as_deref()));
    let doc = format!(" The errors `{}` can return.", op.name());
    let errors: Vec<(&Shape, Ident)> = error_shapes
        .iter()
        .copied()
        .zip(variants.iter().cloned())
        .collect();
    let helpers = service_error::is_helpers(&errors);
    // Only modeled errors read the body.
    let body = if variants.is_empty() {
        format_ident!("_body")
    } else {
        format_ident!("body")
    };
    let read_import = (!variants.is_empty()).then(|| {
        quote!(
            use ::awsgen_runtime::__private::error::read_modeled_error as read;
        )
    });
    let trait_impls = service_error::enum_trait_impls(cx, &name, &errors);
    let serde = serde_attrs::error_enum_impls(cx, &name, &variants, &codes);
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #( #variant_docs #variants(#variants), )*
            /// An error code the model does not list for this operation.
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

            #helpers
        }

        #trait_impls

        impl ::awsgen_runtime::__private::OperationError for #name {
            fn from_response(
                meta: ::awsgen_runtime::__private::ErrorMetadata,
                #body: Option<&::awsgen_runtime::__private::json::Value>,
            ) -> Self {
                #read_import
                match meta.code.as_str() {
                    #( #codes => Self::#variants(read(meta, body)), )*
                    _ => Self::#unhandled(meta),
                }
            }

            fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
                #name::meta(self)
            }
        }

        #serde
    }
}

/// Fills the error's modeled message member from the message the runtime found when the body
/// spelled its key differently: services (and emulators) send `message` for a member the
/// model calls `Message`, and the reverse.
fn message_fallback(cx: &Context, error: &Shape) -> TokenStream {
    let ShapeKind::Structure(members) = &error.kind else {
        return TokenStream::new();
    };
    let Some(member) = members.iter().find(|m| {
        m.name.eq_ignore_ascii_case("message")
            && matches!(cx.shape(&m.target).kind, ShapeKind::String)
    }) else {
        return TokenStream::new();
    };
    let field = cx.names.field(&error.id, &member.name);
    if cx.is_optional(error, member) {
        quote! {
            if self.#field.is_none() {
                self.#field = meta.message.clone();
            }
        }
    } else {
        quote! {
            if self.#field.is_empty() {
                self.#field = meta.message.clone().unwrap_or_default();
            }
        }
    }
}
