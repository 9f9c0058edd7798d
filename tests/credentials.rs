//! Credentials providers: static, environment, shared profile files and the default chain.
//! Every test builds its own environment with `Environment::from_vars` and its own files in a
//! fresh temporary home, so nothing depends on the machine's real environment.

use std::fs;

use awsgen_runtime::config::Environment;
use awsgen_runtime::credentials::{
    Credentials, DefaultCredentialsChain, EnvironmentCredentials, ProfileCredentials,
};
use awsgen_tests::provide::ProvideBlocking;
use awsgen_tests::temp_home::TempHome;

const SECRET: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzSECRET";
const TOKEN: &str = "IQoJb3JpZ2luX2VjEXAMPLETOKENzzTOKEN";

fn assert_keys(c: &Credentials, key: &str, secret: &str, token: Option<&str>) {
    assert_eq!(c.access_key_id(), key);
    assert_eq!(c.secret_access_key(), secret);
    assert_eq!(c.session_token(), token);
}

#[test]
fn static_credentials_provide_themselves() {
    let c = Credentials::new("AKIDSTATIC", SECRET, Some(TOKEN.to_string()));
    assert_keys(&c.provide().unwrap(), "AKIDSTATIC", SECRET, Some(TOKEN));
}

#[test]
fn environment_variables() {
    let env = Environment::from_vars([
        ("AWS_ACCESS_KEY_ID", "AKIDENV"),
        ("AWS_SECRET_ACCESS_KEY", SECRET),
    ]);
    let c = EnvironmentCredentials::new(env).provide().unwrap();
    assert_keys(&c, "AKIDENV", SECRET, None);
}

#[test]
fn environment_variables_with_session_token() {
    let env = Environment::from_vars([
        ("AWS_ACCESS_KEY_ID", "AKIDENV"),
        ("AWS_SECRET_ACCESS_KEY", SECRET),
        ("AWS_SESSION_TOKEN", TOKEN),
    ]);
    let c = EnvironmentCredentials::new(env).provide().unwrap();
    assert_keys(&c, "AKIDENV", SECRET, Some(TOKEN));
}

#[test]
fn empty_environment_variables_count_as_unset() {
    let env = Environment::from_vars([("AWS_ACCESS_KEY_ID", ""), ("AWS_SECRET_ACCESS_KEY", "")]);
    let err = EnvironmentCredentials::new(env).provide().unwrap_err();
    assert!(err.to_string().contains("(not set)"), "{err}");
}

#[test]
fn profile_from_credentials_file() {
    let home = TempHome::new("credentials");
    home.write_aws(
        "credentials",
        &format!(
            "# my keys\n[default]\naws_access_key_id = AKIDCRED\naws_secret_access_key = {SECRET}\naws_session_token={TOKEN}\n"
        ),
    );
    let c = ProfileCredentials::new(home.env(&[]), None)
        .provide()
        .unwrap();
    assert_keys(&c, "AKIDCRED", SECRET, Some(TOKEN));
}

#[test]
fn profile_from_config_file_needs_the_profile_prefix() {
    let home = TempHome::new("credentials");
    home.write_aws(
        "config",
        &format!(
            "[dev]\naws_access_key_id = AKIDIGNORED\naws_secret_access_key = x\n\n\
             [profile work]\naws_access_key_id = AKIDWORK\naws_secret_access_key = {SECRET}\n"
        ),
    );
    let c = ProfileCredentials::new(home.env(&[]), Some("work"))
        .provide()
        .unwrap();
    assert_keys(&c, "AKIDWORK", SECRET, None);
    // In the config file `[dev]` is not a profile.
    let err = ProfileCredentials::new(home.env(&[]), Some("dev"))
        .provide()
        .unwrap_err();
    assert!(err.to_string().contains("(no such profile)"), "{err}");
}

#[test]
fn credentials_file_does_not_take_the_profile_prefix() {
    let home = TempHome::new("credentials");
    home.write_aws(
        "credentials",
        "[profile work]\naws_access_key_id = AKIDIGNORED\naws_secret_access_key = x\n",
    );
    let err = ProfileCredentials::new(home.env(&[]), Some("work"))
        .provide()
        .unwrap_err();
    assert!(err.to_string().contains("(no such profile)"), "{err}");
}

