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

/// DynamoDB (awsJson 1.0), for the waiter tests' loopback server.
pub static DYNAMODB: ServiceSpec = ServiceSpec {
    target_prefix: "DynamoDB_20120810",
    json_version: JsonVersion::V1_0,
    signing_name: "dynamodb",
    endpoint_prefix: "dynamodb",
    sdk_id: "DynamoDB",
    endpoint_rules: None,
};
