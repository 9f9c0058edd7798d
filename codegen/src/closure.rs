//! Resolves what a set of operations needs: the operations, their input, output and error
//! shapes, and every shape those reach. Broken references are reported, not skipped.

use std::collections::BTreeSet;

use crate::diagnostic::{Diagnostic, Diagnostics, Origin};
use crate::model::{Member, Model, Shape, ShapeKind};

/// The shapes to generate for the requested operations.
#[derive(Debug, Default)]
pub struct Closure {
    /// Operation shape ids, in the order requested.
    pub operations: Vec<String>,
    /// Every shape reached (not operations, not prelude simple types), sorted by id.
    pub shapes: BTreeSet<String>,
}

/// Resolves the closure of the named operations (local names, as the macro takes them).
/// `file` names the model in messages.
pub fn resolve(model: &Model, names: &[String], file: &str) -> Result<Closure, Vec<Diagnostic>> {
    let mut diags = Diagnostics::default();
    let mut closure = Closure::default();
    for (i, name) in names.iter().enumerate() {
        let origin = Origin::Operation(i);
        let Some(op) = model.operation(name) else {
            diags.push(origin, unknown_operation(model, name, file));
            continue;
        };
        if closure.operations.contains(&op.id) {
            diags.push(origin, format!("operation {name} is named twice"));
            continue;
        }
        let ShapeKind::Operation {
            input,
            output,
            errors,
        } = &op.kind
        else {
            diags.push(
                origin,
                format!(
                    "{file}: {} is a {}, not an operation",
                    op.id,
                    op.type_name()
                ),
            );
            continue;
        };
        if let Some(member) = event_stream_member(model, op) {
            diags.push(
                origin,
                format!(
                    "{file}: operation {name} streams events ({member}); event streams are not \
                     supported by awsgen yet"
                ),
            );
            continue;
        }
        closure.operations.push(op.id.clone());
        let mut walker = Walker {
            model,
            file,
            origin,
            diags: &mut diags,
            seen: &mut closure.shapes,
        };
        for id in input.iter().chain(output).chain(errors) {
            walker.visit(id, &op.id);
        }
        for id in errors {
            if let Some(shape) = model.shape(id) {
                if shape.traits.error.is_none() {
                    diags.push(
                        origin,
                        format!(
                            "{file}: {} lists {id} as an error, but it has no @error trait",
                            op.id
                        ),
                    );
                }
            }
        }
    }
    diags.finish(closure)
}

/// The first input or output member of an operation that is an event stream (a `@streaming`
/// union) or a streaming blob, which awsJson request/response calls cannot carry.
pub fn event_stream_member(model: &Model, op: &Shape) -> Option<String> {
    let ShapeKind::Operation { input, output, .. } = &op.kind else {
        return None;
    };
    for id in input.iter().chain(output) {
        let Some(Shape {
            kind: ShapeKind::Structure(members),
            ..
        }) = model.shape(id)
        else {
            continue;
        };
        for m in members {
            if let Some(target) = model.shape(&m.target) {
                if target.traits.streaming || target.traits.event_stream {
                    return Some(format!("{}${}", crate::model::local_name(id), m.name));
                }
            }
        }
    }
    None
}

fn unknown_operation(model: &Model, name: &str, file: &str) -> String {
    let listed = model
        .service
        .operations
        .iter()
        .find(|id| crate::model::local_name(id) == name);
    if let Some(id) = listed {
        return format!(
            "{file}: service {} lists the operation {id}, but the model has no shape {id}",
            model.service.target_prefix
        );
    }
    let mut candidates: Vec<(usize, &str)> = model
        .operation_names()
        .into_iter()
        .map(|op| (edit_distance(&name.to_lowercase(), &op.to_lowercase()), op))
        .collect();
    candidates.sort();
    let near: Vec<&str> = candidates
        .iter()
        .filter(|(d, _)| *d <= name.len().max(3) / 2 + 1)
        .take(3)
        .map(|(_, n)| *n)
        .collect();
    let mut message = format!(
        "{file}: service {} has no operation named {name}",
        model.service.target_prefix
    );
    if !near.is_empty() {
        message.push_str(&format!("; did you mean {}?", near.join(", ")));
    }
    message
}

