//! Every case of the botocore awsJson protocol test suites, through generated code and the
//! runtime: see the build script for how each case becomes code, and the library for the
//! comparisons. Prints `protocol vectors: N passed, M failed` and fails when M > 0.

use awsgen_protocol_tests::vectors::{CASES, LOAD_ERRORS};

#[tokio::test]
async fn protocol_vectors() {
    let summary = awsgen_protocol_tests::run_all(CASES, LOAD_ERRORS).await;
    for skipped in &summary.skipped {
        println!("  SKIPPED {skipped}");
    }
    for failed in &summary.failed {
        println!("  FAILED {failed}");
    }
    awsgen_tests::report(&format!(
        "protocol vectors: {} passed, {} failed, {} skipped",
        summary.passed,
        summary.failed.len(),
        summary.skipped.len()
    ));
    assert!(
        summary.failed.is_empty(),
        "{} protocol vectors failed",
        summary.failed.len()
    );
    assert!(summary.passed > 0, "no protocol vectors ran");
}
