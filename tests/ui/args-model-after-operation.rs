//! The model comes before the operations.

awsgen_runtime::athena_operation!(StartSession, model = "models/a.json");

fn main() {}
