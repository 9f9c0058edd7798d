//! STS AssumeRole / AssumeRoleWithWebIdentity against a scripted STS on loopback.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use awsgen_runtime::credentials::sts::{
    account_of_arn, assume_role, assume_role_with_web_identity, default_session_name,
    parse_credentials, AssumeRoleParams, StsErrorKind, WebIdentityParams,
};
use awsgen_runtime::sigv4::{sign, SignableRequest, SigningParams};
use awsgen_runtime::{Credentials, DateTime};
use awsgen_tests::server::{Reply, TestServer};

use crate::{assert_hides, quick_policy, transport};

fn success(action: &str) -> String {
    format!(
        r#"<{action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <{action}Result>
    <AssumedRoleUser>
      <AssumedRoleId>AROATEST:session</AssumedRoleId>
      <Arn>arn:aws:sts::210987654321:assumed-role/target/session</Arn>
    </AssumedRoleUser>
    <Credentials>
      <AccessKeyId>ASIASTS</AccessKeyId>
      <SecretAccessKey>sts/secret&amp;+key</SecretAccessKey>
      <SessionToken>sts-session&#x3D;token</SessionToken>
      <Expiration>2030-01-01T00:00:00Z</Expiration>
    </Credentials>
  </{action}Result>
  <ResponseMetadata>
    <RequestId>11111111-2222-3333-4444-555555555555</RequestId>
  </ResponseMetadata>
</{action}Response>
"#
    )
}

fn error_xml(code: &str, message: &str) -> String {
    format!(
        r#"<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error>
    <Type>Sender</Type>
    <Code>{code}</Code>
    <Message>{message}</Message>
  </Error>
  <RequestId>req-{code}</RequestId>
</ErrorResponse>"#
    )
}

fn xml(status: u16, body: String) -> Reply {
    Reply::status(status, body).header("Content-Type", "text/xml")
}

fn now() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_800_000_000)
}

fn source() -> Credentials {
    Credentials::new("AKIDSOURCE", "source-secret", Some("source-token".into()))
}

fn params() -> AssumeRoleParams<'static> {
    AssumeRoleParams {
        role_arn: "arn:aws:iam::210987654321:role/target",
        role_session_name: "my session",
        external_id: Some("ext/id"),
        duration_seconds: Some(3600),
        serial_number: Some("arn:aws:iam::123456789012:mfa/me"),
        token_code: Some("123456"),
    }
}

#[tokio::test]
async fn assume_role_sends_a_signed_form_and_reads_the_answer() {
    let server = TestServer::start_unsigned([xml(200, success("AssumeRole"))]).await;
    let credentials = assume_role(
        &*transport(),
        &server.url(),
        "us-east-1",
        &source(),
        &params(),
        now(),
        &quick_policy(3),
    )
    .await
    .expect("credentials");
    assert_eq!(credentials.access_key_id(), "ASIASTS");
    assert_eq!(credentials.secret_access_key(), "sts/secret&+key");
    assert_eq!(credentials.session_token(), Some("sts-session=token"));
    assert_eq!(credentials.account_id(), Some("210987654321"));
    assert_eq!(
        credentials.expiry(),
        Some(UNIX_EPOCH + Duration::from_secs(1_893_456_000))
    );

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, "POST");
    assert_eq!(request.path, "/");
    let body = "Action=AssumeRole&Version=2011-06-15\
        &RoleArn=arn%3Aaws%3Aiam%3A%3A210987654321%3Arole%2Ftarget\
        &RoleSessionName=my%20session&ExternalId=ext%2Fid&DurationSeconds=3600\
        &SerialNumber=arn%3Aaws%3Aiam%3A%3A123456789012%3Amfa%2Fme&TokenCode=123456";
    assert_eq!(String::from_utf8_lossy(&request.body), body);
    for name in [
        "content-type",
        "authorization",
        "x-amz-date",
        "x-amz-security-token",
        "host",
    ] {
        assert_eq!(request.header_count(name), 1, "{name}");
    }
    assert_eq!(
        request.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(request.header("x-amz-security-token"), Some("source-token"));
    assert_eq!(request.header("x-amz-date"), Some("20270115T080000Z"));

    // The signature is the one SigV4 gives for what was received.
    let host = server.addr().to_string();
    let expected = sign(
        &SignableRequest {
            method: "POST",
            path_and_query: "/",
            headers: &[
                ("host", host.as_str()),
                ("content-type", "application/x-www-form-urlencoded"),
            ],
            body: &request.body,
        },
        &SigningParams {
            credentials: &source(),
            region: "us-east-1",
            service: "sts",
            time: DateTime::from(now()),
        },
    );
    // Every header the signer returns was sent with its value (only `.headers` is read: the
    // signer's other fields may move).
    assert_eq!(expected.headers.len(), 3);
    for (name, value) in &expected.headers {
        assert_eq!(request.header(name), Some(value.as_str()), "{name}");
    }
    let authorization = request.header("authorization").unwrap_or_default();
    assert!(authorization.contains("Credential=AKIDSOURCE/20270115/us-east-1/sts/aws4_request"));
    assert!(
        authorization.contains("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token")
    );
}

