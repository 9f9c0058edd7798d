//! Every Athena operation generated in this crate (as a user who writes `*` does), three of
//! them called against the endpoint URL given. Usage: bench-service-ours ENDPOINT_URL
#![forbid(unsafe_code)]

use awsgen_runtime::{Client, Credentials};

mod athena {
    awsgen_runtime::athena_operation!(model = "../../../../shared/upstream/models/athena.smithy.json", *);
}

include!("../../calls.rs");
