//! Only awsJson1_0 and awsJson1_1 services can be generated.

awsgen_runtime::athena_operation!(model = "models/rest-json.json", Ping);

fn main() {}
