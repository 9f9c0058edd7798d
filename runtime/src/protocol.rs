//! What generated code tells the runtime about a service and an operation.

/// The awsJson protocol version, which decides the Content-Type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonVersion {
    V1_0,
    V1_1,
}

impl JsonVersion {
    pub fn content_type(self) -> &'static str {
        match self {
            JsonVersion::V1_0 => "application/x-amz-json-1.0",
            JsonVersion::V1_1 => "application/x-amz-json-1.1",
        }
    }
}

/// A service, as its model's service shape describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceSpec {
    /// The prefix of `X-Amz-Target`: the service shape's name (`AmazonAthena`).
    pub target_prefix: &'static str,
    pub json_version: JsonVersion,
    /// The SigV4 signing name (`aws.auth#sigv4` name).
    pub signing_name: &'static str,
    /// The host prefix (`aws.api#service` endpointPrefix).
    pub endpoint_prefix: &'static str,
    /// The SDK id (`aws.api#service` sdkId), which names the `AWS_ENDPOINT_URL_<SERVICE>` variable.
    pub sdk_id: &'static str,
}

/// One operation of a service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationSpec {
    pub service: &'static ServiceSpec,
    /// The operation's shape name: the second half of `X-Amz-Target`.
    pub name: &'static str,
}
