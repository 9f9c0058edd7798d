//! Client CPU per request, awsgen against aws-sdk-athena, in one process: short batches of each
//! alternate many times, so a change in the machine's speed (other tenants, frequency) hits both
//! alike, and the ratio of each adjacent pair of batches is taken. Prints JSON with the median
//! ratio, its quartiles and the median time per request of each.
//!
//!     cargo run --release -- [rounds] [requests per batch]
//!     perf stat -e task-clock target/release/bench-pair ours|sdk N   # one side's CPU time

use std::hint::black_box;
use std::time::Instant;

mod ours;
mod sdk;

/// Seconds per request over `n` requests.
fn batch<T>(n: u32, mut once: impl FnMut() -> T) -> f64 {
    let start = Instant::now();
    for _ in 0..n {
        black_box(once());
    }
    start.elapsed().as_secs_f64() / f64::from(n)
}

fn quantile(sorted: &[f64], q: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}

fn main() {
    // `bench-pair ours|sdk N`: N requests of one side only, for `perf stat -e task-clock`
    // (CPU time, which a machine others are loading inflates much less than batch wall times).
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [side, n] = args.as_slice() {
        if side == "ours" || side == "sdk" {
            let n: u32 = n.parse().expect("a number");
            if side == "ours" {
                let ours = ours::cpu_path::OursPath::new();
                batch(n, || ours.run_once());
            } else {
                let sdk = sdk::cpu_path::SdkPath::new();
                batch(n, || sdk.run_once());
            }
            return;
        }
    }
    let mut args = args.iter().map(|a| a.parse::<u32>().expect("a number"));
    let rounds = args.next().unwrap_or(200);
    let per_batch = args.next().unwrap_or(500);
    let ours = ours::cpu_path::OursPath::new();
    let sdk = sdk::cpu_path::SdkPath::new();
    // Warm caches, the allocator and the signing-key cache.
    batch(per_batch * 4, || ours.run_once());
    batch(per_batch * 4, || sdk.run_once());

    let (mut ratios, mut ours_times, mut sdk_times) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..rounds {
        // Alternate which goes first, so neither always follows the other.
        let (o, s) = if round % 2 == 0 {
            let o = batch(per_batch, || ours.run_once());
            (o, batch(per_batch, || sdk.run_once()))
        } else {
            let s = batch(per_batch, || sdk.run_once());
            (batch(per_batch, || ours.run_once()), s)
        };
        ratios.push(o / s);
        ours_times.push(o);
        sdk_times.push(s);
    }
    for v in [&mut ratios, &mut ours_times, &mut sdk_times] {
        v.sort_by(f64::total_cmp);
    }
    println!(
        "{{\"rounds\": {rounds}, \"per_batch\": {per_batch}, \"ratio_median\": {:.4}, \"ratio_q1\": {:.4}, \
         \"ratio_q3\": {:.4}, \"ours_median_us\": {:.3}, \"sdk_median_us\": {:.3}}}",
        quantile(&ratios, 0.5),
        quantile(&ratios, 0.25),
        quantile(&ratios, 0.75),
        quantile(&ours_times, 0.5) * 1e6,
        quantile(&sdk_times, 0.5) * 1e6,
    );
}
