//! Backtracking search over a [`Node`] tree. Only whether a match exists is asked, so
//! alternatives and repeat counts may be tried in any order; the order below (longest first)
//! is ECMA-262's, which keeps the work the same as a JavaScript engine's on the same input.

use super::parse::Node;
use super::set::CharSet;

/// Whether `node` matches `input` starting at byte `pos`, continuing with `k` at the end
/// position of each way it matches until `k` accepts one.
pub fn match_at(node: &Node, input: &str, pos: usize, k: &mut dyn FnMut(usize) -> bool) -> bool {
    match node {
        Node::Empty => k(pos),
        Node::Set(set) => match next_char(input, pos) {
            Some(c) if set.contains(c) => k(pos + c.len_utf8()),
            _ => false,
        },
        Node::Literal(text) => input[pos..].starts_with(text.as_str()) && k(pos + text.len()),
        Node::Start => pos == 0 && k(pos),
        Node::End => pos == input.len() && k(pos),
        Node::WordBoundary { negated } => {
            let before = prev_char(input, pos).is_some_and(is_word);
            let after = next_char(input, pos).is_some_and(is_word);
            ((before != after) != *negated) && k(pos)
        }
        Node::Concat(items) => sequence(items, input, pos, k),
        Node::Alt(alternatives) => alternatives.iter().any(|a| match_at(a, input, pos, k)),
        Node::Repeat { node, min, max } => match node.as_ref() {
            Node::Set(set) => repeat_set(set, *min, *max, input, pos, k),
            _ => repeat(node, *min, *max, 0, input, pos, k),
        },
        Node::Lookahead { node, negated } => {
            let found = match_at(node, input, pos, &mut |_| true);
            found != *negated && k(pos)
        }
    }
}

fn sequence(items: &[Node], input: &str, pos: usize, k: &mut dyn FnMut(usize) -> bool) -> bool {
    match items.split_first() {
        None => k(pos),
        Some((first, rest)) => match_at(first, input, pos, &mut |next| {
            sequence(rest, input, next, k)
        }),
    }
}

/// Whether every code point of `input` is in `set` and there are `min..=max` of them.
pub fn all_in_set(set: &CharSet, min: u32, max: Option<u32>, input: &str) -> bool {
    let mut count = 0u32;
    let all = if input.is_ascii() {
        count = u32::try_from(input.len()).unwrap_or(u32::MAX);
        input.bytes().all(|b| set.contains_ascii(b))
    } else {
        input.chars().all(|c| {
            count = count.saturating_add(1);
            set.contains(c)
        })
    };
    all && count >= min && max.is_none_or(|max| count <= max)
}

/// `[...]{min,max}`, the common case: consume as many as allowed, then give back one at a time.
/// A loop, not recursion, so `.*` over a long value uses no stack.
fn repeat_set(
    set: &CharSet,
    min: u32,
    max: Option<u32>,
    input: &str,
    pos: usize,
    k: &mut dyn FnMut(usize) -> bool,
) -> bool {
    let bytes = input.as_bytes();
    let mut end = pos;
    let mut count = 0u32;
    while end < bytes.len() && max.is_none_or(|max| count < max) {
        let byte = bytes[end];
        if byte < 0x80 {
            if !set.contains_ascii(byte) {
                break;
            }
            end += 1;
        } else {
            match next_char(input, end) {
                Some(c) if set.contains(c) => end += c.len_utf8(),
                _ => break,
            }
        }
        count += 1;
    }
    if count < min {
        return false;
    }
    loop {
        if k(end) {
            return true;
        }
        if count == min {
            return false;
        }
        match prev_char(input, end) {
            Some(c) => end -= c.len_utf8(),
            None => return false,
        }
        count -= 1;
    }
}

/// A repeated group: one more iteration first, then stop. An iteration past `min` that
/// matches nothing ends the loop, as ECMA-262 specifies (so `(a*)*` terminates).
fn repeat(
    node: &Node,
    min: u32,
    max: Option<u32>,
    count: u32,
    input: &str,
    pos: usize,
    k: &mut dyn FnMut(usize) -> bool,
) -> bool {
    if max.is_none_or(|max| count < max) {
        let more = match_at(node, input, pos, &mut |next| {
            if next == pos && count >= min {
                return false;
            }
            repeat(node, min, max, count + 1, input, next, k)
        });
        if more {
            return true;
        }
    }
    count >= min && k(pos)
}

#[inline]
fn next_char(input: &str, pos: usize) -> Option<char> {
    input[pos..].chars().next()
}

#[inline]
fn prev_char(input: &str, pos: usize) -> Option<char> {
    input[..pos].chars().next_back()
}

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}
