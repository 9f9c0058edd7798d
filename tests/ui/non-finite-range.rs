//! @range bounds must be finite numbers.

awsgen_runtime::athena_operation!(model = "models/non-finite-range.json", Ping);

fn main() {}