#[tokio::test]
async fn web_identity_is_unsigned_and_mfa_needs_both_halves() {
    let server = TestServer::start_unsigned([xml(200, success("AssumeRoleWithWebIdentity"))]).await;
    let credentials = assume_role_with_web_identity(
        &*transport(),
        &format!("{}/", server.url()),
        &WebIdentityParams {
            role_arn: "arn:aws:iam::210987654321:role/web",
            role_session_name: "web-session",
            web_identity_token: "eyJ.payload.sig",
            duration_seconds: None,
        },
        &quick_policy(3),
    )
    .await
    .expect("credentials");
    assert_eq!(credentials.account_id(), Some("210987654321"));
    let request = &server.requests()[0];
    assert_eq!(
        String::from_utf8_lossy(&request.body),
        "Action=AssumeRoleWithWebIdentity&Version=2011-06-15\
         &RoleArn=arn%3Aaws%3Aiam%3A%3A210987654321%3Arole%2Fweb\
         &RoleSessionName=web-session&WebIdentityToken=eyJ.payload.sig"
    );
    for unsigned in ["authorization", "x-amz-date", "x-amz-security-token"] {
        assert_eq!(request.header_count(unsigned), 0, "{unsigned}");
    }
    assert_eq!(request.header_count("content-type"), 1);

    // A serial number without a code (or the reverse) sends neither.
    let server = TestServer::start_unsigned([xml(200, success("AssumeRole"))]).await;
    let only_serial = AssumeRoleParams {
        role_arn: "arn:aws:iam::1:role/r",
        role_session_name: "s",
        serial_number: Some("arn:aws:iam::1:mfa/me"),
        ..AssumeRoleParams::default()
    };
    assume_role(
        &*transport(),
        &server.url(),
        "eu-west-1",
        &Credentials::new("AKID", "secret", None),
        &only_serial,
        now(),
        &quick_policy(1),
    )
    .await
    .expect("credentials");
    let request = &server.requests()[0];
    assert_eq!(
        String::from_utf8_lossy(&request.body),
        "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fr&RoleSessionName=s"
    );
    assert_eq!(request.header_count("x-amz-security-token"), 0);
}

