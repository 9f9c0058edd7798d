//! Unions: one variant per member, and `Unknown` for members the model does not know.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc_attrs, json, sensitive, serde_attrs, types, validate, Context};
use crate::model::{Shape, ShapeKind};

pub fn emit(cx: &Context, shape: &Shape) -> TokenStream {
    let ShapeKind::Union(members) = &shape.kind else {
        return TokenStream::new();
    };
    let name = cx.names.type_ident(&shape.id);
    let docs = doc_attrs(shape.traits.documentation.as_deref());
    let variants: Vec<_> = members
        .iter()
        .map(|m| cx.names.union_variant(&shape.id, &m.name))
        .collect();
    let types: Vec<_> = members
        .iter()
        .map(|m| {
            let ty = types::value_type(cx, &m.target);
            if cx.is_boxed(&shape.id, &m.name) {
                quote!(Box<#ty>)
            } else {
                ty
            }
        })
        .collect();
    let keys: Vec<&str> = members.iter().map(|m| m.name.as_str()).collect();
    let json_keys: Vec<String> = keys.iter().map(|k| json::json_key(k)).collect();
    let values: Vec<_> = members
        .iter()
        .map(|m| json::member_value(cx, m, quote!(value)))
        .collect();
    let variant_docs = members.iter().map(|m| {
        doc_attrs(
            m.traits.documentation.as_deref().or(cx
                .shape(&m.target)
                .traits
                .documentation
                .as_deref()),
        )
    });
    // Derived unless a member must be redacted; then a redacted variant shows its name only.
    let (derive_debug, debug_impl) = if sensitive::redacts_any(cx, shape, members) {
        let arms = members.iter().zip(&variants).map(|(m, variant)| {
            let variant_name = variant.to_string();
            if sensitive::redacts(cx, shape, m) {
                quote! {
                    Self::#variant(_) => f.debug_tuple(#variant_name).field(&::awsgen_runtime::__private::REDACTED).finish(),
                }
            } else {
                quote! {
                    Self::#variant(value) => f.debug_tuple(#variant_name).field(value).finish(),
                }
            }
        });
        let debug_impl = quote! {
            impl ::std::fmt::Debug for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    match self {
                        #(#arms)*
                        Self::Unknown(member) => f.debug_tuple("Unknown").field(member).finish(),
                        Self::__NonExhaustive(never) => never.unreachable(),
                    }
                }
            }
        };
        (TokenStream::new(), debug_impl)
    } else {
        (quote!(Debug,), TokenStream::new())
    };
    let mut out = quote! {
        #docs
        #[derive(#derive_debug Clone, PartialEq)]
        pub enum #name {
            #( #variant_docs #variants(#types), )*
            /// A member this model does not know; holds the member's name.
            Unknown(String),
            #[doc(hidden)]
            __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
        }

        impl ::std::default::Default for #name {
            fn default() -> Self {
                Self::Unknown(String::new())
            }
        }

        #debug_impl
    };
    out.extend(serde_attrs::union_impls(cx, shape, &variants));
    if cx.input_shapes.contains(&shape.id) {
        out.extend(quote! {
            impl ::awsgen_runtime::__private::json::SerializeJson for #name {
                fn write_json(&self, out: &mut String) {
                    let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
                    match self {
                        #( Self::#variants(value) => object.member(#json_keys, #values), )*
                        // An unknown member cannot be sent back: it has no value we know.
                        Self::Unknown(_) => {}
                        Self::__NonExhaustive(never) => never.unreachable(),
                    }
                    object.finish();
                }
            }
        });
        out.extend(validate::emit_union(cx, shape, members));
    }
    if cx.output_shapes.contains(&shape.id) {
        out.extend(quote! {
            impl ::awsgen_runtime::__private::json::DeserializeJson for #name {
                fn from_json(
                    value: &::awsgen_runtime::__private::json::Value,
                ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
                    let object = ::awsgen_runtime::__private::json::expect_object(value)?;
                    // Servers may tag a union with `__type`; it is not a member.
                    let mut set = object
                        .iter()
                        .filter(|(k, v)| !v.is_null() && k.as_str() != "__type");
                    let (Some((key, value)), None) = (set.next(), set.next()) else {
                        return Err(::awsgen_runtime::__private::json::DeserializeError::new(
                            "a union must have exactly one member set",
                        ));
                    };
                    Ok(match key.as_str() {
                        #( #keys => Self::#variants(
                            ::awsgen_runtime::__private::json::DeserializeJson::from_json(value)
                                .map_err(|e| e.in_member(#keys))?,
                        ), )*
                        other => Self::Unknown(other.to_string()),
                    })
                }
            }
        });
    }
    out
}
