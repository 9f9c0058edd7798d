//! No secret access key or session token in anything a user may print or a server may see:
//! `Debug` and `Display` of the client, its builder, credentials and their sources, the
//! environment and every error variant; and the requests themselves, where the secret never
//! travels and the session token travels only as `X-Amz-Security-Token`.

awsgen_runtime::athena_operation!(StartSession);

use std::collections::BTreeSet;
use std::fmt::Debug;
use std::path::{Path, PathBuf};
use std::time::Duration;

use awsgen_runtime::config::Environment;
use awsgen_runtime::credentials::{
    DefaultCredentialsChain, EnvironmentCredentials, ProfileCredentials,
};
use awsgen_runtime::{Client, ClientBuilder, Credentials, Error};
use awsgen_tests::provide::ProvideBlocking;
use awsgen_tests::server::{Reply, Strict, TestServer};

const KEY_ID: &str = "AKIDSECRETSTEST";
const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYzSECRETzKEY";
const TOKEN: &str = "FwoGZXIvYXdzTOKENzEXAMPLEzSESSIONz0123456789abcdef";

/// Fails when `text` holds the secret or the token, whole or a telling piece of either.
fn assert_hidden(what: &str, text: &str) {
    for needle in [SECRET, TOKEN, &SECRET[10..26], &TOKEN[12..32]] {
        assert!(
            !text.contains(needle),
            "{what} shows a secret ({needle:?}):\n{text}"
        );
    }
}

fn assert_debug_hidden(what: &str, value: &impl Debug) {
    assert_hidden(what, &format!("{value:?}"));
    assert_hidden(what, &format!("{value:#?}"));
}

/// Debug, Display and the Display of every source below it.
fn assert_error_hidden(what: &str, error: &impl std::error::Error) {
    assert_debug_hidden(what, error);
    assert_hidden(what, &error.to_string());
    let mut source = error.source();
    while let Some(cause) = source {
        assert_hidden(what, &cause.to_string());
        assert_hidden(what, &format!("{cause:?}"));
        source = cause.source();
    }
}

fn secret_vars() -> Vec<(&'static str, &'static str)> {
    vec![
        ("AWS_ACCESS_KEY_ID", KEY_ID),
        ("AWS_SECRET_ACCESS_KEY", SECRET),
        ("AWS_SESSION_TOKEN", TOKEN),
        ("AWS_REGION", "eu-west-1"),
    ]
}

fn credentials() -> Credentials {
    Credentials::new(KEY_ID, SECRET, Some(TOKEN.to_string()))
}

/// A fresh directory for shared config files; removed when dropped.
struct TempHome(PathBuf);

