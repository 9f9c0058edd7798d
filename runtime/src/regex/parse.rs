//! ECMA-262 pattern syntax (as with the `u` flag) into a [`Node`] tree.
//!
//! Where a pattern in an AWS model is not valid ECMA-262 but its meaning is plain, the parser
//! takes that meaning rather than rejecting the pattern (a rejected pattern would reject every
//! value): `\_` and other escaped punctuation stand for themselves, a `-` next to a class escape
//! (`[\w-_]`) is a literal dash, and `{` that does not start a count is a literal brace.
//! Backreferences and lookbehind are not supported and are reported as errors.

use super::set::{self, CharSet};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Empty,
    /// One code point from the set.
    Set(CharSet),
    /// Consecutive single characters, compared as one string.
    Literal(String),
    /// `^` (no `m` flag: the start of the input).
    Start,
    /// `$` (no `m` flag: the end of the input).
    End,
    /// `\b`, or `\B` when negated.
    WordBoundary {
        negated: bool,
    },
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    /// `max: None` is unbounded. Greedy and lazy repeats accept the same strings, and only
    /// whether there is a match matters here, so laziness is not kept.
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
    },
    /// `(?=...)`, or `(?!...)` when negated.
    Lookahead {
        node: Box<Node>,
        negated: bool,
    },
}

/// Nesting deeper than this is rejected instead of risking the stack.
const MAX_DEPTH: usize = 100;

