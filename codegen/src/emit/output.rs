//! What an operation's output structure carries besides its members: the request id of the
//! response it was read from (`x-amzn-RequestId`), behind `awsgen_runtime::RequestId`, as the
//! AWS SDK for Rust offers it.
//!
//! The id lives in a hidden `_request_id` field of type `ResponseRequestId`, which compares
//! equal to every other: `PartialEq` stays the comparison of the members, `Default` and
//! builders give no id, and struct literals keep working with `..Default::default()`.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::Context;
use crate::model::Shape;

/// Whether `shape` is the output of a generated operation.
pub fn is_output(cx: &Context, shape: &Shape) -> bool {
    cx.operation_outputs.contains(&shape.id)
}

/// The hidden field, for the struct declaration.
pub fn field() -> TokenStream {
    quote! {
        #[doc(hidden)]
        pub _request_id: ::awsgen_runtime::__private::request_id::ResponseRequestId,
    }
}

/// The field's initializer in `Default` and `build()`: no id.
pub fn field_default() -> TokenStream {
    quote!(_request_id: ::std::default::Default::default(),)
}

/// The hook of `DeserializeJson` the client calls with the response's id.
pub fn deserialize_hook() -> TokenStream {
    quote! {
        fn set_request_id(&mut self, id: Option<String>) {
            self._request_id = ::awsgen_runtime::__private::request_id::ResponseRequestId::new(id);
        }
    }
}

/// `impl RequestId`, for an output (`from_field`) or a modeled error (its metadata's id).
pub fn impl_request_id(name: &Ident, from_field: bool) -> TokenStream {
    let id = if from_field {
        quote!(self._request_id.get())
    } else {
        quote!(self.meta.request_id.as_deref())
    };
    quote! {
        impl ::awsgen_runtime::__private::RequestId for #name {
            fn request_id(&self) -> Option<&str> {
                #id
            }
        }
    }
}
