//! Credential providers end to end on loopback: a client whose credentials come from an IMDS
//! server and from a container-credentials server on 127.0.0.1 (through the endpoint
//! overrides) calls a loopback service and signs with them; a credential_process script; an
//! expiring credential refreshed before expiry while calls keep succeeding; concurrent
//! callers trigger one refresh. Secrets stay out of Debug and errors.

awsgen_runtime::athena_operation!(StartSession);

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use awsgen_runtime::config::Environment;
use awsgen_runtime::time::DateTime;
use awsgen_runtime::{Client, Error};
use awsgen_tests::server::{RecordedRequest, Reply, TestServer};
use awsgen_tests::temp_home::TempHome;

const SECRET: &str = "loopbackSECRETzzzzKEYzzzz0123456789";
const TOKEN: &str = "loopbackSESSIONzzzzTOKENzzzz0123456789";

fn request() -> StartSessionRequest {
    StartSessionRequest::builder()
        .work_group("primary")
        .engine_configuration(
            EngineConfiguration::builder()
                .max_concurrent_dpus(4)
                .build(),
        )
        .build()
        .expect("request")
}

fn rfc3339(at: SystemTime) -> String {
    let secs = at
        .duration_since(SystemTime::UNIX_EPOCH)
        .expect("after 1970")
        .as_secs();
    let (y, mo, d, h, mi, s) = DateTime::from_secs_f64(secs as f64)
        .expect("a time")
        .civil();
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
}

/// The JSON IMDS and the container endpoint answer with.
fn credentials_json(key_id: &str, expires: SystemTime) -> String {
    format!(
        r#"{{"Code":"Success","Type":"AWS-HMAC","AccessKeyId":"{key_id}","SecretAccessKey":"{SECRET}","Token":"{TOKEN}","Expiration":"{}","AccountId":"123456789012"}}"#,
        rfc3339(expires)
    )
}

/// The key id a signed request names in its Authorization header.
fn signing_key(request: &RecordedRequest) -> String {
    let auth = request.header("authorization").expect("signed");
    let credential = auth
        .split("Credential=")
        .nth(1)
        .expect("a Credential= part");
    credential.split('/').next().unwrap_or("").to_string()
}

