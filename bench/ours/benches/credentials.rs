//! Credentials rows of BENCHMARKS.md, through the public provider API with an injected
//! environment (no process variable is read or changed):
//!
//! - time to first credentials from a loopback IMDS (IMDSv2 token, role name, credentials)
//!   and from a loopback container endpoint (`AWS_CONTAINER_CREDENTIALS_FULL_URI` on
//!   127.0.0.1): `DefaultCredentialsChain` made and asked once per iteration, as a new client
//!   does; once with a fresh transport (reqwest and rustls set up, as `DefaultCredentialsChain::new`
//!   does) and once sharing a ready transport (as a client's chain shares the client's);
//! - a warm `CachedCredentials` hit, per call, beside one request's signing (the `sign` step of
//!   the client CPU row) and the whole client CPU path, to show the cache does not show there.
//!
//! The endpoints are a small std-only HTTP/1.1 server on 127.0.0.1 in this process
//! (`bench/credentials_server.rs`, which bench/sdk's credentials bench serves too).
//! Run: `cd bench/ours && cargo bench --bench credentials` (bench/credentials.sh).

use std::hint::black_box;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use awsgen_runtime::credentials::{
    CachedCredentials, DefaultCredentialsChain, ProvideCredentials, ProviderContext,
};
use awsgen_runtime::http::{HttpTransport, ReqwestTransport};
use awsgen_runtime::os::{Environment, Os};
use awsgen_runtime::settings::Settings;
use awsgen_runtime::sigv4::{SignableRequest, Signer, SigningParams};
use awsgen_runtime::{Credentials, DateTime};
use criterion::{criterion_group, criterion_main, Criterion};

#[allow(dead_code)]
#[path = "../src/request.rs"]
mod request;

#[path = "../src/cpu_path.rs"]
mod cpu_path;

#[path = "../../credentials_server.rs"]
mod credentials_server;

use credentials_server::loopback_endpoints;

/// An environment with nothing but the region, the endpoint variables and an empty home (no
/// profile files), so the chain falls through environment, profile and web identity to `source`.
fn environment(home: &std::path::Path, vars: &[(&str, &str)]) -> Environment {
    let mut env = Environment::from_vars([
        ("HOME", home.to_str().expect("UTF-8 temp path")),
        ("AWS_REGION", "us-east-1"),
    ]);
    for (name, value) in vars {
        env = env.with_var(*name, *value);
    }
    env
}

fn first_credentials(c: &mut Criterion) {
    let base = loopback_endpoints();
    let home = std::env::temp_dir().join(format!("awsgen-bench-credentials-{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("temp home");
    let imds = environment(
        &home,
        &[("AWS_EC2_METADATA_DISABLED", "false"), ("AWS_EC2_METADATA_SERVICE_ENDPOINT", &base)],
    );
    let container = environment(
        &home,
        &[
            ("AWS_EC2_METADATA_DISABLED", "true"),
            ("AWS_CONTAINER_CREDENTIALS_FULL_URI", &format!("{base}/container/credentials")),
        ],
    );
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let shared: Arc<dyn HttpTransport> =
        Arc::new(ReqwestTransport::new(Duration::from_secs(1)).expect("transport"));

    let mut group = c.benchmark_group("first credentials");
    group.sample_size(30);
    for (name, env) in [("IMDS", &imds), ("container", &container)] {
        // Checked once outside the timing: the chain really gets the served credentials.
        let got = runtime
            .block_on(DefaultCredentialsChain::new(env.clone(), None).provide_credentials())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(got.access_key_id(), credentials_server::ACCESS_KEY_ID, "{name}");
        group.bench_function(format!("{name}, new chain with a new transport"), |b| {
            b.iter(|| {
                let chain = DefaultCredentialsChain::new(env.clone(), None);
                black_box(runtime.block_on(chain.provide_credentials()).expect("credentials"))
            })
        });
        group.bench_function(format!("{name}, new chain sharing the client's transport"), |b| {
            b.iter(|| {
                let settings = Settings::resolve(Os::with_env(env.clone()), None, None);
                let chain = DefaultCredentialsChain::with_context(ProviderContext::new(settings, shared.clone()));
                black_box(runtime.block_on(chain.provide_credentials()).expect("credentials"))
            })
        });
    }
    group.finish();
    let _ = std::fs::remove_dir_all(&home);
}

/// A warm cache answers without waiting: polled once, its future is ready.
fn poll_ready(cache: &CachedCredentials) -> Credentials {
    let mut future = cache.provide_credentials();
    match future.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(result) => result.expect("cached credentials"),
        Poll::Pending => panic!("a warm cache hit waited"),
    }
}

fn warm_cache(c: &mut Criterion) {
    let expiring = Credentials::new("ASIABENCH", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", Some("token".into()))
        .with_expiry(std::time::SystemTime::now() + Duration::from_secs(6 * 3600));
    let cache = CachedCredentials::new(expiring);
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("runtime");
    runtime.block_on(cache.provide_credentials()).expect("first fill");

    let credentials = poll_ready(&cache);
    let signer = Signer::new();
    let input = request::full_request().expect("valid request");
    let body = awsgen_runtime::json::to_string(&input);
    let headers = [
        ("host", "127.0.0.1:8080"),
        ("content-type", "application/x-amz-json-1.1"),
        ("x-amz-target", "AmazonAthena.StartSession"),
    ];
    let path = cpu_path::OursPath::new();
    let mut group = c.benchmark_group("per call");
    group.bench_function("warm credentials cache hit", |b| b.iter(|| black_box(poll_ready(&cache))));
    group.bench_function("sign one request", |b| {
        b.iter(|| {
            black_box(signer.sign(
                &SignableRequest { method: "POST", path_and_query: "/", headers: &headers, body: body.as_bytes() },
                &SigningParams { credentials: &credentials, region: "us-east-1", service: "athena", time: DateTime::now() },
            ))
        })
    });
    group.bench_function("client CPU: build + validate + serialize + sign", |b| b.iter(|| black_box(path.run_once())));
    group.finish();
}

criterion_group!(benches, first_credentials, warm_cache);
criterion_main!(benches);
