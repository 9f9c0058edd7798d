//! The client CPU of one StartSession with aws-sdk-athena's own pieces: build the full input,
//! serialize it with the awsJson 1.1 protocol the SDK installs for Athena
//! (`AwsJsonRpcProtocol::serialize_request`, what the operation's request serializer calls),
//! point it at the endpoint, sign it with `aws_sigv4::http_request::sign` (what aws-runtime's
//! SigV4 signer calls; it derives the signing key on every call, as the SDK does) and add the
//! signature headers. The SDK's orchestrator (interceptors, endpoint resolution, config bag,
//! retry bookkeeping) is left out, so this is a lower bound of the SDK's cost. Used by
//! benches/cpu.rs and by bench/pair.

use std::time::SystemTime;

use aws_credential_types::Credentials;
use aws_sdk_athena::operation::start_session::StartSession;
use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;
use aws_smithy_json::protocol::aws_json_rpc::AwsJsonRpcProtocol;
use aws_smithy_runtime_api::client::identity::Identity;
use aws_smithy_runtime_api::http::Request;
use aws_smithy_schema::protocol::ClientProtocol;
use aws_smithy_types::config_bag::ConfigBag;

use super::request;

pub struct SdkPath {
    identity: Identity,
    protocol: AwsJsonRpcProtocol,
    cfg: ConfigBag,
}

impl SdkPath {
    pub fn new() -> Self {
        SdkPath {
            identity: Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None, None, "bench")
                .into(),
            protocol: AwsJsonRpcProtocol::aws_json_1_1()
                .with_target_prefix("AmazonAthena")
                .with_default_namespace("com.amazonaws.athena"),
            cfg: ConfigBag::base(),
        }
    }

    pub fn run_once(&self) -> Request {
        let input = request::full_input().expect("valid input");
        let mut http = self
            .protocol
            .serialize_request(&input, StartSession::INPUT_SCHEMA, "/", &self.cfg)
            .expect("serializes");
        http.set_uri("http://127.0.0.1:8080/").expect("valid uri");
        http.headers_mut().insert("host", "127.0.0.1:8080");
        let params = v4::SigningParams::builder()
            .identity(&self.identity)
            .region("us-east-1")
            .name("athena")
            .time(SystemTime::now())
            .settings(SigningSettings::default())
            .build()
            .expect("signing params")
            .into();
        let body = http.body().bytes().expect("in-memory body");
        let signable = SignableRequest::new(http.method(), http.uri(), http.headers().iter(), SignableBody::Bytes(body))
            .expect("signable");
        let (instructions, _signature) = sign(signable, &params).expect("signs").into_parts();
        let (headers, _query) = instructions.into_parts();
        for header in headers {
            http.headers_mut().insert(header.name().to_string(), header.value().to_string());
        }
        http
    }
}
