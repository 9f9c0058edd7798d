//! A @default that does not fit the member type.

awsgen_runtime::athena_operation!(model = "models/default-out-of-range.json", Ping);

fn main() {}
