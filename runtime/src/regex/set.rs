//! Sets of code points: the classes a pattern matches one character against (`[a-z]`, `\d`,
//! `\p{L}`, `.`), kept as sorted, disjoint, inclusive ranges.

use super::categories::{NAMES, RUNS};

const MAX: u32 = 0x10FFFF;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CharSet {
    ranges: Vec<(u32, u32)>,
    /// `ascii[b]` says whether the byte `b` is an ASCII character in the set (false from 0x80
    /// on, where bytes are parts of longer characters): most values are ASCII, and this makes
    /// their check one load with no bounds check for a `u8` index (measured faster than a
    /// bitmap). Boxed, so a pattern's nodes stay small.
    ascii: Box<[bool; 256]>,
}

impl Default for CharSet {
    fn default() -> Self {
        CharSet {
            ranges: Vec::new(),
            ascii: Box::new([false; 256]),
        }
    }
}

impl CharSet {
    pub fn empty() -> Self {
        CharSet::default()
    }

    pub fn from_ranges(ranges: &[(u32, u32)]) -> Self {
        let mut set = CharSet::empty();
        for &(lo, hi) in ranges {
            set.add(lo, hi);
        }
        set
    }

    pub fn single(c: u32) -> Self {
        CharSet::from_ranges(&[(c, c)])
    }

    #[cfg(test)]
    pub fn ranges(&self) -> &[(u32, u32)] {
        &self.ranges
    }

    /// The code point when the set holds exactly one.
    pub fn as_single(&self) -> Option<u32> {
        match self.ranges.as_slice() {
            [(lo, hi)] if lo == hi => Some(*lo),
            _ => None,
        }
    }

    /// Adds `lo..=hi`, keeping the ranges sorted and merged.
    pub fn add(&mut self, lo: u32, hi: u32) {
        self.ranges.push((lo, hi));
        self.normalize();
    }

    pub fn union(&mut self, other: &CharSet) {
        self.ranges.extend_from_slice(&other.ranges);
        self.normalize();
    }

    pub fn complement(&self) -> CharSet {
        let mut ranges = Vec::with_capacity(self.ranges.len() + 1);
        let mut next = 0u32;
        for &(lo, hi) in &self.ranges {
            if lo > next {
                ranges.push((next, lo - 1));
            }
            next = hi + 1;
        }
        if next <= MAX {
            ranges.push((next, MAX));
        }
        CharSet::from_sorted(ranges)
    }

    #[inline]
    pub fn contains_ascii(&self, byte: u8) -> bool {
        self.ascii[usize::from(byte)]
    }

