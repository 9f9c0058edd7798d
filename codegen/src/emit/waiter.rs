//! `wait_until_{waiter}`: one async fn per waiter of an operation (the model's
//! `smithy.waiters#waitable`, botocore's waiters-2.json, or the generator's Athena waiters),
//! polling the operation until an acceptor decides, with the runtime's Smithy backoff.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc_attrs, jmespath, types, Context};
use crate::model::{AcceptorState, Matcher, Shape, ShapeKind, Waiter};
use crate::names;

/// The waiters of an operation: modeled ones, else the generator's built-in ones for it.
pub fn waiters_of<'a>(cx: &Context, op: &'a Shape) -> Vec<std::borrow::Cow<'a, Waiter>> {
    if !op.traits.waiters.is_empty() {
        return op
            .traits
            .waiters
            .iter()
            .map(std::borrow::Cow::Borrowed)
            .collect();
    }
    crate::waiters::builtin(&cx.model.service.sdk_id)
        .into_iter()
        .filter(|(operation, _)| *operation == op.name())
        .map(|(_, w)| std::borrow::Cow::Owned(w))
        .collect()
}

/// The generated fn name of a waiter: `wait_until_table_exists`.
pub fn fn_name(waiter: &Waiter) -> String {
    format!("wait_until_{}", names::snake_name(&waiter.name))
}

/// One waiter's fn; `Err` says why it cannot be generated.
pub fn emit(cx: &Context, op: &Shape, waiter: &Waiter) -> Result<TokenStream, String> {
    let ShapeKind::Operation {
        input: Some(input),
        output: Some(output),
        ..
    } = &op.kind
    else {
        return Err("the operation has no input or no output".to_string());
    };
    let op_names = cx.names.operation(&op.id);
    let op_fn = names::ident(&op_names.function);
    let error_ty = names::ident(&op_names.error);
    let input_ty = types::value_type(cx, input);
    let output_ty = types::value_type(cx, output);
    let output_id = cx.shape(output).id.clone();
    let input_id = cx.shape(input).id.clone();
    let mut uses_input = false;
    let mut checks = Vec::new();
    for (i, acceptor) in waiter.acceptors.iter().enumerate() {
        let condition = match &acceptor.matcher {
            Matcher::Output(path) => {
                let test = jmespath::compile(cx, quote!(output), &output_id, path)
                    .map_err(|e| format!("acceptor {i}: {e}"))?;
                quote!(result.as_ref().ok().is_some_and(|output| #test))
            }
            Matcher::InputOutput(path) => {
                uses_input = true;
                let (root_name, rest) = path.path.split_once('.').unwrap_or((&path.path, ""));
                let (root, root_id) = match root_name {
                    "input" => (quote!(&waiting_input), &input_id),
                    "output" => (quote!(output), &output_id),
                    _ => {
                        return Err(format!(
                            "acceptor {i}: an inputOutput path starts with input or output"
                        ))
                    }
                };
                let inner = crate::model::PathMatcher {
                    path: rest.to_string(),
                    ..path.clone()
                };
                let test = jmespath::compile(cx, root, root_id, &inner)
                    .map_err(|e| format!("acceptor {i}: {e}"))?;
                quote!(result.as_ref().ok().is_some_and(|output| { let _ = &output; #test }))
            }
            Matcher::Success(true) => quote!(result.is_ok()),
            Matcher::Success(false) => quote!(result.is_err()),
            Matcher::ErrorType(code) => {
                quote!(result.as_ref().err().and_then(|e| e.code()) == Some(#code))
            }
            Matcher::Unsupported(reason) => return Err(format!("acceptor {i}: {reason}")),
        };
        let state = match acceptor.state {
            AcceptorState::Success => quote!(Success),
            AcceptorState::Failure => quote!(Failure),
            AcceptorState::Retry => quote!(Retry),
        };
        checks.push(quote! {
            if #condition {
                return Some(::awsgen_runtime::waiter::AcceptorState::#state);
            }
        });
    }
    // A success reached through an error (TableNotExists) has no output to return.
    let succeeds_on_error = waiter.acceptors.iter().any(|a| {
        a.state == AcceptorState::Success
            && matches!(a.matcher, Matcher::ErrorType(_) | Matcher::Success(false))
    });
    let (ok_ty, finish) = if succeeds_on_error {
        (
            quote!(::awsgen_runtime::FinalPoll<#output_ty, #error_ty>),
            quote!(Ok(done)),
        )
    } else {
        (
            quote!(#output_ty),
            quote!(match done {
                ::awsgen_runtime::FinalPoll::Output(output) => Ok(output),
                ::awsgen_runtime::FinalPoll::Error(e) => {
                    Err(::awsgen_runtime::WaiterError::OperationFailed(e))
                }
            }),
        )
    };
    let keep_input = if uses_input {
        quote!(let waiting_input = input.clone();)
    } else {
        quote!()
    };
    let name = names::ident(&fn_name(waiter));
    let docs = doc_attrs(waiter.documentation.as_deref());
    let summary = format!(
        " Calls [`{op_fn}`] until the `{}` waiter's acceptors decide (first after {} s, then \
         backing off up to {} s), for at most the maximum wait in `options` (a `Duration`, or \
         a `WaitOptions` to change the delays too).",
        waiter.name, waiter.min_delay, waiter.max_delay
    );
    let returns = if succeeds_on_error {
        " Returns the last call's result, an output or the error the success acceptor matched."
    } else {
        " Returns the output that matched the success acceptor."
    };
    let deprecated = if waiter.deprecated {
        quote!(#[deprecated])
    } else {
        quote!()
    };
    let (min_delay, max_delay) = (waiter.min_delay, waiter.max_delay);
    Ok(quote! {
        #docs
        #[doc = ""]
        #[doc = #summary]
        #[doc = #returns]
        #deprecated
        pub async fn #name(
            client: &::awsgen_runtime::Client,
            input: #input_ty,
            options: impl Into<::awsgen_runtime::WaitOptions>,
        ) -> Result<#ok_ty, ::awsgen_runtime::WaiterError<#output_ty, #error_ty>> {
            #keep_input
            let classify = move |result: &Result<#output_ty, ::awsgen_runtime::Error<#error_ty>>| {
                #(#checks)*
                None
            };
            let done = ::awsgen_runtime::waiter::wait_until(
                (
                    ::std::time::Duration::from_secs(#min_delay),
                    ::std::time::Duration::from_secs(#max_delay),
                ),
                options.into(),
                || #op_fn(client, input.clone()),
                classify,
            )
            .await?;
            #finish
        }
    })
}
