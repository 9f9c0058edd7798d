//! A trust store in which no certificate parses makes the default transport a clear
//! configuration error, for the first transport and every one after (the store is read once
//! per process, so this binary holds this one test).

use awsgen_runtime::http::{ReqwestTransport, TransportSettings};
use awsgen_tests::temp_home::TempHome;

#[test]
fn a_store_with_no_usable_certificate_is_a_configuration_error() {
    let home = TempHome::new("native-roots-unusable");
    let junk = home.write(
        "junk.pem",
        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
    );
    std::env::set_var("SSL_CERT_FILE", &junk);
    std::env::remove_var("SSL_CERT_DIR");
    for attempt in 1..=2 {
        let error = ReqwestTransport::with_settings(&TransportSettings::default())
            .expect_err("no certificate of the store parses");
        assert!(
            error
                .to_string()
                .contains("no usable certificate in the operating system's trust store"),
            "transport {attempt}: {error}"
        );
    }
}
