//! The SDK's side of the first-credentials rows in BENCHMARKS.md (bench/ours/benches/credentials.rs
//! is ours): aws-config's `DefaultCredentialsChain`, built and asked once per iteration, as a
//! new client does, from the same loopback IMDS and container endpoints
//! (`bench/credentials_server.rs`). Once as a new chain gets it (its own default HTTPS client),
//! once sharing one HTTP client (as a `ProviderConfig` given the application's client would).
//!
//! aws-config reads only the process environment (its `ProviderConfig::with_env` is crate
//! private), so this bench sets the variables it needs and removes every other `AWS_*` one.
//! Run: `cd bench/sdk && cargo bench --bench credentials` (bench/credentials.sh).

use std::hint::black_box;

use aws_config::default_provider::credentials::DefaultCredentialsChain;
use aws_config::provider_config::ProviderConfig;
use aws_config::Region;
use aws_credential_types::provider::ProvideCredentials;
use aws_smithy_http_client::tls::{rustls_provider::CryptoMode, Provider};
use criterion::{criterion_group, criterion_main, Criterion};

#[path = "../../credentials_server.rs"]
mod credentials_server;

use credentials_server::loopback_endpoints;

/// The process environment of `vars` alone among `AWS_*` variables, an empty home (no
/// profile files) and the region, as bench/ours's injected environment.
fn set_environment(home: &std::path::Path, vars: &[(&str, &str)]) {
    for (name, _) in std::env::vars() {
        if name.starts_with("AWS_") {
            std::env::remove_var(name);
        }
    }
    std::env::set_var("HOME", home);
    std::env::set_var("AWS_REGION", "us-east-1");
    for (name, value) in vars {
        std::env::set_var(name, value);
    }
}

fn first_credentials(c: &mut Criterion) {
    let base = loopback_endpoints();
    let home = std::env::temp_dir().join(format!(
        "awsgen-bench-sdk-credentials-{}",
        std::process::id()
    ));
    std::fs::create_dir_all(&home).expect("temp home");
    let container_uri = format!("{base}/container/credentials");
    let cases: [(&str, Vec<(&str, &str)>); 2] = [
        (
            "IMDS",
            vec![
                ("AWS_EC2_METADATA_DISABLED", "false"),
                ("AWS_EC2_METADATA_SERVICE_ENDPOINT", &base),
            ],
        ),
        (
            "container",
            vec![
                ("AWS_EC2_METADATA_DISABLED", "true"),
                ("AWS_CONTAINER_CREDENTIALS_FULL_URI", &container_uri),
            ],
        ),
    ];
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    // The client aws-config builds by default (rustls with aws-lc), made once.
    let shared = aws_smithy_http_client::Builder::new()
        .tls_provider(Provider::Rustls(CryptoMode::AwsLc))
        .build_https();

    let mut group = c.benchmark_group("first credentials");
    group.sample_size(30);
    for (name, vars) in &cases {
        set_environment(&home, vars);
        let new_chain = || async {
            DefaultCredentialsChain::builder()
                .build()
                .await
                .provide_credentials()
                .await
        };
        let sharing = || async {
            let config = ProviderConfig::without_region()
                .with_region(Some(Region::new("us-east-1")))
                .with_http_client(shared.clone());
            DefaultCredentialsChain::builder()
                .configure(config)
                .build()
                .await
                .provide_credentials()
                .await
        };
        // Checked once outside the timing: the chain really gets the served credentials.
        for got in [runtime.block_on(new_chain()), runtime.block_on(sharing())] {
            let got = got.unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(
                got.access_key_id(),
                credentials_server::ACCESS_KEY_ID,
                "{name}"
            );
        }
        group.bench_function(format!("{name}, new chain with a new transport"), |b| {
            b.iter(|| black_box(runtime.block_on(new_chain()).expect("credentials")))
        });
        group.bench_function(
            format!("{name}, new chain sharing the client's transport"),
            |b| b.iter(|| black_box(runtime.block_on(sharing()).expect("credentials"))),
        );
    }
    group.finish();
    let _ = std::fs::remove_dir_all(&home);
}

criterion_group!(benches, first_credentials);
criterion_main!(benches);
