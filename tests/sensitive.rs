//! `@sensitive` members (Smithy) and `"sensitive": true` shapes (botocore) never show their
//! values: in the `Debug` ({:?} and {:#?}) of structures, builders, unions, enums, outputs
//! read from a response and modeled errors, in the `Display` of errors, and in validation
//! messages. The member names stay, and what is not sensitive still shows.
//!
//! The same made-up service in both formats (`sensitive/vault.*.json`): a sensitive string
//! member and target, a sensitive structure, a list of sensitive strings (and a list of
//! those), a map with sensitive values, a union with a sensitive member, a sensitive enum,
//! an error with a sensitive message.

mod from_smithy {
    awsgen_runtime::athena_operation!(model = "sensitive/vault.smithy.json", *);
}

mod from_botocore {
    awsgen_runtime::athena_operation!(model = "sensitive/vault.botocore.json", *);
}

use std::fmt::Debug;
use std::time::Duration;

use awsgen_runtime::config::Environment;
use awsgen_runtime::{Client, REDACTED};
use awsgen_tests::server::{Reply, TestServer};

/// Every sensitive value the tests set or the server sends.
const SECRETS: &[&str] = &[
    "pwsecretalpha",
    "4321",
    "AKIDSECRETACCESS",
    "wJalrSECRETKEYvalue",
    "recoveryone",
    "recoverytwo",
    "historyone",
    "labelsecret",
    "choicesecret",
    "Top",
    "hunterpin",
    "errsecretmessage",
    "BADPASSWORD",
];

/// Fails when `text` shows a sensitive value, or misses what must show.
fn assert_redacted(what: &str, text: &str, shown: &[&str]) {
    for secret in SECRETS {
        assert!(!text.contains(secret), "{what} shows {secret:?}:\n{text}");
    }
    for needle in shown {
        assert!(
            text.contains(needle),
            "{what} does not show {needle:?}:\n{text}"
        );
    }
}

/// `{:?}` and `{:#?}` of `value`; `redacted` members print the redaction text.
fn assert_debug_redacted(what: &str, value: &impl Debug, redacted: &[&str], shown: &[&str]) {
    for text in [format!("{value:?}"), format!("{value:#?}")] {
        assert_redacted(what, &text, shown);
        for member in redacted {
            let expected = format!("{member}: \"{REDACTED}\"");
            assert!(text.contains(&expected), "{what} lacks {expected}:\n{text}");
        }
    }
}

fn client(url: &str) -> Client {
    Client::builder()
        .environment(Environment::from_vars(Vec::<(String, String)>::new()))
        .region("eu-west-1")
        .credentials(awsgen_runtime::Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            None,
        ))
        .endpoint_url(url)
        .max_attempts(1)
        .initial_backoff(Duration::from_millis(1))
        .build()
        .expect("client")
}

