//! aws-config's and aws-sdk-kotlin's credential test data, replayed through the real
//! providers: every scenario folder (an environment, a filesystem, recorded HTTP traffic, the
//! expected credentials or an error) and the table suites (profile parser, file locations,
//! assume-role chains, container URIs, IMDS endpoints, botocore's configured endpoint URLs).
//! Every case runs; none is skipped.
//!
//! Fixtures come from `../shared/credentials-tests`, or `CREDENTIALS_TESTS_DIR` when set.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use awsgen_runtime::credentials::profile_chain::{resolve_plan, BaseCredentials, ProfilePlan};
use awsgen_runtime::credentials::token::{BearerToken, DefaultTokenChain};
use awsgen_runtime::credentials::{
    container, imds, Credentials, DefaultCredentialsChain, ProfileCredentials, ProvideCredentials,
    ProviderContext,
};
use awsgen_runtime::os::{Clock, Environment, Fs, Os};
use awsgen_runtime::profile::{self, FileKind, ProfileSet};
use awsgen_runtime::settings::Settings;
use awsgen_runtime::test_util::ReplayTransport;
use awsgen_runtime::time::DateTime;
use awsgen_tests::replay;
use awsgen_tests::temp_home::TempHome;
use awsgen_tests::{report, shared_dir};
use serde_json::{json, Map, Value};

fn fixtures() -> PathBuf {
    let dir = match std::env::var_os("CREDENTIALS_TESTS_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => shared_dir().join("credentials-tests"),
    };
    assert!(
        dir.is_dir(),
        "credential fixtures not found at {}",
        dir.display()
    );
    dir
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Cases whose notes say the clock reads unix 0 (their IMDS credentials expired in 2021).
const CLOCK_AT_ZERO: &[&str] = &[
    "imds_default_chain_success",
    "imds_default_chain_retries",
    "imds_config_with_no_creds",
];

/// Cases whose notes say retries are off.
const NO_RETRIES: &[&str] = &["sso_server_error"];

/// The scenario folders, and whether each runs the profile provider alone.
const SCENARIO_DIRS: &[(&str, bool)] = &[
    (
        "smithy-rs/aws-config/test-data/default-credential-provider-chain",
        false,
    ),
    ("smithy-rs/aws-config/test-data/profile-provider", true),
    ("aws-sdk-kotlin/default-provider-chain", false),
];

/// The token-chain scenario folder (cases expect `{"token", "expiration"}`).
const TOKEN_DIR: &str = "smithy-rs/aws-config/test-data/default-token-provider-chain";

/// What a scenario runs.
#[derive(Clone, Copy)]
enum Subject {
    DefaultChain,
    ProfileProvider,
    TokenChain,
}

fn run_scenario(dir: &Path, subject: Subject) -> Result<(), String> {
    let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let case = read_json(&dir.join("test-case.json"))?;
    let env = read_json(&dir.join("env.json"))?;
    let vars = env
        .as_object()
        .ok_or("env.json is not an object")?
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()));
    let clock = if CLOCK_AT_ZERO.contains(&name) {
        Clock::fixed(SystemTime::UNIX_EPOCH)
    } else {
        Clock::system()
    };
    let os = Os {
        env: Environment::from_vars(vars),
        fs: Fs::rooted(dir.join("fs")),
        clock,
    };
    let replay = Arc::new(replay::from_file(&dir.join("http-traffic.json"))?);
    let mut ctx = ProviderContext::new(Settings::resolve(os, None, None), replay.clone());
    ctx.retry_backoff = false;
    ctx.retries = !NO_RETRIES.contains(&name);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let provider: Box<dyn ProvideCredentials> = match subject {
        Subject::DefaultChain => Box::new(DefaultCredentialsChain::with_context(ctx)),
        Subject::ProfileProvider => Box::new(ProfileCredentials::with_context(ctx, None)),
        Subject::TokenChain => {
            let chain = DefaultTokenChain::with_context(ctx);
            let answer = runtime.block_on(chain.provide_token());
            return check_token(answer, &case, &replay);
        }
    };
    let answer = runtime
        .block_on(async {
            tokio::time::timeout(Duration::from_secs(30), provider.provide_credentials()).await
        })
        .map_err(|_| "timed out after 30 s".to_string())?;
    let result = case.get("result").ok_or("test-case.json has no result")?;
    if let Some(expected) = result.get("Ok") {
        let credentials = answer.map_err(|e| {
            format!(
                "expected credentials, got error: {e} (problems: {:?})",
                replay.problems()
            )
        })?;
        check_credentials(&credentials, expected)?;
        let problems = replay.problems();
        if !problems.is_empty() {
            return Err(problems.join("; "));
        }
        Ok(())
    } else if result.get("ErrorContains").is_some() {
        if let Ok(credentials) = answer {
            return Err(format!("expected an error, got {credentials:?}"));
        }
        let problems = replay.problems();
        if !problems.is_empty() {
            return Err(problems.join("; "));
        }
        Ok(())
    } else {
        Err("result is neither Ok nor ErrorContains".into())
    }
}

