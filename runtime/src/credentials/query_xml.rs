//! Just enough XML to read STS's awsQuery answers: elements, text, the five named entities
//! and numeric character references, CDATA; declarations, comments and attributes are
//! skipped. The answers are small and fixed, so a document is flattened into the text of
//! each leaf element with its path (`AssumeRoleResponse/AssumeRoleResult/Credentials/...`).
//!
//! API: [`leaves`]`(xml)` → `Vec<(path, text)>`; [`find`]`(&leaves, path suffix)`.

use std::fmt;

/// A document that is not well-formed enough to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlError(String);

impl fmt::Display for XmlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "malformed XML: {}", self.0)
    }
}

impl std::error::Error for XmlError {}

fn error(why: impl Into<String>) -> XmlError {
    XmlError(why.into())
}

/// Every element without child elements, as (slash-joined path of local names, unescaped
/// text), in document order.
pub fn leaves(xml: &str) -> Result<Vec<(String, String)>, XmlError> {
    let mut out = Vec::new();
    // The open elements, each with its text so far and whether it has child elements.
    let mut open: Vec<(String, String, bool)> = Vec::new();
    let mut rest = xml;
    let mut seen_root = false;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            text_into(&mut open, rest)?;
            break;
        };
        text_into(&mut open, &rest[..lt])?;
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<?") {
            rest = skip_past(after, "?>")?;
        } else if let Some(after) = rest.strip_prefix("<!--") {
            rest = skip_past(after, "-->")?;
        } else if let Some(after) = rest.strip_prefix("<![CDATA[") {
            let end = after
                .find("]]>")
                .ok_or_else(|| error("unterminated CDATA"))?;
            match open.last_mut() {
                Some(element) => element.1.push_str(&after[..end]),
                None => return Err(error("CDATA outside the root element")),
            }
            rest = &after[end + 3..];
        } else if let Some(after) = rest.strip_prefix("<!") {
            rest = skip_past(after, ">")?;
        } else if let Some(after) = rest.strip_prefix("</") {
            let end = after
                .find('>')
                .ok_or_else(|| error("unterminated end tag"))?;
            let name = local_name(after[..end].trim());
            let Some((open_name, text, has_children)) = open.pop() else {
                return Err(error(format!("end tag </{name}> with nothing open")));
            };
            if open_name != name {
                return Err(error(format!("</{name}> closes <{open_name}>")));
            }
            if !has_children {
                let mut path: Vec<&str> = open.iter().map(|(n, ..)| n.as_str()).collect();
                path.push(&open_name);
                out.push((path.join("/"), text));
            }
            rest = &after[end + 1..];
        } else {
            let after = &rest[1..];
            let end = tag_end(after).ok_or_else(|| error("unterminated start tag"))?;
            let tag = &after[..end];
            let self_closing = tag.ends_with('/');
            let tag = tag.trim_end_matches('/');
            let name_end = tag
                .find(|c: char| c.is_ascii_whitespace())
                .unwrap_or(tag.len());
            let name = local_name(&tag[..name_end]);
            if name.is_empty() {
                return Err(error("a tag without a name"));
            }
            if open.is_empty() {
                if seen_root {
                    return Err(error("more than one root element"));
                }
                seen_root = true;
            }
            if let Some(parent) = open.last_mut() {
                parent.2 = true;
            }
            if self_closing {
                let mut path: Vec<&str> = open.iter().map(|(n, ..)| n.as_str()).collect();
                path.push(name);
                out.push((path.join("/"), String::new()));
            } else {
                open.push((name.to_string(), String::new(), false));
            }
            rest = &after[end + 1..];
        }
    }
    if let Some((name, ..)) = open.last() {
        return Err(error(format!("<{name}> is never closed")));
    }
    if !seen_root {
        return Err(error("no root element"));
    }
    Ok(out)
}

/// The text of the first leaf whose path ends with `suffix` (whole names: `Credentials/AccessKeyId`).
pub fn find<'a>(leaves: &'a [(String, String)], suffix: &str) -> Option<&'a str> {
    leaves
        .iter()
        .find(|(path, _)| {
            path == suffix
                || path
                    .strip_suffix(suffix)
                    .is_some_and(|head| head.ends_with('/'))
        })
        .map(|(_, text)| text.as_str())
}

/// The end of a start tag: the first `>` outside a quoted attribute value.
fn tag_end(tag: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in tag.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

fn skip_past<'a>(text: &'a str, end: &str) -> Result<&'a str, XmlError> {
    text.find(end)
        .map(|i| &text[i + end.len()..])
        .ok_or_else(|| error(format!("no closing {end:?}")))
}

fn local_name(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

fn text_into(open: &mut [(String, String, bool)], raw: &str) -> Result<(), XmlError> {
    match open.last_mut() {
        Some(element) => unescape_into(raw, &mut element.1),
        None if raw.trim().is_empty() => Ok(()),
        None => Err(error("text outside the root element")),
    }
}

/// Appends `raw` to `out` with entity and character references replaced.
fn unescape_into(raw: &str, out: &mut String) -> Result<(), XmlError> {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let semi = after
            .find(';')
            .filter(|&i| i <= 10)
            .ok_or_else(|| error("an `&` that starts no reference"))?;
        let name = &after[..semi];
        let c = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let code = if let Some(hex) = name.strip_prefix("#x").or(name.strip_prefix("#X")) {
                    u32::from_str_radix(hex, 16).ok()
                } else if let Some(dec) = name.strip_prefix('#') {
                    dec.parse::<u32>().ok()
                } else {
                    None
                };
                code.and_then(char::from_u32)
                    .ok_or_else(|| error(format!("unknown reference &{name};")))?
            }
        };
        out.push(c);
        rest = &after[semi + 1..];
    }
    out.push_str(rest);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_leaves_with_paths_and_unescapes() {
        let xml = r#"<?xml version="1.0"?>
<!-- note -->
<R xmlns="x"><A a="1>2"><B>x &amp; &lt;y&gt; &quot;&apos; &#65;&#x42;</B><C/></A><D><![CDATA[<raw>]]></D></R>"#;
        let leaves = leaves(xml).unwrap();
        assert_eq!(
            leaves,
            vec![
                ("R/A/B".to_string(), "x & <y> \"' AB".to_string()),
                ("R/A/C".to_string(), String::new()),
                ("R/D".to_string(), "<raw>".to_string()),
            ]
        );
        assert_eq!(find(&leaves, "A/B"), Some("x & <y> \"' AB"));
        assert_eq!(find(&leaves, "B"), Some("x & <y> \"' AB"));
        assert_eq!(find(&leaves, "/B"), None);
        assert_eq!(find(&leaves, "X/B"), None);
    }

    #[test]
    fn rejects_malformed_documents() {
        for bad in [
            "",
            "text",
            "<a>",
            "<a></b>",
            "</a>",
            "<a>&bogus;</a>",
            "<a>&#xZZ;</a>",
            "<a>& b</a>",
            "<a></a><b></b>",
            "<a><!-- </a>",
            "<a><![CDATA[x</a>",
            "<a",
            "<>x</>",
        ] {
            assert!(leaves(bad).is_err(), "{bad:?} was accepted");
        }
    }
}
