//! Generated types belong to the crate that invokes the macro: this test crate generates
//! StartSession itself, and its types are not those of awsgen-example-athena-ops, though both
//! come from the same model. (Were the macro to emit re-exports of shared types, the two would
//! be one type and a model update in one crate would change the other's API.)

use std::any::{type_name, TypeId};

mod here {
    awsgen_runtime::athena_operation!(StartSession);
}

#[test]
fn two_crates_that_invoke_the_macro_get_distinct_types() {
    use awsgen_example_athena_ops as there;
    assert_ne!(
        TypeId::of::<here::StartSessionRequest>(),
        TypeId::of::<there::StartSessionRequest>()
    );
    assert_ne!(
        TypeId::of::<here::SessionState>(),
        TypeId::of::<there::SessionState>()
    );
    assert!(type_name::<here::StartSessionRequest>().starts_with("distinct_types::here::"));
    assert!(type_name::<there::StartSessionRequest>().starts_with("awsgen_example_athena_ops::"));
    // Same model, same wire format: a value converts through its JSON.
    let request = |work_group: &str| {
        here::StartSessionRequest::builder()
            .work_group(work_group)
            .engine_configuration(here::EngineConfiguration::builder().build())
            .build()
            .expect("built")
    };
    let theirs = there::StartSessionRequest::builder()
        .work_group("primary")
        .engine_configuration(there::EngineConfiguration::builder().build())
        .build()
        .expect("built");
    assert_eq!(
        awsgen_runtime::json::to_string(&request("primary")),
        awsgen_runtime::json::to_string(&theirs)
    );
}