async fn service() -> TestServer {
    TestServer::start((0..16).map(|_| Reply::json(200, r#"{"SessionId":"s","State":"CREATING"}"#)))
        .await
}

fn client(env: Environment, service: &TestServer) -> Client {
    Client::builder()
        .environment(env)
        .region("us-east-1")
        .endpoint_url(service.url())
        .max_attempts(1)
        .build()
        .expect("client")
}

#[tokio::test]
async fn instance_metadata_credentials_sign_the_call() {
    let expires = SystemTime::now() + Duration::from_secs(6 * 3600);
    let imds = TestServer::start_unsigned([
        Reply::status(200, "loopback-imds-token"),
        Reply::status(200, "loopback-role\n"),
        Reply::json(200, &credentials_json("ASIAIMDSLOOPBACK", expires)),
    ])
    .await;
    let home = TempHome::new("imds-loopback");
    let env = home.env(&[
        ("AWS_EC2_METADATA_DISABLED", "false"),
        ("AWS_EC2_METADATA_SERVICE_ENDPOINT", &imds.url()),
    ]);
    let service = service().await;
    let client = client(env, &service);
    start_session(&client, request())
        .await
        .expect("a call signed with IMDS credentials");

    let calls = imds.requests();
    assert_eq!(calls.len(), 3, "token, role list, credentials");
    assert_eq!(calls[0].method, "PUT");
    assert_eq!(calls[0].path, "/latest/api/token");
    assert!(calls[0]
        .header("x-aws-ec2-metadata-token-ttl-seconds")
        .is_some());
    assert_eq!(calls[1].path, "/latest/meta-data/iam/security-credentials/");
    assert_eq!(
        calls[2].path,
        "/latest/meta-data/iam/security-credentials/loopback-role"
    );
    for call in &calls[1..] {
        assert_eq!(
            call.header("x-aws-ec2-metadata-token"),
            Some("loopback-imds-token")
        );
    }
    let sent = service.requests();
    assert_eq!(signing_key(&sent[0]), "ASIAIMDSLOOPBACK");
    assert_eq!(sent[0].header("x-amz-security-token"), Some(TOKEN));
    // Cached: a second call asks IMDS nothing.
    start_session(&client, request())
        .await
        .expect("second call");
    assert_eq!(imds.requests().len(), 3);
    let shown = format!("{client:?}");
    assert!(!shown.contains(SECRET) && !shown.contains(TOKEN), "{shown}");
}

#[tokio::test]
async fn container_credentials_sign_the_call_with_the_authorization_token() {
    let expires = SystemTime::now() + Duration::from_secs(6 * 3600);
    let container = TestServer::start_unsigned([Reply::json(
        200,
        &credentials_json("ASIACONTAINER", expires),
    )])
    .await;
    let home = TempHome::new("container-loopback");
    let token_file = home.write("pod-token", "pod-identity-token\n");
    let full_uri = format!("{}/v1/credentials", container.url());
    let env = home.env(&[
        ("AWS_CONTAINER_CREDENTIALS_FULL_URI", &full_uri),
        (
            "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
            token_file.to_str().expect("UTF-8 path"),
        ),
    ]);
    let service = service().await;
    let client = client(env, &service);
    start_session(&client, request())
        .await
        .expect("a call signed with container credentials");
    let calls = container.requests();
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].path, "/v1/credentials");
    assert_eq!(calls[0].header("authorization"), Some("pod-identity-token"));
    assert_eq!(signing_key(&service.requests()[0]), "ASIACONTAINER");
}

#[tokio::test]
async fn a_failing_container_endpoint_stops_the_chain_without_leaking() {
    let container = TestServer::start_unsigned((0..3).map(|_| Reply::status(500, "boom"))).await;
    let home = TempHome::new("container-failing");
    let full_uri = format!("{}/v1/credentials", container.url());
    let env = home.env(&[
        ("AWS_CONTAINER_CREDENTIALS_FULL_URI", &full_uri),
        ("AWS_CONTAINER_AUTHORIZATION_TOKEN", TOKEN),
    ]);
    let service = service().await;
    let client = client(env, &service);
    let error = start_session(&client, request()).await.unwrap_err();
    assert!(matches!(error, Error::NoCredentials(_)), "{error:?}");
    let text = format!("{error} {error:?}");
    assert!(!text.contains(TOKEN), "{text}");
    assert!(service.requests().is_empty(), "nothing is sent unsigned");
}

#[cfg(unix)]
#[tokio::test]
async fn credential_process_script_signs_the_call() {
    let home = TempHome::new("process-loopback");
    let expires = rfc3339(SystemTime::now() + Duration::from_secs(3600));
    let script = home.write(
        "creds.sh",
        &format!(
            "#!/bin/sh\nprintf '%s' '{{\"Version\": 1, \"AccessKeyId\": \"ASIAPROCESS\", \
             \"SecretAccessKey\": \"{SECRET}\", \"SessionToken\": \"{TOKEN}\", \
             \"Expiration\": \"{expires}\", \"AccountId\": \"111122223333\"}}'\n"
        ),
    );
    home.write_aws(
        "config",
        &format!("[default]\ncredential_process = sh {}\n", script.display()),
    );
    let service = service().await;
    let client = client(home.env(&[]), &service);
    start_session(&client, request())
        .await
        .expect("a call signed with process credentials");
    assert_eq!(signing_key(&service.requests()[0]), "ASIAPROCESS");
    assert_eq!(
        service.requests()[0].header("x-amz-security-token"),
        Some(TOKEN)
    );
}

/// Credentials that live 4 s are refreshed 2 s before expiry (half their life): calls made
/// across 5 s all succeed, and the later ones are signed with refreshed credentials fetched
/// before the first ones expired.
#[tokio::test]
async fn expiring_credentials_are_refreshed_before_expiry_while_calls_succeed() {
    let container = TestServer::start_unsigned([]).await;
    let home = TempHome::new("refresh-loopback");
    let full_uri = format!("{}/creds", container.url());
    let env = home.env(&[("AWS_CONTAINER_CREDENTIALS_FULL_URI", &full_uri)]);
    for n in 0..4 {
        container.push(Reply::json(
            200,
            &credentials_json(
                &format!("ASIAREFRESH{n}"),
                SystemTime::now() + Duration::from_secs(4 + 2 * n),
            ),
        ));
    }
    let service = service().await;
    let client = client(env, &service);
    for _ in 0..6 {
        start_session(&client, request())
            .await
            .expect("every call succeeds");
        tokio::time::sleep(Duration::from_millis(900)).await;
    }
    let keys: Vec<String> = service.requests().iter().map(signing_key).collect();
    assert_eq!(keys.first().map(String::as_str), Some("ASIAREFRESH0"));
    assert!(
        keys.iter().any(|k| k == "ASIAREFRESH1"),
        "refreshed credentials were used: {keys:?}"
    );
    // The first credentials (4 s of life) were replaced at about 2 s, before they expired.
    let first_uses = keys.iter().filter(|k| *k == "ASIAREFRESH0").count();
    assert!((2..=3).contains(&first_uses), "{keys:?}");
}

#[tokio::test]
async fn concurrent_callers_share_one_credentials_fetch() {
    let expires = SystemTime::now() + Duration::from_secs(3600);
    let container = TestServer::start_unsigned([Reply::json(
        200,
        &credentials_json("ASIACONCURRENT", expires),
    )
    .delayed(Duration::from_millis(300))])
    .await;
    let home = TempHome::new("concurrent-loopback");
    let full_uri = format!("{}/creds", container.url());
    let env = home.env(&[("AWS_CONTAINER_CREDENTIALS_FULL_URI", &full_uri)]);
    let service = service().await;
    let client = Arc::new(client(env, &service));
    let calls: Vec<_> = (0..8)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { start_session(&client, request()).await.map(|_| ()) })
        })
        .collect();
    for call in calls {
        call.await.expect("task").expect("call");
    }
    assert_eq!(container.requests().len(), 1, "one fetch for eight callers");
    assert_eq!(service.requests().len(), 8);
}

