//! Client CPU per StartSession with aws-sdk-athena's own pieces (the steps are in
//! src/cpu_path.rs). bench/ours/benches/cpu.rs measures the same steps for awsgen.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};

#[allow(dead_code)]
#[path = "../src/request.rs"]
mod request;

#[path = "../src/cpu_path.rs"]
mod cpu_path;

fn cpu(c: &mut Criterion) {
    let path = cpu_path::SdkPath::new();
    c.bench_function("sdk: build + serialize + sign", |b| b.iter(|| black_box(path.run_once())));
}

criterion_group!(benches, cpu);
criterion_main!(benches);
