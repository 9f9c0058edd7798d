//! Backtracking search over a [`Node`] tree. Only whether a match exists is asked, so
//! alternatives and repeat counts may be tried in any order; the order below (longest first)
//! is ECMA-262's, which keeps the work the same as a JavaScript engine's on the same input.
//!
//! Backtracking can take polynomial time on patterns like `.*:.*:.*x` (as in any JavaScript
//! engine), so a search gives up after [`STEP_LIMIT`] steps and reports that instead.

use std::cell::Cell;

use super::parse::Node;
use super::set::CharSet;

/// Tens of milliseconds of matching: linear work on the longest values AWS accepts (a few
/// hundred thousand characters) stays well below it.
pub const STEP_LIMIT: u32 = 10_000_000;

/// One search of one input.
pub struct Search<'a> {
    input: &'a str,
    steps: Cell<u32>,
}

type Continue<'k> = &'k mut dyn FnMut(usize) -> bool;

impl<'a> Search<'a> {
    pub fn new(input: &'a str) -> Self {
        Search {
            input,
            steps: Cell::new(0),
        }
    }

    /// Whether the step limit was reached; every match attempt fails from then on.
    pub fn exhausted(&self) -> bool {
        self.steps.get() >= STEP_LIMIT
    }

    /// Counts a step; false once the limit is reached.
    fn step(&self) -> bool {
        let steps = self.steps.get();
        self.steps.set(steps.saturating_add(1));
        steps < STEP_LIMIT
    }

    /// Whether `node` matches starting at byte `pos`, continuing with `k` at the end position
    /// of each way it matches until `k` accepts one.
    pub fn match_at(&self, node: &Node, pos: usize, k: Continue<'_>) -> bool {
        if !self.step() {
            return false;
        }
        let input = self.input;
        match node {
            Node::Empty => k(pos),
            Node::Set(set) => match self.next_in_set(set, pos) {
                Some(next) => k(next),
                None => false,
            },
            Node::Literal(text) => self.literal_at(text, pos) && k(pos + text.len()),
            Node::Start => pos == 0 && k(pos),
            Node::End => pos == input.len() && k(pos),
            Node::WordBoundary { negated } => {
                let before = prev_char(input, pos).is_some_and(is_word);
                let after = next_char(input, pos).is_some_and(is_word);
                ((before != after) != *negated) && k(pos)
            }
            Node::Concat(items) => self.sequence(items, pos, k),
            Node::Alt(alternatives) => alternatives.iter().any(|a| self.match_at(a, pos, k)),
            Node::Repeat { node, min, max } => match node.as_ref() {
                Node::Set(set) => self.repeat_set(set, *min, *max, pos, k),
                _ => self.repeat(node, *min, *max, 0, pos, k),
            },
            Node::Lookahead { node, negated } => {
                let found = self.match_at(node, pos, &mut |_| true);
                !self.exhausted() && found != *negated && k(pos)
            }
        }
    }

    fn sequence(&self, items: &[Node], mut pos: usize, k: Continue<'_>) -> bool {
        // Leading items that match in at most one way are stepped over in a loop: no
        // continuation closure (and no recursion) for the literal parts of a pattern.
        let mut items = items;
        while let Some((first, rest)) = items.split_first() {
            match self.match_once(first, pos) {
                Some(Some(next)) => {
                    pos = next;
                    items = rest;
                }
                Some(None) => return false,
                None => break,
            }
        }
        match items.split_first() {
            None => k(pos),
            Some((first, rest)) => {
                self.match_at(first, pos, &mut |next| self.sequence(rest, next, k))
            }
        }
    }

    /// For a node that matches in at most one way at `pos`: `Some(Some(end))` when it matches,
    /// `Some(None)` when it does not; `None` for the other nodes.
    fn match_once(&self, node: &Node, pos: usize) -> Option<Option<usize>> {
        let input = self.input;
        let end = match node {
            Node::Empty => Some(pos),
            Node::Set(set) => self.next_in_set(set, pos),
            Node::Literal(text) => self.literal_at(text, pos).then(|| pos + text.len()),
            Node::Start => (pos == 0).then_some(pos),
            Node::End => (pos == input.len()).then_some(pos),
            _ => return None,
        };
        // Counted as `match_at` counts it.
        if !self.step() {
            return Some(None);
        }
        Some(end)
    }

    /// Where the character at `pos` ends when `set` holds it (an ASCII byte by one lookup).
    #[inline]
    fn next_in_set(&self, set: &CharSet, pos: usize) -> Option<usize> {
        match self.input.as_bytes().get(pos) {
            Some(&byte) if byte < 0x80 => set.contains_ascii(byte).then_some(pos + 1),
            _ => match next_char(self.input, pos) {
                Some(c) if set.contains(c) => Some(pos + c.len_utf8()),
                _ => None,
            },
        }
    }

    /// Whether `text` follows at `pos`.
    #[inline]
    fn literal_at(&self, text: &str, pos: usize) -> bool {
        self.input[pos..].starts_with(text)
    }

    /// `[...]{min,max}`, the common case: consume as many as allowed, then give back one at a
    /// time. A loop, not recursion, so `.*` over a long value uses no stack.
    fn repeat_set(
        &self,
        set: &CharSet,
        min: u32,
        max: Option<u32>,
        pos: usize,
        k: Continue<'_>,
    ) -> bool {
        let input = self.input;
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
            if count == min || !self.step() {
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
        &self,
        node: &Node,
        min: u32,
        max: Option<u32>,
        count: u32,
        pos: usize,
        k: Continue<'_>,
    ) -> bool {
        if max.is_none_or(|max| count < max) {
            let more = self.match_at(node, pos, &mut |next| {
                if next == pos && count >= min {
                    return false;
                }
                self.repeat(node, min, max, count + 1, next, k)
            });
            if more {
                return true;
            }
        }
        count >= min && k(pos)
    }
}

/// Whether every code point of `input` is in `set` and there are `min..=max` of them.
pub fn all_in_set(set: &CharSet, min: u32, max: Option<u32>, input: &str) -> bool {
    let mut count = 0u32;
    // ASCII values in the set, the usual case: one lookup per byte and no early exit, so no
    // branch per byte. Anything else (a byte outside the set, or a longer character) is
    // decided character by character.
    let all = if input
        .bytes()
        .fold(true, |all, b| all & set.contains_ascii(b))
    {
        count = u32::try_from(input.len()).unwrap_or(u32::MAX);
        true
    } else {
        input.chars().all(|c| {
            count = count.saturating_add(1);
            set.contains(c)
        })
    };
    all && count >= min && max.is_none_or(|max| count <= max)
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
