//! A member targets a shape the model does not have.

awsgen_runtime::athena_operation!(model = "models/missing-target.json", Ping);

fn main() {}
