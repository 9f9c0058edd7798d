//! The model is not valid JSON: the error gives the line and column.

awsgen_runtime::athena_operation!(model = "models/invalid-json.json", Ping);

fn main() {}
