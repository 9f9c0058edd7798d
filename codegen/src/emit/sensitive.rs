//! `@sensitive` (botocore `"sensitive": true`): which values generated `Debug` impls,
//! `Display` impls and validation messages print as `awsgen_runtime::REDACTED`.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use super::Context;
use crate::model::{Member, Shape, ShapeKind};

/// Whether member `m` of `container` is printed redacted: the container is sensitive, or the
/// member holds a sensitive value (see [`holds_sensitive`]).
pub fn redacts(cx: &Context, container: &Shape, m: &Member) -> bool {
    container.traits.sensitive || holds_sensitive(cx, m)
}

/// Whether any member of `container` is printed redacted.
pub fn redacts_any(cx: &Context, container: &Shape, members: &[Member]) -> bool {
    members.iter().any(|m| redacts(cx, container, m))
}

/// Whether a member's value is sensitive: the member or its target carries the trait, or the
/// target is a list or map whose items, keys or values do, at any depth. A structure or union
/// reached through a list or map is not: its own `Debug` redacts what it holds.
pub fn holds_sensitive(cx: &Context, m: &Member) -> bool {
    holds_sensitive_within(cx, m, &mut BTreeSet::new())
}

fn holds_sensitive_within<'a>(
    cx: &Context<'a>,
    m: &'a Member,
    seen: &mut BTreeSet<&'a str>,
) -> bool {
    let target = cx.shape(&m.target);
    if m.traits.sensitive || target.traits.sensitive {
        return true;
    }
    // A list or map that contains itself would otherwise loop.
    if !seen.insert(m.target.as_str()) {
        return false;
    }
    match &target.kind {
        ShapeKind::List(item) => holds_sensitive_within(cx, item, seen),
        ShapeKind::Map { key, value } => {
            holds_sensitive_within(cx, key, seen) || holds_sensitive_within(cx, value, seen)
        }
        _ => false,
    }
}

/// Whether an error structure's message is sensitive: the message the response carried is
/// then kept out of the error's `Debug` and `Display` too, where its metadata would show it.
pub fn error_message_is_sensitive(cx: &Context, error: &Shape) -> bool {
    let ShapeKind::Structure(members) = &error.kind else {
        return false;
    };
    error.traits.sensitive
        || members
            .iter()
            .any(|m| m.name.eq_ignore_ascii_case("message") && holds_sensitive(cx, m))
}

/// The `.field(..)` of a `debug_struct` for a member: its value, or the redaction text.
pub fn debug_field(name: &str, value: TokenStream, redacted: bool) -> TokenStream {
    if redacted {
        quote!(.field(#name, &::awsgen_runtime::REDACTED))
    } else {
        quote!(.field(#name, #value))
    }
}
