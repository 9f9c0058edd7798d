//! Starts an Athena Spark session with every request member set, waits until it is `IDLE`,
//! then terminates it.
//!
//! With an AWS region and credentials configured (environment or ~/.aws) it calls real Athena;
//! the request then needs a Spark-enabled work group and the role, log group and keys it names
//! to exist in your account. Without them, or with `AWSGEN_EXAMPLE_EMULATOR=1`, it starts the
//! local Athena emulator and runs against that.
//!
//!     cargo run -p awsgen-examples --example start_session

use std::process::ExitCode;
use std::time::Duration;

use awsgen_emulator::Emulator;
use awsgen_examples::session_flow;
use awsgen_runtime::config::Environment;

/// Real sessions usually take well under a minute to become idle.
const WAIT_TIMEOUT: Duration = Duration::from_secs(180);

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    // Kept alive until the end: dropping the emulator stops it.
    let mut emulator = None;
    let client = match session_flow::configured_aws_client(&Environment::from_process()).await {
        Ok(client) => {
            println!("calling Amazon Athena in {}", client.region());
            client
        }
        Err(why) => {
            let local = emulator.insert(Emulator::start().await?);
            println!(
                "no AWS credentials/region found; running against the local Athena emulator \
                 on {}\n  ({why})",
                local.addr()
            );
            local.client()?
        }
    };
    session_flow::run(&client, WAIT_TIMEOUT).await?;
    Ok(())
}
