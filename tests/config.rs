//! Region, endpoint and profile-name resolution, and the shared file format.
//! Environments come from `Environment::from_vars`; files live in fresh temporary homes.

use std::fs;

use awsgen_runtime::config::{
    profile_name, resolve_region, service_endpoint_var, try_resolve_region, Environment,
};
use awsgen_runtime::error::ConfigError;
use awsgen_runtime::profile::ProfileSet;
use awsgen_runtime::protocol::{JsonVersion, ServiceSpec};
use awsgen_tests::specs::ATHENA;
use awsgen_tests::temp_home::TempHome;

static STREAMS: ServiceSpec = ServiceSpec {
    target_prefix: "DynamoDBStreams_20120810",
    json_version: JsonVersion::V1_0,
    signing_name: "dynamodb",
    endpoint_prefix: "streams.dynamodb",
    sdk_id: "DynamoDB Streams",
    endpoint_rules: None,
};

/// The endpoint URL `awsgen_runtime::endpoint::resolve` picks.
fn resolve_endpoint(
    service: &ServiceSpec,
    region: &str,
    explicit: Option<&str>,
    env: &Environment,
) -> Result<String, ConfigError> {
    awsgen_runtime::endpoint::resolve(service, region, explicit, env).map(|e| e.url)
}

#[test]
fn environment_reads_vars_and_home() {
    let env = Environment::from_vars([("AWS_REGION", "eu-west-1"), ("EMPTY", ""), ("HOME", "/h")]);
    assert_eq!(env.var("AWS_REGION"), Some("eu-west-1"));
    assert_eq!(env.var("EMPTY"), None);
    assert_eq!(env.var("MISSING"), None);
    assert_eq!(env.home_dir(), Some(std::path::Path::new("/h")));
    assert_eq!(Environment::default().home_dir(), None);
    let env = env.with_var("AWS_REGION", "us-west-2");
    assert_eq!(env.var("AWS_REGION"), Some("us-west-2"));
}

#[test]
fn environment_debug_shows_names_not_values() {
    let env = Environment::from_vars([("AWS_SECRET_ACCESS_KEY", "very-secret-value")]);
    let text = format!("{env:?}");
    assert!(text.contains("AWS_SECRET_ACCESS_KEY"), "{text}");
    assert!(!text.contains("very-secret-value"), "{text}");
}

#[test]
fn profile_name_precedence() {
    let env = Environment::from_vars([("AWS_PROFILE", "dev")]);
    assert_eq!(profile_name(Some("prod"), &env), "prod");
    assert_eq!(profile_name(None, &env), "dev");
    assert_eq!(profile_name(None, &Environment::default()), "default");
    assert_eq!(profile_name(Some(""), &Environment::default()), "default");
}

#[test]
fn region_precedence() {
    let home = TempHome::new("config");
    home.write_aws(
        "config",
        "[default]\nregion = ap-south-1\n[profile dev]\nregion = sa-east-1\n",
    );
    let all = [
        ("AWS_REGION", "eu-west-1"),
        ("AWS_DEFAULT_REGION", "eu-central-1"),
    ];
    assert_eq!(
        resolve_region(Some("us-west-2"), &home.env(&all)).as_deref(),
        Some("us-west-2")
    );
    assert_eq!(
        resolve_region(None, &home.env(&all)).as_deref(),
        Some("eu-west-1")
    );
    assert_eq!(
        resolve_region(None, &home.env(&all[1..])).as_deref(),
        Some("eu-central-1")
    );
    assert_eq!(
        resolve_region(None, &home.env(&[])).as_deref(),
        Some("ap-south-1")
    );
    assert_eq!(
        resolve_region(None, &home.env(&[("AWS_PROFILE", "dev")])).as_deref(),
        Some("sa-east-1")
    );
    assert_eq!(
        try_resolve_region(None, Some("dev"), &home.env(&[]))
            .unwrap()
            .as_deref(),
        Some("sa-east-1")
    );
    assert_eq!(
        resolve_region(None, &home.env(&[("AWS_PROFILE", "none")])),
        None
    );
    assert_eq!(resolve_region(None, &Environment::default()), None);
}

