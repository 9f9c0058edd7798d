//! Constraint checks that generated `validate()` methods call: required, length, range and
//! pattern, each violation recorded with the path of the member that broke it.

use std::fmt;
use std::sync::OnceLock;

use crate::regex::Regex;

/// One broken constraint: `EngineConfiguration.MaxConcurrentDpus: 1 is below the minimum 2`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// The member's path from the input, with the model's member names: `Tags[0].Key`.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Where a member sits in an input, built on the stack while validating; it is only formatted
/// when a constraint fails, so validation allocates nothing for a valid input.
#[derive(Debug, Clone, Copy)]
pub enum Path<'a> {
    Root,
    Member(&'a Path<'a>, &'static str),
    Index(&'a Path<'a>, usize),
    Key(&'a Path<'a>, &'a str),
}

impl<'a> Path<'a> {
    pub fn member(&'a self, name: &'static str) -> Path<'a> {
        Path::Member(self, name)
    }

    pub fn index(&'a self, index: usize) -> Path<'a> {
        Path::Index(self, index)
    }

    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Member(Path::Root, name) => f.write_str(name),
            Path::Member(parent, name) => write!(f, "{parent}.{name}"),
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
            Path::Key(parent, key) => write!(f, "{parent}[{key:?}]"),
        }
    }
}

/// Every constraint an input broke, in the order the members are declared.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ValidationErrors {
    pub violations: Vec<Violation>,
}

impl ValidationErrors {
    pub fn is_empty(&self) -> bool {
        self.violations.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Violation> {
        self.violations.iter()
    }

    /// `Ok(())` when nothing was recorded.
    pub fn into_result(self) -> Result<(), ValidationErrors> {
        if self.violations.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }

    pub fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.violations.push(Violation {
            path: path.into(),
            message: message.into(),
        });
    }

    /// Records a required member that is not set.
    pub fn missing(&mut self, path: &Path<'_>) {
        self.push(path.to_string(), "is required but not set");
    }

    /// Checks a length: `len` is code points for strings, entries for lists and maps, bytes for blobs.
    pub fn length(&mut self, path: &Path<'_>, len: usize, min: Option<u64>, max: Option<u64>) {
        let len = len as u64;
        if let Some(min) = min {
            if len < min {
                self.push(
                    path.to_string(),
                    format!("length {len} is below the minimum {min}"),
                );
            }
        }
        if let Some(max) = max {
            if len > max {
                self.push(
                    path.to_string(),
                    format!("length {len} is above the maximum {max}"),
                );
            }
        }
    }

    /// Checks a string's length in code points. Counting them reads the whole string, so it is
    /// done only near a bound: a string has between a quarter of its bytes and all of them.
    pub fn string_length(
        &mut self,
        path: &Path<'_>,
        value: &str,
        min: Option<u64>,
        max: Option<u64>,
    ) {
        let bytes = value.len() as u64;
        let surely_long_enough = min.is_none_or(|min| bytes.div_ceil(4) >= min);
        let surely_short_enough = max.is_none_or(|max| bytes <= max);
        if !(surely_long_enough && surely_short_enough) {
            self.length(path, value.chars().count(), min, max);
        }
    }

    /// Checks a numeric range; bounds come from the model as decimal numbers. A
    /// [`Sensitive`](crate::sensitive::Sensitive) value is checked but not shown.
    pub fn range<T: Into<f64> + Copy + fmt::Display>(
        &mut self,
        path: &Path<'_>,
        value: T,
        min: Option<f64>,
        max: Option<f64>,
    ) {
        let v: f64 = value.into();
        if let Some(min) = min {
            if v < min {
                self.push(
                    path.to_string(),
                    format!("{value} is below the minimum {min}"),
                );
            }
        }
        if let Some(max) = max {
            if v > max {
                self.push(
                    path.to_string(),
                    format!("{value} is above the maximum {max}"),
                );
            }
        }
    }