    #[inline]
    pub fn contains(&self, c: char) -> bool {
        let c = u32::from(c);
        if c < 128 {
            return self.contains_ascii(c as u8);
        }
        // A few ranges: a scan beats a binary search.
        if self.ranges.len() <= 8 {
            return self.ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi);
        }
        self.ranges
            .binary_search_by(|&(lo, hi)| {
                if hi < c {
                    std::cmp::Ordering::Less
                } else if lo > c {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok()
    }

    fn normalize(&mut self) {
        self.ranges.sort_unstable();
        let mut merged: Vec<(u32, u32)> = Vec::with_capacity(self.ranges.len());
        for &(lo, hi) in &self.ranges {
            match merged.last_mut() {
                Some(last) if lo <= last.1.saturating_add(1) => last.1 = last.1.max(hi),
                _ => merged.push((lo, hi)),
            }
        }
        *self = CharSet::from_sorted(merged);
    }

    /// From ranges already sorted and disjoint.
    fn from_sorted(ranges: Vec<(u32, u32)>) -> Self {
        let mut ascii = Box::new([false; 256]);
        for &(lo, hi) in &ranges {
            for c in lo..=hi.min(127) {
                ascii[c as usize] = true;
            }
        }
        CharSet { ranges, ascii }
    }
}

/// `\d`
pub fn digit() -> CharSet {
    CharSet::from_ranges(&[(0x30, 0x39)])
}

/// `\w` (no `i` flag): ASCII letters, digits and `_`.
pub fn word() -> CharSet {
    CharSet::from_ranges(&[(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)])
}

/// `\s`: ECMA-262's WhiteSpace and LineTerminator code points.
pub fn space() -> CharSet {
    CharSet::from_ranges(&[
        (0x09, 0x0D),
        (0x20, 0x20),
        (0xA0, 0xA0),
        (0x1680, 0x1680),
        (0x2000, 0x200A),
        (0x2028, 0x2029),
        (0x202F, 0x202F),
        (0x205F, 0x205F),
        (0x3000, 0x3000),
        (0xFEFF, 0xFEFF),
    ])
}

/// `.` without the `s` flag: anything but a line terminator.
pub fn dot() -> CharSet {
    CharSet::from_ranges(&[(0x0A, 0x0A), (0x0D, 0x0D), (0x2028, 0x2029)]).complement()
}

/// The set a `\p{...}` names: a general category (`L`, `Lu`, `Letter`,
/// `General_Category=Lu`, `gc=Lu`), `Any`, `ASCII` or `Assigned`. `Print`, which ECMA-262
/// does not define but some AWS models use (from Java's regex syntax), is everything but
/// control characters and unassigned code points, so it never rejects what the service
/// could accept.
pub fn property(name: &str) -> Option<CharSet> {
    let name = name
        .strip_prefix("General_Category=")
        .or_else(|| name.strip_prefix("gc="))
        .unwrap_or(name);
    match name {
        "Any" => return Some(CharSet::from_ranges(&[(0, MAX)])),
        "ASCII" => return Some(CharSet::from_ranges(&[(0, 0x7F)])),
        "Assigned" => return Some(categories(|c| c != "Cn")),
        "Print" => return Some(categories(|c| c != "Cc" && c != "Cn" && c != "Cs")),
        _ => {}
    }
    let short = long_category_name(name).unwrap_or(name);
    match short.len() {
        1 if "CLMNPSZ".contains(short) => Some(categories(|c| c.starts_with(short))),
        2 if NAMES.contains(&short) => Some(categories(|c| c == short)),
        // `LC`: cased letters.
        2 if short == "LC" => Some(categories(|c| matches!(c, "Lu" | "Ll" | "Lt"))),
        _ => None,
    }
}

/// Every code point whose category satisfies `wanted`.
fn categories(wanted: impl Fn(&str) -> bool) -> CharSet {
    let mut ranges = Vec::new();
    for (i, &(start, category)) in RUNS.iter().enumerate() {
        if wanted(NAMES[usize::from(category)]) {
            let end = RUNS.get(i + 1).map_or(MAX, |&(next, _)| next - 1);
            ranges.push((start, end));
        }
    }
    // Runs are sorted and adjacent runs differ in category, so these are already disjoint.
    CharSet::from_sorted(ranges)
}

fn long_category_name(name: &str) -> Option<&'static str> {
    Some(match name {
        "Other" => "C",
        "Control" | "cntrl" => "Cc",
        "Format" => "Cf",
        "Unassigned" => "Cn",
        "Private_Use" => "Co",
        "Surrogate" => "Cs",
        "Letter" => "L",
        "Cased_Letter" => "LC",
        "Lowercase_Letter" => "Ll",
        "Modifier_Letter" => "Lm",
        "Other_Letter" => "Lo",
        "Titlecase_Letter" => "Lt",
        "Uppercase_Letter" => "Lu",
        "Mark" | "Combining_Mark" => "M",
        "Spacing_Mark" => "Mc",
        "Enclosing_Mark" => "Me",
        "Nonspacing_Mark" => "Mn",
        "Number" => "N",
        "Decimal_Number" | "digit" => "Nd",
        "Letter_Number" => "Nl",
        "Other_Number" => "No",
        "Punctuation" | "punct" => "P",
        "Connector_Punctuation" => "Pc",
        "Dash_Punctuation" => "Pd",
        "Close_Punctuation" => "Pe",
        "Final_Punctuation" => "Pf",
        "Initial_Punctuation" => "Pi",
        "Other_Punctuation" => "Po",
        "Open_Punctuation" => "Ps",
        "Symbol" => "S",
        "Currency_Symbol" => "Sc",
        "Modifier_Symbol" => "Sk",
        "Math_Symbol" => "Sm",
        "Other_Symbol" => "So",
        "Separator" => "Z",
        "Line_Separator" => "Zl",
        "Paragraph_Separator" => "Zp",
        "Space_Separator" => "Zs",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_merge_and_complement() {
        let set = CharSet::from_ranges(&[(5, 9), (0, 3), (4, 4), (20, 30)]);
        assert_eq!(set.ranges, vec![(0, 9), (20, 30)]);
        assert_eq!(set.complement().ranges, vec![(10, 19), (31, MAX)]);
        assert_eq!(set.complement().complement(), set);
    }

    #[test]
    fn categories_agree_with_std_where_std_has_the_property() {
        let numbers = property("N").unwrap();
        let letters = property("Letter").unwrap();
        let separators = property("Z").unwrap();
        for c in [
            'a', 'Z', 'é', 'Ж', '中', '٣', '5', 'Ⅻ', ' ', '\u{3000}', '-', '😀', '\t',
        ] {
            // std's is_numeric is exactly Nd | Nl | No.
            assert_eq!(numbers.contains(c), c.is_numeric(), "{c:?}");
            if c.is_alphabetic() && !c.is_numeric() {
                assert!(letters.contains(c), "{c:?}");
            }
        }
        assert!(separators.contains(' ') && separators.contains('\u{3000}'));
        assert!(!separators.contains('\t'));
        assert!(property("Lu").unwrap().contains('É'));
        assert!(!property("gc=Lu").unwrap().contains('é'));
        assert!(property("Script=Latin").is_none());
    }
}
