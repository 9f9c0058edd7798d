//! The JMESPath subset AWS waiters use, compiled at generation time into Rust over the
//! generated types: field paths (`Table.TableStatus`), one flatten projection
//! (`Destinations[].Status`), and `length(path) <op> `n`` comparisons. Anything else (filters,
//! `&&`, functions but `length`) is refused with the reason, and the waiter is listed as
//! skipped.

use proc_macro2::TokenStream;
use quote::quote;

use super::Context;
use crate::model::{Comparator, PathMatcher, ShapeKind};

/// A parsed expression of the subset.
#[derive(Debug, PartialEq)]
enum Expr {
    /// `A.B.C`
    Field(Vec<String>),
    /// `A.B[].C.D` (the part after `[]` may be empty).
    Projection(Vec<String>, Vec<String>),
    /// `length(expr) <op> `n``
    LengthCompare(Box<Expr>, &'static str, u64),
}

fn parse(text: &str) -> Result<Expr, String> {
    let text = text.trim();
    let unsupported =
        || format!("the JMESPath expression `{text}` is outside the supported subset");
    if let Some(rest) = text.strip_prefix("length(") {
        let (inner, tail) = rest.split_once(')').ok_or_else(unsupported)?;
        let inner = parse(inner)?;
        let tail = tail.trim();
        let ops = ["==", "!=", ">=", "<=", ">", "<"];
        let op = ops
            .iter()
            .find(|op| tail.starts_with(**op))
            .ok_or_else(unsupported)?;
        let literal = tail[op.len()..].trim();
        let n = literal
            .strip_prefix('`')
            .and_then(|l| l.strip_suffix('`'))
            .and_then(|l| l.trim().parse::<u64>().ok())
            .ok_or_else(unsupported)?;
        if matches!(inner, Expr::LengthCompare(..)) {
            return Err(unsupported());
        }
        return Ok(Expr::LengthCompare(Box::new(inner), op, n));
    }
    let fields = |part: &str| -> Result<Vec<String>, String> {
        if part.is_empty() {
            return Ok(Vec::new());
        }
        part.split('.')
            .map(|f| {
                let ok = !f.is_empty() && f.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                ok.then(|| f.to_string()).ok_or_else(unsupported)
            })
            .collect()
    };
    match text.split_once("[]") {
        Some((left, right)) => {
            let right = match right {
                "" => "",
                r => r.strip_prefix('.').ok_or_else(unsupported)?,
            };
            let left = fields(left)?;
            if left.is_empty() {
                return Err(unsupported());
            }
            Ok(Expr::Projection(left, fields(right)?))
        }
        None => Ok(Expr::Field(fields(text)?)),
    }
}

/// The Rust condition (a `bool` expression over `root`, an `&` of the shape `root_id`) for a
/// path matcher, or why it cannot be compiled.
pub fn compile(
    cx: &Context,
    root: TokenStream,
    root_id: &str,
    matcher: &PathMatcher,
) -> Result<TokenStream, String> {
    let expr = parse(&matcher.path)?;
    let expected = &matcher.expected;
    let path = &matcher.path;
    match (matcher.comparator, &expr) {
        (Comparator::StringEquals, Expr::Field(fields)) => {
            let (value, id) = field_path(cx, quote!(Some(#root)), root_id, fields)?;
            string_of(cx, &id, path)?;
            Ok(quote!(#value.is_some_and(|v| v.as_str() == #expected)))
        }
        (Comparator::BooleanEquals, Expr::Field(fields)) => {
            let expected = boolean(expected)?;
            let (value, id) = field_path(cx, quote!(Some(#root)), root_id, fields)?;
            if !matches!(cx.shape(&id).kind, ShapeKind::Boolean) {
                return Err(format!("`{path}` is not a boolean"));
            }
            Ok(quote!(#value.is_some_and(|v| *v == #expected)))
        }
        (Comparator::BooleanEquals, Expr::LengthCompare(inner, op, n)) => {
            let expected = boolean(expected)?;
            let len = length(cx, &root, root_id, inner, path)?;
            let op: TokenStream = op.parse().map_err(|_| format!("operator in `{path}`"))?;
            let n = *n as usize;
            Ok(quote!(#len.map(|n| n #op #n) == Some(#expected)))
        }
        (Comparator::AllStringEquals | Comparator::AnyStringEquals, _) => {
            let values = string_values(cx, &root, root_id, &expr, path)?;
            let test = if matcher.comparator == Comparator::AllStringEquals {
                // JMESPath: an empty projection matches no `all`.
                quote!(!values.is_empty() && values.iter().all(|v| *v == #expected))
            } else {
                quote!(values.iter().any(|v| *v == #expected))
            };
            Ok(quote!({
                let values: Vec<&str> = #values;
                #test
            }))
        }
        _ => Err(format!(
            "comparator {:?} does not apply to `{path}`",
            matcher.comparator
        )),
    }
}

fn boolean(expected: &str) -> Result<bool, String> {
    expected
        .parse::<bool>()
        .map_err(|_| format!("booleanEquals expects `{expected}`, not true or false"))
}

/// Checks that shape `id` is a string or string enum (read with `.as_str()`).
fn string_of(cx: &Context, id: &str, path: &str) -> Result<(), String> {
    match cx.shape(id).kind {
        ShapeKind::String | ShapeKind::Enum(_) => Ok(()),
        _ => Err(format!(
            "`{path}` is a {}, not a string",
            cx.shape(id).type_name()
        )),
    }
}

/// Walks `fields` from `start` (an `Option<&T>` of shape `id`): an `Option<&U>` and U's id.
fn field_path(
    cx: &Context,
    start: TokenStream,
    id: &str,
    fields: &[String],
) -> Result<(TokenStream, String), String> {
    let mut expr = start;
    let mut id = id.to_string();
    for name in fields {
        let shape = cx.shape(&id);
        let ShapeKind::Structure(members) = &shape.kind else {
            return Err(format!(
                "`{name}` is read from a {}, not a structure",
                shape.type_name()
            ));
        };
        let member = members
            .iter()
            .find(|m| &m.name == name)
            .ok_or(format!("{} has no member {name}", shape.name()))?;
        let field = cx.names.field(&shape.id, &member.name);
        let boxed = cx.is_boxed(&shape.id, &member.name);
        expr = match (cx.is_optional(shape, member), boxed) {
            (true, false) => quote!(#expr.and_then(|v| v.#field.as_ref())),
            (true, true) => quote!(#expr.and_then(|v| v.#field.as_deref())),
            (false, false) => quote!(#expr.map(|v| &v.#field)),
            (false, true) => quote!(#expr.map(|v| &*v.#field)),
        };
        id = member.target.clone();
    }
    Ok((expr, id))
}

/// A projection's list and its element: (`Option<&Vec<_>>`, an iterator adapter over the
/// list giving `&Element`, the element's id).
fn projection_list(
    cx: &Context,
    root: &TokenStream,
    root_id: &str,
    left: &[String],
) -> Result<(TokenStream, TokenStream, String), String> {
    let (list, id) = field_path(cx, quote!(Some(#root)), root_id, left)?;
    let shape = cx.shape(&id);
    let ShapeKind::List(member) = &shape.kind else {
        return Err(format!(
            "`{}` is a {}, not a list",
            left.join("."),
            shape.type_name()
        ));
    };
    // Sparse lists hold `Option`s; JMESPath projections drop nulls.
    let elements = if shape.traits.sparse {
        quote!(.iter().filter_map(|v| v.as_ref()))
    } else {
        quote!(.iter())
    };
    Ok((list, elements, member.target.clone()))
}

/// `Vec<&str>` of a projection (or a field path to a list of strings).
fn string_values(
    cx: &Context,
    root: &TokenStream,
    root_id: &str,
    expr: &Expr,
    path: &str,
) -> Result<TokenStream, String> {
    let (left, right) = match expr {
        Expr::Projection(left, right) => (left.as_slice(), right.as_slice()),
        Expr::Field(fields) => (fields.as_slice(), &[][..]),
        Expr::LengthCompare(..) => return Err(format!("`{path}` is not a list of strings")),
    };
    let (list, elements, element_id) = projection_list(cx, root, root_id, left)?;
    let (value, id) = field_path(cx, quote!(Some(v)), &element_id, right)?;
    string_of(cx, &id, path)?;
    Ok(quote!(
        #list.into_iter().flat_map(|l| l #elements).filter_map(|v| #value).map(|v| v.as_str()).collect()
    ))
}

/// `Option<usize>`: JMESPath's `length` of a list, map or string (`None` for null).
fn length(
    cx: &Context,
    root: &TokenStream,
    root_id: &str,
    expr: &Expr,
    path: &str,
) -> Result<TokenStream, String> {
    match expr {
        Expr::Field(fields) => {
            let (value, id) = field_path(cx, quote!(Some(#root)), root_id, fields)?;
            match cx.shape(&id).kind {
                ShapeKind::List(_) | ShapeKind::Map { .. } => Ok(quote!(#value.map(|v| v.len()))),
                ShapeKind::String => Ok(quote!(#value.map(|v| v.chars().count()))),
                _ => Err(format!(
                    "`{path}`: length of a {}",
                    cx.shape(&id).type_name()
                )),
            }
        }
        Expr::Projection(left, right) => {
            let (list, elements, element_id) = projection_list(cx, root, root_id, left)?;
            let (value, _) = field_path(cx, quote!(Some(v)), &element_id, right)?;
            Ok(quote!(#list.map(|l| l #elements.filter_map(|v| #value).count())))
        }
        Expr::LengthCompare(..) => Err(format!("`{path}`: length of a comparison")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_subset_aws_models_use() {
        let s = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            parse("Table.TableStatus"),
            Ok(Expr::Field(s(&["Table", "TableStatus"])))
        );
        assert_eq!(
            parse("TableDescriptions[].TableStatus"),
            Ok(Expr::Projection(
                s(&["TableDescriptions"]),
                s(&["TableStatus"])
            ))
        );
        assert_eq!(
            parse("length(MetricAlarms[]) > `0`"),
            Ok(Expr::LengthCompare(
                Box::new(Expr::Projection(s(&["MetricAlarms"]), vec![])),
                ">",
                0
            ))
        );
    }

    #[test]
    fn refuses_filters_and_conjunctions() {
        for path in [
            "length(A) > `0` && length(A[?S == 'X']) == length(A)",
            "A[?S == 'X']",
            "A[0].B",
            "contains(A, 'x')",
            "A..B",
        ] {
            let e = parse(path).unwrap_err();
            assert!(e.contains("outside the supported subset"), "{path}: {e}");
        }
    }
}