#[test]
fn aws_profile_selects_the_profile_and_explicit_beats_it() {
    let home = TempHome::new("credentials");
    home.write_aws(
        "credentials",
        "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = s0\n\
         [dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = s1\n\
         [prod]\naws_access_key_id = AKIDPROD\naws_secret_access_key = s2\n",
    );
    let env = home.env(&[("AWS_PROFILE", "dev")]);
    let c = ProfileCredentials::new(env.clone(), None)
        .provide()
        .unwrap();
    assert_eq!(c.access_key_id(), "AKIDDEV");
    let c = ProfileCredentials::new(env.clone(), Some("prod"))
        .provide()
        .unwrap();
    assert_eq!(c.access_key_id(), "AKIDPROD");
    let c = DefaultCredentialsChain::new(env, None).provide().unwrap();
    assert_eq!(c.access_key_id(), "AKIDDEV");
}

#[test]
fn environment_wins_over_profile_in_the_chain() {
    let home = TempHome::new("credentials");
    home.write_aws(
        "credentials",
        "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\n",
    );
    let env = home.env(&[
        ("AWS_ACCESS_KEY_ID", "AKIDENV"),
        ("AWS_SECRET_ACCESS_KEY", SECRET),
    ]);
    let c = DefaultCredentialsChain::new(env, None).provide().unwrap();
    assert_keys(&c, "AKIDENV", SECRET, None);
    // Without the variables the chain falls through to the profile.
    let c = DefaultCredentialsChain::new(home.env(&[]), None)
        .provide()
        .unwrap();
    assert_eq!(c.access_key_id(), "AKIDFILE");
}

#[test]
fn credentials_file_wins_over_config_file() {
    let home = TempHome::new("credentials");
    home.write_aws(
        "config",
        "[default]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = from-config\naws_session_token = config-token\n",
    );
    home.write_aws(
        "credentials",
        "[default]\naws_access_key_id = AKIDCRED\naws_secret_access_key = from-credentials\n",
    );
    let c = ProfileCredentials::new(home.env(&[]), None)
        .provide()
        .unwrap();
    // Properties merge per key: the token only the config file has still applies.
    assert_keys(&c, "AKIDCRED", "from-credentials", Some("config-token"));
}

#[test]
fn file_locations_from_variables_with_tilde() {
    let home = TempHome::new("credentials");
    // The default locations hold other keys, which must not be used.
    home.write_aws(
        "credentials",
        "[default]\naws_access_key_id = AKIDWRONG\naws_secret_access_key = s\n",
    );
    home.write(
        "my-credentials",
        "[default]\naws_access_key_id = AKIDCUSTOM\naws_secret_access_key = s\n",
    );
    home.write(
        "my-config",
        "[profile other]\naws_access_key_id = AKIDOTHER\naws_secret_access_key = s\n",
    );
    let env = home.env(&[
        ("AWS_SHARED_CREDENTIALS_FILE", "~/my-credentials"),
        (
            "AWS_CONFIG_FILE",
            &home.path().join("my-config").display().to_string(),
        ),
    ]);
    let c = ProfileCredentials::new(env.clone(), None)
        .provide()
        .unwrap();
    assert_eq!(c.access_key_id(), "AKIDCUSTOM");
    let c = ProfileCredentials::new(env, Some("other"))
        .provide()
        .unwrap();
    assert_eq!(c.access_key_id(), "AKIDOTHER");
}

