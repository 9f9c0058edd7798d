//! `wait_until_{waiter}`: one async fn per waiter of an operation (the model's
//! `smithy.waiters#waitable`, botocore's waiters-2.json, or the generator's Athena waiters),
//! polling the operation until an acceptor decides, with the runtime's Smithy backoff.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::{builder, doc_attrs, jmespath, types, Context};
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
                return Some(::awsgen_runtime::__private::waiter::AcceptorState::#state);
            }
        });
    }
    let succeeds_on_error = succeeds_on_error(waiter);
    let ok_ty = ok_type(waiter, &output_ty, &error_ty);
    let finish = if succeeds_on_error {
        quote!(Ok(done))
    } else {
        quote!(match done {
            ::awsgen_runtime::__private::FinalPoll::Output(output) => Ok(output),
            ::awsgen_runtime::__private::FinalPoll::Error(e) => {
                Err(::awsgen_runtime::__private::WaiterError::OperationFailed(e))
            }
        })
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
            client: &::awsgen_runtime::__private::Client,
            input: #input_ty,
            options: impl Into<::awsgen_runtime::__private::WaitOptions>,
        ) -> Result<#ok_ty, ::awsgen_runtime::__private::WaiterError<#output_ty, #error_ty>> {
            #keep_input
            let classify = move |result: &Result<#output_ty, ::awsgen_runtime::__private::Error<#error_ty>>| {
                #(#checks)*
                None
            };
            let done = ::awsgen_runtime::__private::waiter::wait_until(
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

/// A success reached through an error (TableNotExists) has no output to return.
fn succeeds_on_error(waiter: &Waiter) -> bool {
    waiter.acceptors.iter().any(|a| {
        a.state == AcceptorState::Success
            && matches!(a.matcher, Matcher::ErrorType(_) | Matcher::Success(false))
    })
}

/// What a waiter returns on success: the output, or the last result when an error can succeed.
fn ok_type(waiter: &Waiter, output_ty: &TokenStream, error_ty: &Ident) -> TokenStream {
    if succeeds_on_error(waiter) {
        quote!(::awsgen_runtime::__private::FinalPoll<#output_ty, #error_ty>)
    } else {
        quote!(#output_ty)
    }
}

/// The service client's waiter methods (`athena.wait_until_session_idle()`), one per
/// generated waiter, each returning a builder with the input's setters and `.wait(max)`.
pub fn emit_client_methods(cx: &Context, generated: &[(&Shape, Waiter)]) -> TokenStream {
    if generated.is_empty() {
        return TokenStream::new();
    }
    let client = names::ident(cx.names.client());
    let mut methods = TokenStream::new();
    let mut builders = TokenStream::new();
    for (op, waiter) in generated {
        let ShapeKind::Operation {
            input: Some(input),
            output: Some(output),
            ..
        } = &op.kind
        else {
            continue;
        };
        let op_names = cx.names.operation(&op.id);
        let error_ty = names::ident(&op_names.error);
        let output_ty = types::value_type(cx, output);
        let ok_ty = ok_type(waiter, &output_ty, &error_ty);
        let fn_name = fn_name(waiter);
        let free_fn = names::ident(&fn_name);
        let builder_name = format!("WaitUntil{}", names::type_name(&waiter.name));
        let builder_ty = names::ident(&builder_name);
        let input_shape = cx.shape(input);
        let input_builder = cx.names.builder_ident(input);
        let input_ty = cx.names.type_ident(input);
        let members = match &input_shape.kind {
            ShapeKind::Structure(members) => members.as_slice(),
            _ => &[],
        };
        let setters = members.iter().map(|m| {
            let s = builder::setters(cx, input_shape, m);
            let (name, set_name, params, args, set_type) =
                (&s.name, &s.set_name, &s.params, &s.args, &s.set_type);
            quote! {
                #[doc = " As the input's builder."]
                pub fn #name(mut self, #params) -> Self {
                    self.input = self.input.#name(#args);
                    self
                }

                #[doc = " As the input's builder."]
                pub fn #set_name(mut self, value: #set_type) -> Self {
                    self.input = self.input.#set_name(value);
                    self
                }
            }
        });
        let build = if cx.build_is_fallible(members) {
            quote!(let input = self.input.build().map_err(|e| {
                ::awsgen_runtime::__private::WaiterError::OperationFailed(e.into())
            })?;)
        } else {
            quote!(let input = self.input.build();)
        };
        let method_doc =
            format!(" Waits as [`{fn_name}`] does: set the request, then `.wait(max_wait).await`.");
        let builder_doc = format!(" The request of [`{client}::{fn_name}`], then `.wait`.");
        let method = names::ident(&fn_name);
        methods.extend(quote! {
            #[doc = #method_doc]
            pub fn #method(&self) -> #builder_ty {
                #builder_ty { handle: self.handle.clone(), input: #input_ty::builder() }
            }
        });
        builders.extend(quote! {
            #[doc = #builder_doc]
            #[derive(Clone, Debug)]
            pub struct #builder_ty {
                handle: ::awsgen_runtime::__private::ServiceHandle,
                input: #input_builder,
            }

            impl #builder_ty {
                #(#setters)*

                /// Polls until the waiter's acceptors decide, for at most `options` (a
                /// `Duration`, or a `WaitOptions`). A required member left unset is an
                /// `OperationFailed(Error::InvalidInput)`, a configuration problem
                /// `OperationFailed(Error::Config)`; nothing is sent.
                pub async fn wait(
                    self,
                    options: impl Into<::awsgen_runtime::__private::WaitOptions>,
                ) -> Result<#ok_ty, ::awsgen_runtime::__private::WaiterError<#output_ty, #error_ty>> {
                    let client = self.handle.client().map_err(
                        ::awsgen_runtime::__private::WaiterError::OperationFailed,
                    )?;
                    #build
                    #free_fn(client, input, options).await
                }
            }
        });
    }
    quote! {
        impl #client {
            #methods
        }
        #builders
    }
}