    /// Range check for `i64`, which does not convert to `f64` losslessly.
    pub fn range_i64<T: Into<i64> + Copy + fmt::Display>(
        &mut self,
        path: &Path<'_>,
        shown: T,
        min: Option<i64>,
        max: Option<i64>,
    ) {
        let value: i64 = shown.into();
        if let Some(min) = min {
            if value < min {
                self.push(
                    path.to_string(),
                    format!("{shown} is below the minimum {min}"),
                );
            }
        }
        if let Some(max) = max {
            if value > max {
                self.push(
                    path.to_string(),
                    format!("{shown} is above the maximum {max}"),
                );
            }
        }
    }

    /// Checks a string against a Smithy pattern (ECMA-262, searched, not anchored). A
    /// [`Sensitive`](crate::sensitive::Sensitive) value is checked but not shown.
    pub fn pattern(
        &mut self,
        path: &Path<'_>,
        value: impl AsRef<str> + fmt::Debug,
        pattern: &Pattern,
    ) {
        self.check_pattern(path, value.as_ref(), &value, pattern);
    }

    // Not generic: compiled here once, not in every generated crate.
    fn check_pattern(
        &mut self,
        path: &Path<'_>,
        value: &str,
        shown: &dyn fmt::Debug,
        pattern: &Pattern,
    ) {
        match pattern.is_match(value) {
            Ok(true) => {}
            Ok(false) => self.push(
                path.to_string(),
                format!("{shown:?} does not match the pattern {}", pattern.source),
            ),
            // Not checked here: see `Pattern::is_match`.
            Err(_) => {}
        }
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, v) in self.violations.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{v}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

/// A Smithy `@pattern`, parsed once per process on first use.
///
/// Smithy patterns are ECMA-262 regular expressions, matched as with the `u` flag (see
/// [`crate::regex`]) and searched for anywhere in the value.
pub struct Pattern {
    pub source: &'static str,
    compiled: OnceLock<Result<Regex, String>>,
}

impl Pattern {
    pub const fn new(source: &'static str) -> Self {
        Pattern {
            source,
            compiled: OnceLock::new(),
        }
    }

    /// Whether the pattern matches anywhere in `value` (Smithy patterns are not implicitly anchored).
    ///
    /// Err when the matcher cannot use the pattern (every pattern of the upstream models works;
    /// a future model could use lookbehind, say). Validation then leaves the value to the
    /// service instead of refusing every value, and a warning is logged once per pattern.
    pub fn is_match(&self, value: &str) -> Result<bool, String> {
        let compiled = self.compiled.get_or_init(|| {
            Regex::new(self.source).map_err(|e| {
                let error = format!("the model's pattern {} is not supported: {e}", self.source);
                tracing::warn!(%error, "values are not checked against this pattern");
                error
            })
        });
        match compiled {
            Ok(regex) => Ok(regex.is_match(value)),
            Err(e) => Err(e.clone()),
        }
    }
}

impl fmt::Debug for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Pattern").field(&self.source).finish()
    }
}

/// A builder's `build()` found required members unset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildError {
    pub type_name: &'static str,
    /// Every required member not set, with the model's member names.
    pub missing: Vec<&'static str>,
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot build {}: required member{} not set: {}",
            self.type_name,
            if self.missing.len() == 1 { "" } else { "s" },
            self.missing.join(", ")
        )
    }
}

impl std::error::Error for BuildError {}