pub fn parse(source: &str) -> Result<Node, String> {
    let mut parser = Parser {
        chars: source.chars().collect(),
        pos: 0,
        depth: 0,
    };
    let node = parser.alternation()?;
    match parser.peek() {
        None => Ok(node),
        Some(c) => Err(parser.error(&format!("unexpected {c:?}"))),
    }
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<char> {
        self.chars.get(self.pos + offset).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        Some(c)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn error(&self, what: &str) -> String {
        format!("{what} at offset {}", self.pos)
    }

    fn alternation(&mut self) -> Result<Node, String> {
        let mut alternatives = vec![self.sequence()?];
        while self.eat('|') {
            alternatives.push(self.sequence()?);
        }
        Ok(if alternatives.len() == 1 {
            alternatives.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(alternatives)
        })
    }

    fn sequence(&mut self) -> Result<Node, String> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom()?;
            let quantified = self.quantifier(atom)?;
            push_merging_literals(&mut items, quantified);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    fn atom(&mut self) -> Result<Node, String> {
        let Some(c) = self.next() else {
            return Err(self.error("pattern ends early"));
        };
        Ok(match c {
            '^' => Node::Start,
            '$' => Node::End,
            '.' => Node::Set(set::dot()),
            '(' => self.group()?,
            '[' => Node::Set(self.class()?),
            '\\' => self.atom_escape()?,
            '*' | '+' | '?' => return Err(self.error(&format!("nothing to repeat before {c:?}"))),
            c => Node::Set(CharSet::single(u32::from(c))),
        })
    }

    fn group(&mut self) -> Result<Node, String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("groups nested too deeply"));
        }
        let lookahead = if self.eat('?') {
            match self.next() {
                Some(':') => None,
                Some('=') => Some(false),
                Some('!') => Some(true),
                Some('<') if matches!(self.peek(), Some('=' | '!')) => {
                    return Err(self.error("lookbehind is not supported"))
                }
                Some('<') => {
                    // A named group: the name does not matter for matching.
                    while let Some(c) = self.next() {
                        if c == '>' {
                            break;
                        }
                    }
                    None
                }
                _ => return Err(self.error("unknown group kind")),
            }
        } else {
            None
        };
        let inner = self.alternation()?;
        if !self.eat(')') {
            return Err(self.error("unclosed group"));
        }
        self.depth -= 1;
        Ok(match lookahead {
            None => inner,
            Some(negated) => Node::Lookahead {
                node: Box::new(inner),
                negated,
            },
        })
    }

    fn quantifier(&mut self, atom: Node) -> Result<Node, String> {
        let single = |parser: &mut Parser, bounds| {
            parser.pos += 1;
            Some(bounds)
        };
        let bounds = match self.peek() {
            Some('*') => single(self, (0, None)),
            Some('+') => single(self, (1, None)),
            Some('?') => single(self, (0, Some(1))),
            Some('{') => self.count(),
            _ => None,
        };
        let Some((min, max)) = bounds else {
            return Ok(atom);
        };
        self.eat('?');
        if matches!(atom, Node::Start | Node::End | Node::WordBoundary { .. }) {
            return Err(self.error("an assertion cannot be repeated"));
        }
        if max.is_some_and(|max| max < min) {
            return Err(self.error("count out of order"));
        }
        Ok(Node::Repeat {
            node: Box::new(atom),
            min,
            max,
        })
    }

    /// `{n}`, `{n,}` or `{n,m}` at the cursor, consumed; None (nothing consumed) when the
    /// brace does not start a count, and is then a literal.
    fn count(&mut self) -> Option<(u32, Option<u32>)> {
        let start = self.pos;
        self.pos += 1;
        let bounds = (|| {
            let min = self.number()?;
            let max = if self.eat(',') {
                if self.peek() == Some('}') {
                    None
                } else {
                    Some(self.number()?)
                }
            } else {
                Some(min)
            };
            self.eat('}').then_some((min, max))
        })();
        if bounds.is_none() {
            self.pos = start;
        }
        bounds
    }

    fn number(&mut self) -> Option<u32> {
        let start = self.pos;
        let mut value: u32 = 0;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            value = value.saturating_mul(10).saturating_add(d);
            self.pos += 1;
        }
        (self.pos > start).then_some(value)
    }

    fn atom_escape(&mut self) -> Result<Node, String> {
        match self.peek() {
            Some('b') => {
                self.pos += 1;
                Ok(Node::WordBoundary { negated: false })
            }
            Some('B') => {
                self.pos += 1;
                Ok(Node::WordBoundary { negated: true })
            }
            Some('1'..='9') => Err(self.error("backreferences are not supported")),
            _ => self.class_escape(false).map(Node::Set),
        }
    }

    /// After `[`: the class up to and including its `]`.
    fn class(&mut self) -> Result<CharSet, String> {
        let negated = self.eat('^');
        let mut result = CharSet::empty();
        loop {
            let Some(c) = self.peek() else {
                return Err(self.error("unclosed character class"));
            };
            if c == ']' {
                self.pos += 1;
                break;
            }
            let first = self.class_atom()?;
            let is_range = self.peek() == Some('-') && !matches!(self.peek_at(1), Some(']') | None);
            if !is_range {
                result.union(&first);
                continue;
            }
            self.pos += 1;
            let second = self.class_atom()?;
            match (first.as_single(), second.as_single()) {
                (Some(lo), Some(hi)) if lo <= hi => result.add(lo, hi),
                (Some(_), Some(_)) => return Err(self.error("character range out of order")),
                // `[\w-_]`: a class escape cannot bound a range, so the dash is literal.
                _ => {
                    result.union(&first);
                    result.union(&second);
                    result.add(u32::from('-'), u32::from('-'));
                }
            }
        }
        Ok(if negated { result.complement() } else { result })
    }

    fn class_atom(&mut self) -> Result<CharSet, String> {
        match self.next() {
            Some('\\') => self.class_escape(true),
            Some(c) => Ok(CharSet::single(u32::from(c))),
            None => Err(self.error("unclosed character class")),
        }
    }

    /// After `\`: an escape as a set (one code point for character escapes).
    fn class_escape(&mut self, in_class: bool) -> Result<CharSet, String> {
        let Some(c) = self.next() else {
            return Err(self.error("pattern ends with \\"));
        };
        let one = |c: u32| Ok(CharSet::single(c));
        match c {
            'd' => Ok(set::digit()),
            'D' => Ok(set::digit().complement()),
            'w' => Ok(set::word()),
            'W' => Ok(set::word().complement()),
            's' => Ok(set::space()),
            'S' => Ok(set::space().complement()),
            'p' | 'P' => {
                if !self.eat('{') {
                    return Err(self.error("expected { after \\p"));
                }
                let mut name = String::new();
                loop {
                    match self.next() {
                        Some('}') => break,
                        Some(c) => name.push(c),
                        None => return Err(self.error("unclosed \\p{")),
                    }
                }
                let found = set::property(&name)
                    .ok_or_else(|| self.error(&format!("unknown property \\p{{{name}}}")))?;
                Ok(if c == 'P' { found.complement() } else { found })
            }
            't' => one(0x09),
            'n' => one(0x0A),
            'v' => one(0x0B),
            'f' => one(0x0C),
            'r' => one(0x0D),
            'b' if in_class => one(0x08),
            '0' if !matches!(self.peek(), Some('0'..='9')) => one(0),
            'c' => match self.next() {
                Some(letter) if letter.is_ascii_alphabetic() => one(u32::from(letter) % 32),
                _ => Err(self.error("\\c needs a letter")),
            },
            'x' => {
                let value = self.hex(2).ok_or_else(|| self.error("bad \\x escape"))?;
                one(value)
            }
            'u' => self.unicode_escape().map(CharSet::single),
            c if c.is_ascii_alphanumeric() => Err(self.error(&format!("unknown escape \\{c}"))),
            // Escaped punctuation (`\.`, `\-`, and `\_`, which strict ECMA-262 rejects).
            c => one(u32::from(c)),
        }
    }

    /// After `\u`: `{X...}`, `XXXX`, or a surrogate pair `\uD83D\uDE00` as one code point.
    fn unicode_escape(&mut self) -> Result<u32, String> {
        if self.eat('{') {
            let start = self.pos;
            while self.peek().is_some_and(|c| c.is_ascii_hexdigit()) {
                self.pos += 1;
            }
            let digits: String = self.chars[start..self.pos].iter().collect();
            let value = u32::from_str_radix(&digits, 16)
                .ok()
                .filter(|v| *v <= 0x10FFFF);
            return match (value, self.eat('}')) {
                (Some(value), true) => Ok(value),
                _ => Err(self.error("bad \\u{...} escape")),
            };
        }
        let unit = self.hex(4).ok_or_else(|| self.error("bad \\u escape"))?;
        if (0xD800..0xDC00).contains(&unit)
            && self.peek() == Some('\\')
            && self.peek_at(1) == Some('u')
        {
            let save = self.pos;
            self.pos += 2;
            match self.hex(4) {
                Some(low) if (0xDC00..0xE000).contains(&low) => {
                    return Ok(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                }
                _ => self.pos = save,
            }
        }
        // A lone surrogate: no Rust string contains one, so it matches nothing there.
        Ok(unit)
    }

    fn hex(&mut self, digits: usize) -> Option<u32> {
        let mut value = 0;
        for _ in 0..digits {
            value = value * 16 + self.peek()?.to_digit(16)?;
            self.pos += 1;
        }
        Some(value)
    }
}

