//! `serde` takes `true` or `false`.

awsgen_runtime::athena_operation!(serde = "yes", GetSessionStatus);

fn main() {}
