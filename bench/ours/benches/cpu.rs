//! Client CPU per StartSession, no network (the steps are in cpu_path.rs), then each step
//! alone. bench/sdk/benches/cpu.rs measures the SDK's equivalent.

use std::hint::black_box;

use awsgen_runtime::sigv4::{SignableRequest, Signer, SigningParams};
use awsgen_runtime::{Credentials, DateTime};
use criterion::{criterion_group, criterion_main, Criterion};

#[allow(dead_code)]
#[path = "../src/request.rs"]
mod request;

#[path = "../src/cpu_path.rs"]
mod cpu_path;

fn cpu(c: &mut Criterion) {
    let path = cpu_path::OursPath::new();
    c.bench_function("ours: build + validate + serialize + sign", |b| b.iter(|| black_box(path.run_once())));
}

/// The same steps one at a time, to see where the time goes.
fn steps(c: &mut Criterion) {
    let credentials = Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None);
    let signer = Signer::new();
    let input = request::full_request().expect("valid request");
    let body = awsgen_runtime::json::to_string(&input);
    c.bench_function("step: build", |b| b.iter(|| black_box(request::full_request().expect("valid"))));
    c.bench_function("step: validate", |b| b.iter(|| black_box(input.validate().is_ok())));
    c.bench_function("step: serialize", |b| b.iter(|| black_box(awsgen_runtime::json::to_string(&input))));
    let headers = [
        ("host", "127.0.0.1:8080"),
        ("content-type", "application/x-amz-json-1.1"),
        ("x-amz-target", "AmazonAthena.StartSession"),
    ];
    c.bench_function("step: sign", |b| {
        b.iter(|| {
            black_box(signer.sign(
                &SignableRequest { method: "POST", path_and_query: "/", headers: &headers, body: body.as_bytes() },
                &SigningParams { credentials: &credentials, region: "us-east-1", service: "athena", time: DateTime::now() },
            ))
        })
    });
}

criterion_group!(benches, cpu, steps);
criterion_main!(benches);
