//! The calls of bench/service/ours (start a query, read it back, list work groups) on
//! aws-sdk-athena + aws-config. Usage: bench-service-sdk ENDPOINT_URL
#![forbid(unsafe_code)]

use aws_config::BehaviorVersion;
use aws_sdk_athena::config::{Credentials, Region};
use aws_sdk_athena::Client;

async fn calls(client: &Client) -> Result<String, Box<dyn std::error::Error>> {
    let started = client
        .start_query_execution()
        .query_string("SELECT 1")
        .work_group("primary")
        .send()
        .await?;
    let id = started.query_execution_id().ok_or("no query execution id")?;
    let execution = client
        .get_query_execution()
        .query_execution_id(id)
        .send()
        .await?;
    let groups = client.list_work_groups().max_results(10).send().await?;
    Ok(format!(
        "query {id}: {:?}; {} work groups",
        execution.query_execution().and_then(|q| q.status()),
        groups.work_groups().len()
    ))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::args().nth(1).ok_or("usage: bench-service-sdk ENDPOINT_URL")?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let config = aws_config::defaults(BehaviorVersion::latest())
            .region(Region::new("us-east-1"))
            .credentials_provider(Credentials::new(
                "AKIDEXAMPLE",
                "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                None,
                None,
                "bench",
            ))
            .endpoint_url(url)
            .load()
            .await;
        let client = Client::new(&config);
        println!("{}", calls(&client).await?);
        Ok(())
    })
}
