//! A member targets a shape of a type the generator does not know.

awsgen_runtime::athena_operation!(model = "models/unsupported-type.json", Ping);

fn main() {}
