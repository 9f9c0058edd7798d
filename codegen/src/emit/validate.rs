//! `validate()` for input shapes: required, length, range and pattern, nested, with paths.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::Context;
use crate::model::{Member, Shape, ShapeKind};

/// `validate()` and `validate_at()` of a structure, for its own `impl` block (empty when it
/// has nothing to check).
pub fn structure_methods(cx: &Context, shape: &Shape, members: &[Member]) -> TokenStream {
    let checks: Vec<TokenStream> = members
        .iter()
        .filter_map(|m| member_check(cx, shape, m))
        .collect();
    methods(cx, shape, quote! { #(#checks)* }, checks.is_empty())
}

pub fn emit_union(cx: &Context, shape: &Shape, members: &[Member]) -> TokenStream {
    let name = cx.names.type_ident(&shape.id);
    let arms: Vec<TokenStream> = members
        .iter()
        .filter_map(|m| {
            let variant = cx.names.union_variant(&shape.id, &m.name);
            let json_name = &m.name;
            let check = value_check(cx, m, shape.traits.sensitive, quote!(value))?;
            Some(quote! {
                Self::#variant(value) => {
                    let path = path.member(#json_name);
                    #check
                }
            })
        })
        .collect();
    let empty = arms.is_empty();
    let body = quote! {
        match self {
            #(#arms)*
            _ => {}
        }
    };
    let methods = methods(cx, shape, body, empty);
    if methods.is_empty() {
        return methods;
    }
    quote! {
        impl #name {
            #methods
        }
    }
}

fn methods(cx: &Context, shape: &Shape, body: TokenStream, empty: bool) -> TokenStream {
    let is_input = cx.operation_inputs.contains(&shape.id);
    let validate_fn = is_input.then(|| {
        quote! {
            /// Checks every constraint of the model (required members, lengths, ranges,
            /// patterns), nested members included, and reports every violation with its path.
            pub fn validate(&self) -> Result<(), ::awsgen_runtime::__private::ValidationErrors> {
                let mut errors = ::awsgen_runtime::__private::ValidationErrors::default();
                self.validate_at(&::awsgen_runtime::__private::validate::Path::Root, &mut errors);
                errors.into_result()
            }
        }
    });
    if empty && !is_input && !cx.needs_validation(&shape.id) {
        return TokenStream::new();
    }
    let (path_arg, errors_arg) = if empty {
        (quote!(_path), quote!(_errors))
    } else {
        (quote!(path), quote!(errors))
    };
    quote! {
        #validate_fn

        /// Validates this value as the member at `path`, adding violations to `errors`.
        #[doc(hidden)]
        pub fn validate_at(
            &self,
            #path_arg: &::awsgen_runtime::__private::validate::Path<'_>,
            #errors_arg: &mut ::awsgen_runtime::__private::ValidationErrors,
        ) {
            #body
        }
    }
}

/// The checks of one structure member, or `None` when it has nothing to check.
fn member_check(cx: &Context, shape: &Shape, m: &Member) -> Option<TokenStream> {
    let field = cx.names.field(&shape.id, &m.name);
    let json_name = &m.name;
    let facts = cx.member(&shape.id, &m.name);
    let value_check = value_check(cx, m, shape.traits.sensitive, quote!(value));
    if facts.optional {
        let missing = facts.required.then(|| quote!(errors.missing(&path)));
        let check = match (value_check, missing) {
            (Some(some_arm), Some(none_arm)) => quote! {
                match &self.#field {
                    Some(value) => { #some_arm }
                    None => #none_arm,
                }
            },
            (Some(some_arm), None) => quote! {
                if let Some(value) = &self.#field {
                    #some_arm
                }
            },
            (None, Some(none_arm)) => quote! {
                if self.#field.is_none() {
                    #none_arm;
                }
            },
            (None, None) => return None,
        };
        Some(quote! {
            {
                let path = path.member(#json_name);
                #check
            }
        })
    } else {
        let check = value_check?;
        Some(quote! {
            {
                let path = path.member(#json_name);
                let value = &self.#field;
                #check
            }
        })
    }
}

/// Checks for a value (an expression of reference type) of member `m`; `None` when nothing
/// applies. The constraints are the analysis's (the member's, else its target's). A value
/// that is sensitive (`within_sensitive`: its container is) is checked but never shown.
fn value_check(
    cx: &Context,
    m: &Member,
    within_sensitive: bool,
    value: TokenStream,
) -> Option<TokenStream> {
    let target = m.target.as_str();
    let shape = cx.shape(target);
    let t = &shape.traits;
    let sensitive = within_sensitive || m.traits.sensitive || t.sensitive;
    let shown = if sensitive {
        quote!(::awsgen_runtime::__private::sensitive::Sensitive(#value))
    } else {
        value.clone()
    };
    let shown_number = if sensitive {
        quote!(::awsgen_runtime::__private::sensitive::Sensitive(*#value))
    } else {
        quote!(*#value)
    };
    let constraints = &cx.member_of(m).constraints;
    let (length, range) = (constraints.length, constraints.range);
    let pattern = constraints.pattern.as_ref();
    let mut checks = Vec::new();
    // Plain literals (`Some(128)`, not `Some(128u64)`): the check's signature types them.
    let opt_u64 = |v: Option<u64>| match v {
        Some(v) => {
            let lit = Literal::u64_unsuffixed(v);
            quote!(Some(#lit))
        }
        None => quote!(None),
    };
    match &shape.kind {
        ShapeKind::String => {
            if let Some((min, max)) = length {
                let (min, max) = (opt_u64(min), opt_u64(max));
                checks.push(quote! {
                    errors.string_length(&path, #value, #min, #max);
                });
            }
            if let Some(p) = pattern {
                // A block per pattern: a map may check a key and a value pattern side by side.
                checks.push(quote! {
                    {
                        static PATTERN: ::awsgen_runtime::__private::validate::Pattern =
                            ::awsgen_runtime::__private::validate::Pattern::new(#p);
                        errors.pattern(&path, #shown, &PATTERN);
                    }
                });
            }
        }
        ShapeKind::Blob => {
            if let Some((min, max)) = length {
                let (min, max) = (opt_u64(min), opt_u64(max));
                checks.push(quote! {
                    errors.length(&path, #value.as_bytes().len(), #min, #max);
                });
            }
        }
        ShapeKind::Byte
        | ShapeKind::Short
        | ShapeKind::Integer
        | ShapeKind::Float
        | ShapeKind::Double
        | ShapeKind::BigDecimal => {
            if let Some((min, max)) = range {
                let bound = |v: Option<f64>| match v {
                    Some(v) => {
                        let lit = Literal::f64_unsuffixed(v);
                        quote!(Some(#lit))
                    }
                    None => quote!(None),
                };
                let (min, max) = (bound(min), bound(max));
                checks.push(quote! { errors.range(&path, #shown_number, #min, #max); });
            }
        }
        ShapeKind::Long | ShapeKind::BigInteger => {
            if let Some((min, max)) = range {
                let bound = |v: Option<f64>| match v {
                    Some(v) => {
                        let lit = Literal::i64_unsuffixed(v as i64);
                        quote!(Some(#lit))
                    }
                    None => quote!(None),
                };
                let (min, max) = (bound(min), bound(max));
                checks.push(quote! { errors.range_i64(&path, #shown_number, #min, #max); });
            }
        }
        ShapeKind::List(item) => {
            if let Some((min, max)) = length {
                let (min, max) = (opt_u64(min), opt_u64(max));
                checks.push(quote! { errors.length(&path, #value.len(), #min, #max); });
            }
            if let Some(inner) = value_check(cx, item, sensitive, quote!(item)) {
                let inner = if t.sparse {
                    quote! { if let Some(item) = item { #inner } }
                } else {
                    inner
                };
                checks.push(quote! {
                    for (index, item) in #value.iter().enumerate() {
                        let path = path.index(index);
                        #inner
                    }
                });
            }
        }
        ShapeKind::Map { key, value: val } => {
            if let Some((min, max)) = length {
                let (min, max) = (opt_u64(min), opt_u64(max));
                checks.push(quote! { errors.length(&path, #value.len(), #min, #max); });
            }
            let key_check = value_check(cx, key, sensitive, quote!(key));
            let val_check = value_check(cx, val, sensitive, quote!(item));
            // A sensitive key is not shown in the paths of its entry's violations either.
            let key_redacted = sensitive || super::sensitive::holds_sensitive(cx, key);
            let key_shown = if key_redacted {
                quote!(::awsgen_runtime::__private::REDACTED)
            } else {
                quote!(key)
            };
            if key_check.is_some() || val_check.is_some() {
                let val_check = match (val_check, t.sparse) {
                    (Some(c), true) => quote! { if let Some(item) = item { #c } },
                    (Some(c), false) => c,
                    (None, _) => TokenStream::new(),
                };
                // Bind only what the checks read: generated code compiles without warnings.
                let item = if val_check.is_empty() {
                    quote!(_)
                } else {
                    quote!(item)
                };
                let key_binding = if key_check.is_none() && key_redacted {
                    quote!(_)
                } else {
                    quote!(key)
                };
                let key_check = key_check.unwrap_or_default();
                checks.push(quote! {
                    for (#key_binding, #item) in #value.iter() {
                        let path = path.key(#key_shown);
                        #key_check
                        #val_check
                    }
                });
            }
        }
        ShapeKind::Structure(_) | ShapeKind::Union(_) if cx.needs_validation(target) => {
            checks.push(quote! { #value.validate_at(&path, errors); });
        }
        // Enum values are not checked: new values must flow through.
        _ => {}
    }
    if checks.is_empty() {
        None
    } else {
        Some(quote! { #(#checks)* })
    }
}
