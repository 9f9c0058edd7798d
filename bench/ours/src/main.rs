//! Sends StartSession to the benchmark server N times in a row on one connection, then N
//! times from 8 concurrent tasks, and prints one JSON line: requests/s, p50/p99 latency in
//! microseconds and peak RSS. Usage: bench-ours URL N
#![forbid(unsafe_code)]

use std::time::{Duration, Instant};

use awsgen_runtime::{Client, Credentials};
mod request;

use request::{full_request, start_session, SessionState};

const CONCURRENCY: usize = 8;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let url = args.next().ok_or("usage: bench-ours URL N")?;
    let n: usize = args.next().ok_or("usage: bench-ours URL N")?.parse()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(run(url, n))
}

async fn run(url: String, n: usize) -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .region("us-east-1")
        .credentials(Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            None,
        ))
        .endpoint_url(url)
        .build()?;
    // Warm up: connection, endpoint and signing-key caches.
    sequential(&client, n / 10 + 1).await?;
    let (seq_time, seq) = timed(sequential(&client, n)).await?;
    let (conc_time, conc) = timed(concurrent(&client, n)).await?;
    println!(
        "{{\"seq_rps\":{:.1},\"seq_p50_us\":{},\"seq_p99_us\":{},\"c8_rps\":{:.1},\"c8_p50_us\":{},\"c8_p99_us\":{},\"vmhwm_kb\":{}}}",
        n as f64 / seq_time.as_secs_f64(),
        percentile(&seq, 50),
        percentile(&seq, 99),
        n as f64 / conc_time.as_secs_f64(),
        percentile(&conc, 50),
        percentile(&conc, 99),
        peak_rss_kb()
    );
    Ok(())
}

/// One full call: build the request, send it, check the answer. Its latency in µs.
async fn one(client: &Client) -> Result<u64, Box<dyn std::error::Error>> {
    let start = Instant::now();
    let response = start_session(client, full_request()?).await?;
    let took = start.elapsed().as_micros() as u64;
    if response.session_id.as_deref() != Some("s") || response.state != Some(SessionState::Creating)
    {
        return Err(format!("unexpected response {response:?}").into());
    }
    Ok(took)
}

async fn sequential(client: &Client, n: usize) -> Result<Vec<u64>, Box<dyn std::error::Error>> {
    let mut latencies = Vec::with_capacity(n);
    for _ in 0..n {
        latencies.push(one(client).await?);
    }
    Ok(latencies)
}

async fn concurrent(client: &Client, n: usize) -> Result<Vec<u64>, Box<dyn std::error::Error>> {
    let tasks: Vec<_> = (0..CONCURRENCY)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move {
                let mut latencies = Vec::with_capacity(n / CONCURRENCY);
                for _ in 0..n / CONCURRENCY {
                    latencies.push(one(&client).await.map_err(|e| e.to_string())?);
                }
                Ok::<_, String>(latencies)
            })
        })
        .collect();
    let mut all = Vec::with_capacity(n);
    for task in tasks {
        all.extend(task.await??);
    }
    Ok(all)
}

async fn timed<T>(
    work: impl std::future::Future<Output = Result<T, Box<dyn std::error::Error>>>,
) -> Result<(Duration, T), Box<dyn std::error::Error>> {
    let start = Instant::now();
    let value = work.await?;
    Ok((start.elapsed(), value))
}

fn percentile(latencies: &[u64], p: usize) -> u64 {
    let mut sorted = latencies.to_vec();
    sorted.sort_unstable();
    sorted
        .get((sorted.len() * p / 100).min(sorted.len().saturating_sub(1)))
        .copied()
        .unwrap_or(0)
}

/// Peak resident set size of this process, from the kernel's high-water mark.
fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}
