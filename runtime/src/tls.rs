//! The TLS setup of the default transport: the operating system's trust store, read once per
//! process and shared by every transport made after.
//!
//! reqwest reads the store again for every client it builds (files under /etc/ssl on Linux,
//! a keychain call on macOS): about 2.5 ms each time, which every new `Client` and every
//! credentials chain with a transport of its own paid. The AWS SDK's default client keeps the
//! store in a process-wide cache as well; as there, changes to `SSL_CERT_FILE` or
//! `SSL_CERT_DIR` after the first transport is made are not seen.
//!
//! The configuration built here is the one reqwest builds from `tls_built_in_native_certs`
//! and `add_root_certificate`: the same roots, the process's default crypto provider or else
//! ring, every TLS version rustls supports, and ALPN `http/1.1` (reqwest is built without
//! HTTP/2).

use std::sync::{Arc, OnceLock};

use rustls::client::ClientConfig;
use rustls::crypto::CryptoProvider;
use rustls::RootCertStore;

use crate::error::ConfigError;

/// The roots of the operating system's store, or why none could be used.
pub(crate) fn native_roots() -> Result<Arc<RootCertStore>, ConfigError> {
    static ROOTS: OnceLock<Result<Arc<RootCertStore>, String>> = OnceLock::new();
    ROOTS
        .get_or_init(|| {
            let loaded = rustls_native_certs::load_native_certs();
            let mut roots = RootCertStore::empty();
            let (added, ignored) = roots.add_parsable_certificates(loaded.certs);
            // As reqwest: certificates that do not parse are skipped, and only a store in
            // which none parsed is an error. A store with nothing in it is left to fail the
            // handshake, naming the unknown issuer.
            if added == 0 && ignored > 0 {
                let mut message = format!(
                    "no usable certificate in the operating system's trust store: {ignored} \
                     could not be parsed"
                );
                for error in &loaded.errors {
                    message.push_str("; ");
                    message.push_str(&error.to_string());
                }
                return Err(message);
            }
            Ok(Arc::new(roots))
        })
        .clone()
        .map_err(ConfigError::new)
}

/// A client TLS configuration trusting `roots`.
pub(crate) fn client_config(roots: Arc<RootCertStore>) -> Result<ClientConfig, ConfigError> {
    let provider = CryptoProvider::get_default()
        .cloned()
        .unwrap_or_else(|| Arc::new(rustls::crypto::ring::default_provider()));
    let mut config = ClientConfig::builder_with_provider(provider)
        .with_protocol_versions(rustls::ALL_VERSIONS)
        .map_err(|e| ConfigError::new(format!("could not set up TLS: {e}")).with_source(e))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}
