//! `{op}_pages`: a `Stream` of the responses of a `@paginated` operation.

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;

use super::Context;
use crate::model::{Member, Shape, ShapeKind};
use crate::names;

/// The pages fn, when the operation is paginated by top-level string tokens.
pub fn emit(cx: &Context, op: &Shape) -> TokenStream {
    let ShapeKind::Operation {
        input: Some(input),
        output: Some(output),
        ..
    } = &op.kind
    else {
        return TokenStream::new();
    };
    let Some(trait_value) = &op.traits.paginated else {
        return TokenStream::new();
    };
    // The operation's values override the service's defaults.
    let setting = |key: &str| -> Option<&str> {
        trait_value
            .get(key)
            .or_else(|| cx.model.service.paginated.as_ref().and_then(|p| p.get(key)))
            .and_then(Value::as_str)
    };
    let (Some(input_token), Some(output_token)) = (setting("inputToken"), setting("outputToken"))
    else {
        return TokenStream::new();
    };
    let input_shape = cx.shape(input);
    let output_shape = cx.shape(output);
    let (Some(in_member), Some(out_member)) = (
        string_member(cx, input_shape, input_token),
        string_member(cx, output_shape, output_token),
    ) else {
        // Nested token paths and non-string tokens (DynamoDB's maps) are walked by hand.
        return TokenStream::new();
    };
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
    let doc = format!(
        " Every page of [`{op_fn}`], as a `Stream` (or call `.next().await` in a loop): each \
         request carries the `{output_token}` of the previous response as `{input_token}`."
    );
    quote! {
        #[doc = #doc]
        pub fn #pages_fn(
            client: &::awsgen_runtime::Client,
            input: #input_ty,
        ) -> ::awsgen_runtime::Pages<'_, #input_ty, #output_ty, #error_ty> {
            ::awsgen_runtime::Pages::new(
                input,
                move |input| Box::pin(#op_fn(client, input)),
                |input, token| #set,
                |output| #get,
            )
        }
    }
}

fn string_member<'a>(cx: &Context, shape: &'a Shape, name: &str) -> Option<&'a Member> {
    let ShapeKind::Structure(members) = &shape.kind else {
        return None;
    };
    members
        .iter()
        .find(|m| m.name == name)
        .filter(|m| matches!(cx.shape(&m.target).kind, ShapeKind::String))
}