fn check_token(
    answer: Result<BearerToken, awsgen_runtime::credentials::CredentialsError>,
    case: &Value,
    replay: &ReplayTransport,
) -> Result<(), String> {
    let result = &case["result"];
    match (answer, result.get("Ok")) {
        (Ok(token), Some(expected)) => {
            let want_expiry = expected["expiration"]
                .as_str()
                .and_then(DateTime::parse)
                .ok_or("expected expiration is not RFC 3339")?;
            let got_expiry = token
                .expiration()
                .duration_since(SystemTime::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(-1);
            if Some(token.token()) != expected["token"].as_str() {
                return Err("token differs".into());
            }
            if got_expiry != want_expiry.secs() {
                return Err(format!(
                    "expiration {got_expiry} (expected {})",
                    want_expiry.secs()
                ));
            }
        }
        (Ok(_), None) => return Err("expected an error, got a token".into()),
        (Err(e), Some(_)) => return Err(format!("expected a token, got error: {e}")),
        (Err(_), None) => {}
    }
    let problems = replay.problems();
    match problems.is_empty() {
        true => Ok(()),
        false => Err(problems.join("; ")),
    }
}

fn check_credentials(got: &Credentials, expected: &Value) -> Result<(), String> {
    let text = |key: &str| expected.get(key).and_then(Value::as_str);
    let mut wrong = Vec::new();
    if Some(got.access_key_id()) != text("access_key_id") {
        wrong.push(format!(
            "access_key_id {} (expected {:?})",
            got.access_key_id(),
            text("access_key_id")
        ));
    }
    if Some(got.secret_access_key()) != text("secret_access_key") {
        wrong.push("secret_access_key differs".to_string());
    }
    if got.session_token() != text("session_token") {
        wrong.push("session_token differs".to_string());
    }
    if let Some(account) = text("account_id").or_else(|| text("accountId")) {
        if got.account_id() != Some(account) {
            wrong.push(format!(
                "account_id {:?} (expected {account})",
                got.account_id()
            ));
        }
    }
    if let Some(expiry) = expected.get("expiry").and_then(Value::as_u64) {
        let got_secs = got
            .expiry()
            .and_then(|e| e.duration_since(SystemTime::UNIX_EPOCH).ok())
            .map(|d| d.as_secs());
        if got_secs != Some(expiry) {
            wrong.push(format!("expiry {got_secs:?} (expected {expiry})"));
        }
    }
    match wrong.is_empty() {
        true => Ok(()),
        false => Err(wrong.join("; ")),
    }
}

fn case_dirs(dir: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn credential_scenarios() {
    let root = fixtures();
    let (mut passed, mut failed) = (0, Vec::new());
    let folders = SCENARIO_DIRS
        .iter()
        .map(|(folder, profile_only)| match profile_only {
            true => (*folder, Subject::ProfileProvider),
            false => (*folder, Subject::DefaultChain),
        })
        .chain([(TOKEN_DIR, Subject::TokenChain)]);
    for (folder, subject) in folders {
        for dir in case_dirs(&root.join(folder)) {
            let label = format!("{folder}/{}", dir.file_name().unwrap().to_string_lossy());
            match run_scenario(&dir, subject) {
                Ok(()) => passed += 1,
                Err(why) => failed.push(format!("{label}: {why}")),
            }
        }
    }
    for failure in &failed {
        report(&format!("  FAILED {failure}"));
    }
    report(&format!(
        "credential scenarios: {passed} passed, {} failed",
        failed.len()
    ));
    assert!(failed.is_empty(), "{} scenarios failed", failed.len());
}

// ---- tables ----

/// One table's results: (passed, failures).
type Outcome = (usize, Vec<String>);

fn tally(outcome: &mut Outcome, label: String, result: Result<(), String>) {
    match result {
        Ok(()) => outcome.0 += 1,
        Err(why) => outcome.1.push(format!("{label}: {why}")),
    }
}

fn profile_parser_table(root: &Path, outcome: &mut Outcome) {
    let suite = read_json(&root.join("smithy-rs/aws-runtime/test-data/profile-parser-tests.json"))
        .expect("profile parser suite");
    for test in suite["tests"].as_array().expect("tests") {
        let name = test["name"].as_str().unwrap_or("?").to_string();
        let input = &test["input"];
        let output = &test["output"];
        let parsed = ProfileSet::parse(
            input.get("configFile").and_then(Value::as_str),
            input.get("credentialsFile").and_then(Value::as_str),
        );
        let result = match (
            parsed,
            output.get("errorContaining").and_then(Value::as_str),
        ) {
            (Err(e), Some(expected)) if e.message.contains(expected) => Ok(()),
            (Err(e), Some(expected)) => Err(format!("error {e:?} does not contain {expected:?}")),
            (Err(e), None) => Err(format!("unexpected error {e}")),
            (Ok(_), Some(expected)) => Err(format!("parsed, expected error {expected:?}")),
            (Ok(set), None) => compare_profiles(&set, &output["config"]),
        };
        tally(outcome, format!("profile parser: {name}"), result);
    }
}

fn as_string_map(value: &Value) -> BTreeMap<String, String> {
    value
        .as_object()
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
                .collect()
        })
        .unwrap_or_default()
}

