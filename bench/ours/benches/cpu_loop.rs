//! The client CPU path (cpu_path.rs) N times in a row (env `N`, default 100,000), nothing else:
//! for `perf stat -e task-clock`, whose CPU time of the process stays comparable while other
//! jobs share the cores (criterion's wall-clock samples do not). Build it with
//! `cargo bench --bench cpu_loop --no-run` and run the executable cargo prints.
//!
//! `STEP=build|validate|serialize|sign` repeats that one step instead (the others done once
//! before the loop), to see where the time goes with the same CPU-time measure.

#[allow(dead_code)]
#[path = "../src/request.rs"]
mod request;

#[path = "../src/cpu_path.rs"]
mod cpu_path;

use std::hint::black_box;

fn main() {
    let n: usize = std::env::var("N").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let path = cpu_path::OursPath::new();
    let input = request::full_request().expect("valid request");
    let body = awsgen_runtime::json::to_string(&input);
    match std::env::var("STEP").as_deref() {
        Ok("build") => (0..n).for_each(|_| drop(black_box(request::full_request()))),
        Ok("validate") => (0..n).for_each(|_| drop(black_box(input.validate()))),
        Ok("serialize") => (0..n).for_each(|_| drop(black_box(awsgen_runtime::json::to_string(&input)))),
        Ok("sign") => (0..n).for_each(|_| drop(black_box(path.sign(&body)))),
        Ok(other) => panic!("unknown STEP {other:?}: build, validate, serialize or sign"),
        Err(_) => (0..n).for_each(|_| drop(black_box(path.run_once()))),
    }
}