#[test]
fn unreadable_config_is_reported_by_try_resolve_region() {
    let home = TempHome::new("config");
    home.write_aws("config", "region = us-east-1\n");
    let err = try_resolve_region(None, None, &home.env(&[])).unwrap_err();
    assert!(err.message.contains("config line 1"), "{err}");
    assert_eq!(resolve_region(None, &home.env(&[])), None);
}

#[test]
fn endpoint_variable_name_from_sdk_id() {
    assert_eq!(service_endpoint_var("Athena"), "AWS_ENDPOINT_URL_ATHENA");
    assert_eq!(
        service_endpoint_var("DynamoDB Streams"),
        "AWS_ENDPOINT_URL_DYNAMODB_STREAMS"
    );
    assert_eq!(service_endpoint_var("ec2-x"), "AWS_ENDPOINT_URL_EC2_X");
}

#[test]
fn endpoint_precedence() {
    let home = TempHome::new("config");
    home.write_aws(
        "config",
        "[default]\nendpoint_url = http://127.0.0.1:4000\n",
    );
    let service_var = ("AWS_ENDPOINT_URL_ATHENA", "http://127.0.0.1:2000/");
    let global_var = ("AWS_ENDPOINT_URL", "http://127.0.0.1:3000");
    let resolve = |explicit: Option<&str>, vars: &[(&str, &str)]| {
        resolve_endpoint(&ATHENA, "us-east-1", explicit, &home.env(vars)).unwrap()
    };
    assert_eq!(
        resolve(
            Some("https://example.com/base/"),
            &[service_var, global_var]
        ),
        "https://example.com/base"
    );
    assert_eq!(
        resolve(None, &[service_var, global_var]),
        "http://127.0.0.1:2000"
    );
    assert_eq!(resolve(None, &[global_var]), "http://127.0.0.1:3000");
    assert_eq!(resolve(None, &[]), "http://127.0.0.1:4000");
    // Another service's variable does not apply.
    assert_eq!(
        resolve(
            None,
            &[("AWS_ENDPOINT_URL_DYNAMODB_STREAMS", "http://127.0.0.1:9")]
        ),
        "http://127.0.0.1:4000"
    );
    assert_eq!(
        resolve(
            None,
            &[("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"), global_var]
        ),
        "https://athena.us-east-1.amazonaws.com"
    );
    assert_eq!(
        resolve_endpoint(
            &STREAMS,
            "us-east-1",
            None,
            &home.env(&[("AWS_ENDPOINT_URL_DYNAMODB_STREAMS", "http://[::1]:8000")])
        )
        .unwrap(),
        "http://[::1]:8000"
    );
}

#[test]
fn default_endpoint_and_china_suffix() {
    let env = Environment::default();
    assert_eq!(
        resolve_endpoint(&ATHENA, "eu-west-1", None, &env).unwrap(),
        "https://athena.eu-west-1.amazonaws.com"
    );
    assert_eq!(
        resolve_endpoint(&STREAMS, "us-west-2", None, &env).unwrap(),
        "https://streams.dynamodb.us-west-2.amazonaws.com"
    );
    assert_eq!(
        resolve_endpoint(&ATHENA, "cn-north-1", None, &env).unwrap(),
        "https://athena.cn-north-1.amazonaws.com.cn"
    );
}

#[test]
fn bad_endpoint_urls_say_what_is_wrong() {
    let env = Environment::default();
    let cases = [
        ("ftp://example.com", "scheme must be http or https"),
        ("localhost:8080", "no scheme"),
        ("https://", "host is empty"),
        ("https:///path", "host is empty"),
        ("https://example.com:99999", "port"),
        ("https://example.com:", "port"),
        ("https://example.com:80x", "port"),
        ("https://user:pw@example.com", "user information"),
        ("https://exa mple.com", "whitespace"),
        ("https://example.com/?a=b", "query"),
        ("https://ex!ample.com", "host"),
        ("http://[::1", "closing ']'"),
    ];
    for (url, expected) in cases {
        let err = resolve_endpoint(&ATHENA, "us-east-1", Some(url), &env).unwrap_err();
        assert!(
            err.message.contains(expected) && err.message.contains("not a valid endpoint URL"),
            "{url}: {err}"
        );
    }
    let env = Environment::from_vars([("AWS_ENDPOINT_URL", "example.com")]);
    let err = resolve_endpoint(&ATHENA, "us-east-1", None, &env).unwrap_err();
    assert!(err.message.starts_with("AWS_ENDPOINT_URL "), "{err}");
}

