//! Pagination as a typed value: Smithy's `@paginated` and botocore's `paginators-1.json`.

use crate::json_value::Value;

use crate::model::Pagination;

/// The value of `smithy.api#paginated` (on an operation or, as defaults, on the service).
pub fn parse_smithy(v: &Value) -> Result<Pagination, String> {
    let obj = v.as_object().ok_or("@paginated is not an object")?;
    let field = |key: &str| match obj.get(key) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(format!("@paginated {key} is not a string")),
    };
    Ok(Pagination {
        input_token: field("inputToken")?,
        output_token: field("outputToken")?,
        page_size: field("pageSize")?,
        items: field("items")?,
        unsupported: None,
    })
}

/// botocore's `paginators-1.json`: (operation name, pagination) pairs. Messages name `file`
/// and the entry at fault.
pub fn parse_botocore(root: &Value, file: &str) -> Result<Vec<(String, Pagination)>, Vec<String>> {
    let Some(entries) = root.get("pagination").and_then(Value::as_object) else {
        return Err(vec![format!("{file}: no top-level \"pagination\" object")]);
    };
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (operation, entry) in entries {
        match parse_botocore_entry(entry) {
            Ok(p) => out.push((operation.clone(), p)),
            Err(e) => errors.push(format!("{file}: paginator {operation}: {e}")),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn parse_botocore_entry(entry: &Value) -> Result<Pagination, String> {
    let obj = entry.as_object().ok_or("not an object")?;
    let mut unsupported = Vec::new();
    // A key is a string, or a list of strings (several tokens or result keys at once).
    let mut one = |key: &str| -> Result<Option<String>, String> {
        match obj.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(Value::Array(list)) => {
                let names: Option<Vec<&str>> = list.iter().map(Value::as_str).collect();
                let names = names.ok_or(format!("{key} is not a string or list of strings"))?;
                match names[..] {
                    [only] => Ok(Some(only.to_string())),
                    _ => {
                        unsupported.push(format!("{key} names {}", names.join(", ")));
                        Ok(None)
                    }
                }
            }
            Some(_) => Err(format!("{key} is not a string or list of strings")),
        }
    };
    let input_token = one("input_token")?;
    let output_token = one("output_token")?;
    let page_size = one("limit_key")?;
    let items = one("result_key")?;
    // Several result keys only lose `.items()`; several tokens cannot be walked.
    let unsupported: Vec<String> = unsupported
        .into_iter()
        .filter(|u| !u.starts_with("result_key"))
        .collect();
    if input_token.is_none() && output_token.is_none() && unsupported.is_empty() {
        return Err("no input_token and output_token".to_string());
    }
    Ok(Pagination {
        input_token,
        output_token,
        page_size,
        items,
        unsupported: (!unsupported.is_empty())
            .then(|| format!("several tokens at once ({})", unsupported.join("; "))),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn botocore_keys_map_onto_smithy_names() {
        let v: Value = crate::json_parse::parse(
            r#"{"pagination":{"ListX":{"input_token":"NextToken","output_token":"NextToken","limit_key":"MaxResults","result_key":"Items"},
               "ListY":{"input_token":["A","B"],"output_token":["A","B"],"result_key":["C","D"]}}}"#,
        )
        .unwrap();
        let pairs = parse_botocore(&v, "paginators-1.json").unwrap();
        assert_eq!(
            pairs[0].1,
            Pagination {
                input_token: Some("NextToken".into()),
                output_token: Some("NextToken".into()),
                page_size: Some("MaxResults".into()),
                items: Some("Items".into()),
                unsupported: None,
            }
        );
        assert_eq!(
            pairs[1].1.unsupported.as_deref(),
            Some("several tokens at once (input_token names A, B; output_token names A, B)")
        );
    }

    #[test]
    fn bad_entries_name_the_file_and_the_paginator() {
        let v: Value =
            crate::json_parse::parse(r#"{"pagination":{"ListX":{"input_token":5}}}"#).unwrap();
        assert_eq!(
            parse_botocore(&v, "paginators-1.json").unwrap_err(),
            ["paginators-1.json: paginator ListX: input_token is not a string or list of strings"]
        );
    }
}
