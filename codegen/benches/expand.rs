//! Macro expansion cost: load the model and generate tokens, as `athena_operation!` does,
//! for StartSession from the shipped model and for every operation of Athena's full model.
//! The full model comes from ../shared (a test fixture, never copied into the project).

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion};

fn read(path: PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (the benchmark needs ../shared beside the project)",
            path.display()
        )
    })
}

fn expand(c: &mut Criterion) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let shipped = read(root.join("codegen/macros/models/athena-start-session.smithy.json"));
    let full = read(root.join("../shared/upstream/models/athena.smithy.json"));
    let start_session = vec!["StartSession".to_string()];

    c.bench_function("expand StartSession (shipped model)", |b| {
        b.iter(|| {
            let model = awsgen_codegen::parse_model(&shipped, "shipped").unwrap();
            awsgen_codegen::generate(&model, &start_session, "shipped")
                .unwrap()
                .to_string()
                .len()
        })
    });
    c.bench_function("expand StartSession (full Athena model)", |b| {
        b.iter(|| {
            let model = awsgen_codegen::parse_model(&full, "athena").unwrap();
            awsgen_codegen::generate(&model, &start_session, "athena")
                .unwrap()
                .to_string()
                .len()
        })
    });
    let mut group = c.benchmark_group("whole service");
    group.sample_size(10);
    group.bench_function("expand every Athena operation", |b| {
        b.iter(|| {
            let model = awsgen_codegen::parse_model(&full, "athena").unwrap();
            awsgen_codegen::generate_all(&model, "athena")
                .unwrap()
                .to_string()
                .len()
        })
    });
    group.finish();
}

criterion_group!(benches, expand);
criterion_main!(benches);