#[test]
fn bad_regions_say_what_is_wrong() {
    let env = Environment::default();
    for (region, expected) in [
        ("", "empty"),
        ("us east 1", "only letters, digits and '-'"),
        ("evil.com/x", "only letters, digits and '-'"),
        ("-us-east-1", "start or end"),
    ] {
        let err = resolve_endpoint(&ATHENA, region, None, &env).unwrap_err();
        assert!(err.message.contains(expected), "{region:?}: {err}");
    }
}

#[test]
fn file_format_comments_case_and_whitespace() {
    let config = "\
# full-line comment
; another
[default] # comment after a header
Region\t=  us-west-2  ; inline comment after whitespace
output=json#not-a-comment
AWS_Access_Key_ID = AKID
empty =
\t
[profile  spaced ]   
region = eu-north-1
";
    let set = ProfileSet::parse(Some(config), None).unwrap();
    assert_eq!(set.get("default", "region"), Some("us-west-2"));
    assert_eq!(set.get("default", "REGION"), Some("us-west-2"));
    assert_eq!(set.get("default", "output"), Some("json#not-a-comment"));
    assert_eq!(set.get("default", "aws_access_key_id"), Some("AKID"));
    assert_eq!(set.get("default", "empty"), Some(""));
    assert_eq!(set.get("spaced", "region"), Some("eu-north-1"));
    assert_eq!(set.profile_names(), vec!["default", "spaced"]);
}

#[test]
fn file_format_continuations_and_sub_properties() {
    let config = "\
[profile dev]
s3 =
  max_concurrent_requests = 20
  addressing_style = path
note = first
  second
region = us-east-2
";
    let set = ProfileSet::parse(Some(config), None).unwrap();
    assert_eq!(
        set.get("dev", "s3"),
        Some("\nmax_concurrent_requests = 20\naddressing_style = path")
    );
    assert_eq!(set.get("dev", "note"), Some("first\nsecond"));
    assert_eq!(set.get("dev", "region"), Some("us-east-2"));
}

#[test]
fn file_format_crlf_line_endings() {
    let set = ProfileSet::parse(None, Some("[default]\r\nregion = us-east-1\r\n")).unwrap();
    assert_eq!(set.get("default", "region"), Some("us-east-1"));
}

#[test]
fn file_format_section_rules() {
    let config = "\
[default]
region = from-default
[profile default]
output = from-prefixed
[profilex]
region = ignored
[profile bad name!]
region = ignored
[profile dup]
region = first
output = kept
[profile dup]
region = second
";
    let credentials = "[default]\nregion = from-credentials\n[profile p]\nregion = ignored\n";
    let set = ProfileSet::parse(Some(config), Some(credentials)).unwrap();
    // `[profile default]` replaces `[default]`; the credentials file wins per key.
    assert_eq!(set.config_file().get("default", "region"), None);
    assert_eq!(set.get("default", "output"), Some("from-prefixed"));
    assert_eq!(set.get("default", "region"), Some("from-credentials"));
    assert_eq!(set.get("dup", "region"), Some("second"));
    assert_eq!(set.get("dup", "output"), Some("kept"));
    assert_eq!(set.profile_names(), vec!["default", "dup"]);
}

#[test]
fn file_format_errors_name_the_line() {
    let cases = [
        ("region = x\n", 1, "Expected a profile definition"),
        ("[default\n", 1, "must end with ']'"),
        ("[default]\nregion\n", 2, "Expected an '=' sign"),
        ("[default]\n= x\n", 2, "did not have a name"),
        ("[default]\n  indented = x\n", 2, "found continuation"),
        ("  indented\n", 1, "Expected a profile definition"),
        ("[default]\ns3 =\n  not a sub property\n", 3, "sub-property"),
    ];
    for (text, line, expected) in cases {
        let err = ProfileSet::parse(Some(text), None).unwrap_err();
        assert_eq!(err.line, Some(line), "{text:?}: {err}");
        assert!(err.message.contains(expected), "{text:?}: {err}");
        assert!(
            err.to_string().contains(&format!("<config> line {line}")),
            "{err}"
        );
    }
}

