//! Signing cost of a StartSession-sized request, with the derived key cached (one `Signer`
//! reused, as a client does) and uncached (a fresh `Signer` each time: four more HMACs).

use std::hint::black_box;

use awsgen_runtime::sigv4::{SignableRequest, Signer, SigningParams};
use awsgen_runtime::{Credentials, DateTime};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// About 600 bytes, shaped like an Athena StartSession input.
fn start_session_body() -> Vec<u8> {
    let body = r#"{"WorkGroup":"spark-analytics-primary","Description":"Interactive notebook session for the nightly revenue reconciliation job","EngineConfiguration":{"CoordinatorDpuSize":1,"MaxConcurrentDpus":20,"DefaultExecutorDpuSize":1,"AdditionalConfigs":{"NotebookId":"4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f","spark.sql.shuffle.partitions":"200"},"SparkProperties":{"spark.executor.memory":"4g","spark.dynamicAllocation.enabled":"true"}},"NotebookVersion":"Athena notebook version 1","SessionIdleTimeoutInMinutes":20,"ClientRequestToken":"00000000-0000-4000-8000-000000000001","Tags":[{"Key":"team","Value":"finance"}]}"#;
    body.as_bytes().to_vec()
}

fn bench_sign(c: &mut Criterion) {
    let body = start_session_body();
    let headers = [
        ("Host", "athena.us-east-1.amazonaws.com"),
        ("Content-Type", "application/x-amz-json-1.1"),
        ("X-Amz-Target", "AmazonAthena.StartSession"),
        ("User-Agent", "awsgen/0.1.0"),
        ("Content-Length", "605"),
    ];
    let request = SignableRequest {
        method: "POST",
        path_and_query: "/",
        headers: &headers,
        body: &body,
    };
    let credentials = Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        Some("IQoJb3JpZ2luX2VjEXAMPLEsessionTOKENvalue".to_owned()),
    );
    let params = SigningParams {
        credentials: &credentials,
        region: "us-east-1",
        service: "athena",
        time: DateTime::from_secs(1_795_672_821),
    };

    let mut group = c.benchmark_group("sigv4_start_session");
    group.throughput(Throughput::Elements(1));
    let signer = Signer::new();
    group.bench_function("cached_key", |b| {
        b.iter(|| signer.sign(black_box(&request), black_box(&params)))
    });
    group.bench_function("uncached_key", |b| {
        b.iter(|| Signer::new().sign(black_box(&request), black_box(&params)))
    });
    group.finish();
}

criterion_group!(benches, bench_sign);
criterion_main!(benches);
