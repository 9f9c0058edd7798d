//! The service client (`Athena`): a method per operation, each returning the operation's
//! fluent builder, which has the setters of the input's builder and `send()`.

use proc_macro2::TokenStream;
use quote::quote;

use super::builder::{self, SetterKind};
use super::{operation, types, Context};
use crate::model::{Shape, ShapeKind};
use crate::names;

/// The client struct, its constructors, and a method per operation.
pub fn emit_client(cx: &Context) -> TokenStream {
    let client_name = cx.names.client();
    let client = names::ident(client_name);
    let sdk_id = &cx.model.service.sdk_id;
    let doc = format!(
        " {sdk_id}: a method per operation, each returning a builder of its request; \
         `.send().await` makes the call."
    );
    let methods = cx.closure.operations.iter().map(|id| {
        let op = cx.shape(id);
        let op_names = cx.names.operation(id);
        let method = names::ident(&op_names.function);
        let fluent = names::ident(&op_names.fluent_builder);
        let docs = operation::docs(cx, op);
        let input = match &op.kind {
            ShapeKind::Operation {
                input: Some(id), ..
            } => {
                let ty = cx.names.type_ident(id);
                quote!(input: #ty::builder(),)
            }
            _ => TokenStream::new(),
        };
        quote! {
            #docs
            pub fn #method(&self) -> #fluent {
                #fluent { handle: self.handle.clone(), #input }
            }
        }
    });
    quote! {
        #[doc = #doc]
        ///
        /// Cheap to clone: clones share the [`Client`](::awsgen_runtime::Client)'s connection
        /// pool, credentials and retry quota. The builders its methods return own a clone, so
        /// their futures can be spawned.
        #[derive(Clone, Debug)]
        pub struct #client {
            handle: ::awsgen_runtime::__private::ServiceHandle,
        }

        impl #client {
            /// Calls the operations through `client`.
            pub fn new(client: ::awsgen_runtime::__private::Client) -> Self {
                #client { handle: client.into() }
            }

            /// A client configured from the environment and the shared config files, as
            /// [`Client::from_env`](::awsgen_runtime::Client::from_env) finds them. A problem
            /// found there (no region, an unreadable profile file) is returned by every call,
            /// as [`Error::Config`](::awsgen_runtime::Error::Config); [`Self::try_from_env`]
            /// returns it here instead.
            pub fn from_env() -> Self {
                #client { handle: ::awsgen_runtime::__private::ServiceHandle::from_env() }
            }

            /// Like [`Self::from_env`], failing now on a configuration problem.
            pub fn try_from_env() -> Result<Self, ::awsgen_runtime::__private::error::ConfigError> {
                ::awsgen_runtime::__private::Client::from_env().map(Self::new)
            }

            /// The runtime client the operations are called through, or the configuration
            /// error [`Self::from_env`] met.
            pub fn client(
                &self,
            ) -> Result<&::awsgen_runtime::__private::Client, &::awsgen_runtime::__private::error::ConfigError> {
                self.handle.get()
            }

            #(#methods)*
        }

        impl ::std::convert::From<::awsgen_runtime::__private::Client> for #client {
            fn from(client: ::awsgen_runtime::__private::Client) -> Self {
                #client::new(client)
            }
        }
    }
}

