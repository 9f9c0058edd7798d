//! A misspelt operation: the error points at it and suggests the nearest name.

awsgen_runtime::athena_operation!(StartSesion);

fn main() {}
