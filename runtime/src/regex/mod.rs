//! The regular expressions of Smithy `@pattern` traits and of the endpoint partitions.
//!
//! Patterns are ECMA-262 with the `u` flag: matched against code points, `\uD83D\uDE00`-style
//! surrogate pairs denote the astral code point they encode, and `\p{...}` names Unicode
//! general categories. A pattern is searched for, not implicitly anchored. AWS patterns are
//! short and only the yes/no answer is needed, so a small backtracking matcher over the parsed
//! tree does the job that a general engine (and its compile time and binary size) would.

mod categories;
mod exec;
mod parse;
mod set;

use parse::Node;

#[derive(Debug, Clone)]
pub struct Regex {
    root: Node,
    /// Every way to match starts with `^`, so only offset 0 needs trying.
    anchored: bool,
}

/// `^[...]{min,max}$`, the most common shape of AWS patterns, checked by one loop.
fn whole_value_class(root: &Node) -> Option<(&set::CharSet, u32, Option<u32>)> {
    let Node::Concat(items) = root else {
        return None;
    };
    let [Node::Start, Node::Repeat { node, min, max }, Node::End] = items.as_slice() else {
        return None;
    };
    let Node::Set(set) = node.as_ref() else {
        return None;
    };
    Some((set, *min, *max))
}

impl Regex {
    /// Parses `source`; the error says what is wrong and where.
    pub fn new(source: &str) -> Result<Self, String> {
        let root = parse::parse(source)?;
        let anchored = starts_anchored(&root);
        Ok(Regex { root, anchored })
    }

    /// Whether the pattern matches anywhere in `input`.
    ///
    /// A search that takes more than 10 million steps (a pathological pattern and
    /// value, where a JavaScript engine would take seconds) counts as a match: the value is
    /// then left for the service to judge rather than rejected, or checked for seconds, here.
    pub fn is_match(&self, input: &str) -> bool {
        if let Some((set, min, max)) = whole_value_class(&self.root) {
            return exec::all_in_set(set, min, max, input);
        }
        let search = exec::Search::new(input);
        let found = if self.anchored {
            search.match_at(&self.root, 0, &mut |_| true)
        } else {
            input
                .char_indices()
                .map(|(pos, _)| pos)
                .chain(std::iter::once(input.len()))
                .any(|pos| search.match_at(&self.root, pos, &mut |_| true) || search.exhausted())
        };
        found || search.exhausted()
    }
}

fn starts_anchored(node: &Node) -> bool {
    match node {
        Node::Start => true,
        Node::Concat(items) => items.first().is_some_and(starts_anchored),
        Node::Alt(alternatives) => alternatives.iter().all(starts_anchored),
        _ => false,
    }
}

#[cfg(test)]
mod tests;