impl TempHome {
    fn new(name: &str) -> TempHome {
        let dir =
            std::env::temp_dir().join(format!("awsgen-secrets-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join(".aws")).expect("create a temporary home");
        TempHome(dir)
    }

    fn write(&self, file: &str, text: &str) -> &Path {
        std::fs::write(self.0.join(".aws").join(file), text).expect("write a shared file");
        &self.0
    }

    fn env(&self) -> Environment {
        Environment::from_vars([("HOME", self.0.to_string_lossy().into_owned())])
    }
}

impl Drop for TempHome {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

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

fn builder(url: &str) -> ClientBuilder {
    Client::builder()
        .environment(Environment::from_vars(secret_vars()))
        .region("eu-west-1")
        .endpoint_url(url)
        .max_attempts(1)
        .initial_backoff(Duration::from_millis(1))
}

#[test]
fn credentials_their_sources_and_the_environment_hide_secrets() {
    assert_debug_hidden("Credentials", &credentials());
    let env = Environment::from_vars(secret_vars()).with_var("AWS_SECRET_ACCESS_KEY", SECRET);
    assert_debug_hidden("Environment", &env);

    let from_env = EnvironmentCredentials::new(env.clone());
    assert_eq!(from_env.provide().expect("env credentials"), credentials());
    assert_debug_hidden("EnvironmentCredentials", &from_env);

    let chain = DefaultCredentialsChain::new(env, None);
    assert_debug_hidden("DefaultCredentialsChain before use", &chain);
    assert_eq!(chain.provide().expect("chain credentials"), credentials());
    // The chain now caches what it found.
    assert_debug_hidden("DefaultCredentialsChain after use", &chain);

    let home = TempHome::new("profile-ok");
    home.write(
        "credentials",
        &format!(
            "[default]\naws_access_key_id = {KEY_ID}\naws_secret_access_key = {SECRET}\n\
             aws_session_token = {TOKEN}\n"
        ),
    );
    let profile = ProfileCredentials::new(home.env(), None);
    assert_eq!(
        profile.provide().expect("profile credentials"),
        credentials()
    );
    assert_debug_hidden("ProfileCredentials", &profile);
}

#[tokio::test]
async fn the_client_and_its_builder_hide_secrets() {
    let server =
        TestServer::start_strict(strict(), [Reply::json(200, r#"{"SessionId":"s"}"#)]).await;
    let with_credentials = builder(&server.url()).credentials(credentials());
    assert_debug_hidden("ClientBuilder", &with_credentials);
    let client = with_credentials.build().expect("client");
    assert_debug_hidden("Client", &client);

    // Credentials from the environment through the default chain, cached after a call.
    let client = builder(&server.url()).build().expect("client");
    assert_debug_hidden("Client (default chain)", &client);
    start_session(&client, request()).await.expect("a call");
    assert_debug_hidden("Client after a call", &client);
}

/// Every error variant, each made by a client that holds the secret in some form.
#[tokio::test]
async fn every_error_variant_hides_secrets() {
    let mut covered = BTreeSet::new();
    let mut check = |what: &str, error: Error<StartSessionError>| {
        assert_error_hidden(what, &error);
        covered.insert(match error {
            Error::InvalidInput(_) => "InvalidInput",
            Error::NoCredentials(_) => "NoCredentials",
            Error::Config(_) => "Config",
            Error::Transport(_) => "Transport",
            Error::Timeout(_) => "Timeout",
            Error::UnreadableResponse(_) => "UnreadableResponse",
            Error::Service(_) => "Service",
            _ => "other",
        });
    };

    let mut invalid = request();
    invalid.session_idle_timeout_in_minutes = Some(0);
    let client = builder("http://127.0.0.1:9")
        .credentials(credentials())
        .build();
    let client = client.expect("client");
    check(
        "InvalidInput",
        start_session(&client, invalid).await.unwrap_err(),
    );

    // Half of a key pair in the environment: the error names the variables, not values.
    let half = Environment::from_vars([("AWS_SECRET_ACCESS_KEY", SECRET)]);
    let client = builder("http://127.0.0.1:9").environment(half).build();
    let error = start_session(&client.expect("client"), request())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::NoCredentials(_)), "{error:?}");
    check("NoCredentials (environment)", error);

    // A profile with only the secret, and a broken profile whose bad line is the secret.
    for (name, text) in [
        (
            "profile-half",
            format!("[default]\naws_secret_access_key = {SECRET}\n"),
        ),
        (
            "profile-broken",
            format!("[default]\naws_access_key_id = {KEY_ID}\n{SECRET}\n"),
        ),
        (
            "profile-broken-sub",
            format!("[default]\ns3 =\n  {SECRET}\naws_session_token = {TOKEN}\n"),
        ),
    ] {
        let home = TempHome::new(name);
        home.write("credentials", &text);
        let client = builder("http://127.0.0.1:9")
            .environment(home.env())
            .build();
        let error = start_session(&client.expect("client"), request())
            .await
            .unwrap_err();
        assert!(
            matches!(error, Error::NoCredentials(_)),
            "{name}: {error:?}"
        );
        check(&format!("NoCredentials ({name})"), error);
    }

    // Config errors: from build() (no region; a config file broken on the secret's line)
    // and at call time (a bad endpoint variable).
    let no_region = Client::builder()
        .environment(Environment::from_vars([
            ("AWS_ACCESS_KEY_ID", KEY_ID),
            ("AWS_SECRET_ACCESS_KEY", SECRET),
            ("AWS_SESSION_TOKEN", TOKEN),
        ]))
        .build()
        .unwrap_err();
    assert_error_hidden("ConfigError (no region)", &no_region);
    check("Config (no region)", Error::Config(no_region));
    let home = TempHome::new("config-broken");
    home.write(
        "config",
        &format!("[default]\nregion = eu-west-1\n{SECRET}\n"),
    );
    let broken = Client::builder()
        .environment(home.env().with_var("AWS_SECRET_ACCESS_KEY", SECRET))
        .build()
        .unwrap_err();
    assert_error_hidden("ConfigError (broken config file)", &broken);
    let bad_endpoint = Client::builder()
        .environment(
            Environment::from_vars(secret_vars()).with_var("AWS_ENDPOINT_URL", "ftp://nowhere"),
        )
        .build()
        .expect("client");
    let error = start_session(&bad_endpoint, request()).await.unwrap_err();
    assert!(matches!(error, Error::Config(_)), "{error:?}");
    check("Config (endpoint)", error);

    // Transport: nothing listens there.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("address").port()
    };
    let client = builder(&format!("http://127.0.0.1:{port}")).build();
    check(
        "Transport",
        start_session(&client.expect("client"), request())
            .await
            .unwrap_err(),
    );

    // A token no header can carry: the request cannot be built (a configuration error, not
    // retried), and the error says so without quoting it.
    let unsendable = Credentials::new(KEY_ID, SECRET, Some(format!("{TOKEN}\n")));
    let client = builder("http://127.0.0.1:9")
        .credentials(unsendable)
        .build();
    let error = start_session(&client.expect("client"), request())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Config(_)), "{error:?}");
    check("Config (unsendable token)", error);

    let server = TestServer::start_strict(
        strict(),
        [
            Reply::json(200, "{}").delayed(Duration::from_secs(3)),
            Reply::status(200, "not json"),
            Reply::json(
                400,
                r#"{"__type":"InvalidRequestException","Message":"no"}"#,
            ),
        ],
    )
    .await;
    let client = builder(&server.url())
        .attempt_timeout(Duration::from_millis(200))
        .build()
        .expect("client");
    for what in ["Timeout", "UnreadableResponse", "Service"] {
        check(what, start_session(&client, request()).await.unwrap_err());
    }

    let expected: BTreeSet<&str> = [
        "InvalidInput",
        "NoCredentials",
        "Config",
        "Transport",
        "Timeout",
        "UnreadableResponse",
        "Service",
    ]
    .into();
    assert_eq!(covered, expected);
}

#[tokio::test]
async fn requests_never_carry_the_secret_and_the_token_only_in_its_header() {
    let server = TestServer::start_strict(
        strict(),
        [
            Reply::status(503, ""),
            Reply::json(200, r#"{"SessionId":"s"}"#),
        ],
    )
    .await;
    let client = builder(&server.url())
        .credentials(credentials())
        .max_attempts(2)
        .build()
        .expect("client");
    start_session(&client, request()).await.expect("a call");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for request in &requests {
        let authorization = request.header("authorization").expect("signed");
        assert!(
            authorization.starts_with(&format!("AWS4-HMAC-SHA256 Credential={KEY_ID}/"))
                && authorization.contains("Signature="),
            "{authorization}"
        );
        assert_eq!(request.header("x-amz-security-token"), Some(TOKEN));
        for (name, value) in &request.headers {
            assert_hidden(&format!("request header name {name}"), name);
            if !name.eq_ignore_ascii_case("x-amz-security-token") {
                assert_hidden(&format!("request header {name}"), value);
            }
        }
        assert_hidden("request path", &request.path);
        assert_hidden("request body", &String::from_utf8_lossy(&request.body));
        assert!(!request
            .body
            .windows(SECRET.len())
            .any(|w| w == SECRET.as_bytes()));
    }
}

/// The loopback server's checks, with the key the clients here sign with.
fn strict() -> Strict {
    Strict::new().key(credentials())
}

/// The providers added with the aws-config chain (profile roles, web identity, SSO,
/// credential_process, container, the cache, bearer tokens) keep secrets out of Debug and
/// errors, whatever file or answer holds them.
#[tokio::test]
async fn every_provider_hides_secrets() {
    use awsgen_runtime::credentials::profile_chain::resolve_plan;
    use awsgen_runtime::credentials::token::DefaultTokenChain;
    use awsgen_runtime::credentials::{CachedCredentials, ProvideCredentials, ProviderContext};
    use awsgen_runtime::os::Os;

    let home = TempHome::new("providers");
    home.write(
        "config",
        &format!(
            "[default]\naws_access_key_id = {KEY_ID}\naws_secret_access_key = {SECRET}\n\
             aws_session_token = {TOKEN}\n\
             [profile process]\ncredential_process = sh -c 'echo {SECRET}; exit 3'\n\
             [profile process-json]\ncredential_process = echo {{\"Version\":1,\"SecretAccessKey\":\"{SECRET}\"}}\n\
             [profile web]\nrole_arn = arn:aws:iam::123456789012:role/web\n\
             web_identity_token_file = {}/.aws/web-token\n\
             [profile sso]\nsso_session = s\nsso_account_id = 123456789012\nsso_role_name = r\n\
             [sso-session s]\nsso_region = us-east-1\nsso_start_url = https://example.awsapps.com/start\n",
            home.0.display()
        ),
    );
    home.write("web-token", TOKEN);
    // The SSO token cache holds the token in a file that is not valid JSON: the parse
    // error must not quote it.
    let cache = home.0.join(".aws/sso/cache");
    std::fs::create_dir_all(&cache).expect("cache dir");
    std::fs::write(
        cache.join(awsgen_runtime::credentials::sso::cache_file_name("s")),
        format!("{{\"accessToken\": \"{TOKEN}\", \"expiresAt\": }}"),
    )
    .expect("cache file");
    let context = |profile: &str| {
        let env = home
            .env()
            .with_var("AWS_PROFILE", profile)
            .with_var("AWS_EC2_METADATA_DISABLED", "true")
            // Nothing listens here: STS and SSO calls fail fast.
            .with_var("AWS_ENDPOINT_URL", "http://127.0.0.1:9");
        ProviderContext::from_os(Os::with_env(env), None)
    };

    let ctx = context("default");
    assert_debug_hidden("ProviderContext", &ctx);
    let profiles = ctx.settings.profiles().expect("profiles parse");
    let plan = resolve_plan(profiles, "default").expect("plan");
    assert_debug_hidden("ProfilePlan", &plan);
    let cached = CachedCredentials::new(DefaultCredentialsChain::with_context(ctx));
    assert_eq!(
        cached.provide_credentials().await.expect("static keys"),
        credentials()
    );
    assert_debug_hidden("CachedCredentials after use", &cached);

    for profile in ["process", "process-json", "web", "sso"] {
        let provider = ProfileCredentials::with_context(context(profile), None);
        assert_debug_hidden(profile, &provider);
        let error = provider
            .provide_credentials()
            .await
            .expect_err("fails without leaking");
        assert_error_hidden(&format!("profile {profile}"), &error);
    }

    let token_error = DefaultTokenChain::with_context(context("sso"))
        .provide_token()
        .await
        .expect_err("the token cache does not parse");
    assert_error_hidden("token chain", &token_error);
}
