//! Athena as generated code describes it, for tests that call the runtime directly.

use awsgen_runtime::protocol::{JsonVersion, OperationSpec, ServiceSpec};

pub static ATHENA: ServiceSpec = ServiceSpec {
    target_prefix: "AmazonAthena",
    json_version: JsonVersion::V1_1,
    signing_name: "athena",
    endpoint_prefix: "athena",
    sdk_id: "Athena",
    endpoint_rules: None,
};

pub static LIST_WORK_GROUPS: OperationSpec = OperationSpec {
    service: &ATHENA,
    name: "ListWorkGroups",
};