/// Appends `node`, joining a single-character set onto a preceding literal.
fn push_merging_literals(items: &mut Vec<Node>, node: Node) {
    let Node::Set(set) = &node else {
        items.push(node);
        return;
    };
    let Some(c) = set.as_single().and_then(char::from_u32) else {
        items.push(node);
        return;
    };
    match items.last_mut() {
        Some(Node::Literal(text)) => text.push(c),
        _ => items.push(Node::Literal(c.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aws_quirks_take_their_plain_meaning() {
        let Node::Concat(items) = parse(r"^[\w-_]*$").unwrap() else {
            panic!()
        };
        let Node::Repeat { node, .. } = &items[1] else {
            panic!()
        };
        let Node::Set(set) = node.as_ref() else {
            panic!()
        };
        assert!(set.contains('-') && set.contains('_') && set.contains('a') && !set.contains('.'));
        assert!(parse(r"[A-Za-z0-9\-\_\.]").is_ok());
        assert!(parse(r"^\p{Print}+$").is_ok());
        assert!(
            parse("a{,3}").is_ok(),
            "a brace that is not a count is a literal"
        );
    }

    #[test]
    fn unsupported_and_invalid_syntax_is_an_error() {
        for bad in [
            r"(a)\1",
            "(?<=a)b",
            "(a",
            "[a",
            "*a",
            r"\p{Script=Latin}",
            "[z-a]",
            r"\q",
            "^*",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}