/// The fluent builder of one operation; `paginated` when it has a `{op}_pages` fn.
pub fn emit_fluent_builder(cx: &Context, op: &Shape, paginated: bool) -> TokenStream {
    let ShapeKind::Operation { input, output, .. } = &op.kind else {
        return TokenStream::new();
    };
    let client_name = cx.names.client();
    let op_names = cx.names.operation(&op.id);
    let fluent = names::ident(&op_names.fluent_builder);
    let op_fn = names::ident(&op_names.function);
    let error = names::ident(&op_names.error);
    let output_ty = match output {
        Some(id) => types::value_type(cx, id),
        None => quote!(::awsgen_runtime::__private::EmptyOutput),
    };
    let method = &op_names.function;
    let Some(input) = input else {
        let doc =
            format!(" The call [`{client_name}::{method}`] makes: it has no request members.");
        return quote! {
            #[doc = #doc]
            #[derive(Clone, Debug)]
            pub struct #fluent {
                handle: ::awsgen_runtime::__private::ServiceHandle,
            }

            impl #fluent {
                /// Makes the call.
                pub async fn send(self) -> Result<#output_ty, ::awsgen_runtime::__private::Error<#error>> {
                    #op_fn(self.handle.client()?).await
                }
            }
        };
    };
    let input_shape = cx.shape(input);
    let input_name = cx.names.type_name(input);
    let input_ty = cx.names.type_ident(input);
    let input_builder = cx.names.builder_ident(input);
    let members = match &input_shape.kind {
        ShapeKind::Structure(members) => members.as_slice(),
        _ => &[],
    };
    let fallible = cx.build_is_fallible(members);
    let setters = members.iter().map(|m| {
        let s = builder::setters(cx, input_shape, m);
        let (name, set_name, params, args, set_type) =
            (&s.name, &s.set_name, &s.params, &s.args, &s.set_type);
        let link = format!("[`{input_name}::{}`]", cx.names.field_name(input, &m.name));
        let doc = match s.kind {
            SetterKind::Sets => format!(" Sets {link}."),
            SetterKind::Appends => format!(" Appends one item to {link}."),
            SetterKind::Inserts => format!(" Inserts one entry into {link}."),
        };
        let set_doc = format!(" Sets or clears {link}.");
        quote! {
            #[doc = #doc]
            pub fn #name(mut self, #params) -> Self {
                self.input = self.input.#name(#args);
                self
            }

            #[doc = #set_doc]
            pub fn #set_name(mut self, value: #set_type) -> Self {
                self.input = self.input.#set_name(value);
                self
            }
        }
    });
    let (build, send_doc) = if fallible {
        (
            quote!(let input = self.input.build()?;),
            " Validates the request and makes the call. A required member left unset is an \
             [`Error::InvalidInput`](::awsgen_runtime::Error::InvalidInput) naming it; nothing \
             is sent.",
        )
    } else {
        (
            quote!(let input = self.input.build();),
            " Validates the request and makes the call.",
        )
    };
    let paginator = paginated.then(|| {
        let pages_fn = names::ident(&op_names.pages);
        let pages_ty = quote! {
            ::awsgen_runtime::__private::Pages<'static, #input_ty, #output_ty, #error>
        };
        if fallible {
            let doc = format!(
                " Every page of the call, as [`{}`] returns them. A required member left unset \
                 is the first and only item, an \
                 [`Error::InvalidInput`](::awsgen_runtime::Error::InvalidInput) naming it; \
                 nothing is sent.",
                op_names.pages
            );
            quote! {
                #[doc = #doc]
                pub fn into_paginator(self) -> #pages_ty {
                    match (self.handle.client(), self.input.build()) {
                        (Ok(client), Ok(input)) => #pages_fn(client, input),
                        (Err(e), _) => ::awsgen_runtime::__private::Pages::failed(e),
                        (_, Err(missing)) => ::awsgen_runtime::__private::Pages::failed(missing.into()),
                    }
                }
            }
        } else {
            let doc = format!(
                " Every page of the call, as [`{}`] returns them.",
                op_names.pages
            );
            quote! {
                #[doc = #doc]
                pub fn into_paginator(self) -> #pages_ty {
                    match self.handle.client() {
                        Ok(client) => #pages_fn(client, self.input.build()),
                        Err(e) => ::awsgen_runtime::__private::Pages::failed(e),
                    }
                }
            }
        }
    });
    let doc = format!(
        " The request [`{client_name}::{method}`] sends: the setters of [`{input_name}`]'s \
         builder, then [`send`](Self::send)."
    );
    quote! {
        #[doc = #doc]
        #[derive(Clone, Debug)]
        pub struct #fluent {
            handle: ::awsgen_runtime::__private::ServiceHandle,
            input: #input_builder,
        }

        impl #fluent {
            #(#setters)*

            #[doc = #send_doc]
            pub async fn send(self) -> Result<#output_ty, ::awsgen_runtime::__private::Error<#error>> {
                #build
                #op_fn(self.handle.client()?, input).await
            }

            #paginator
        }
    }
}
