//! botocore keeps pagination, waiters and endpoint rules out of `service-2.json`, in files
//! beside it (`botocore/data/{service}/{version}/`). Reading them gives a botocore model what
//! its Smithy twin carries as traits.
//!
//! botocore's wheel ships `service-2.json` and `endpoint-rule-set-1.json` gzipped
//! (`.json.gz`) but `paginators-1.json` and `waiters-2.json` plain. Only plain `.json` is
//! read: the model itself must be decompressed to be read at all (as `models/check-all-services`
//! does), and a gzip decoder in every user's build is not worth one file.

use std::path::{Path, PathBuf};

use crate::json_value::Value;

use crate::diagnostic::{Diagnostic, Origin};
use crate::model::{local_name, Model};

/// The model file name the side files go with.
pub const MODEL_FILE: &str = "service-2.json";
pub const PAGINATORS_FILE: &str = "paginators-1.json";
pub const WAITERS_FILE: &str = "waiters-2.json";
pub const ENDPOINT_RULES_FILE: &str = "endpoint-rule-set-1.json";

/// The side files present beside a botocore `service-2.json` (none for another file name).
pub fn beside(model_path: &Path) -> Vec<PathBuf> {
    if model_path.file_name().and_then(|n| n.to_str()) != Some(MODEL_FILE) {
        return Vec::new();
    }
    let dir = model_path.parent().unwrap_or(Path::new("."));
    [PAGINATORS_FILE, WAITERS_FILE, ENDPOINT_RULES_FILE]
        .iter()
        .map(|name| dir.join(name))
        .filter(|p| p.is_file())
        .collect()
}

/// Reads the side files beside `model_path` into `model`. `display_name` is how messages name
/// the model file; a side file is named the same way, with its own file name.
pub fn apply(
    model: &mut Model,
    model_path: &Path,
    display_name: &str,
) -> Result<(), Vec<Diagnostic>> {
    let mut errors = Vec::new();
    for path in beside(model_path) {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let shown = match display_name.rsplit_once('/') {
            Some((dir, _)) => format!("{dir}/{name}"),
            None => name.to_string(),
        };
        let root = match read_json(&path, &shown) {
            Ok(root) => root,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let result = match name {
            PAGINATORS_FILE => apply_paginators(model, &root, &shown),
            WAITERS_FILE => apply_waiters(model, &root, &shown),
            _ => {
                model.service.endpoint_rules = Some(root.to_string());
                Ok(())
            }
        };
        errors.extend(result.err().into_iter().flatten());
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors
            .into_iter()
            .map(|message| Diagnostic {
                origin: Origin::Model,
                message,
            })
            .collect())
    }
}

fn read_json(path: &Path, shown: &str) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    crate::json_parse::parse(&text).map_err(|e| {
        format!(
            "{shown}: invalid JSON at line {}, column {}",
            e.line(),
            e.column()
        )
    })
}

/// The operation shape named `name`, or a message naming the side file and entry.
fn operation_id(model: &Model, name: &str, shown: &str, entry: &str) -> Result<String, String> {
    model
        .service
        .operations
        .iter()
        .find(|id| local_name(id) == name)
        .cloned()
        .ok_or_else(|| format!("{shown}: {entry}: the model has no operation {name}"))
}

fn apply_paginators(model: &mut Model, root: &Value, shown: &str) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();
    for (operation, pagination) in crate::pagination::parse_botocore(root, shown)? {
        let entry = format!("paginator {operation}");
        match operation_id(model, &operation, shown, &entry) {
            Ok(id) => {
                if let Some(shape) = model.shapes.get_mut(&id) {
                    shape.traits.paginated = Some(pagination);
                }
            }
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn apply_waiters(model: &mut Model, root: &Value, shown: &str) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();
    for (operation, waiter) in crate::waiters::parse_botocore(root, shown)? {
        let entry = format!("waiter {}", waiter.name);
        match operation_id(model, &operation, shown, &entry) {
            Ok(id) => {
                if let Some(shape) = model.shapes.get_mut(&id) {
                    shape.traits.waiters.push(waiter);
                }
            }
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}