/// Each missing member as the violation `validate()` reports for it: what a fluent builder's
/// `send()` returns, inside [`Error::InvalidInput`](crate::Error::InvalidInput), when a
/// required member of the request is not set.
impl From<BuildError> for ValidationErrors {
    fn from(error: BuildError) -> Self {
        let mut errors = ValidationErrors::default();
        for member in error.missing {
            errors.missing(&Path::Root.member(member));
        }
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Athena's KeyString: printable BMP, astral code points via a surrogate-pair range, and tab.
    static KEY_STRING: Pattern =
        Pattern::new(r"^[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*$");

    #[test]
    fn string_length_counts_code_points_near_the_bounds() {
        let count = |value: &str, min: Option<u64>, max: Option<u64>| {
            let mut errors = ValidationErrors::default();
            errors.string_length(&Path::Root.member("Name"), value, min, max);
            errors.violations.len()
        };
        // 3 code points in 12 bytes: within 3..=3 although the bytes exceed the maximum.
        assert_eq!(count("😀😀😀", Some(3), Some(3)), 0);
        assert_eq!(count("😀😀😀", Some(4), None), 1);
        assert_eq!(count("😀😀😀", None, Some(2)), 1);
        // 4 code points in 4 bytes at each bound, and one past each.
        assert_eq!(count("abcd", Some(4), Some(4)), 0);
        assert_eq!(count("abcd", Some(5), None), 1);
        assert_eq!(count("abcd", None, Some(3)), 1);
        assert_eq!(count("", Some(1), None), 1);
        assert_eq!(count("", None, None), 0);
        // Each answer equals the plain count's.
        for value in ["", "a", "é", "añb", "😀", "a😀b😀", "spark.sql.shuffle"] {
            for min in [None, Some(0), Some(1), Some(2), Some(4), Some(9)] {
                for max in [None, Some(0), Some(1), Some(3), Some(5), Some(17)] {
                    let mut plain = ValidationErrors::default();
                    plain.length(&Path::Root, value.chars().count(), min, max);
                    assert_eq!(
                        count(value, min, max),
                        plain.violations.len(),
                        "{value:?} {min:?} {max:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn surrogate_pair_ranges_accept_astral_code_points() {
        assert_eq!(KEY_STRING.is_match("spark.key"), Ok(true));
        assert_eq!(KEY_STRING.is_match("emoji 😀 key"), Ok(true));
        assert_eq!(KEY_STRING.is_match("tab\tok"), Ok(true));
        assert_eq!(KEY_STRING.is_match("bell\u{7}"), Ok(false));
        assert_eq!(KEY_STRING.is_match("new\nline"), Ok(false));
    }

    #[test]
    fn unsupported_patterns_leave_values_to_the_service() {
        static LOOKBEHIND: Pattern = Pattern::new("(?<=a)b");
        assert!(LOOKBEHIND
            .is_match("ab")
            .unwrap_err()
            .contains("lookbehind"));
        let mut errors = ValidationErrors::default();
        errors.pattern(&Path::Root.member("Name"), "anything", &LOOKBEHIND);
        assert!(errors.is_empty(), "{errors}");
    }

    #[test]
    fn sensitive_values_are_checked_but_not_shown() {
        use crate::sensitive::{Sensitive, REDACTED};
        static DIGITS: Pattern = Pattern::new("^[0-9]+$");
        let mut errors = ValidationErrors::default();
        let root = Path::Root;
        errors.pattern(&root.member("Pin"), Sensitive("hunter2"), &DIGITS);
        errors.pattern(&root.member("Pin"), Sensitive("1234"), &DIGITS);
        errors.range(&root.member("Count"), Sensitive(97_i32), None, Some(9.0));
        errors.range_i64(&root.member("Big"), Sensitive(98_i64), Some(99), None);
        assert_eq!(
            errors.to_string(),
            format!(
                "Pin: {REDACTED} does not match the pattern ^[0-9]+$; \
                 Count: {REDACTED} is above the maximum 9; Big: {REDACTED} is below the minimum 99"
            )
        );
    }

    #[test]
    fn patterns_are_searched_not_anchored() {
        static P: Pattern = Pattern::new("[0-9]+");
        assert_eq!(P.is_match("abc123"), Ok(true));
        assert_eq!(P.is_match("abc"), Ok(false));
    }

    #[test]
    fn violations_carry_paths() {
        let mut errors = ValidationErrors::default();
        let root = Path::Root;
        let engine = root.member("EngineConfiguration");
        errors.range(
            &engine.member("MaxConcurrentDpus"),
            1,
            Some(2.0),
            Some(5000.0),
        );
        errors.length(&root.member("WorkGroup"), "".chars().count(), Some(1), None);
        errors.missing(&engine);
        let tags = root.member("Tags");
        let tag = tags.index(3);
        errors.missing(&tag.member("Key"));
        let configs = root.member("AdditionalConfigs");
        errors.missing(&configs.key("k"));
        assert_eq!(
            errors.to_string(),
            "EngineConfiguration.MaxConcurrentDpus: 1 is below the minimum 2; \
             WorkGroup: length 0 is below the minimum 1; EngineConfiguration: is required but not set; \
             Tags[3].Key: is required but not set; AdditionalConfigs[\"k\"]: is required but not set"
        );
    }
}