#[test]
fn load_from_files_missing_is_empty() {
    let home = TempHome::new("config");
    let set = ProfileSet::load(&home.env(&[])).unwrap();
    assert!(!set.config_file().found());
    assert!(!set.credentials_file().found());
    assert!(set.profile_names().is_empty());
    home.write_aws("config", "[profile x]\nregion = us-east-1\n");
    let set = ProfileSet::load(&home.env(&[])).unwrap();
    assert!(set.config_file().found());
    assert_eq!(set.get("x", "region"), Some("us-east-1"));
}

#[test]
fn load_reports_unreadable_file() {
    let home = TempHome::new("config");
    // A directory where the file should be cannot be read.
    let dir = home.path().join("not-a-file");
    fs::create_dir_all(&dir).unwrap();
    let env = home.env(&[("AWS_CONFIG_FILE", dir.to_str().unwrap())]);
    let err = ProfileSet::load(&env).unwrap_err();
    assert!(
        err.to_string()
            .starts_with(&format!("reading {}", dir.display())),
        "{err}"
    );
}

/// A model without endpoint rules (the shipped one, botocore's) still honours FIPS and
/// dual-stack: the partition's host templates, or a configuration error where it has none.
#[test]
fn fips_and_dual_stack_without_rules_use_the_partition_hosts() {
    let env = |vars: &[(&str, &str)]| Environment::from_vars(vars.iter().copied());
    let fips = [("AWS_USE_FIPS_ENDPOINT", "true")];
    let dual = [("AWS_USE_DUALSTACK_ENDPOINT", "true")];
    let both = [
        ("AWS_USE_FIPS_ENDPOINT", "true"),
        ("AWS_USE_DUALSTACK_ENDPOINT", "true"),
    ];
    type Vars<'a> = &'a [(&'a str, &'a str)];
    let cases: [(&str, Vars, &str); 7] = [
        (
            "us-east-1",
            &fips,
            "https://athena-fips.us-east-1.amazonaws.com",
        ),
        ("us-east-1", &dual, "https://athena.us-east-1.api.aws"),
        ("us-east-1", &both, "https://athena-fips.us-east-1.api.aws"),
        (
            "cn-north-1",
            &dual,
            "https://athena.cn-north-1.api.amazonwebservices.com.cn",
        ),
        (
            "us-gov-west-1",
            &fips,
            "https://athena-fips.us-gov-west-1.amazonaws.com",
        ),
        (
            "eusc-de-east-1",
            &[],
            "https://athena.eusc-de-east-1.amazonaws.eu",
        ),
        (
            "us-iso-east-1",
            &fips,
            "https://athena-fips.us-iso-east-1.c2s.ic.gov",
        ),
    ];
    for (region, vars, want) in cases {
        assert_eq!(
            resolve_endpoint(&ATHENA, region, None, &env(vars)).unwrap(),
            want,
            "{region} {vars:?}"
        );
    }
    let err = resolve_endpoint(&ATHENA, "us-iso-east-1", None, &env(&dual)).unwrap_err();
    assert!(
        err.message.contains("dual-stack") && err.message.contains("aws-iso"),
        "{}",
        err.message
    );
    // The profile's settings count too.
    let home = TempHome::new("fips-profile");
    home.write_aws("config", "[default]\nuse_fips_endpoint = true\n");
    assert_eq!(
        resolve_endpoint(&ATHENA, "eu-west-1", None, &home.env(&[])).unwrap(),
        "https://athena-fips.eu-west-1.amazonaws.com"
    );
}