#[tokio::test]
async fn service_errors_are_typed_and_only_transient_ones_retried() {
    let server = TestServer::start_unsigned([
        xml(403, error_xml("AccessDenied", "not &lt;allowed&gt;")),
        xml(200, success("AssumeRole")),
    ])
    .await;
    let error = assume_role(
        &*transport(),
        &server.url(),
        "us-east-1",
        &source(),
        &params(),
        now(),
        &quick_policy(3),
    )
    .await
    .unwrap_err();
    assert_eq!(error.kind(), StsErrorKind::Service);
    assert_eq!(error.code(), Some("AccessDenied"));
    assert_eq!(error.status(), Some(403));
    assert_eq!(error.request_id(), Some("req-AccessDenied"));
    assert!(error.to_string().contains("not <allowed>"), "{error}");
    assert_eq!(server.requests().len(), 1);
    assert_hides(&error, &["source-secret", "source-token"]);

    // Throttling, a 503 and IDPCommunicationError are retried.
    let server = TestServer::start_unsigned([
        xml(400, error_xml("Throttling", "slow down")),
        xml(503, String::new()),
        xml(200, success("AssumeRole")),
    ])
    .await;
    assume_role(
        &*transport(),
        &server.url(),
        "us-east-1",
        &source(),
        &params(),
        now(),
        &quick_policy(3),
    )
    .await
    .expect("third attempt");
    assert_eq!(server.requests().len(), 3);

    let web = WebIdentityParams {
        role_arn: "arn:aws:iam::1:role/r",
        role_session_name: "s",
        web_identity_token: "jwt-secret-token",
        duration_seconds: Some(900),
    };
    let server = TestServer::start_unsigned([
        xml(400, error_xml("IDPCommunicationError", "idp down")),
        xml(400, error_xml("IDPCommunicationError", "idp down")),
        xml(400, error_xml("IDPCommunicationError", "idp down")),
        xml(200, success("AssumeRoleWithWebIdentity")),
    ])
    .await;
    let error = assume_role_with_web_identity(&*transport(), &server.url(), &web, &quick_policy(3))
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some("IDPCommunicationError"));
    assert_eq!(server.requests().len(), 3, "bounded by the attempts");
    assert_hides(&error, &["jwt-secret-token"]);
    assert!(String::from_utf8_lossy(&server.requests()[0].body).ends_with("&DurationSeconds=900"));

    let server =
        TestServer::start_unsigned([xml(400, error_xml("InvalidIdentityToken", "bad jwt"))]).await;
    let error = assume_role_with_web_identity(&*transport(), &server.url(), &web, &quick_policy(3))
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some("InvalidIdentityToken"));
    assert_eq!(server.requests().len(), 1);

    // An error answer that is not STS's XML still gives a typed error with the status.
    let server = TestServer::start_unsigned([Reply::status(404, "<html>nope</html")]).await;
    let error = assume_role_with_web_identity(&*transport(), &server.url(), &web, &quick_policy(3))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), StsErrorKind::Service);
    assert_eq!((error.status(), error.code()), (Some(404), None));
}

#[tokio::test]
async fn malformed_answers_and_inputs_are_typed_errors() {
    let bad_answers = [
        "not xml".to_string(),
        "<AssumeRoleResponse><AssumeRoleResult>".to_string(),
        success("AssumeRole").replace("<SessionToken>sts-session&#x3D;token</SessionToken>", ""),
        success("AssumeRole").replace("2030-01-01T00:00:00Z", "next week"),
        success("AssumeRole").replace("&amp;", "&bogus;"),
        success("AssumeRoleWithWebIdentity"),
    ];
    for body in bad_answers {
        let server = TestServer::start_unsigned([xml(200, body.clone())]).await;
        let error = assume_role(
            &*transport(),
            &server.url(),
            "us-east-1",
            &source(),
            &params(),
            now(),
            &quick_policy(3),
        )
        .await
        .unwrap_err();
        assert_eq!(
            error.kind(),
            StsErrorKind::InvalidResponse,
            "{body}: {error}"
        );
        assert_eq!(server.requests().len(), 1);
    }
    let error = assume_role(
        &*transport(),
        "not a url",
        "us-east-1",
        &source(),
        &params(),
        now(),
        &quick_policy(3),
    )
    .await
    .unwrap_err();
    assert_eq!(error.kind(), StsErrorKind::InvalidInput);

    // No account in an ARN that has none; the rest still parses.
    let credentials = parse_credentials(
        "AssumeRole",
        &success("AssumeRole").replace("arn:aws:sts::210987654321:", "arn:aws:sts:::"),
    )
    .expect("credentials");
    assert_eq!(credentials.account_id(), None);
    assert_eq!(
        account_of_arn("arn:aws:sts::123456789012:assumed-role/r/s"),
        Some("123456789012")
    );
    assert_eq!(account_of_arn("arn:aws:iam::123"), None);
    assert_eq!(account_of_arn("not-an-arn"), None);
    assert_eq!(
        default_session_name(
            "assume-role-provider",
            UNIX_EPOCH + Duration::from_millis(1_632_246_085_998)
        ),
        "assume-role-provider-1632246085998"
    );
}
