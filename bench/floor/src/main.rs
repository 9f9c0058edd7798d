//! One POST through reqwest with rustls on a current-thread tokio runtime, nothing else: the
//! part of bench/ours's build time and binary that the HTTP stack alone costs (bench/run.sh
//! builds it beside ours and the SDK's). Usage: bench-floor URL
#![forbid(unsafe_code)]

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::args().nth(1).ok_or("usage: bench-floor URL")?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let status = runtime.block_on(async {
        let client = reqwest::Client::builder().build()?;
        let response = client
            .post(url)
            .header("content-type", "application/x-amz-json-1.1")
            .body("{}")
            .send()
            .await?;
        let status = response.status();
        let body = response.bytes().await?;
        Ok::<_, reqwest::Error>(format!("{status}: {} bytes", body.len()))
    })?;
    println!("{status}");
    Ok(())
}
