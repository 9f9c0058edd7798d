//! The generator.
#![forbid(unsafe_code)]
