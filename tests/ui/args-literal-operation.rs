//! Operation names are identifiers, not strings.

awsgen_runtime::athena_operation!("StartSession");

fn main() {}
