//! bench-service-ours without the macro: the code `awsgen --model ... '*'` prints for the same
//! model, written by bench/service.sh to the file BENCH_SERVICE_EXPANDED names, included
//! here. A rebuild of this crate is rustc on the generated code alone.
#![forbid(unsafe_code)]

use awsgen_runtime::{Client, Credentials};

#[allow(clippy::all, unused)]
mod athena {
    include!(env!(
        "BENCH_SERVICE_EXPANDED",
        "set BENCH_SERVICE_EXPANDED to the generated code (bench/service.sh does)"
    ));
}

include!("../../calls.rs");