fn compare_profiles(set: &ProfileSet, expected: &Value) -> Result<(), String> {
    let mut got: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for name in set.profile_names() {
        let props = set.profile(name).unwrap_or_default();
        got.insert(name.to_string(), props.into_iter().collect());
    }
    let want: BTreeMap<String, BTreeMap<String, String>> = expected["profiles"]
        .as_object()
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.clone(), as_string_map(v)))
                .collect()
        })
        .unwrap_or_default();
    if got != want {
        return Err(format!("profiles {got:?}, expected {want:?}"));
    }
    if let Some(sessions) = expected.get("sso_sessions").and_then(Value::as_object) {
        let got: BTreeMap<String, BTreeMap<String, String>> = set
            .config_file()
            .sso_session_names()
            .map(|name| {
                let props = set
                    .config_file()
                    .sso_session_properties(name)
                    .cloned()
                    .unwrap_or_default();
                (name.to_string(), props.into_iter().collect())
            })
            .collect();
        let want: BTreeMap<String, BTreeMap<String, String>> = sessions
            .iter()
            .map(|(k, v)| (k.clone(), as_string_map(v)))
            .collect();
        if got != want {
            return Err(format!("sso sessions {got:?}, expected {want:?}"));
        }
    }
    Ok(())
}

fn file_location_table(root: &Path, outcome: &mut Outcome) {
    let suite = read_json(&root.join("smithy-rs/aws-runtime/test-data/file-location-tests.json"))
        .expect("file location suite");
    for test in suite["tests"].as_array().expect("tests") {
        let name = test["name"].as_str().unwrap_or("?").to_string();
        let vars = as_string_map(&test["environment"]);
        let windows = test["platform"].as_str() == Some("windows");
        let var = |name: &str| vars.get(name).map(String::as_str);
        let mut wrong = Vec::new();
        for (kind, key) in [
            (FileKind::Config, "configLocation"),
            (FileKind::Credentials, "credentialsLocation"),
        ] {
            let got = profile::locate_file(kind, &var, windows);
            let want = test[key].as_str();
            if got.as_deref() != want {
                wrong.push(format!("{key} {got:?} (expected {want:?})"));
            }
        }
        let result = if wrong.is_empty() {
            Ok(())
        } else {
            Err(wrong.join("; "))
        };
        tally(outcome, format!("file locations: {name}"), result);
    }
}

