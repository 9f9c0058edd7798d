//! Whatever bytes an endpoint answers with, the credential parsers return a value or a typed
//! error, never a panic: random inputs shaped like the real answers (XML and JSON fragments
//! with the members the parsers look for, entities, truncation) and raw bytes.

use awsgen_runtime::credentials::{container, imds, query_xml, sso, sts};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

const CASES: u32 = 3000;

/// Pieces of the answers the parsers read, to splice together at random.
const PIECES: &[&str] = &[
    "<",
    ">",
    "</",
    "/>",
    "<?xml version=\"1.0\"?>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "&amp;",
    "&#x41;",
    "&#65;",
    "&#xFFFFFFFF;",
    "&;",
    "&",
    ";",
    "\"",
    "'",
    "=",
    " ",
    "\n",
    "é",
    "\u{0}",
    "AssumeRoleResponse",
    "AssumeRoleResult",
    "Credentials",
    "AccessKeyId",
    "SecretAccessKey",
    "SessionToken",
    "Expiration",
    "AssumedRoleUser",
    "Arn",
    "arn:aws:sts::1:x",
    "ErrorResponse",
    "Error",
    "Code",
    "Message",
    "RequestId",
    "2030-01-01T00:00:00Z",
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "\"AccessKeyId\"",
    "\"SecretAccessKey\"",
    "\"Token\"",
    "\"Expiration\"",
    "\"AccountId\"",
    "\"Code\"",
    "\"Success\"",
    "\"roleCredentials\"",
    "\"accessKeyId\"",
    "\"secretAccessKey\"",
    "\"sessionToken\"",
    "\"expiration\"",
    "\"accessToken\"",
    "\"expiresAt\"",
    "-1",
    "1e400",
    "18446744073709551616",
    "9223372036854775807",
    "-9223372036854775808",
    "null",
];

fn spliced() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|p| p.concat())
}

fn inputs() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        spliced().prop_map(String::into_bytes),
        prop::collection::vec(any::<u8>(), 0..200),
    ]
}

#[test]
fn parsers_never_panic() {
    let mut runner = TestRunner::new(Config {
        cases: CASES,
        ..Config::default()
    });
    runner
        .run(&inputs(), |bytes| {
            let text = String::from_utf8_lossy(&bytes);
            let _ = query_xml::leaves(&text);
            let _ = sts::parse_credentials("AssumeRole", &text);
            let error = sts::parse_error("AssumeRole", 400, &bytes);
            prop_assert_eq!(error.status(), Some(400));
            let _ = imds::parse_credentials(&text);
            let _ = container::parse_credentials(&bytes);
            let _ = sso::parse_role_credentials(&bytes);
            let _ = sso::CachedToken::parse(&text);
            let _ = sts::account_of_arn(&text);
            Ok(())
        })
        .expect("no input panics");
}