/// Endpoint resolution reads the settings resolved once (`endpoint::resolve_with`): a profile
/// and FIPS / dual-stack chosen in code count without being written into the environment,
/// and a profile's `services` section names a service's endpoint.
#[test]
fn endpoints_come_from_settings_resolved_once() {
    use awsgen_runtime::endpoint::resolve_with;
    use awsgen_runtime::os::Os;
    use awsgen_runtime::settings::Settings;

    let home = TempHome::new("endpoint-settings");
    home.write_aws(
        "config",
        "[profile other]\nendpoint_url = http://other.example\n\
         [profile work]\nservices = work-services\n\
         [services work-services]\nathena =\n  endpoint_url = http://athena.work.example\n\
         [profile plain]\nregion = eu-west-1\n",
    );
    let env = home.env(&[("AWS_PROFILE", "other")]);
    let settings = |profile: Option<&str>| {
        Settings::resolve(Os::with_env(env.clone()), profile, Some("eu-west-1"))
    };
    let url = |settings: &Settings| {
        resolve_with(&ATHENA, "eu-west-1", None, settings)
            .map(|e| e.url)
            .unwrap()
    };
    assert_eq!(url(&settings(None)), "http://other.example");
    assert_eq!(url(&settings(Some("work"))), "http://athena.work.example");
    // STREAMS has no entry in the section: the rules / partition decide.
    assert_eq!(
        resolve_with(&STREAMS, "eu-west-1", None, &settings(Some("work")))
            .unwrap()
            .url,
        "https://streams.dynamodb.eu-west-1.amazonaws.com"
    );
    let fips = settings(Some("plain")).with_endpoint_flags(Some(true), None);
    assert_eq!(url(&fips), "https://athena-fips.eu-west-1.amazonaws.com");
    let both = settings(Some("plain")).with_endpoint_flags(Some(true), Some(true));
    assert_eq!(url(&both), "https://athena-fips.eu-west-1.api.aws");
    // Code turns off what the environment turned on.
    let env_on = Settings::resolve(
        Os::with_env(home.env(&[("AWS_USE_FIPS_ENDPOINT", "true")])),
        Some("plain"),
        None,
    );
    assert!(env_on.use_fips());
    assert_eq!(
        url(&env_on.with_endpoint_flags(Some(false), None)),
        "https://athena.eu-west-1.amazonaws.com"
    );
    // A bad configured URL names where it came from.
    let err = resolve_with(
        &ATHENA,
        "eu-west-1",
        None,
        &Settings::resolve(
            Os::with_env(home.env(&[("AWS_ENDPOINT_URL_ATHENA", "athena.example")])),
            None,
            None,
        ),
    )
    .unwrap_err();
    assert!(err.message.starts_with("AWS_ENDPOINT_URL_ATHENA "), "{err}");
}

/// The builder's profile and dual-stack choice reach endpoint resolution through the
/// client's settings (they used to be written into fake environment variables).
#[tokio::test]
async fn the_builders_profile_and_flags_reach_endpoint_resolution() {
    use awsgen_runtime::{Client, Credentials, ErrorMetadata};
    use awsgen_tests::server::{Reply, TestServer};
    use awsgen_tests::specs::LIST_WORK_GROUPS;

    let server = TestServer::start([Reply::json(200, "{}")]).await;
    let home = TempHome::new("builder-endpoint");
    home.write_aws(
        "config",
        &format!(
            "[profile other]\nendpoint_url = http://127.0.0.1:9\n\
             [profile work]\nservices = s\n[services s]\nathena =\n  endpoint_url = {}\n",
            server.url()
        ),
    );
    let builder = || {
        Client::builder()
            .environment(home.env(&[("AWS_PROFILE", "other")]))
            .credentials(Credentials::new("AKIDEXAMPLE", "secret", None))
            .max_attempts(1)
    };
    let client = builder()
        .profile("work")
        .region("eu-west-1")
        .build()
        .expect("client");
    client
        .call::<serde_json::Value, ErrorMetadata>(&LIST_WORK_GROUPS, "{}".into())
        .await
        .expect("sent to the work profile's services entry");
    assert_eq!(server.requests().len(), 1);

    // Dual-stack chosen in code, in a partition without it: a configuration error, before
    // anything is sent.
    let client = builder()
        .profile("plain")
        .region("us-iso-east-1")
        .use_dual_stack(true)
        .build()
        .expect("client");
    let err = client
        .call::<serde_json::Value, ErrorMetadata>(&LIST_WORK_GROUPS, "{}".into())
        .await
        .expect_err("no dual-stack host");
    assert!(
        err.to_string().contains("dual-stack") && err.to_string().contains("aws-iso"),
        "{err}"
    );
}
