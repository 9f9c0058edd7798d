//! The model file does not exist: the error points at the path.

awsgen_runtime::athena_operation!(model = "models/does-not-exist.json", Ping);

fn main() {}
