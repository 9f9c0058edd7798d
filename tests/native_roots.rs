//! The default transport trusts the operating system's store, read once per process and
//! shared by every transport made after, as the AWS SDK's default client does; a transport's
//! CA bundles add to it.
//!
//! The store is pointed at a test CA through `SSL_CERT_FILE` (rustls-native-certs reads it in
//! place of the platform's), so this binary holds this one test: no other transport may be
//! made in the process before it sets the variable.

#[allow(dead_code)]
mod pki;

use awsgen_runtime::http::{
    CaBundle, HttpRequest, HttpTransport, ReqwestTransport, TransportSettings,
};
use awsgen_tests::temp_home::TempHome;

async fn send_with_a_new_transport(url: &str) -> Result<u16, String> {
    send_with(TransportSettings::default(), url).await
}

async fn send_with(settings: TransportSettings, url: &str) -> Result<u16, String> {
    let transport =
        ReqwestTransport::with_settings(&settings).map_err(|e| format!("transport: {e}"))?;
    let request = HttpRequest::new("POST", url)
        .with_header("content-type", "application/x-amz-json-1.1")
        .with_body("{}");
    match transport.send(request).await {
        Ok(response) => Ok(response.status),
        Err(e) => Err(format!("{e} ({:?})", std::error::Error::source(&e))),
    }
}

#[tokio::test]
async fn every_default_transport_trusts_the_store_read_at_the_first() {
    let pki = pki::test_pki();
    let home = TempHome::new("native-roots");
    let ca_file = home.write("test-ca.pem", &pki.ca_pem);
    std::env::set_var("SSL_CERT_FILE", &ca_file);
    std::env::remove_var("SSL_CERT_DIR");
    let (addr, seen) = pki::https_server(&pki).await;
    let url = format!("https://localhost:{}/", addr.port());

    // The store is the test CA alone: its server certificate is trusted, by each transport.
    for attempt in 1..=2 {
        assert_eq!(
            send_with_a_new_transport(&url).await,
            Ok(200),
            "transport {attempt}"
        );
    }

    // Read once: with the variable now naming a file that does not exist, a new transport
    // still trusts what the store held when the first was made.
    std::env::set_var("SSL_CERT_FILE", home.path().join("missing.pem"));
    assert_eq!(
        send_with_a_new_transport(&url).await,
        Ok(200),
        "after the store moved"
    );
    assert_eq!(
        seen.lock().unwrap().len(),
        3,
        "every request reached the server"
    );

    // A CA bundle adds to the store: a transport given a second CA trusts both servers,
    // and one without it still refuses the second.
    let other = pki::test_pki();
    let (other_addr, other_seen) = pki::https_server(&other).await;
    let with_bundle = || TransportSettings {
        ca_bundles: vec![CaBundle::from_pem(
            "the second test CA",
            other.ca_pem.clone(),
        )],
        ..TransportSettings::default()
    };
    let other_url = format!("https://localhost:{}/", other_addr.port());
    assert_eq!(
        send_with(with_bundle(), &other_url).await,
        Ok(200),
        "the bundle's CA"
    );
    assert_eq!(
        send_with(with_bundle(), &url).await,
        Ok(200),
        "the store's CA"
    );
    assert!(send_with_a_new_transport(&other_url).await.is_err());
    assert_eq!(other_seen.lock().unwrap().len(), 1);
}
