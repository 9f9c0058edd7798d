//! A crate of the workspace that uses the operations `awsgen-example-athena-ops` generates:
//! it builds and checks a StartSession request and prints what would be sent.
#![forbid(unsafe_code)]

use awsgen_example_athena_ops as athena;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let request = athena::StartSessionRequest::builder()
        .work_group("primary")
        .engine_configuration(
            athena::EngineConfiguration::builder()
                .max_concurrent_dpus(4)
                .build(),
        )
        .build()?;
    request.validate()?;
    println!("{}", awsgen_runtime::json::to_string(&request));
    Ok(())
}