/// A config file holding the table's profiles and sso-sessions.
fn config_text(input: &Value) -> String {
    let mut text = String::new();
    for (section, key) in [("profile", "profiles"), ("sso-session", "sso_sessions")] {
        if let Some(map) = input.get(key).and_then(Value::as_object) {
            for (name, props) in map {
                text.push_str(&format!("[{section} {name}]\n"));
                for (k, v) in as_string_map(props) {
                    text.push_str(&format!("{k} = {v}\n"));
                }
            }
        }
    }
    text
}

fn plan_json(plan: &ProfilePlan) -> Value {
    let mut chain = Vec::new();
    let insert = |map: &mut Map<String, Value>, key: &str, value: Option<&str>| {
        if let Some(value) = value {
            map.insert(key.into(), json!(value));
        }
    };
    let mut base = Map::new();
    let kind = match &plan.base {
        BaseCredentials::AccessKey(c) => {
            insert(&mut base, "access_key_id", Some(c.access_key_id()));
            insert(&mut base, "secret_access_key", Some(c.secret_access_key()));
            insert(&mut base, "session_token", c.session_token());
            insert(&mut base, "account_id", c.account_id());
            "AccessKey"
        }
        BaseCredentials::NamedSource(source) => {
            base.insert("source".into(), json!(format!("{source:?}")));
            "NamedSource"
        }
        BaseCredentials::WebIdentityToken {
            role_arn,
            token_file,
            session_name,
        } => {
            insert(&mut base, "role_arn", Some(role_arn));
            insert(&mut base, "web_identity_token_file", Some(token_file));
            insert(&mut base, "role_session_name", session_name.as_deref());
            "WebIdentityToken"
        }
        BaseCredentials::Sso(sso) => {
            insert(&mut base, "sso_account_id", sso.account_id.as_deref());
            insert(&mut base, "sso_region", Some(&sso.region));
            insert(&mut base, "sso_role_name", sso.role_name.as_deref());
            insert(&mut base, "sso_start_url", Some(&sso.start_url));
            insert(&mut base, "sso_session", sso.session_name.as_deref());
            "Sso"
        }
        BaseCredentials::CredentialProcess { command, .. } => {
            insert(&mut base, "command", Some(command));
            "CredentialProcess"
        }
    };
    chain.push(json!({ kind: base }));
    for role in &plan.roles {
        let mut step = Map::new();
        insert(&mut step, "role_arn", Some(&role.role_arn));
        insert(&mut step, "external_id", role.external_id.as_deref());
        insert(&mut step, "role_session_name", role.session_name.as_deref());
        chain.push(json!({ "AssumeRole": step }));
    }
    json!({ "ProfileChain": chain })
}

