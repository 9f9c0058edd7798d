//! Two invocations in one module would define the same items twice: the first error says to
//! give each its own module.

awsgen_runtime::athena_operation!(StartSession);
awsgen_runtime::athena_operation!(GetSession);

fn main() {}
