//! A fast path for the most common shape of AWS patterns: one anchored character class with
//! a count, `^[a-zA-Z0-9._-]{1,128}$` or `^[^:*]*$`. Such a pattern is a check of each code
//! point and of the length, so it needs no regex engine; anything else goes to `regress`.

/// `^[class]{min,max}$`, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnchoredClass {
    /// Inclusive code point ranges.
    ranges: Vec<(u32, u32)>,
    negated: bool,
    min: usize,
    max: Option<usize>,
}

impl AnchoredClass {
    /// The parsed pattern when it has exactly this shape (ECMA-262 with the `u` flag), else None.
    pub fn parse(source: &str) -> Option<Self> {
        let body = source.strip_prefix("^[")?.strip_suffix('$')?;
        let close = find_class_end(body)?;
        let (class, quantifier) = (&body[..close], &body[close + 1..]);
        let (negated, class) = match class.strip_prefix('^') {
            Some(rest) => (true, rest),
            None => (false, class),
        };
        let (min, max) = parse_quantifier(quantifier)?;
        let ranges = parse_class(class)?;
        Some(AnchoredClass {
            ranges,
            negated,
            min,
            max,
        })
    }

    pub fn is_match(&self, value: &str) -> bool {
        let mut count = 0usize;
        for c in value.chars() {
            let c = u32::from(c);
            let inside = self.ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi);
            if inside == self.negated {
                return false;
            }
            count += 1;
        }
        count >= self.min && self.max.is_none_or(|max| count <= max)
    }
}

/// The index of the `]` that closes the class (escapes skipped).
fn find_class_end(body: &str) -> Option<usize> {
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b']' => return Some(i),
            b'[' => return None,
            _ => i += 1,
        }
    }
    None
}

fn parse_quantifier(q: &str) -> Option<(usize, Option<usize>)> {
    match q {
        "*" => Some((0, None)),
        "+" => Some((1, None)),
        _ => {
            let inner = q.strip_prefix('{')?.strip_suffix('}')?;
            match inner.split_once(',') {
                None => {
                    let n = inner.parse().ok()?;
                    Some((n, Some(n)))
                }
                Some((lo, "")) => Some((lo.parse().ok()?, None)),
                Some((lo, hi)) => {
                    let (lo, hi): (usize, usize) = (lo.parse().ok()?, hi.parse().ok()?);
                    (lo <= hi).then_some((lo, Some(hi)))
                }
            }
        }
    }
}

/// The class's items as ranges; None for anything outside the simple subset (`\d`, `\w`,
/// lone surrogates, nested classes), which regress then handles.
fn parse_class(class: &str) -> Option<Vec<(u32, u32)>> {
    let mut atoms = Vec::new();
    let mut chars = class.chars().peekable();
    while let Some(c) = chars.next() {
        let atom = match c {
            '\\' => Atom::Char(parse_escape(&mut chars)?),
            '-' => Atom::Dash,
            c => Atom::Char(u32::from(c)),
        };
        atoms.push(atom);
    }
    let mut ranges = Vec::new();
    let mut i = 0;
    while i < atoms.len() {
        match (atoms[i], atoms.get(i + 1), atoms.get(i + 2)) {
            (Atom::Char(lo), Some(Atom::Dash), Some(Atom::Char(hi))) => {
                if lo > *hi {
                    return None;
                }
                ranges.push((lo, *hi));
                i += 3;
            }
            (Atom::Char(c), _, _) => {
                ranges.push((c, c));
                i += 1;
            }
            // A dash first or last in the class is itself.
            (Atom::Dash, _, _) => {
                ranges.push((u32::from('-'), u32::from('-')));
                i += 1;
            }
        }
    }
    Some(ranges)
}

#[derive(Clone, Copy)]
enum Atom {
    Char(u32),
    Dash,
}

fn parse_escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> Option<u32> {
    let c = chars.next()?;
    Some(match c {
        't' => 0x09,
        'n' => 0x0a,
        'r' => 0x0d,
        'f' => 0x0c,
        'v' => 0x0b,
        'u' => {
            let unit = hex4(chars)?;
            if (0xD800..0xDC00).contains(&unit) {
                // With the `u` flag a high + low surrogate pair is one astral code point.
                let mut lookahead = chars.clone();
                if lookahead.next() != Some('\\') || lookahead.next() != Some('u') {
                    return None;
                }
                let low = hex4(&mut lookahead)?;
                if !(0xDC00..0xE000).contains(&low) {
                    return None;
                }
                *chars = lookahead;
                0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..0xE000).contains(&unit) {
                return None;
            } else {
                unit
            }
        }
        // Escaped syntax characters stand for themselves.
        '\\' | '-' | '/' | '.' | ']' | '[' | '^' | '$' | '*' | '+' | '?' | '(' | ')' | '{'
        | '}' | '|' => u32::from(c),
        _ => return None,
    })
}

fn hex4(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> Option<u32> {
    let mut value = 0;
    for _ in 0..4 {
        value = value * 16 + chars.next()?.to_digit(16)?;
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Patterns of this shape from AWS models, and some that must fall back to regress.
    const SIMPLE: &[&str] = &[
        r"^[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*$",
        r"^[a-zA-Z0-9._-]{1,128}$",
        r"^[a-zA-Z0-9._/-]+$",
        r"^[^:*]*$",
        r"^[\u0020-\u007E]{0,5}$",
        r"^[-a-z]{3}$",
        r"^[a-z\-]{2,}$",
    ];
    const NOT_SIMPLE: &[&str] = &[
        r"^arn:aws[a-z\-]*:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+$",
        r"^s3://[a-z0-9][a-z0-9\-]*[a-z0-9](/.*)?$",
        r"[a-z]+",
        r"^[\d]+$",
        r"^[\uDC00]*$",
    ];

    #[test]
    fn recognises_only_the_simple_shape() {
        for p in SIMPLE {
            assert!(AnchoredClass::parse(p).is_some(), "{p}");
        }
        for p in NOT_SIMPLE {
            assert!(AnchoredClass::parse(p).is_none(), "{p}");
        }
    }

    /// The fast path must agree with regress on every input.
    #[test]
    fn agrees_with_regress() {
        let pool: Vec<char> =
            "aZ09._-/:* \t\n\u{7}\u{1f}~\u{7f}é\u{D7FF}\u{E000}\u{FFFD}\u{FFFE}😀\u{10FFFF}"
                .chars()
                .collect();
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for source in SIMPLE {
            let fast = AnchoredClass::parse(source).unwrap();
            let regex = regress::Regex::with_flags(source, "u").unwrap();
            for _ in 0..3000 {
                let len = (next() % 8) as usize;
                let value: String = (0..len)
                    .map(|_| pool[(next() % pool.len() as u64) as usize])
                    .collect();
                assert_eq!(
                    fast.is_match(&value),
                    regex.find(&value).is_some(),
                    "{source} on {value:?}"
                );
            }
        }
    }
}