#[test]
fn not_found_error_says_where_it_looked() {
    let home = TempHome::new("credentials");
    let h = home.path().display();
    let err = DefaultCredentialsChain::new(home.env(&[]), None)
        .provide()
        .unwrap_err();
    // Every source of the chain, in order, with why it was passed over.
    assert_eq!(
        err.to_string(),
        format!(
            "no AWS credentials found: looked at environment variables \
             AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (not set); profile \"default\" in \
             {h}/.aws/credentials (file not found) and {h}/.aws/config (file not found); \
             web identity (AWS_WEB_IDENTITY_TOKEN_FILE not set); container credentials \
             (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI not \
             set); EC2 instance metadata (disabled by AWS_EC2_METADATA_DISABLED)"
        )
    );

    home.write_aws("config", "[default]\nregion = eu-west-1\n");
    let err = DefaultCredentialsChain::new(home.env(&[("AWS_PROFILE", "dev")]), None)
        .provide()
        .unwrap_err();
    assert!(
        err.to_string().contains(&format!(
            "profile \"dev\" in {h}/.aws/credentials (file not found) and {h}/.aws/config (no such profile)"
        )),
        "{err}"
    );

    let err = ProfileCredentials::new(home.env(&[]), None)
        .provide()
        .unwrap_err();
    assert!(
        err.to_string()
            .contains(&format!("{h}/.aws/config (no aws_access_key_id")),
        "{err}"
    );
}

#[test]
fn not_found_without_home_says_so() {
    let err = DefaultCredentialsChain::new(
        Environment::from_vars([("AWS_EC2_METADATA_DISABLED", "true")]),
        None,
    )
    .provide()
    .unwrap_err();
    assert!(err.to_string().contains("(not set)"), "{err}");
    assert!(
        err.to_string()
            .contains("~/.aws/credentials (no home directory: HOME not set)"),
        "{err}"
    );
    let env = Environment::from_vars([("AWS_CONFIG_FILE", "~/my-config")]);
    let err = ProfileCredentials::new(env, None).provide().unwrap_err();
    assert!(
        err.to_string()
            .contains("~/my-config (no home directory: HOME not set)"),
        "{err}"
    );
}

#[test]
fn a_role_whose_source_profile_is_missing_is_an_error_naming_both() {
    let home = TempHome::new("credentials");
    home.write_aws(
        "config",
        "[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/admin\nsource_profile = default\n",
    );
    let err = ProfileCredentials::new(home.env(&[]), Some("admin"))
        .provide()
        .unwrap_err();
    assert_eq!(
        err.kind(),
        awsgen_runtime::credentials::CredentialsErrorKind::InvalidConfiguration
    );
    assert!(
        err.to_string()
            .contains("profile \"default\" (the source_profile of \"admin\") is not defined"),
        "{err}"
    );
}

#[test]
fn partial_environment_keys_are_errors_naming_what_is_missing() {
    let home = TempHome::new("credentials");
    // Valid profile keys must not be used instead of half-set variables.
    home.write_aws(
        "credentials",
        "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\n",
    );
    let err = DefaultCredentialsChain::new(home.env(&[("AWS_ACCESS_KEY_ID", "AKIDENV")]), None)
        .provide()
        .unwrap_err();
    assert!(
        err.to_string().contains("AWS_SECRET_ACCESS_KEY is not"),
        "{err}"
    );
    let err = DefaultCredentialsChain::new(home.env(&[("AWS_SECRET_ACCESS_KEY", SECRET)]), None)
        .provide()
        .unwrap_err();
    assert!(
        err.to_string().contains("AWS_ACCESS_KEY_ID is not"),
        "{err}"
    );
    assert!(!err.to_string().contains(SECRET));
}

#[test]
fn partial_profile_keys_are_errors_naming_what_is_missing() {
    let home = TempHome::new("credentials");
    home.write_aws(
        "credentials",
        &format!("[a]\naws_access_key_id = AKIDA\n[b]\naws_secret_access_key = {SECRET}\n"),
    );
    let err = ProfileCredentials::new(home.env(&[]), Some("a"))
        .provide()
        .unwrap_err();
    assert!(
        err.to_string().contains("aws_secret_access_key is missing"),
        "{err}"
    );
    let err = DefaultCredentialsChain::new(home.env(&[]), Some("b"))
        .provide()
        .unwrap_err();
    assert!(
        err.to_string().contains("aws_access_key_id is missing"),
        "{err}"
    );
    assert!(!err.to_string().contains(SECRET));
}

