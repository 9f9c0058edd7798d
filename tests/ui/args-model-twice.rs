//! The model can be given only once.

awsgen_runtime::athena_operation!(model = "models/a.json", model = "models/b.json", StartSession);

fn main() {}
