//! Every golden file (tests/golden.rs) compiles against the runtime: each is the whole output
//! of one invocation, so each gets its own module.
//! Clippy's style lints are off here: the macro's output reaches users' clippy as external
//! macro code, which clippy does not lint; this file asks only that the code compiles.
#![allow(dead_code, clippy::all)]

mod start_session {
    include!("golden/start_session.rs");
}

mod defaults {
    include!("golden/features/defaults.rs");
}

mod enums {
    include!("golden/features/enums.rs");
}

mod errors {
    include!("golden/features/errors.rs");
}

mod pagination {
    include!("golden/features/pagination.rs");
}

mod recursion {
    include!("golden/features/recursion.rs");
}

mod sensitive {
    include!("golden/features/sensitive.rs");
}

mod timestamps {
    include!("golden/features/timestamps.rs");
}

mod unions {
    include!("golden/features/unions.rs");
}

mod waiters {
    include!("golden/features/waiters.rs");
}

/// A union member targeting `smithy.api#Unit` is written and read as an empty object.
#[test]
fn a_unit_union_member_round_trips() {
    use awsgen_runtime::json::{to_string, DeserializeJson};
    assert_eq!(to_string(&unions::Figure::Nothing(())), r#"{"Nothing":{}}"#);
    let read = unions::Figure::from_json(&serde_json::json!({ "Nothing": {} }));
    assert_eq!(read.ok(), Some(unions::Figure::Nothing(())));
}