#[test]
fn broken_file_is_an_error_with_file_and_line() {
    let home = TempHome::new("credentials");
    let path = home.write_aws(
        "credentials",
        &format!("[default]\naws_access_key_id = AKID\naws_secret_access_key {SECRET}\n"),
    );
    let err = DefaultCredentialsChain::new(home.env(&[]), None)
        .provide()
        .unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains(&format!("{} line 3", path.display())),
        "{text}"
    );
    assert!(text.contains("Expected an '=' sign"), "{text}");
    assert!(
        !text.contains(SECRET),
        "the bad line must not be quoted: {text}"
    );
}

#[test]
fn chain_keeps_the_credentials_it_found() {
    let home = TempHome::new("credentials");
    let path = home.write_aws(
        "credentials",
        "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\n",
    );
    let chain = DefaultCredentialsChain::new(home.env(&[]), None);
    assert_eq!(chain.provide().unwrap().access_key_id(), "AKIDFILE");
    fs::remove_file(path).unwrap();
    assert_eq!(chain.provide().unwrap().access_key_id(), "AKIDFILE");
}

#[test]
fn secrets_never_appear_in_debug_or_display() {
    let home = TempHome::new("credentials");
    home.write_aws(
        "credentials",
        &format!(
            "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = {SECRET}\naws_session_token = {TOKEN}\n\
             [half]\naws_secret_access_key = {SECRET}\n"
        ),
    );
    let env = home.env(&[
        ("AWS_ACCESS_KEY_ID", "AKIDENV"),
        ("AWS_SECRET_ACCESS_KEY", SECRET),
        ("AWS_SESSION_TOKEN", TOKEN),
    ]);
    let chain = DefaultCredentialsChain::new(env.clone(), None);
    let credentials = chain.provide().unwrap();
    let profile_set = awsgen_runtime::profile::ProfileSet::load(&env).unwrap();
    let half_env = home.env(&[("AWS_SECRET_ACCESS_KEY", SECRET)]);
    let env_error = EnvironmentCredentials::new(half_env).provide().unwrap_err();
    let profile_error = ProfileCredentials::new(home.env(&[]), Some("half"))
        .provide()
        .unwrap_err();
    let rendered = [
        format!("{env:?}"),
        format!("{chain:?}"),
        format!("{:?}", EnvironmentCredentials::new(env.clone())),
        format!("{:?}", ProfileCredentials::new(env.clone(), None)),
        format!("{credentials:?}"),
        format!("{profile_set:?}"),
        format!("{env_error:?}"),
        format!("{env_error}"),
        format!("{profile_error:?}"),
        format!("{profile_error}"),
    ];
    for text in &rendered {
        assert!(!text.contains(SECRET), "secret key shown: {text}");
        assert!(!text.contains(TOKEN), "session token shown: {text}");
    }
    // The output is still useful: it names the key id and the variables.
    assert!(
        rendered[0].contains("AWS_SECRET_ACCESS_KEY"),
        "{}",
        rendered[0]
    );
    assert!(rendered[1].contains("AWS_ACCESS_KEY_ID"), "{}", rendered[1]);
}

#[test]
fn a_chosen_profile_that_does_not_exist_stops_the_chain() {
    use awsgen_runtime::credentials::CredentialsErrorKind;
    let home = TempHome::new("credentials");
    home.write_aws("config", "[profile work]\nregion = eu-west-1\n");
    // `default` is only the fallback name: its absence passes to the next source.
    let err = DefaultCredentialsChain::new(home.env(&[]), None)
        .provide()
        .unwrap_err();
    assert_eq!(err.kind(), CredentialsErrorKind::NotLoaded, "{err}");
    // A name the user chose must exist: no falling through to another identity.
    let err = DefaultCredentialsChain::new(home.env(&[("AWS_PROFILE", "wrok")]), None)
        .provide()
        .unwrap_err();
    assert_eq!(
        err.kind(),
        CredentialsErrorKind::InvalidConfiguration,
        "{err}"
    );
    assert!(err.to_string().contains("profile \"wrok\""), "{err}");
}
