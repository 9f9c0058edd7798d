//! The credential calls (IMDS, container, STS, SSO) against scripted servers on 127.0.0.1:
//! the exact requests they make, how they read answers good and bad, what they retry; and
//! the IMDS endpoint and ECS URI tables of aws-config's test data; the answers recorded in its
//! scenario fixtures, read by our parsers.

mod container;
mod imds;
mod recorded;
mod robustness;
mod sso;
mod sts;
mod tables;

use std::sync::Arc;
use std::time::Duration;

use awsgen_runtime::credentials::attempts::RetryPolicy;
use awsgen_runtime::http::{HttpTransport, ReqwestTransport};

/// The default transport, as providers get it.
pub fn transport() -> Arc<dyn HttpTransport> {
    Arc::new(ReqwestTransport::new(Duration::from_secs(2)).expect("reqwest transport"))
}

/// `attempts` attempts of 2 s with a 1 ms backoff: the retry behaviour without the waits.
pub fn quick_policy(attempts: u32) -> RetryPolicy {
    RetryPolicy::standard(Some(Duration::from_secs(2)))
        .with_max_attempts(attempts)
        .with_initial_backoff(Duration::from_millis(1))
}

/// A loopback URL where nothing listens: a port bound and released.
pub async fn closed_port_url() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    drop(listener);
    format!("http://{addr}")
}

/// Asserts that neither the Debug nor the Display of `value` shows any of `secrets`.
pub fn assert_hides<T: std::fmt::Debug + std::fmt::Display>(value: &T, secrets: &[&str]) {
    let shown = format!("{value} {value:?}");
    for secret in secrets {
        assert!(!shown.contains(secret), "{secret:?} shown in {shown}");
    }
}