#[tokio::test]
async fn the_region_comes_from_instance_metadata_when_nothing_else_sets_it() {
    let imds = TestServer::start_unsigned([
        Reply::status(200, "loopback-imds-token"),
        Reply::status(200, "eu-central-1"),
    ])
    .await;
    let home = TempHome::new("imds-region");
    let env = home.env(&[
        ("AWS_EC2_METADATA_DISABLED", "false"),
        ("AWS_EC2_METADATA_SERVICE_ENDPOINT", &imds.url()),
    ]);
    let client = Client::builder()
        .environment(env.clone())
        .load()
        .await
        .expect("a region from IMDS");
    assert_eq!(client.region(), "eu-central-1");
    assert_eq!(
        imds.requests()[1].path,
        "/latest/meta-data/placement/region"
    );
    // A configured region wins without asking IMDS.
    let client = Client::builder()
        .environment(env.with_var("AWS_REGION", "ap-south-1"))
        .load()
        .await
        .expect("client");
    assert_eq!(client.region(), "ap-south-1");
    assert_eq!(imds.requests().len(), 2);
}

fn assume_role_xml(key_id: &str) -> String {
    format!(
        "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\
         <AssumeRoleResult><AssumedRoleUser><AssumedRoleId>AROAEXAMPLE:s</AssumedRoleId>\
         <Arn>arn:aws:sts::123456789012:assumed-role/r/s</Arn></AssumedRoleUser>\
         <Credentials><AccessKeyId>{key_id}</AccessKeyId><SecretAccessKey>{SECRET}</SecretAccessKey>\
         <SessionToken>{TOKEN}</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration>\
         </Credentials></AssumeRoleResult><ResponseMetadata><RequestId>r</RequestId>\
         </ResponseMetadata></AssumeRoleResponse>"
    )
}

/// `A` assumes its role with `B`'s credentials, which `B` got by assuming its role with
/// `C`'s static keys and an MFA code from the user's callback: two AssumeRole calls, in
/// order, each signed with the credentials before it.
#[tokio::test]
async fn a_role_chain_with_mfa_assumes_each_role_in_order() {
    use awsgen_runtime::credentials::{CachedCredentials, ProfileCredentials, ProviderContext};
    use awsgen_runtime::os::Os;

    let sts = TestServer::start_unsigned([
        Reply::status(200, assume_role_xml("ASIAROLEB")).header("content-type", "text/xml"),
        Reply::status(200, assume_role_xml("ASIAROLEA")).header("content-type", "text/xml"),
    ])
    .await;
    let home = TempHome::new("role-chain");
    home.write_aws(
        "config",
        "[profile A]\nrole_arn = arn:aws:iam::123456789012:role/A\nsource_profile = B\n\
         external_id = ext-a\nduration_seconds = 1800\n\
         [profile B]\nrole_arn = arn:aws:iam::123456789012:role/B\nsource_profile = C\n\
         mfa_serial = arn:aws:iam::123456789012:mfa/me\nrole_session_name = bee\n\
         [profile C]\naws_access_key_id = AKIDSTATICC\naws_secret_access_key = c-secret\n",
    );
    let env = home.env(&[
        ("AWS_PROFILE", "A"),
        ("AWS_REGION", "us-east-1"),
        ("AWS_ENDPOINT_URL_STS", &sts.url()),
    ]);
    let asked = Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = asked.clone();
    let ctx = ProviderContext::from_os(Os::with_env(env.clone()), None).with_mfa(Arc::new(
        move |serial: &str| {
            seen.lock().unwrap().push(serial.to_string());
            Box::pin(async { Ok("123456".to_string()) })
        },
    ));
    let provider = CachedCredentials::new(ProfileCredentials::with_context(ctx, None));
    let service = service().await;
    let client = Client::builder()
        .environment(env)
        .endpoint_url(service.url())
        .credentials_provider(provider)
        .max_attempts(1)
        .build()
        .expect("client");
    start_session(&client, request())
        .await
        .expect("a call signed with role A");
    assert_eq!(signing_key(&service.requests()[0]), "ASIAROLEA");
    assert_eq!(*asked.lock().unwrap(), ["arn:aws:iam::123456789012:mfa/me"]);

    let calls = sts.requests();
    assert_eq!(calls.len(), 2);
    let form = |i: usize| String::from_utf8_lossy(&calls[i].body).into_owned();
    let first = form(0);
    assert!(
        first.contains("RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2FB"),
        "{first}"
    );
    assert!(first.contains("RoleSessionName=bee"), "{first}");
    assert!(first.contains("TokenCode=123456"), "{first}");
    assert!(first.contains("SerialNumber="), "{first}");
    assert_eq!(signing_key(&calls[0]), "AKIDSTATICC");
    let second = form(1);
    assert!(
        second.contains("RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2FA"),
        "{second}"
    );
    assert!(second.contains("ExternalId=ext-a"), "{second}");
    assert!(second.contains("DurationSeconds=1800"), "{second}");
    assert!(!second.contains("TokenCode"), "{second}");
    assert_eq!(signing_key(&calls[1]), "ASIAROLEB");
}

