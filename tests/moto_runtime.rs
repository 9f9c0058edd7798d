//! The client against moto, an independent emulator, with SigV4 checked: a raw
//! ListWorkGroups signed with an issued key succeeds, and a wrong secret is refused.
//!
//! Needs `AWSGEN_PYTHON`: a Python with moto (tests/python-env.sh creates one); starting
//! moto and issuing the key is support/moto.rs.

use awsgen_runtime::{Credentials, Error, ErrorMetadata};
use awsgen_tests::moto::MotoServer;
use awsgen_tests::specs::LIST_WORK_GROUPS;
use serde_json::Value;

#[tokio::test]
async fn list_work_groups_signed_and_refused() {
    let server = MotoServer::start();
    let issued = server.issue_athena_key().await.credentials;
    assert!(issued.access_key_id().starts_with("AKIA"), "{issued:?}");

    let good = server.client(issued.clone());
    let output: Value = good
        .call::<Value, ErrorMetadata>(&LIST_WORK_GROUPS, "{}".to_string())
        .await
        .unwrap_or_else(|e| panic!("ListWorkGroups with the issued key: {e}"));
    let names: Vec<&str> = output["WorkGroups"]
        .as_array()
        .unwrap_or_else(|| panic!("no WorkGroups in {output}"))
        .iter()
        .filter_map(|w| w["Name"].as_str())
        .collect();
    assert!(names.contains(&"primary"), "{output}");

    let wrong = Credentials::new(issued.access_key_id(), "not-the-secret", None);
    let refused = server
        .client(wrong)
        .call::<Value, ErrorMetadata>(&LIST_WORK_GROUPS, "{}".to_string())
        .await
        .expect_err("a wrong secret is refused");
    let shown = refused.to_string();
    match &refused {
        Error::Service(meta) => {
            assert_eq!(meta.status, 403, "{shown}");
            assert_eq!(meta.code, "SignatureDoesNotMatch", "{shown}");
        }
        Error::UnreadableResponse(u) => {
            panic!(
                "expected a service error with a code, got status {} and body {:?}",
                u.status, u.snippet
            )
        }
        other => panic!("expected a 403 service error, got {other:?}"),
    }
}
