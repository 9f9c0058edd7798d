//! A misspelt option.

awsgen_runtime::athena_operation!(modle = "models/x.json", StartSession);

fn main() {}