/// An `sso_session` token with a minute left is refreshed through SSO-OIDC (CreateToken)
/// before GetRoleCredentials uses it, and the refreshed token is written back to the cache.
#[tokio::test]
async fn an_sso_token_near_expiry_is_refreshed_and_written_back() {
    use awsgen_runtime::credentials::sso;

    let expiry_ms = (SystemTime::now() + Duration::from_secs(3600))
        .duration_since(SystemTime::UNIX_EPOCH)
        .expect("after 1970")
        .as_millis();
    let server = TestServer::start_unsigned([
        Reply::json(
            200,
            r#"{"accessToken":"fresh-access-token","expiresIn":3600,"refreshToken":"fresh-refresh","tokenType":"Bearer"}"#,
        ),
        Reply::json(
            200,
            &format!(
                r#"{{"roleCredentials":{{"accessKeyId":"ASIASSO","secretAccessKey":"{SECRET}","sessionToken":"{TOKEN}","expiration":{expiry_ms}}}}}"#
            ),
        ),
    ])
    .await;
    let home = TempHome::new("sso-refresh");
    home.write_aws(
        "config",
        "[default]\nsso_session = my-session\nsso_account_id = 123456789012\n\
         sso_role_name = Reader\n\
         [sso-session my-session]\nsso_region = us-east-1\n\
         sso_start_url = https://example.awsapps.com/start\n",
    );
    std::fs::create_dir_all(home.path().join(".aws/sso/cache")).expect("cache dir");
    let cache_file = format!(".aws/sso/cache/{}", sso::cache_file_name("my-session"));
    home.write(
        &cache_file,
        &format!(
            r#"{{"accessToken":"stale-access-token","expiresAt":"{}","refreshToken":"old-refresh","clientId":"client","clientSecret":"client-secret","registrationExpiresAt":"2099-01-01T00:00:00Z","region":"us-east-1","startUrl":"https://example.awsapps.com/start"}}"#,
            rfc3339(SystemTime::now() + Duration::from_secs(60))
        ),
    );
    let env = home.env(&[
        ("AWS_ENDPOINT_URL_SSO_OIDC", &server.url()),
        ("AWS_ENDPOINT_URL_SSO", &server.url()),
    ]);
    let service = service().await;
    let client = client(env, &service);
    start_session(&client, request())
        .await
        .expect("a call signed with SSO role credentials");
    assert_eq!(signing_key(&service.requests()[0]), "ASIASSO");

    let calls = server.requests();
    assert_eq!(calls.len(), 2);
    assert_eq!(
        (calls[0].method.as_str(), calls[0].path.as_str()),
        ("POST", "/token")
    );
    let body = String::from_utf8_lossy(&calls[0].body).into_owned();
    assert!(body.contains("\"refreshToken\":\"old-refresh\""), "{body}");
    assert!(
        calls[1].path.starts_with("/federation/credentials?"),
        "{}",
        calls[1].path
    );
    assert_eq!(
        calls[1].header("x-amz-sso_bearer_token"),
        Some("fresh-access-token")
    );
    let cached = std::fs::read_to_string(home.path().join(&cache_file)).expect("cache file");
    assert!(cached.contains("fresh-access-token"), "{cached}");
    assert!(cached.contains("fresh-refresh"), "{cached}");
}
