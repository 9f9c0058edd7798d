//! Model documentation (a small HTML subset) as rustdoc Markdown.

/// Converts AWS documentation HTML to Markdown: paragraphs, code, links, lists, emphasis.
/// Unknown tags are dropped and their text kept.
pub fn html_to_markdown(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    let mut link: Option<String> = None;
    let mut list_depth = 0usize;
    while let Some(lt) = rest.find('<') {
        push_text(&mut out, &rest[..lt]);
        let Some(gt) = rest[lt..].find('>') else {
            push_text(&mut out, &rest[lt..]);
            rest = "";
            break;
        };
        let tag = &rest[lt + 1..lt + gt];
        rest = &rest[lt + gt + 1..];
        let closing = tag.starts_with('/');
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match (name.as_str(), closing) {
            ("p" | "div", _) | ("br", _) => paragraph(&mut out),
            ("code", _) => out.push('`'),
            ("b" | "strong", _) => out.push_str("**"),
            ("i" | "em", _) => out.push('*'),
            ("ul" | "ol", false) => {
                list_depth += 1;
                paragraph(&mut out);
            }
            ("ul" | "ol", true) => {
                list_depth = list_depth.saturating_sub(1);
                paragraph(&mut out);
            }
            ("li", false) => {
                trim_end_spaces(&mut out);
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                out.push_str(&"  ".repeat(list_depth.saturating_sub(1)));
                out.push_str("- ");
            }
            ("a", false) => {
                link = attribute(tag, "href");
                if link.is_some() {
                    out.push('[');
                }
            }
            ("a", true) => {
                if let Some(href) = link.take() {
                    out.push_str(&format!("]({href})"));
                }
            }
            _ => {}
        }
    }
    push_text(&mut out, rest);
    let text = out
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n");
    // Collapse runs of blank lines left by nested block tags.
    let mut result = String::new();
    let mut blank = 0;
    for line in text.trim().lines() {
        if line.trim().is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        result.push_str(line);
        result.push('\n');
    }
    result.trim_end().to_string()
}

fn push_text(out: &mut String, text: &str) {
    let text = decode_entities(text);
    for (i, word) in text.split_whitespace().enumerate() {
        let starts_with_space = i == 0 && text.starts_with(char::is_whitespace);
        if i > 0 || (starts_with_space && !out.is_empty() && !out.ends_with([' ', '\n'])) {
            out.push(' ');
        }
        // Brackets in prose would start rustdoc links.
        out.push_str(&word.replace('[', "\\[").replace(']', "\\]"));
    }
    if text.ends_with(char::is_whitespace) && !text.trim().is_empty() {
        out.push(' ');
    }
}

fn paragraph(out: &mut String) {
    // A <p> right inside an <li> starts the item's text, not a new paragraph.
    if out.ends_with("- ") {
        return;
    }
    trim_end_spaces(out);
    if !out.is_empty() && !out.ends_with("\n\n") {
        out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
    }
}

fn trim_end_spaces(out: &mut String) {
    while out.ends_with(' ') {
        out.pop();
    }
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!("{name}="))?;
    let rest = &tag[at + name.len() + 1..];
    let quote = rest.chars().next()?;
    if quote == '"' || quote == '\'' {
        rest[1..].split(quote).next().map(str::to_string)
    } else {
        rest.split_whitespace().next().map(str::to_string)
    }
}

fn decode_entities(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_the_common_subset() {
        let md = html_to_markdown(
            "<p>Starts a <code>session</code>.</p>\n   <p>See <a href=\"https://x.y/z\">the guide</a>.</p><ul><li><p>one</p></li><li>two</li></ul>",
        );
        assert_eq!(
            md,
            "Starts a `session`.\n\nSee [the guide](https://x.y/z).\n\n- one\n\n- two"
        );
    }

    #[test]
    fn plain_text_and_entities() {
        assert_eq!(html_to_markdown("a &lt;b&gt; [c]"), "a <b> \\[c\\]");
    }
}
