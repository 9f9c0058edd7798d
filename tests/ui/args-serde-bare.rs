//! `serde` alone, not `serde = true`.

awsgen_runtime::athena_operation!(serde, GetSessionStatus);

fn main() {}
