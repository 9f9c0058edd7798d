//! Each operation is named once.

awsgen_runtime::athena_operation!(StartSession, StartSession);

fn main() {}
