//! `serde = true` where awsgen-runtime's `serde` feature is off (as in this crate): the error
//! names the feature to enable.

awsgen_runtime::athena_operation!(serde = true, GetSessionStatus);

fn main() {}
