//! `SerializeJson` and `DeserializeJson` impls for structures: member names are the JSON keys.

use proc_macro2::TokenStream;
use quote::quote;

use super::Context;
use crate::model::{Member, Shape, TimestampFormat};

/// What `object.field` is given for a member whose value is the `&T` expression `value`:
/// the value itself, or for a timestamp written as text, the value wrapped to write that
/// format.
pub fn member_value(cx: &Context, m: &Member, value: TokenStream) -> TokenStream {
    let format = match cx.member_of(m).timestamp_format {
        Some(TimestampFormat::DateTime) => quote!(DateTime),
        Some(TimestampFormat::HttpDate) => quote!(HttpDate),
        Some(TimestampFormat::EpochSeconds) | None => return value,
    };
    quote! {
        &::awsgen_runtime::__private::json::FormattedTimestamp(
            #value,
            ::awsgen_runtime::__private::json::TimestampFormat::#format,
        )
    }
}

/// A member's key as `ObjectWriter::member` takes it: the name as a JSON string, then `:`.
pub fn json_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len() + 3);
    // Writing to a String cannot fail.
    let _ = crate::json_value::write_string(&mut key, name);
    key.push(':');
    key
}

pub fn emit_structure_serialize(cx: &Context, shape: &Shape, members: &[Member]) -> TokenStream {
    let name = cx.names.type_ident(&shape.id);
    let writes = members.iter().map(|m| {
        let field = cx.names.field(&shape.id, &m.name);
        let key = json_key(&cx.member(&shape.id, &m.name).wire_name);
        let timestamp_text = cx
            .member_of(m)
            .timestamp_format
            .is_some_and(|f| f != TimestampFormat::EpochSeconds);
        if cx.is_optional(shape, m) && !timestamp_text {
            quote! { object.optional_member(#key, self.#field.as_ref()); }
        } else if cx.is_optional(shape, m) {
            let value = member_value(cx, m, quote!(value));
            quote! {
                if let Some(value) = &self.#field {
                    object.member(#key, #value);
                }
            }
        } else {
            let value = member_value(cx, m, quote!(&self.#field));
            quote! { object.member(#key, #value); }
        }
    });
    let allow_deprecated = members
        .iter()
        .any(|m| m.traits.deprecated)
        .then(|| quote!(#[allow(deprecated)]));
    // An empty structure writes `{}` without touching the writer in between.
    let mutability = (!members.is_empty()).then(|| quote!(mut));
    quote! {
        #allow_deprecated
        impl ::awsgen_runtime::__private::json::SerializeJson for #name {
            fn write_json(&self, out: &mut String) {
                let #mutability object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
                #(#writes)*
                object.finish();
            }
        }
    }
}

pub fn emit_structure_deserialize(cx: &Context, shape: &Shape, members: &[Member]) -> TokenStream {
    let name = cx.names.type_ident(&shape.id);
    let arms = members.iter().map(|m| {
        let field = cx.names.field(&shape.id, &m.name);
        let key = &cx.member(&shape.id, &m.name).wire_name;
        // `member` reads an `Option` field as `Some`: `read_structure` skips `null`.
        quote! { #key => out.#field = member(value, key)?, }
    });
    let allow_deprecated = members
        .iter()
        .any(|m| m.traits.deprecated)
        .then(|| quote!(#[allow(deprecated)]));
    let body = if members.is_empty() {
        quote! {
            ::awsgen_runtime::__private::json::expect_object(value)?;
            Ok(Self::default())
        }
    } else {
        // The loop is the runtime's (missing members keep their defaults, `null` is skipped).
        quote! {
            use ::awsgen_runtime::__private::json_structure::{member, read_structure};
            read_structure(value, |out: &mut Self, key, value| {
                match key {
                    #(#arms)*
                    _ => {}
                }
                Ok(())
            })
        }
    };
    let request_id_hook = super::output::is_output(cx, shape).then(super::output::deserialize_hook);
    quote! {
        #allow_deprecated
        impl ::awsgen_runtime::__private::json::DeserializeJson for #name {
            fn from_json(
                value: &::awsgen_runtime::__private::json::Value,
            ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
                #body
            }

            #request_id_hook
        }
    }
}
