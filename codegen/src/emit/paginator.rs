//! `{op}_pages`: a `Stream` of the responses of a `@paginated` operation, with `.page_size(n)`
//! where the model names a page-size member and `.items()` where it names the items member.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::types::value_type;
use super::Context;
use crate::model::{Member, Shape, ShapeKind};
use crate::names;

/// The traits of one input (or output) type already implemented: a shape shared by two
/// paginated operations gets one impl, and only when both name the same member.
#[derive(Default)]
pub struct Impls {
    page_size: BTreeMap<String, String>,
    items: BTreeMap<String, String>,
}

/// The pages fn of a paginated operation; `Err` says why it cannot be generated.
pub fn emit(cx: &Context, op: &Shape, impls: &mut Impls) -> Result<TokenStream, String> {
    let Some(own) = &op.traits.paginated else {
        return Ok(TokenStream::new());
    };
    let pagination = own.over(cx.model.service.paginated.as_ref());
    if let Some(reason) = &pagination.unsupported {
        return Err(reason.clone());
    }
    let ShapeKind::Operation {
        input: Some(input),
        output: Some(output),
        ..
    } = &op.kind
    else {
        return Err("the operation has no input or no output".to_string());
    };
    let (Some(input_token), Some(output_token)) =
        (&pagination.input_token, &pagination.output_token)
    else {
        return Err("no inputToken or outputToken".to_string());
    };
    let input_shape = cx.shape(input);
    let output_shape = cx.shape(output);
    let in_member = string_member(cx, input_shape, input_token)
        .map_err(|e| format!("inputToken {input_token}: {e}"))?;
    let out_member = string_member(cx, output_shape, output_token)
        .map_err(|e| format!("outputToken {output_token}: {e}"))?;
    let op_names = cx.names.operation(&op.id);
    let op_fn = names::ident(&op_names.function);
    let pages_fn = names::ident(&op_names.pages);
    let input_ty = cx.names.type_ident(&input_shape.id);
    let output_ty = cx.names.type_ident(&output_shape.id);
    let error_ty = names::ident(&op_names.error);
    let in_field = cx.names.field(&input_shape.id, &in_member.name);
    let out_field = cx.names.field(&output_shape.id, &out_member.name);
    let set = if cx.is_optional(input_shape, in_member) {
        quote!(input.#in_field = Some(token))
    } else {
        quote!(input.#in_field = token)
    };
    let get = if cx.is_optional(output_shape, out_member) {
        quote!(output.#out_field.as_ref())
    } else {
        quote!(Some(&output.#out_field))
    };
    let mut doc = format!(
        " Every page of [`{op_fn}`], as a `Stream` (or call `.next().await` in a loop): each \
         request carries the `{output_token}` of the previous response as `{input_token}`."
    );
    let mut extra = TokenStream::new();
    if let Some(size) = &pagination.page_size {
        if let Some(tokens) = page_size_impl(cx, input_shape, size, impls) {
            extra.extend(tokens);
            doc.push_str(&format!(" `.page_size(n)` sets `{size}`."));
        }
    }
    if let Some(items) = &pagination.items {
        if let Some(tokens) = items_impl(cx, output_shape, items, impls) {
            extra.extend(tokens);
            doc.push_str(&format!(" `.items()` streams each `{items}` entry."));
        }
    }
    Ok(quote! {
        #[doc = #doc]
        pub fn #pages_fn(
            client: &::awsgen_runtime::__private::Client,
            input: #input_ty,
        ) -> ::awsgen_runtime::__private::Pages<'static, #input_ty, #output_ty, #error_ty> {
            // Each page's call owns a clone of the client, so the pages can be moved to a task.
            let client = client.clone();
            ::awsgen_runtime::__private::Pages::new(
                input,
                move |input| {
                    let client = client.clone();
                    Box::pin(async move { #op_fn(&client, input).await })
                },
                |input, token| #set,
                |output| #get,
            )
        }
        #extra
    })
}

/// `impl PageSize` for the input, when the member is a top-level integer or long.
fn page_size_impl(
    cx: &Context,
    input: &Shape,
    member_name: &str,
    impls: &mut Impls,
) -> Option<TokenStream> {
    let member = member(input, member_name)?;
    let value = match cx.shape(&member.target).kind {
        ShapeKind::Integer => quote!(size),
        ShapeKind::Long => quote!(i64::from(size)),
        _ => return None,
    };
    if let Some(done) = impls.page_size.get(&input.id) {
        // Already implemented for another operation sharing this input: only if the same.
        return (done == member_name).then(TokenStream::new);
    }
    impls
        .page_size
        .insert(input.id.clone(), member_name.to_string());
    let ty = cx.names.type_ident(&input.id);
    let field = cx.names.field(&input.id, &member.name);
    let set = if cx.is_optional(input, member) {
        quote!(self.#field = Some(#value))
    } else {
        quote!(self.#field = #value)
    };
    Some(quote! {
        impl ::awsgen_runtime::__private::PageSize for #ty {
            fn set_page_size(&mut self, size: i32) {
                #set;
            }
        }
    })
}

/// `impl PageItems` for the output, when the items member is a top-level list.
fn items_impl(
    cx: &Context,
    output: &Shape,
    member_name: &str,
    impls: &mut Impls,
) -> Option<TokenStream> {
    let member = member(output, member_name)?;
    if !matches!(cx.shape(&member.target).kind, ShapeKind::List(_)) {
        return None;
    }
    if let Some(done) = impls.items.get(&output.id) {
        return (done == member_name).then(TokenStream::new);
    }
    impls
        .items
        .insert(output.id.clone(), member_name.to_string());
    let ty = cx.names.type_ident(&output.id);
    let field = cx.names.field(&output.id, &member.name);
    let list_ty = value_type(cx, &member.target);
    let get = if cx.is_optional(output, member) {
        quote!(self.#field)
    } else {
        quote!(Some(self.#field))
    };
    Some(quote! {
        impl ::awsgen_runtime::__private::PageItems for #ty {
            type Items = #list_ty;
            fn into_items(self) -> Option<Self::Items> {
                #get
            }
        }
    })
}

fn member<'a>(shape: &'a Shape, name: &str) -> Option<&'a Member> {
    let ShapeKind::Structure(members) = &shape.kind else {
        return None;
    };
    members.iter().find(|m| m.name == name)
}

fn string_member<'a>(cx: &Context, shape: &'a Shape, name: &str) -> Result<&'a Member, String> {
    if name.contains('.') {
        return Err("a nested token path is not supported".to_string());
    }
    let m = member(shape, name).ok_or(format!("{} has no member {name}", shape.name()))?;
    match cx.shape(&m.target).kind {
        ShapeKind::String => Ok(m),
        _ => Err(format!(
            "the token is a {}, not a string",
            cx.shape(&m.target).type_name()
        )),
    }
}
