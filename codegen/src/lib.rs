//! The generator.
#![forbid(unsafe_code)]
pub mod botocore;
pub mod diagnostic;
pub mod model;
pub mod smithy;
