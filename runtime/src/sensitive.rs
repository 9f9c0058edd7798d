//! Values a model marks `@sensitive` (botocore: `"sensitive": true`): what generated `Debug`
//! impls and validation messages print in their place.

use std::fmt;

/// Printed instead of a sensitive value; the same text the AWS SDK for Rust prints.
pub const REDACTED: &str = "*** Sensitive Data Redacted ***";

/// A sensitive value handed to a check that may describe it (a pattern or range violation):
/// the check sees the value, the message shows [`REDACTED`].
#[derive(Clone, Copy)]
pub struct Sensitive<T>(pub T);

impl<T> fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl<T> fmt::Display for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl<T: AsRef<str>> AsRef<str> for Sensitive<T> {
    fn as_ref(&self) -> &str {
        self.0.as_ref()
    }
}

// Range checks take any number that converts losslessly (see `ValidationErrors::range`).
impl<T: Into<f64>> From<Sensitive<T>> for f64 {
    fn from(value: Sensitive<T>) -> f64 {
        value.0.into()
    }
}

impl<T: Into<i64>> From<Sensitive<T>> for i64 {
    fn from(value: Sensitive<T>) -> i64 {
        value.0.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_as_redacted_but_converts_to_the_value() {
        let secret = Sensitive("hunter2");
        assert_eq!(
            format!("{secret:?} {secret} {secret:#?}"),
            format!("{REDACTED} {REDACTED} {REDACTED}")
        );
        assert_eq!(secret.as_ref(), "hunter2");
        assert_eq!(f64::from(Sensitive(7_i32)), 7.0);
        assert_eq!(i64::from(Sensitive(7_i64)), 7);
    }
}
