//! The app of `src/main.rs`, generating the operations in place instead of using
//! `awsgen-example-athena-ops`: every edit to this crate expands the macro again and compiles
//! the generated code again. bench/workspace.sh times a rebuild of each.
#![forbid(unsafe_code)]

mod athena {
    awsgen_runtime::athena_operation!(StartSession, GetSessionStatus, GetSession, TerminateSession);
}

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
