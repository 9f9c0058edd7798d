//! At least one operation must be named.

awsgen_runtime::athena_operation!();

fn main() {}
