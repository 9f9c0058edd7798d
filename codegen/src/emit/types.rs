//! Rust types for shapes and members, and the values of `@default`.

use super::{doc_attrs, Context};
use crate::analyze::DefaultValue;
use crate::model::{Member, Shape, ShapeKind};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// The Rust type of a value of shape `id` (never an `Option`).
pub fn value_type(cx: &Context, id: &str) -> TokenStream {
    let shape = cx.shape(id);
    match &shape.kind {
        ShapeKind::Blob => quote!(::awsgen_runtime::__private::Blob),
        ShapeKind::Boolean => quote!(bool),
        ShapeKind::String => quote!(String),
        ShapeKind::Byte => quote!(i8),
        ShapeKind::Short => quote!(i16),
        ShapeKind::Integer => quote!(i32),
        ShapeKind::Long => quote!(i64),
        ShapeKind::Float => quote!(f32),
        ShapeKind::Double => quote!(f64),
        // Arbitrary precision on the wire; i64/f64 cover what AWS JSON services send today.
        ShapeKind::BigInteger => quote!(i64),
        ShapeKind::BigDecimal => quote!(f64),
        ShapeKind::Timestamp => quote!(::awsgen_runtime::__private::DateTime),
        ShapeKind::Document => quote!(::awsgen_runtime::__private::Document),
        ShapeKind::List(m) => {
            let item = value_type(cx, &m.target);
            if shape.traits.sparse {
                quote!(Vec<Option<#item>>)
            } else {
                quote!(Vec<#item>)
            }
        }
        ShapeKind::Map { value, .. } => {
            let v = value_type(cx, &value.target);
            if shape.traits.sparse {
                quote!(::std::collections::HashMap<String, Option<#v>>)
            } else {
                quote!(::std::collections::HashMap<String, #v>)
            }
        }
        ShapeKind::Enum(_)
        | ShapeKind::IntEnum(_)
        | ShapeKind::Structure(_)
        | ShapeKind::Union(_) => {
            let name = cx.names.type_ident(&shape.id);
            quote!(#name)
        }
        ShapeKind::Unit | ShapeKind::Operation { .. } | ShapeKind::Other(_) => quote!(()),
    }
}

/// The field type of a member inside `container`: boxed when recursive, optional per
/// Smithy's nullability rules.
pub fn field_type(cx: &Context, container: &Shape, member: &Member) -> TokenStream {
    let mut ty = value_type(cx, &member.target);
    if cx.is_boxed(&container.id, &member.name) {
        ty = quote!(Box<#ty>);
    }
    if cx.is_optional(container, member) {
        quote!(Option<#ty>)
    } else {
        ty
    }
}

/// The value a non-optional field starts with: its `@default`, else the type's zero value.
pub fn default_expr(cx: &Context, container: &Shape, member: &Member) -> TokenStream {
    let facts = cx.member(&container.id, &member.name);
    if facts.optional {
        return quote!(None);
    }
    let value = match &facts.default {
        Some(default) => literal_for(cx, &member.target, &default.value),
        None => quote!(::std::default::Default::default()),
    };
    if facts.boxed {
        quote!(Box::new(#value))
    } else {
        value
    }
}

/// Whether [`default_expr`] is a plain `Copy` literal (a number or a bool), which a builder
/// reads with `unwrap_or(20)` rather than the lazy `unwrap_or_else(|| ..)` other values need.
pub fn default_is_plain_literal(cx: &Context, container: &Shape, member: &Member) -> bool {
    let facts = cx.member(&container.id, &member.name);
    if facts.optional || facts.boxed {
        return false;
    }
    let numeric = matches!(
        cx.shape(&member.target).kind,
        ShapeKind::Byte
            | ShapeKind::Short
            | ShapeKind::Integer
            | ShapeKind::Long
            | ShapeKind::Float
            | ShapeKind::Double
    );
    match facts.default.as_ref().map(|d| &d.value) {
        Some(DefaultValue::Boolean(_)) => true,
        Some(DefaultValue::Integer(_) | DefaultValue::Decimal(_)) => numeric,
        _ => false,
    }
}

/// A Rust expression for a `@default` value of shape `id`.
fn literal_for(cx: &Context, id: &str, v: &DefaultValue) -> TokenStream {
    let shape = cx.shape(id);
    match (&shape.kind, v) {
        (_, DefaultValue::Boolean(b)) => quote!(#b),
        (ShapeKind::Byte, DefaultValue::Integer(i)) => int_literal::<i8>(*i, "i8"),
        (ShapeKind::Short, DefaultValue::Integer(i)) => int_literal::<i16>(*i, "i16"),
        (ShapeKind::Integer, DefaultValue::Integer(i)) => int_literal::<i32>(*i, "i32"),
        (_, DefaultValue::Integer(i)) => int_literal::<i64>(*i, "i64"),
        (ShapeKind::Float, DefaultValue::Decimal(f)) => {
            let f = Literal::f32_unsuffixed(*f as f32);
            quote!(#f)
        }
        (_, DefaultValue::Decimal(f)) => {
            let f = Literal::f64_unsuffixed(*f);
            quote!(#f)
        }
        (_, DefaultValue::String(s)) => quote!(String::from(#s)),
        (_, DefaultValue::EnumValue(s)) => {
            let ty = value_type(cx, id);
            quote!(#ty::from(#s))
        }
        (_, DefaultValue::IntEnumValue(i)) => {
            let ty = value_type(cx, id);
            let i = int_literal::<i32>(*i, "i32");
            quote!(#ty::from(#i))
        }
        (_, DefaultValue::Timestamp(secs)) => {
            quote!(::awsgen_runtime::__private::DateTime::from_secs_f64(#secs).unwrap_or_default())
        }
        (_, DefaultValue::Blob(s)) => quote! {
            ::awsgen_runtime::__private::Blob::new(::awsgen_runtime::__private::json::base64_decode(#s).unwrap_or_default())
        },
        (_, DefaultValue::Document(text)) => {
            quote!(::awsgen_runtime::__private::json::document_from_str(#text))
        }
        // Empty lists and maps, and anything Smithy does not allow as a default.
        (_, DefaultValue::EmptyList | DefaultValue::EmptyMap | DefaultValue::Zero) => {
            quote!(::std::default::Default::default())
        }
    }
}

/// An integer literal of the type `suffix` names; a value that does not fit is 0 (the
/// closure stage reports such defaults).
fn int_literal<T: TryFrom<i64> + Into<i64> + Copy>(value: i64, suffix: &str) -> TokenStream {
    let i = T::try_from(value).ok().map_or(0, Into::into);
    // Plain literals: the field's type gives them theirs.
    let lit = match suffix {
        "i8" => Literal::i8_unsuffixed(i as i8),
        "i16" => Literal::i16_unsuffixed(i as i16),
        "i32" => Literal::i32_unsuffixed(i as i32),
        _ => Literal::i64_unsuffixed(i),
    };
    quote!(#lit)
}

/// `pub type TagList = Vec<Tag>;` for named list and map shapes, documented from the model.
pub fn emit_alias(cx: &Context, shape: &Shape) -> TokenStream {
    let name = cx.names.type_ident(&shape.id);
    let ty = value_type(cx, &shape.id);
    let docs = doc_attrs(shape.traits.documentation.as_deref());
    quote! {
        #docs
        pub type #name = #ty;
    }
}
