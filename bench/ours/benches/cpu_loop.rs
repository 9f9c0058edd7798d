//! The client CPU path (cpu_path.rs) N times in a row (env `N`, default 100,000), nothing else:
//! for `perf stat -e task-clock`, whose CPU time of the process stays comparable while other
//! jobs share the cores (criterion's wall-clock samples do not). Build it with
//! `cargo bench --bench cpu_loop --no-run` and run the executable cargo prints.

#[allow(dead_code)]
#[path = "../src/request.rs"]
mod request;

#[path = "../src/cpu_path.rs"]
mod cpu_path;

fn main() {
    let n: usize = std::env::var("N").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let path = cpu_path::OursPath::new();
    for _ in 0..n {
        std::hint::black_box(path.run_once());
    }
}
