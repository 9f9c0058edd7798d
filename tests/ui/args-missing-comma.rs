//! Operations are separated by commas.

awsgen_runtime::athena_operation!(StartSession GetSession);

fn main() {}
