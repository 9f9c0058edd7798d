//! `@sensitive` (botocore `"sensitive": true`): which values generated `Debug` impls,
//! `Display` impls and validation messages print as `awsgen_runtime::REDACTED`. What is
//! sensitive is decided by the analysis ([`MemberFacts::sensitive`], [`ErrorKind`]).
//!
//! [`MemberFacts::sensitive`]: crate::analyze::MemberFacts::sensitive
//! [`ErrorKind`]: crate::analyze::ErrorKind

use proc_macro2::TokenStream;
use quote::quote;

use super::Context;
use crate::model::{Member, Shape};

/// Whether member `m` of `container` is printed redacted: the container is sensitive, or the
/// member holds a sensitive value.
pub fn redacts(cx: &Context, container: &Shape, m: &Member) -> bool {
    container.traits.sensitive || cx.member(&container.id, &m.name).sensitive
}

/// Whether any member of `container` is printed redacted.
pub fn redacts_any(cx: &Context, container: &Shape, members: &[Member]) -> bool {
    members.iter().any(|m| redacts(cx, container, m))
}

/// Whether a member's value is sensitive, wherever it is printed.
pub fn holds_sensitive(cx: &Context, m: &Member) -> bool {
    cx.member_of(m).sensitive
}

/// Whether an error structure's message is sensitive: the message the response carried is
/// then kept out of the error's `Debug` and `Display` too, where its metadata would show it.
pub fn error_message_is_sensitive(cx: &Context, error: &Shape) -> bool {
    cx.shape_facts(&error.id)
        .and_then(|f| f.error)
        .is_some_and(|e| e.message_sensitive)
}

/// The `.field(..)` of a `debug_struct` for a member: its value, or the redaction text.
pub fn debug_field(name: &str, value: TokenStream, redacted: bool) -> TokenStream {
    if redacted {
        quote!(.field(#name, &::awsgen_runtime::__private::REDACTED))
    } else {
        quote!(.field(#name, #value))
    }
}
