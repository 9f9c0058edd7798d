//! Shape and member names must be Smithy identifiers: they become Rust identifiers.

awsgen_runtime::athena_operation!(model = "models/invalid-names.json", Ping);

fn main() {}
