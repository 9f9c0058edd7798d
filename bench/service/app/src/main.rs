//! The same program as bench-service-ours, its operations from the generation crate
//! bench-service-ops. Usage: bench-service-app ENDPOINT_URL
#![forbid(unsafe_code)]

use awsgen_runtime::{Client, Credentials};
use bench_service_ops as athena;

include!("../../calls.rs");
