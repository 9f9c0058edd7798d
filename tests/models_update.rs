//! `models/update --compare`: the change report between two botocore Athena models, here the
//! 2026-02-05 revision and the newer one in ../shared, which adds five operations.

use std::path::PathBuf;
use std::process::Command;

#[test]
fn reports_operations_and_shapes_added_and_changed() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let models = awsgen_tests::shared_dir().join("upstream/models");
    let output = Command::new("python3")
        .arg(root.join("models/update"))
        .arg("--compare")
        .arg(models.join("athena.botocore.2026-02-05.json"))
        .arg(models.join("athena.botocore.json"))
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report = String::from_utf8(output.stdout).unwrap();
    let added: Vec<&str> = report
        .lines()
        .filter_map(|l| l.strip_prefix("operation added: "))
        .collect();
    assert_eq!(
        added,
        [
            "CreateSystemTableConfiguration",
            "DeleteSystemTableConfiguration",
            "GetSystemTableConfiguration",
            "ListSystemTableStatuses",
            "UpdateSystemTableConfiguration"
        ]
    );
    assert!(!report.contains("operation removed"), "{report}");
    assert!(
        report.contains("shape changed: ListDatabasesInput: +member AttributesToGet"),
        "{report}"
    );
    assert!(
        report
            .lines()
            .last()
            .unwrap()
            .starts_with("70 -> 75 operations"),
        "{report}"
    );
}
