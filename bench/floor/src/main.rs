//! The HTTP stack our user chose (reqwest with rustls on a current-thread tokio runtime) and
//! nothing else: the part of bench/ours's build time, binary size and request latency that the
//! stack alone costs. bench/run.sh builds it beside ours and the SDK's, and runs it in the load
//! rounds with them.
//!
//! `bench-floor URL` sends one POST. `bench-floor URL N` sends N requests in a row on one
//! connection, then N from 8 tasks, and prints the same JSON line as bench-ours. Each request
//! carries the header names and the body bytes bench-ours sends for StartSession, fixed, so
//! the difference between the two programs is the client's own work: building, validating,
//! serializing and signing the request, and parsing the answer.
#![forbid(unsafe_code)]

use std::time::Instant;

const CONCURRENCY: usize = 8;

/// The body bench-ours sends (bench/ours/src/request.rs's `full_request`, serialized).
const BODY: &str = concat!(
    r#"{"Description":"Session started by the awsgen benchmark","WorkGroup":"primary","#,
    r#""EngineConfiguration":{"CoordinatorDpuSize":1,"MaxConcurrentDpus":20,"#,
    r#""DefaultExecutorDpuSize":1,"AdditionalConfigs":{"NotebookId":"nb-0123456789"},"#,
    r#""SparkProperties":{"spark.sql.shuffle.partitions":"8"},"Classifications":[{"#,
    r#""Name":"spark-defaults","Properties":{"spark.executor.memory":"4g"}}]},"#,
    r#""ExecutionRole":"arn:aws:iam::123456789012:role/AthenaSparkRole","#,
    r#""MonitoringConfiguration":{"CloudWatchLoggingConfiguration":{"Enabled":true,"#,
    r#""LogGroup":"/aws/athena/sessions","LogStreamNamePrefix":"bench-","#,
    r#""LogTypes":{"SPARK_DRIVER":["STDOUT","STDERR"]}},"ManagedLoggingConfiguration":{"#,
    r#""Enabled":true,"KmsKey":"alias/athena-logs"},"S3LoggingConfiguration":{"#,
    r#""Enabled":true,"KmsKey":"alias/athena-logs","#,
    r#""LogLocation":"s3://bench-athena-logs/sessions/"}},"#,
    r#""NotebookVersion":"Athena notebook version 1","SessionIdleTimeoutInMinutes":15,"#,
    r#""ClientRequestToken":"bench-token-0123456789-0123456789-abcdef","#,
    r#""Tags":[{"Key":"team","Value":"analytics"}],"CopyWorkGroupTags":true}"#
);

/// An Authorization value as long as a real one (the server does not check it).
const AUTHORIZATION: &str = concat!(
    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261201/us-east-1/athena/aws4_request, ",
    "SignedHeaders=content-type;host;x-amz-date;x-amz-target, ",
    "Signature=0000000000000000000000000000000000000000000000000000000000000000"
);

type BoxError = Box<dyn std::error::Error + Send + Sync>;

fn main() -> Result<(), BoxError> {
    let mut args = std::env::args().skip(1);
    let url = args.next().ok_or("usage: bench-floor URL [N]")?;
    let n: Option<usize> = args.next().map(|n| n.parse()).transpose()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let client = reqwest::Client::builder().build()?;
        match n {
            None => {
                let took = one(&client, &url).await?;
                println!("200 OK in {took} µs");
            }
            Some(n) => load(client, url, n).await?,
        }
        Ok(())
    })
}

async fn load(client: reqwest::Client, url: String, n: usize) -> Result<(), BoxError> {
    // Warm up the connection, as bench-ours does.
    sequential(&client, &url, n / 10 + 1).await?;
    let start = Instant::now();
    let seq = sequential(&client, &url, n).await?;
    let seq_time = start.elapsed();
    let start = Instant::now();
    let mut tasks = Vec::with_capacity(CONCURRENCY);
    for _ in 0..CONCURRENCY {
        let (client, url) = (client.clone(), url.clone());
        tasks.push(tokio::spawn(async move {
            sequential(&client, &url, n / CONCURRENCY).await
        }));
    }
    let mut conc = Vec::with_capacity(n);
    for task in tasks {
        conc.extend(task.await??);
    }
    let conc_time = start.elapsed();
    println!(
        "{{\"seq_rps\":{:.1},\"seq_p50_us\":{},\"seq_p99_us\":{},\"c8_rps\":{:.1},\"c8_p50_us\":{},\"c8_p99_us\":{}}}",
        n as f64 / seq_time.as_secs_f64(),
        percentile(&seq, 50),
        percentile(&seq, 99),
        n as f64 / conc_time.as_secs_f64(),
        percentile(&conc, 50),
        percentile(&conc, 99),
    );
    Ok(())
}

async fn sequential(client: &reqwest::Client, url: &str, n: usize) -> Result<Vec<u64>, BoxError> {
    let mut latencies = Vec::with_capacity(n);
    for _ in 0..n {
        latencies.push(one(client, url).await?);
    }
    Ok(latencies)
}

/// One POST with StartSession's headers and body; its latency in µs.
async fn one(client: &reqwest::Client, url: &str) -> Result<u64, BoxError> {
    let start = Instant::now();
    let response = client
        .post(url)
        .header("content-type", "application/x-amz-json-1.1")
        .header("x-amz-target", "AmazonAthena.StartSession")
        .header("x-amz-date", "20261201T000000Z")
        .header("authorization", AUTHORIZATION)
        .header("user-agent", "awsgen/0.1.0 (rust)")
        .body(BODY)
        .send()
        .await?;
    let status = response.status();
    let body = response.bytes().await?;
    let took = start.elapsed().as_micros() as u64;
    if !status.is_success() || !body.starts_with(b"{\"SessionId\"") {
        return Err(format!("unexpected answer: {status}").into());
    }
    Ok(took)
}

fn percentile(latencies: &[u64], p: usize) -> u64 {
    let mut sorted = latencies.to_vec();
    sorted.sort_unstable();
    sorted
        .get((sorted.len() * p / 100).min(sorted.len().saturating_sub(1)))
        .copied()
        .unwrap_or(0)
}
