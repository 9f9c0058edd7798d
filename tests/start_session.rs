//! The generated StartSession client: builders, validation, JSON, errors.

awsgen_runtime::athena_operation!(StartSession);

use awsgen_runtime::json::{self, DeserializeJson};

fn engine() -> EngineConfiguration {
    EngineConfiguration::builder()
        .max_concurrent_dpus(20)
        .build()
}

#[test]
fn builder_reports_every_missing_required_member() {
    let err = StartSessionRequest::builder().build().unwrap_err();
    assert_eq!(err.missing, vec!["WorkGroup", "EngineConfiguration"]);
    assert_eq!(
        err.to_string(),
        "cannot build StartSessionRequest: required members not set: WorkGroup, EngineConfiguration"
    );
}

#[test]
fn max_concurrent_dpus_defaults_to_20() {
    let e = EngineConfiguration::builder().build();
    assert_eq!(e.max_concurrent_dpus, 20);
    assert_eq!(EngineConfiguration::default().max_concurrent_dpus, 20);
}

#[test]
fn serializes_model_member_names() {
    let req = StartSessionRequest::builder()
        .work_group("primary")
        .engine_configuration(engine())
        .session_idle_timeout_in_minutes(15)
        .build()
        .unwrap();
    let body: serde_json::Value = serde_json::from_str(&json::to_string(&req)).unwrap();
    assert_eq!(
        body,
        serde_json::json!({
            "WorkGroup": "primary",
            "EngineConfiguration": {"MaxConcurrentDpus": 20},
            "SessionIdleTimeoutInMinutes": 15
        })
    );
}

#[test]
fn validation_collects_every_violation_with_paths() {
    let req = StartSessionRequest {
        work_group: Some("bad name!".into()),
        engine_configuration: Some(EngineConfiguration {
            max_concurrent_dpus: 1,
            ..Default::default()
        }),
        session_idle_timeout_in_minutes: Some(481),
        ..Default::default()
    };
    let errors = req.validate().unwrap_err();
    let paths: Vec<&str> = errors.iter().map(|v| v.path.as_str()).collect();
    assert_eq!(
        paths,
        vec![
            "WorkGroup",
            "EngineConfiguration.MaxConcurrentDpus",
            "SessionIdleTimeoutInMinutes"
        ],
        "{errors}"
    );
    assert!(errors
        .to_string()
        .contains("EngineConfiguration.MaxConcurrentDpus: 1 is below the minimum 2"));
}

#[test]
fn response_reads_unknown_enum_values_and_ignores_nulls_and_unknown_members() {
    let v =
        serde_json::json!({"SessionId": "s-1", "State": "HIBERNATING", "Extra": 1, "Other": null});
    let resp = StartSessionResponse::from_json(&v).unwrap();
    assert_eq!(resp.session_id.as_deref(), Some("s-1"));
    assert_eq!(
        resp.state,
        Some(SessionState::Unknown("HIBERNATING".into()))
    );
    let v = serde_json::json!({"State": "IDLE"});
    assert_eq!(
        StartSessionResponse::from_json(&v).unwrap().state,
        Some(SessionState::Idle)
    );
}
