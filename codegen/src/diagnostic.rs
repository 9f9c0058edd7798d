//! Errors the generator reports: every problem found, not just the first (as serde_derive's
//! `Ctxt` does), each tagged with the macro argument it should point at.

use std::fmt;

/// What a diagnostic is about, so the macro can point at the argument at fault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The model file itself (missing, unreadable, invalid JSON, a broken shape).
    Model,
    /// The n-th requested operation (0-based).
    Operation(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub origin: Origin,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Collects diagnostics while a stage runs.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, origin: Origin, message: impl Into<String>) {
        self.items.push(Diagnostic {
            origin,
            message: message.into(),
        });
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// `Ok(value)` when nothing was reported, else every diagnostic.
    pub fn finish<T>(self, value: T) -> Result<T, Vec<Diagnostic>> {
        if self.items.is_empty() {
            Ok(value)
        } else {
            Err(self.items)
        }
    }
}
