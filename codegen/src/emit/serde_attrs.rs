//! The serde opt-in (`Options::serde`): the derives and attributes a generated type gets, and
//! the hand-written impls for enums and unions, whose `Unknown` variants serde's derives cannot
//! express. Every function returns nothing when the option is off.
//!
//! Everything goes through `::awsgen_runtime::__private::serde` (the runtime's `serde` feature), so the
//! calling crate needs no serde dependency. The representations are documented in the
//! runtime's crate docs.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::Context;
use crate::model::{Member, Shape, ShapeKind};

const SERDE_CRATE: &str = "::awsgen_runtime::__private::serde";

/// `#[derive(Serialize, Deserialize)]` for a structure; missing members read as the
/// structure's `Default` gives them, as the wire reader does.
pub fn structure_derive(cx: &Context) -> TokenStream {
    if !cx.options.serde {
        return TokenStream::new();
    }
    quote! {
        #[derive(::awsgen_runtime::__private::serde::Serialize, ::awsgen_runtime::__private::serde::Deserialize)]
        #[serde(crate = #SERDE_CRATE, default)]
    }
}

/// A member's key (its wire name) and, for an `Option`, leaving it out when `None`.
pub fn member_attrs(cx: &Context, container: &Shape, member: &Member) -> TokenStream {
    if !cx.options.serde {
        return TokenStream::new();
    }
    let key = &cx.member(&container.id, &member.name).wire_name;
    if cx.is_optional(container, member) {
        quote!(#[serde(rename = #key, skip_serializing_if = "::std::option::Option::is_none")])
    } else {
        quote!(#[serde(rename = #key)])
    }
}

/// A modeled error's `meta` field: under `_meta`, a key no AWS member uses.
pub fn meta_attrs(cx: &Context) -> TokenStream {
    if !cx.options.serde {
        return TokenStream::new();
    }
    quote!(#[serde(rename = "_meta")])
}

/// An output's hidden request id: under `_requestId`, left out when there is none.
pub fn request_id_attrs(cx: &Context) -> TokenStream {
    if !cx.options.serde {
        return TokenStream::new();
    }
    quote! {
        #[serde(
            rename = "_requestId",
            skip_serializing_if = "::awsgen_runtime::__private::request_id::ResponseRequestId::is_none"
        )]
    }
}

/// A string enum as its model value; a value the model does not know reads as `Unknown` and
/// writes back unchanged.
pub fn string_enum_impls(cx: &Context, name: &Ident) -> TokenStream {
    value_enum_impls(
        cx,
        name,
        quote!(String),
        quote!(serialize_str(self.as_str())),
    )
}

/// An int enum as its model value, known or not.
pub fn int_enum_impls(cx: &Context, name: &Ident) -> TokenStream {
    value_enum_impls(cx, name, quote!(i32), quote!(serialize_i32(self.value())))
}

/// An enum written as its wire value (`write`, a `Serializer` call) and read back through
/// `From<wire>`, which maps values the model does not know to `Unknown`.
fn value_enum_impls(
    cx: &Context,
    name: &Ident,
    wire: TokenStream,
    write: TokenStream,
) -> TokenStream {
    if !cx.options.serde {
        return TokenStream::new();
    }
    quote! {
        impl ::awsgen_runtime::__private::serde::Serialize for #name {
            fn serialize<S: ::awsgen_runtime::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                serializer.#write
            }
        }

        impl<'de> ::awsgen_runtime::__private::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::awsgen_runtime::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                <#wire as ::awsgen_runtime::__private::serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from)
            }
        }
    }
}

