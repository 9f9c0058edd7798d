//! The model path must be a string literal.

awsgen_runtime::athena_operation!(model = 42, StartSession);

fn main() {}
