//! The operation fn (its future): validate, fill idempotency tokens, serialize, and send through the
//! runtime client.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc_attrs, types, Context};
use crate::model::{Protocol, Service, Shape, ShapeKind};
use crate::names;

pub fn emit(cx: &Context, op: &Shape) -> TokenStream {
    let ShapeKind::Operation { input, output, .. } = &op.kind else {
        return TokenStream::new();
    };
    let op_names = cx.names.operation(&op.id);
    let fn_name = names::ident(&op_names.function);
    let error = names::ident(&op_names.error);
    let op_name = op.name();
    let client = cx.names.client();
    let method = &op_names.function;
    let output_ty = match output {
        Some(id) => types::value_type(cx, id),
        // The request id is all such an operation returns.
        None => quote!(::awsgen_runtime::__private::EmptyOutput),
    };
    let docs = match input {
        Some(id) => format!(
            " Sends a [`{}`] built beforehand: the call [`{client}::{method}`] makes.",
            cx.names.type_name(id)
        ),
        None => format!(" Makes the call [`{client}::{method}`] makes."),
    };
    let (input_param, prepare) = match input {
        Some(id) => {
            let ty = types::value_type(cx, id);
            let fill = token_fills(cx, id);
            let mutability = if fill.is_empty() {
                quote!()
            } else {
                quote!(mut)
            };
            (
                quote!(#mutability input: #ty),
                quote! {
                    if client.validates_input() {
                        input.validate().map_err(::awsgen_runtime::__private::Error::InvalidInput)?;
                    }
                    #fill
                    // Serialized once: every retry sends these same bytes.
                    let body = ::awsgen_runtime::__private::json::to_string(&input);
                },
            )
        }
        None => (quote!(), quote! { let body = String::from("{}"); }),
    };
    // A fn returning an `async move` block, not an `async fn`: rustc compiles the body of
    // every free `async fn` of a binary crate even when nothing calls it (not so for a block
    // inside a plain fn), so a crate that generates a whole service in place compiled all of
    // its unused operations, with their JSON and error code (about a quarter of its build,
    // BENCHMARKS.md).
    quote! {
        #[doc = #docs]
        pub fn #fn_name(
            client: &::awsgen_runtime::__private::Client,
            #input_param
        ) -> impl ::std::future::Future<
            Output = Result<#output_ty, ::awsgen_runtime::__private::Error<#error>>,
        > + Send + '_ {
            async move {
                static OPERATION: ::awsgen_runtime::__private::protocol::OperationSpec =
                    ::awsgen_runtime::__private::protocol::OperationSpec { service: &SERVICE, name: #op_name };
                #prepare
                client.call(&OPERATION, body).await
            }
        }
    }
}

/// The operation's documentation: the model's, the errors it can return, and where the AWS
/// API reference describes it.
pub fn docs(cx: &Context, op: &Shape) -> TokenStream {
    let op_names = cx.names.operation(&op.id);
    let error = &op_names.error;
    let mut docs = doc_attrs(op.traits.documentation.as_deref());
    if !op_names.errors.is_empty() {
        let list: Vec<String> = op_names
            .errors
            .iter()
            .map(|(_, variant)| format!("[`{error}::{variant}`]"))
            .collect();
        let text = format!(" Errors: {}.", list.join(", "));
        docs.extend(quote!(#[doc = ""] #[doc = #text]));
    }
    docs.extend(api_reference(&cx.model.service.sdk_id, op.name()));
    docs
}

/// Statements that fill unset `@idempotencyToken` members of the input with a fresh UUID v4.
fn token_fills(cx: &Context, input: &str) -> TokenStream {
    let shape = cx.shape(input);
    let ShapeKind::Structure(members) = &shape.kind else {
        return TokenStream::new();
    };
    let fills = members
        .iter()
        .filter(|m| {
            let facts = cx.member(&shape.id, &m.name);
            facts.idempotency_token && facts.optional
        })
        .map(|m| {
            let field = cx.names.field(&shape.id, &m.name);
            quote! {
                if input.#field.is_none() {
                    input.#field = Some(::awsgen_runtime::__private::idempotency_token());
                }
            }
        });
    quote!(#(#fills)*)
}

/// Whether the operation fills the member with a fresh UUID when unset.
pub fn is_idempotency_token(m: &crate::model::Member) -> bool {
    crate::analyze::is_idempotency_token(m)
}

/// The module-level `SERVICE` every operation fn of the invocation points at.
pub fn emit_service(service: &Service) -> TokenStream {
    let target_prefix = &service.target_prefix;
    let signing_name = &service.signing_name;
    let endpoint_prefix = &service.endpoint_prefix;
    let sdk_id = &service.sdk_id;
    let version = match service.protocol {
        Protocol::AwsJson1_0 => quote!(V1_0),
        Protocol::AwsJson1_1 => quote!(V1_1),
    };
    let rules = match &service.endpoint_rules {
        Some(text) => quote!(Some(#text)),
        None => quote!(None),
    };
    let doc = format!(
        " The {sdk_id} service, as its model describes it: protocol, signing name, endpoints."
    );
    quote! {
        #[doc = #doc]
        pub static SERVICE: ::awsgen_runtime::__private::protocol::ServiceSpec = ::awsgen_runtime::__private::protocol::ServiceSpec {
            target_prefix: #target_prefix,
            json_version: ::awsgen_runtime::__private::protocol::JsonVersion::#version,
            signing_name: #signing_name,
            endpoint_prefix: #endpoint_prefix,
            sdk_id: #sdk_id,
            endpoint_rules: #rules,
        };
    }
}

/// A rustdoc line naming the operation in the AWS API reference, linked where the
/// reference's address for the service is known.
fn api_reference(sdk_id: &str, op_name: &str) -> TokenStream {
    // The API reference lives under a per-service path that the model does not carry.
    let guide = match sdk_id {
        "Athena" => Some("athena"),
        "DynamoDB" => Some("amazondynamodb"),
        "Kinesis" => Some("kinesis"),
        "CloudWatch Logs" => Some("AmazonCloudWatchLogs"),
        _ => None,
    };
    let line = match guide {
        Some(guide) => format!(
            " AWS API reference: [{op_name}](https://docs.aws.amazon.com/{guide}/latest/APIReference/API_{op_name}.html)"
        ),
        None => format!(" AWS API reference: `{op_name}` ({sdk_id})."),
    };
    quote!(#[doc = ""] #[doc = #line])
}
