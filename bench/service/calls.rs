// The calls both awsgen programs make (included by ours/src/main.rs and app/src/main.rs, so
// the two user crates compile the same code): start a query, read it back, list work groups.
// `athena` is the module of generated operations.

async fn calls(client: &Client) -> Result<String, Box<dyn std::error::Error>> {
    let started = athena::start_query_execution(
        client,
        athena::StartQueryExecutionInput::builder()
            .query_string("SELECT 1")
            .work_group("primary")
            .build()?,
    )
    .await?;
    let id = started.query_execution_id.ok_or("no query execution id")?;
    let execution = athena::get_query_execution(
        client,
        athena::GetQueryExecutionInput::builder()
            .query_execution_id(id.clone())
            .build()?,
    )
    .await?;
    let groups = athena::list_work_groups(
        client,
        athena::ListWorkGroupsInput::builder().max_results(10).build(),
    )
    .await?;
    Ok(format!(
        "query {id}: {:?}; {} work groups",
        execution.query_execution.and_then(|q| q.status),
        groups.work_groups.map_or(0, |g| g.len())
    ))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::args().nth(1).ok_or("usage: PROGRAM ENDPOINT_URL")?;
    let client = Client::builder()
        .region("us-east-1")
        .credentials(Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            None,
        ))
        .endpoint_url(url)
        .build()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    println!("{}", runtime.block_on(calls(&client))?);
    Ok(())
}
