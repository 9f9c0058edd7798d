//! Structures: the struct, its `Default` (derived unless a model default differs from the
//! type's), one inherent `impl` (`builder()`, and `validate()` for inputs), and via sibling
//! modules the builder (for request types; for response-only ones when asked), JSON and error
//! traits.

use proc_macro2::TokenStream;
use quote::quote;

use super::{
    builder, doc_attrs, errors, json, operation, output, sensitive, serde_attrs, types, validate,
    Context,
};
use crate::model::{Shape, ShapeKind};

pub fn emit(cx: &Context, shape: &Shape) -> TokenStream {
    let ShapeKind::Structure(members) = &shape.kind else {
        return TokenStream::new();
    };
    let name = cx.names.type_ident(&shape.id);
    let is_error = shape.traits.error.is_some();
    let docs = doc_attrs(shape.traits.documentation.as_deref());

    let mut fields = Vec::new();
    let mut defaults = Vec::new();
    let mut debug_fields = Vec::new();
    for m in members {
        let field = cx.names.field(&shape.id, &m.name);
        let ty = types::field_type(cx, shape, m);
        let mut member_docs = doc_attrs(
            m.traits.documentation.as_deref().or(cx
                .shape(&m.target)
                .traits
                .documentation
                .as_deref()),
        );
        if m.traits.required {
            member_docs.extend(quote!(#[doc = ""] #[doc = " Required."]));
        }
        if cx.operation_inputs.contains(&shape.id) && operation::is_idempotency_token(m) {
            member_docs.extend(quote! {
                #[doc = ""]
                #[doc = " When not set, the operation fills it with a fresh UUID v4: every retry of one call carries the same token."]
            });
        }
        if let Some(default) = cx.default_value(m) {
            let text = format!(" Defaults to `{default}`.");
            member_docs.extend(quote!(#[doc = ""] #[doc = #text]));
        }
        let deprecated = m.traits.deprecated.then(|| quote!(#[deprecated]));
        let serde = serde_attrs::member_attrs(cx, shape, m);
        fields.push(quote! { #member_docs #deprecated #serde pub #field: #ty, });
        let default = types::default_expr(cx, shape, m);
        defaults.push(quote! { #field: #default, });
        debug_fields.push(sensitive::debug_field(
            &cx.names.field_name(&shape.id, &m.name),
            quote!(&self.#field),
            sensitive::redacts(cx, shape, m),
        ));
    }
    let (meta_field, meta_default) = if is_error {
        let serde = serde_attrs::meta_attrs(cx);
        (
            quote! {
                /// The error's code, message, request id and HTTP status, as the response carried them.
                #serde
                pub meta: ::awsgen_runtime::__private::ErrorMetadata,
            },
            quote! { meta: ::std::default::Default::default(), },
        )
    } else {
        (TokenStream::new(), TokenStream::new())
    };
    let is_output = output::is_output(cx, shape);
    let (request_id_field, request_id_default) = if is_output {
        let serde = serde_attrs::request_id_attrs(cx);
        let field = output::field();
        (quote!(#serde #field), output::field_default())
    } else {
        (TokenStream::new(), TokenStream::new())
    };
    let message_redacted = is_error && sensitive::error_message_is_sensitive(cx, shape);
    let type_name = cx.names.type_name(&shape.id);
    let allow_deprecated = members
        .iter()
        .any(|m| m.traits.deprecated)
        .then(|| quote!(#[allow(deprecated)]));

    // Derived unless something must be redacted: less code to compile.
    let redacting = message_redacted || sensitive::redacts_any(cx, shape, members);
    let (derive_debug, debug_impl) = if redacting {
        let debug_meta = if message_redacted {
            quote!(.field("meta", &self.meta.with_message_redacted()))
        } else {
            quote!(.field("meta", &self.meta))
        };
        let debug_meta = is_error.then_some(debug_meta);
        let debug_request_id = is_output.then(|| quote!(.field("_request_id", &self._request_id)));
        let debug_impl = quote! {
            #allow_deprecated
            impl ::std::fmt::Debug for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(#type_name)
                        #(#debug_fields)* #debug_meta #debug_request_id
                        .finish()
                }
            }
        };
        (TokenStream::new(), debug_impl)
    } else {
        (quote!(Debug,), TokenStream::new())
    };

    // Derived when every field starts as its type's own default: less code to read and compile.
    let (derive_default, default_impl) = if cx.derives_default(shape, members) {
        (quote!(Default,), TokenStream::new())
    } else {
        let default_impl = quote! {
            #allow_deprecated
            impl ::std::default::Default for #name {
                fn default() -> Self {
                    #name { #(#defaults)* #meta_default #request_id_default }
                }
            }
        };
        (TokenStream::new(), default_impl)
    };
    // Users build requests; response-only types get a builder only for tests that fake responses.
    let has_builder = cx.input_shapes.contains(&shape.id) || cx.options.output_builders;
    let constructor = has_builder.then(|| builder::constructor(cx, shape));
    let validation = if cx.input_shapes.contains(&shape.id) {
        validate::structure_methods(cx, shape, members)
    } else {
        TokenStream::new()
    };

    let inherent = (has_builder || !validation.is_empty()).then(|| {
        quote! {
            #allow_deprecated
            impl #name {
                #constructor

                #validation
            }
        }
    });
    let serde_derive = serde_attrs::structure_derive(cx);
    let mut out = quote! {
        #docs
        #[derive(#derive_debug Clone, #derive_default PartialEq)]
        #serde_derive
        pub struct #name {
            #(#fields)*
            #meta_field
            #request_id_field
        }

        #inherent

        #default_impl

        #debug_impl
    };
    if is_output {
        out.extend(output::impl_request_id(&name, true));
    }
    if has_builder {
        out.extend(builder::emit(cx, shape, members));
    }
    if cx.input_shapes.contains(&shape.id) {
        out.extend(json::emit_structure_serialize(cx, shape, members));
    }
    if cx.output_shapes.contains(&shape.id) {
        out.extend(json::emit_structure_deserialize(cx, shape, members));
    }
    if is_error {
        out.extend(errors::emit_error_traits(cx, shape, message_redacted));
        out.extend(output::impl_request_id(&name, false));
    }
    out
}