/// A union as the model's tagged object, `{"Member": value}`. `Unknown(name)` writes
/// `{"name": null}` and any member the model does not know reads as `Unknown`, so a value
/// read from a newer service round-trips; `__type` is ignored and a `null` known member is
/// absent, as on the wire.
pub fn union_impls(cx: &Context, shape: &Shape, variants: &[Ident]) -> TokenStream {
    let ShapeKind::Union(members) = &shape.kind else {
        return TokenStream::new();
    };
    if !cx.options.serde {
        return TokenStream::new();
    }
    let name = cx.names.type_ident(&shape.id);
    // The keys the wire uses for union members: their names.
    let keys: Vec<&str> = members.iter().map(|m| m.name.as_str()).collect();
    let expecting = format!(
        "a {} union: an object with exactly one member set",
        shape.name()
    );
    quote! {
        impl ::awsgen_runtime::__private::serde::Serialize for #name {
            fn serialize<S: ::awsgen_runtime::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                use ::awsgen_runtime::__private::serde::ser::SerializeMap;
                let mut map = serializer.serialize_map(Some(1))?;
                match self {
                    #( Self::#variants(value) => map.serialize_entry(#keys, value)?, )*
                    Self::Unknown(member) => map.serialize_entry(member, &())?,
                    Self::__NonExhaustive(never) => never.unreachable(),
                }
                map.end()
            }
        }

        impl<'de> ::awsgen_runtime::__private::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::awsgen_runtime::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                use ::awsgen_runtime::__private::serde::de;
                struct UnionVisitor;
                impl<'de> de::Visitor<'de> for UnionVisitor {
                    type Value = #name;

                    fn expecting(
                        &self,
                        f: &mut ::std::fmt::Formatter<'_>,
                    ) -> ::std::fmt::Result {
                        f.write_str(#expecting)
                    }

                    fn visit_map<A: de::MapAccess<'de>>(
                        self,
                        mut map: A,
                    ) -> Result<#name, A::Error> {
                        let mut set: Option<#name> = None;
                        while let Some(key) = map.next_key::<String>()? {
                            let value = match key.as_str() {
                                "__type" => {
                                    map.next_value::<de::IgnoredAny>()?;
                                    continue;
                                }
                                #( #keys => match map.next_value()? {
                                    Some(value) => #name::#variants(value),
                                    None => continue,
                                }, )*
                                _ => {
                                    map.next_value::<de::IgnoredAny>()?;
                                    #name::Unknown(key)
                                }
                            };
                            if set.replace(value).is_some() {
                                return Err(<A::Error as de::Error>::custom(#expecting));
                            }
                        }
                        set.ok_or_else(|| <A::Error as de::Error>::custom(#expecting))
                    }
                }
                deserializer.deserialize_map(UnionVisitor)
            }
        }
    }
}

/// An error enum (an operation's or the service's) as `{code: error}`, `Unhandled` as
/// `{code: {"_meta": meta}}`; a code the enum does not list reads as `Unhandled`. The work is in
/// the runtime's `error_serde`; `codes[i]` is the code of `variants[i]`.
pub fn error_enum_impls(
    cx: &Context,
    name: &Ident,
    variants: &[Ident],
    codes: &[&str],
) -> TokenStream {
    if !cx.options.serde {
        return TokenStream::new();
    }
    let expecting = format!("a {name}: an object with one key, the error code");
    quote! {
        impl ::awsgen_runtime::__private::serde::Serialize for #name {
            fn serialize<S: ::awsgen_runtime::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                use ::awsgen_runtime::__private::error_serde;
                match self {
                    #( Self::#variants(e) => error_serde::serialize(serializer, #codes, e), )*
                    Self::Unhandled(meta) => error_serde::serialize_unhandled(serializer, meta),
                    Self::__NonExhaustive(never) => never.unreachable(),
                }
            }
        }

        impl<'de> ::awsgen_runtime::__private::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::awsgen_runtime::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                use ::awsgen_runtime::__private::error_serde;
                let (code, value) = error_serde::deserialize(deserializer, #expecting)?;
                match code.as_str() {
                    #( #codes => error_serde::from_value(value).map(Self::#variants), )*
                    _ => error_serde::unhandled_from_value(code, value).map(Self::Unhandled),
                }
            }
        }
    }
}
