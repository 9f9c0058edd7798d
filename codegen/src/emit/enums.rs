//! Enums: a variant per known value and `Unknown(String)` for values the model does not know,
//! so a service adding a value never breaks deserialization.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::{doc_attrs, serde_attrs, Context};
use crate::model::{EnumLiteral, Shape, ShapeKind};

pub fn emit(cx: &Context, shape: &Shape) -> TokenStream {
    let mut out = match &shape.kind {
        ShapeKind::Enum(values) => emit_string_enum(cx, shape, values),
        ShapeKind::IntEnum(values) => emit_int_enum(cx, shape, values),
        _ => return TokenStream::new(),
    };
    out.extend(redacted_debug(cx, shape));
    let name = cx.names.type_ident(&shape.id);
    out.extend(match &shape.kind {
        ShapeKind::IntEnum(_) => serde_attrs::int_enum_impls(cx, &name),
        _ => serde_attrs::string_enum_impls(cx, &name),
    });
    out
}

/// `Debug` for an enum: derived, or, for a `@sensitive` enum, one that shows no value.
fn derive_debug(shape: &Shape) -> TokenStream {
    if shape.traits.sensitive {
        TokenStream::new()
    } else {
        quote!(Debug,)
    }
}

fn redacted_debug(cx: &Context, shape: &Shape) -> TokenStream {
    if !shape.traits.sensitive {
        return TokenStream::new();
    }
    let name = cx.names.type_ident(&shape.id);
    quote! {
        impl ::std::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Debug::fmt(::awsgen_runtime::__private::REDACTED, f)
            }
        }
    }
}

fn emit_string_enum(
    cx: &Context,
    shape: &Shape,
    values: &[crate::model::EnumValue],
) -> TokenStream {
    let name = cx.names.type_ident(&shape.id);
    let docs = doc_attrs(shape.traits.documentation.as_deref());
    let variants = cx.names.enum_variants(&shape.id);
    let wire: Vec<String> = values
        .iter()
        .map(|v| match &v.value {
            EnumLiteral::String(s) => s.clone(),
            EnumLiteral::Int(i) => i.to_string(),
        })
        .collect();
    let variant_docs = values.iter().zip(&wire).map(|(v, w)| {
        let mut d = doc_attrs(v.documentation.as_deref());
        let text = format!(" `{w}`");
        if d.is_empty() {
            d = quote!(#[doc = #text]);
        }
        d
    });
    let type_name = cx.names.type_name(&shape.id);
    let unknown_doc = format!(" A value this model of `{type_name}` does not know, kept as sent.");
    let derive_debug = derive_debug(shape);
    quote! {
        #docs
        #[derive(#derive_debug Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name {
            #( #variant_docs #variants, )*
            #[doc = #unknown_doc]
            Unknown(String),
            #[doc(hidden)]
            __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
        }

        impl #name {
            /// The value as it appears on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#variants => #wire, )*
                    Self::Unknown(value) => value,
                    Self::__NonExhaustive(never) => never.unreachable(),
                }
            }

            /// Every value the model knows, in model order.
            pub const fn values() -> &'static [&'static str] {
                &[#(#wire),*]
            }
        }

        impl ::std::default::Default for #name {
            /// An empty unknown value: what a missing required member reads as.
            fn default() -> Self {
                Self::Unknown(String::new())
            }
        }

        impl ::std::convert::From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #( #wire => Self::#variants, )*
                    other => Self::Unknown(other.to_string()),
                }
            }
        }

        impl ::std::convert::From<String> for #name {
            fn from(value: String) -> Self {
                match Self::from(value.as_str()) {
                    Self::Unknown(_) => Self::Unknown(value),
                    known => known,
                }
            }
        }

        impl ::std::str::FromStr for #name {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::awsgen_runtime::__private::json::SerializeJson for #name {
            fn write_json(&self, out: &mut String) {
                ::awsgen_runtime::__private::json::write_string(out, self.as_str())
            }
        }

        impl ::awsgen_runtime::__private::json::DeserializeJson for #name {
            fn from_json(
                value: &::awsgen_runtime::__private::json::Value,
            ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
                <String as ::awsgen_runtime::__private::json::DeserializeJson>::from_json(value).map(Self::from)
            }
        }
    }
}

fn emit_int_enum(cx: &Context, shape: &Shape, values: &[crate::model::EnumValue]) -> TokenStream {
    let name = cx.names.type_ident(&shape.id);
    let docs = doc_attrs(shape.traits.documentation.as_deref());
    let variants = cx.names.enum_variants(&shape.id);
    let wire: Vec<Literal> = values
        .iter()
        .map(|v| Literal::i32_unsuffixed(v.value.as_i64().unwrap_or(0) as i32))
        .collect();
    let variant_docs = values.iter().map(|v| doc_attrs(v.documentation.as_deref()));
    let derive_debug = derive_debug(shape);
    quote! {
        #docs
        #[derive(#derive_debug Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name {
            #( #variant_docs #variants, )*
            /// A value this model does not know, kept as sent.
            Unknown(i32),
            #[doc(hidden)]
            __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
        }

        impl #name {
            /// The value as it appears on the wire.
            pub fn value(&self) -> i32 {
                match self {
                    #( Self::#variants => #wire, )*
                    Self::Unknown(value) => *value,
                    Self::__NonExhaustive(never) => never.unreachable(),
                }
            }
        }

        impl ::std::default::Default for #name {
            fn default() -> Self {
                Self::Unknown(0)
            }
        }

        impl ::std::convert::From<i32> for #name {
            fn from(value: i32) -> Self {
                match value {
                    #( #wire => Self::#variants, )*
                    other => Self::Unknown(other),
                }
            }
        }

        impl ::awsgen_runtime::__private::json::SerializeJson for #name {
            fn write_json(&self, out: &mut String) {
                ::awsgen_runtime::__private::json::SerializeJson::write_json(&self.value(), out)
            }
        }

        impl ::awsgen_runtime::__private::json::DeserializeJson for #name {
            fn from_json(
                value: &::awsgen_runtime::__private::json::Value,
            ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
                <i32 as ::awsgen_runtime::__private::json::DeserializeJson>::from_json(value).map(Self::from)
            }
        }
    }
}