/// Levenshtein distance, for "did you mean".
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

struct Walker<'a> {
    model: &'a Model,
    file: &'a str,
    origin: Origin,
    diags: &'a mut Diagnostics,
    seen: &'a mut BTreeSet<String>,
}

impl Walker<'_> {
    fn visit(&mut self, id: &str, from: &str) {
        if self.seen.contains(id) {
            return;
        }
        let Some(shape) = self.model.shape(id) else {
            self.diags.push(
                self.origin,
                format!(
                    "{}: {from} refers to {id}, which is not in the model",
                    self.file
                ),
            );
            return;
        };
        self.seen.insert(id.to_string());
        let targets: Vec<(String, String)> = match &shape.kind {
            ShapeKind::List(m) => vec![(m.target.clone(), format!("{id}$member"))],
            ShapeKind::Map { key, value } => vec![
                (key.target.clone(), format!("{id}$key")),
                (value.target.clone(), format!("{id}$value")),
            ],
            ShapeKind::Structure(members) | ShapeKind::Union(members) => {
                for m in members {
                    self.check_default(m, &format!("{id}${}", m.name));
                }
                members
                    .iter()
                    .map(|m| (m.target.clone(), format!("{id}${}", m.name)))
                    .collect()
            }
            ShapeKind::Other(kind) => {
                self.diags.push(
                    self.origin,
                    format!(
                        "{}: {id} has type \"{kind}\", which the generator does not support \
                         (reached from {from})",
                        self.file
                    ),
                );
                Vec::new()
            }
            ShapeKind::Operation { .. } => {
                self.diags.push(
                    self.origin,
                    format!(
                        "{}: {from} refers to the operation {id} as a value",
                        self.file
                    ),
                );
                Vec::new()
            }
            _ => Vec::new(),
        };
        for (target, via) in targets {
            self.visit(&target, &via);
        }
    }
}

impl Walker<'_> {
    /// A numeric `@default` must fit the member's Rust type: it becomes a literal of that type.
    fn check_default(&mut self, member: &Member, at: &str) {
        let Some(value) = member.traits.default.as_ref().filter(|v| !v.is_null()) else {
            return;
        };
        let Some(target) = self.model.shape(&member.target) else {
            return; // reported when the target is visited
        };
        let fits = match &target.kind {
            ShapeKind::Byte => int_fits(value, i8::MIN.into(), i8::MAX.into()),
            ShapeKind::Short => int_fits(value, i16::MIN.into(), i16::MAX.into()),
            ShapeKind::Integer | ShapeKind::IntEnum(_) => {
                int_fits(value, i32::MIN.into(), i32::MAX.into())
            }
            ShapeKind::Long | ShapeKind::BigInteger => int_fits(value, i64::MIN, i64::MAX),
            ShapeKind::Float => value
                .as_f64()
                .is_some_and(|f| f.abs() <= f64::from(f32::MAX)),
            ShapeKind::Double | ShapeKind::BigDecimal => value.is_number(),
            _ => return,
        };
        if !fits {
            let problem = if value.is_number() {
                "is out of range for"
            } else {
                "is not a number, as needed by"
            };
            self.diags.push(
                self.origin,
                format!(
                    "{}: {at} has @default {value}, which {problem} its type {}",
                    self.file,
                    target.type_name()
                ),
            );
        }
    }
}

fn int_fits(value: &crate::json_value::Value, min: i64, max: i64) -> bool {
    value.as_i64().is_some_and(|i| (min..=max).contains(&i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_operation_listed_without_a_shape_is_named_as_such() {
        let model = r#"{"smithy":"2.0","shapes":{"a#S":{"type":"service",
            "operations":[{"target":"a#Op"}],"traits":{"aws.protocols#awsJson1_0":{}}}}}"#;
        let model = crate::smithy::parse(model, "m.json").unwrap();
        let err = resolve(&model, &["Op".to_string()], "m.json").unwrap_err();
        assert_eq!(
            err[0].message,
            "m.json: service S lists the operation a#Op, but the model has no shape a#Op"
        );
        assert_eq!(err[0].origin, Origin::Operation(0));
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("startsesion", "startsession"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