fn assume_role_table(root: &Path, outcome: &mut Outcome) {
    let table = read_json(&root.join("smithy-rs/aws-config/test-data/assume-role-tests.json"))
        .expect("assume-role table");
    for test in table.as_array().expect("array") {
        let docs = test["docs"].as_str().unwrap_or("?").to_string();
        let input = &test["input"];
        let selected = input["selected_profile"].as_str().unwrap_or("default");
        let result = match ProfileSet::parse(Some(&config_text(input)), None) {
            Err(e) => Err(format!("the generated config does not parse: {e}")),
            Ok(set) => match (resolve_plan(&set, selected), test["output"].get("Error")) {
                (Ok(plan), None) => {
                    let got = plan_json(&plan);
                    match got == test["output"] {
                        true => Ok(()),
                        false => Err(format!("plan {got}, expected {}", test["output"])),
                    }
                }
                (Ok(plan), Some(_)) => Err(format!("expected an error, got {}", plan_json(&plan))),
                (Err(_), Some(_)) => Ok(()),
                (Err(e), None) => Err(format!("unexpected error: {e}")),
            },
        };
        tally(outcome, format!("assume-role: {docs}"), result);
    }
}

fn ecs_table(root: &Path, outcome: &mut Outcome, runtime: &tokio::runtime::Runtime) {
    let table =
        read_json(&root.join("smithy-rs/aws-config/test-data/ecs-tests.json")).expect("ecs table");
    for test in table["tests"].as_array().expect("tests") {
        let docs = test["docs"].as_str().unwrap_or("?").to_string();
        let env = as_string_map(&test["env"]);
        let got = runtime.block_on(container::resolve_uri(
            env.get("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")
                .map(String::as_str),
            env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI")
                .map(String::as_str),
            &container::SystemResolver,
        ));
        let result = match (got, test["result"].get("Ok").and_then(Value::as_str)) {
            (Ok(url), Some(want)) if url == want => Ok(()),
            (Ok(url), want) => Err(format!("got {url}, expected {want:?}")),
            (Err(_), None) => Ok(()),
            (Err(e), Some(want)) => Err(format!("error {e}, expected {want}")),
        };
        tally(outcome, format!("ecs: {docs}"), result);
    }
}

fn imds_endpoint_table(root: &Path, outcome: &mut Outcome) {
    let table = read_json(
        &root.join("smithy-rs/aws-config/test-data/imds-config/imds-endpoint-tests.json"),
    )
    .expect("imds endpoint table");
    for test in table["tests"].as_array().expect("tests") {
        let docs = test["docs"].as_str().unwrap_or("?").to_string();
        let env = as_string_map(&test["env"]);
        let files = as_string_map(&test["fs"]);
        let config = env
            .get("AWS_CONFIG_FILE")
            .and_then(|path| files.get(path))
            .map(String::as_str);
        let result = (|| -> Result<(), String> {
            let profiles = ProfileSet::parse(config, None).map_err(|e| e.to_string())?;
            let profile = env
                .get("AWS_PROFILE")
                .map(String::as_str)
                .unwrap_or("default");
            let mode_override = match test.get("mode_override").and_then(Value::as_str) {
                Some(mode) => Some(
                    mode.parse::<imds::EndpointMode>()
                        .map_err(|e| e.to_string())?,
                ),
                None => None,
            };
            let inputs = imds::EndpointInputs {
                explicit: test.get("endpoint_override").and_then(Value::as_str),
                env_endpoint: env
                    .get("AWS_EC2_METADATA_SERVICE_ENDPOINT")
                    .map(String::as_str),
                profile_endpoint: profiles.get(profile, "ec2_metadata_service_endpoint"),
                mode_override,
                env_mode: env
                    .get("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE")
                    .map(String::as_str),
                profile_mode: profiles.get(profile, "ec2_metadata_service_endpoint_mode"),
            };
            let got =
                imds::resolve_endpoint(&inputs).map(|base| format!("{base}/latest/api/token"));
            match (got, test["result"].get("Ok").and_then(Value::as_str)) {
                (Ok(url), Some(want)) if url == want => Ok(()),
                (Ok(url), want) => Err(format!("got {url}, expected {want:?}")),
                (Err(_), None) => Ok(()),
                (Err(e), Some(want)) => Err(format!("error {e}, expected {want}")),
            }
        })();
        tally(outcome, format!("imds endpoint: {docs}"), result);
    }
}