/// The same checks against the code generated from each model format.
macro_rules! sensitive_checks {
    ($checks:ident, $generated:ident) => {
        mod $checks {
            use super::*;
            use crate::$generated::*;

            fn secret_input() -> StoreSecretInputBuilder {
                StoreSecretInput::builder()
                    .name("visible-name")
                    .password("pwsecretalpha")
                    .pin("4321")
                    .attempts(3)
                    .credentials(
                        Credentials::builder()
                            .access_key("AKIDSECRETACCESS")
                            .secret_key("wJalrSECRETKEYvalue")
                            .build(),
                    )
                    .recovery_codes("recoveryone")
                    .recovery_codes("recoverytwo")
                    .history(vec!["historyone".to_string()])
                    .labels("visible-key", "labelsecret")
                    .choice(SecretChoice::Secret("choicesecret".to_string()))
                    .level(SecretLevel::Top)
            }

            const INPUT_REDACTED: &[&str] = &[
                "password",
                "pin",
                "attempts",
                "credentials",
                "recovery_codes",
                "history",
                "labels",
                "level",
            ];

            #[test]
            fn structures_and_builders_redact_every_kind_of_sensitive_member() {
                let builder = secret_input();
                assert_debug_redacted(
                    "StoreSecretInputBuilder",
                    &builder,
                    INPUT_REDACTED,
                    &["StoreSecretInputBuilder", "visible-name"],
                );
                let input = builder.build();
                assert_debug_redacted(
                    "StoreSecretInput",
                    &input,
                    INPUT_REDACTED,
                    &["StoreSecretInput", "visible-name", "Secret("],
                );
                // Printing hides the values; the values themselves are intact.
                assert_eq!(input.password.as_deref(), Some("pwsecretalpha"));
                assert_eq!(input.level, Some(SecretLevel::Top));
            }

            #[test]
            fn a_sensitive_structure_redacts_all_its_members() {
                let credentials = Credentials::builder()
                    .access_key("AKIDSECRETACCESS")
                    .secret_key("wJalrSECRETKEYvalue")
                    .build();
                assert_debug_redacted(
                    "Credentials",
                    &credentials,
                    &["access_key", "secret_key"],
                    &["Credentials"],
                );
                assert_debug_redacted(
                    "CredentialsBuilder",
                    &Credentials::builder().secret_key("wJalrSECRETKEYvalue"),
                    &["access_key", "secret_key"],
                    &["CredentialsBuilder"],
                );
            }

            #[test]
            fn unions_redact_sensitive_members_only() {
                let secret = SecretChoice::Secret("choicesecret".to_string());
                for text in [format!("{secret:?}"), format!("{secret:#?}")] {
                    assert_redacted("SecretChoice::Secret", &text, &["Secret(", REDACTED]);
                }
                let plain = SecretChoice::Plain("plain-visible".to_string());
                assert_eq!(format!("{plain:?}"), r#"Plain("plain-visible")"#);
                let unknown = SecretChoice::Unknown("NewMember".to_string());
                assert_eq!(format!("{unknown:?}"), r#"Unknown("NewMember")"#);
            }

            #[test]
            fn a_sensitive_enum_shows_no_value() {
                for level in [
                    SecretLevel::Top,
                    SecretLevel::Unknown("hunterpin".to_string()),
                ] {
                    for text in [format!("{level:?}"), format!("{level:#?}")] {
                        assert_eq!(text, format!("{REDACTED:?}"));
                    }
                }
            }

            #[test]
            fn validation_messages_name_the_member_but_not_the_value() {
                let input = secret_input()
                    .password("BADPASSWORD")
                    .pin("hunterpin")
                    .attempts(97)
                    .set_recovery_codes(Some(vec!["BADPASSWORD".to_string()]))
                    .labels("visible-key", "BADPASSWORD")
                    .build();
                let errors = input.validate().expect_err("four members break the model");
                let text = errors.to_string();
                assert_redacted(
                    "validation errors",
                    &text,
                    &[
                        "Password: ",
                        "Pin: ",
                        "Attempts: ",
                        "RecoveryCodes[0]: ",
                        "Labels[\"visible-key\"]: ",
                        "is above the maximum 10",
                    ],
                );
                assert_eq!(errors.iter().count(), 5, "{text}");
                assert!(!text.contains("97"), "{text}");
                assert_redacted("validation errors", &format!("{errors:?}"), &[]);
            }

            #[tokio::test]
            async fn outputs_read_from_a_response_are_redacted() {
                let body = r#"{"Name":"visible-name","Password":"pwsecretalpha",
                    "RecoveryCodes":["recoveryone"],"Labels":{"visible-key":"labelsecret"},
                    "Choice":{"Secret":"choicesecret"}}"#;
                let server = TestServer::start([Reply::json(200, body)]).await;
                let output = store_secret(&client(&server.url()), StoreSecretInput::default())
                    .await
                    .expect("the scripted answer");
                assert_eq!(output.password.as_deref(), Some("pwsecretalpha"));
                assert_debug_redacted(
                    "StoreSecretOutput",
                    &output,
                    &["password", "recovery_codes", "labels"],
                    &[
                        "StoreSecretOutput",
                        "visible-name",
                        "choice: Some(",
                        "_request_id",
                    ],
                );
            }

            #[tokio::test]
            async fn an_error_with_a_sensitive_message_shows_it_nowhere() {
                let body = r#"{"__type":"SecretRejected","Message":"errsecretmessage",
                    "Reason":"visible-reason"}"#;
                let server = TestServer::start([
                    Reply::json(400, body).header("x-amzn-RequestId", "req-err-1")
                ])
                .await;
                let error = store_secret(&client(&server.url()), StoreSecretInput::default())
                    .await
                    .expect_err("the scripted error");
                let shown = ["SecretRejected", "req-err-1"];
                for text in [
                    error.to_string(),
                    format!("{error:?}"),
                    format!("{error:#?}"),
                ] {
                    assert_redacted("Error<StoreSecretError>", &text, &shown);
                }
                let awsgen_runtime::Error::Service(service) = &error else {
                    panic!("expected the service error, got {error:?}")
                };
                for text in [
                    service.to_string(),
                    format!("{service:?}"),
                    format!("{service:#?}"),
                ] {
                    assert_redacted("StoreSecretError", &text, &shown);
                }
                let StoreSecretError::SecretRejected(rejected) = service else {
                    panic!("expected the SecretRejected variant, got {service:?}")
                };
                assert_debug_redacted(
                    "SecretRejected",
                    rejected,
                    &["message"],
                    &["visible-reason", "meta", "req-err-1"],
                );
                assert_redacted("SecretRejected", &rejected.to_string(), &shown);
                // Kept for the caller to read; only printing hides it.
                assert_eq!(rejected.message.as_deref(), Some("errsecretmessage"));
                assert_eq!(rejected.meta.message.as_deref(), Some("errsecretmessage"));

                // The service-wide error shows no more than the operation error.
                let vault_error = error.map_service(VaultError::from);
                for text in [
                    vault_error.to_string(),
                    format!("{vault_error:?}"),
                    format!("{vault_error:#?}"),
                ] {
                    assert_redacted("Error<VaultError>", &text, &shown);
                }
                let Some(VaultError::SecretRejected(rejected)) = vault_error.service_error() else {
                    panic!("expected the SecretRejected variant, got {vault_error:?}")
                };
                assert_eq!(rejected.message.as_deref(), Some("errsecretmessage"));
            }
        }
    };
}

sensitive_checks!(smithy, from_smithy);
sensitive_checks!(botocore, from_botocore);