/// botocore's configured endpoint URL suite, through [`Settings::configured_endpoint_url`]:
/// profiles and `[services]` sections written to a config file, the environment, and the
/// client's own settings (an explicit URL wins; "ignore" turns configured URLs off). When
/// nothing is configured the expected URL is the service's default regional one.
fn configured_endpoint_table(root: &Path, outcome: &mut Outcome) {
    let table = read_json(&root.join("botocore/configured-endpoint-urls-profile-tests.json"))
        .expect("configured endpoint URL suite");
    for suite in table["testSuites"].as_array().expect("testSuites") {
        let mut config = String::new();
        for (name, props) in suite["profiles"].as_object().expect("profiles") {
            config.push_str(&format!("[profile {name}]\n"));
            for (k, v) in as_string_map(props) {
                config.push_str(&format!("{k} = {v}\n"));
            }
        }
        for (name, services) in suite["services"].as_object().expect("services") {
            config.push_str(&format!("[services {name}]\n"));
            for (service, props) in services.as_object().expect("service") {
                config.push_str(&format!("{service} =\n"));
                for (k, v) in as_string_map(props) {
                    config.push_str(&format!("  {k} = {v}\n"));
                }
            }
        }
        let home = TempHome::new("endpoint-urls");
        home.write_aws("config", &config);
        for test in suite["endpointUrlTests"]
            .as_array()
            .expect("endpointUrlTests")
        {
            let name = test["name"].as_str().unwrap_or("?").to_string();
            let profile = test["profile"].as_str().unwrap_or("default");
            let service = test["service"].as_str().unwrap_or("");
            let client = &suite["client_configs"][test["client_config"].as_str().unwrap_or("")];
            let env_vars =
                as_string_map(&suite["environments"][test["environment"].as_str().unwrap_or("")]);
            let vars: Vec<(&str, &str)> = env_vars
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .chain([("AWS_PROFILE", profile)])
                .collect();
            let mut settings = Settings::resolve(Os::with_env(home.env(&vars)), None, None);
            if let Some(ignore) = client
                .get("ignore_configured_endpoint_urls")
                .and_then(Value::as_bool)
            {
                settings = settings.with_ignore_configured_endpoint_urls(ignore);
            }
            let got = match client.get("endpoint_url").and_then(Value::as_str) {
                Some(explicit) => explicit.to_string(),
                None => settings
                    .configured_endpoint_url(None, &service.to_ascii_uppercase(), service)
                    .unwrap_or_else(|| {
                        format!(
                            "https://{service}.{}.amazonaws.com",
                            settings.region().unwrap_or("us-east-1")
                        )
                    }),
            };
            let want = test["output"]["endpointUrl"].as_str();
            let result = match Some(got.as_str()) == want {
                true => Ok(()),
                false => Err(format!("got {got}, expected {want:?}")),
            };
            tally(outcome, format!("configured endpoint urls: {name}"), result);
        }
    }
}

#[test]
fn credential_tables() {
    let root = fixtures();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let mut outcome: Outcome = (0, Vec::new());
    profile_parser_table(&root, &mut outcome);
    file_location_table(&root, &mut outcome);
    assume_role_table(&root, &mut outcome);
    ecs_table(&root, &mut outcome, &runtime);
    imds_endpoint_table(&root, &mut outcome);
    configured_endpoint_table(&root, &mut outcome);
    for failure in &outcome.1 {
        report(&format!("  FAILED {failure}"));
    }
    report(&format!(
        "credential tables: {} passed, {} failed",
        outcome.0,
        outcome.1.len()
    ));
    assert!(
        outcome.1.is_empty(),
        "{} table cases failed",
        outcome.1.len()
    );
}
