//! The default transport on networks as companies run them: a private CA (a TLS-inspecting
//! proxy's, say), HTTP and HTTPS proxies with NO_PROXY, and an application id in the user
//! agent. Everything is real: a test CA made here, an HTTPS server on loopback with a
//! certificate it signed, and a loopback proxy that records what passed through it.

mod athena {
    awsgen_runtime::athena_operation!(GetSessionStatus);
}

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use awsgen_runtime::config::Environment;
use awsgen_runtime::{Client, Credentials, Error};
use awsgen_tests::temp_home::TempHome;

use awsgen_runtime::http::{
    CaBundle, HttpErrorKind, HttpRequest, HttpTransport, ProxySettings, ReqwestTransport,
    TransportSettings,
};
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};

mod pki;

use pki::{answer_with, https_server, read_request, test_pki, Seen, TestPki, ANSWER};

/// A plain HTTP server on loopback; records each request head.
async fn http_server() -> (SocketAddr, Seen) {
    http_server_answering(ANSWER.to_string()).await
}

/// A plain HTTP server on loopback answering every request with `body`; records each
/// request head.
async fn http_server_answering(body: String) -> (SocketAddr, Seen) {
    let body = Arc::new(body);
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let seen: Seen = Arc::default();
    let record = seen.clone();
    tokio::spawn(async move {
        while let Ok((mut tcp, _)) = listener.accept().await {
            let record = record.clone();
            let body = body.clone();
            tokio::spawn(async move {
                while let Some((head, _)) = read_request(&mut tcp).await {
                    record.lock().unwrap().push(head);
                    answer_with(&mut tcp, &body).await;
                }
            });
        }
    });
    (addr, seen)
}

/// A forward proxy on loopback: CONNECT opens a tunnel (HTTPS), an absolute-form request is
/// passed on in origin form (HTTP). Records each request line it was given.
async fn proxy() -> (SocketAddr, Seen) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let seen: Seen = Arc::default();
    let record = seen.clone();
    tokio::spawn(async move {
        while let Ok((mut client, _)) = listener.accept().await {
            let record = record.clone();
            tokio::spawn(async move {
                let Some((head, body)) = read_request(&mut client).await else {
                    return;
                };
                let line = head.lines().next().unwrap_or_default().to_string();
                record.lock().unwrap().push(line.clone());
                let mut parts = line.split(' ');
                let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
                if method == "CONNECT" {
                    let Ok(mut upstream) = TcpStream::connect(resolve(target)).await else {
                        let _ = client.write_all(b"HTTP/1.1 502 Bad Gateway\r\n\r\n").await;
                        return;
                    };
                    let _ = client
                        .write_all(b"HTTP/1.1 200 Connection Established\r\n\r\n")
                        .await;
                    let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
                } else {
                    // http://host:port/path -> connect to host:port, send /path.
                    let rest = target.strip_prefix("http://").unwrap_or(target);
                    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
                    let Ok(mut upstream) = TcpStream::connect(resolve(authority)).await else {
                        return;
                    };
                    let path = if path.is_empty() { "/" } else { path };
                    let head = head.replacen(target, path, 1);
                    let _ = upstream.write_all(head.as_bytes()).await;
                    let _ = upstream.write_all(&body).await;
                    let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
                }
            });
        }
    });
    (addr, seen)
}

/// `localhost:port` as a loopback address (the proxy never looks anything up).
fn resolve(authority: &str) -> String {
    authority.replace("localhost", "127.0.0.1")
}

fn post(url: String) -> HttpRequest {
    HttpRequest::new("POST", url)
        .with_header("content-type", "application/x-amz-json-1.1")
        .with_body("{}")
}

fn transport(settings: TransportSettings) -> ReqwestTransport {
    ReqwestTransport::with_settings(&settings).expect("transport settings are valid")
}

fn with_ca(pki: &TestPki) -> TransportSettings {
    TransportSettings {
        ca_bundles: vec![CaBundle::from_pem("the test CA", pki.ca_pem.clone())],
        ..TransportSettings::default()
    }
}

#[tokio::test]
async fn a_private_ca_is_refused_by_default_and_trusted_when_given() {
    let pki = test_pki();
    let (addr, seen) = https_server(&pki).await;
    let url = format!("https://localhost:{}/", addr.port());

    let error = transport(TransportSettings::default())
        .send(post(url.clone()))
        .await
        .expect_err("a certificate from an unknown CA must be refused");
    assert_eq!(error.kind(), HttpErrorKind::Connect, "{error}");
    let chain = format!("{error} {:?}", std::error::Error::source(&error));
    assert!(
        chain.to_lowercase().contains("certificate") || chain.contains("UnknownIssuer"),
        "the error should say the certificate was refused: {chain}"
    );
    assert!(seen.lock().unwrap().is_empty());

    let response = transport(with_ca(&pki))
        .send(post(url))
        .await
        .expect("trusted through the CA bundle");
    assert_eq!(response.status, 200);
    assert_eq!(&response.body[..], ANSWER.as_bytes());
    assert_eq!(seen.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn a_ca_bundle_file_is_read_and_a_bad_one_is_a_clear_error() {
    let pki = test_pki();
    let dir = std::env::temp_dir().join(format!("awsgen-tls-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("ca.pem");
    std::fs::write(&good, &pki.ca_pem).unwrap();
    let (addr, _) = https_server(&pki).await;
    let bundle = CaBundle::from_file(&good).expect("readable bundle");
    let response = transport(TransportSettings {
        ca_bundles: vec![bundle],
        ..TransportSettings::default()
    })
    .send(post(format!("https://127.0.0.1:{}/", addr.port())))
    .await
    .expect("trusted through the CA file, by IP address too");
    assert_eq!(response.status, 200);

    let missing = dir.join("missing.pem");
    let error = CaBundle::from_file(&missing).expect_err("missing file");
    assert!(
        error.message.contains(&missing.display().to_string()),
        "{error}"
    );

    let empty = dir.join("empty.pem");
    std::fs::write(&empty, "not a certificate\n").unwrap();
    let error = ReqwestTransport::with_settings(&TransportSettings {
        ca_bundles: vec![CaBundle::from_file(&empty).unwrap()],
        ..TransportSettings::default()
    })
    .expect_err("a bundle without certificates");
    assert!(
        error.message.contains(&empty.display().to_string()) && error.message.contains("PEM"),
        "{error}"
    );

    // A PEM block whose bytes are not a certificate: named, and said why.
    let broken = dir.join("broken.pem");
    std::fs::write(
        &broken,
        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
    )
    .unwrap();
    let error = ReqwestTransport::with_settings(&TransportSettings {
        ca_bundles: vec![CaBundle::from_file(&broken).unwrap()],
        ..TransportSettings::default()
    })
    .expect_err("a bundle whose certificate does not parse");
    assert!(
        error.message.contains(&broken.display().to_string())
            && error.message.contains("cannot be trusted"),
        "{error}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn https_goes_through_the_proxy_as_a_connect_tunnel_unless_no_proxy_matches() {
    let pki = test_pki();
    let (server, served) = https_server(&pki).await;
    let (proxy_addr, proxied) = proxy().await;
    let url = format!("https://localhost:{}/", server.port());

    let mut settings = with_ca(&pki);
    settings.proxy = ProxySettings {
        https: Some(format!("http://{proxy_addr}")),
        ..ProxySettings::default()
    };
    let response = transport(settings.clone())
        .send(post(url.clone()))
        .await
        .expect("through the proxy");
    assert_eq!(response.status, 200);
    assert_eq!(
        *proxied.lock().unwrap(),
        vec![format!("CONNECT localhost:{} HTTP/1.1", server.port())]
    );
    // The proxy saw only the tunnel: the request itself reached the server encrypted.
    assert_eq!(served.lock().unwrap().len(), 1);
    assert!(served.lock().unwrap()[0].starts_with("POST / HTTP/1.1"));

    settings.proxy.no_proxy = Some("example.com, localhost".to_string());
    transport(settings)
        .send(post(url))
        .await
        .expect("directly, as NO_PROXY says");
    assert_eq!(
        proxied.lock().unwrap().len(),
        1,
        "NO_PROXY was not honoured"
    );
    assert_eq!(served.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn http_goes_through_the_http_proxy_and_carries_the_app_id() {
    let (server, served) = http_server().await;
    let (proxy_addr, proxied) = proxy().await;
    let settings = TransportSettings {
        proxy: ProxySettings::from_vars(|name| match name {
            // No scheme: http:// is assumed, as curl does.
            "http_proxy" => Some(proxy_addr.to_string()),
            // Only https:// requests would use it.
            "HTTPS_PROXY" => Some("http://127.0.0.1:9".to_string()),
            _ => None,
        }),
        app_id: Some("billing job".to_string()),
        ..TransportSettings::default()
    };
    let url = format!("http://127.0.0.1:{}/", server.port());
    let response = transport(settings).send(post(url.clone())).await.unwrap();
    assert_eq!(response.status, 200);
    assert_eq!(
        *proxied.lock().unwrap(),
        vec![format!("POST {url} HTTP/1.1")]
    );
    let head = served.lock().unwrap()[0].to_lowercase();
    let agent = head
        .lines()
        .find_map(|l| l.strip_prefix("user-agent: "))
        .expect("a user agent")
        .to_string();
    assert!(agent.starts_with("awsgen/"), "{agent}");
    assert!(agent.ends_with(" app/billing-job"), "{agent}");
}

#[test]
fn proxy_variables_lower_case_win_and_blank_ones_are_unset() {
    let vars = [
        ("HTTPS_PROXY", "http://upper:1"),
        ("https_proxy", "http://lower:1"),
        ("HTTP_PROXY", " "),
        ("NO_PROXY", "internal"),
    ];
    let settings = ProxySettings::from_vars(|name| {
        vars.iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.to_string())
    });
    assert_eq!(settings.https.as_deref(), Some("http://lower:1"));
    assert_eq!(settings.http, None);
    assert_eq!(settings.no_proxy.as_deref(), Some("internal"));
}

#[test]
fn a_malformed_proxy_is_a_clear_error_without_its_password() {
    for (url, why) in [
        ("ftp://proxy:21", "scheme"),
        ("http://user:hunter2@:8080", "proxy"),
        ("http://user:hunter2@proxy:8080/path", "no path"),
        ("http://[::1", "proxy"),
    ] {
        let error = ReqwestTransport::with_settings(&TransportSettings {
            proxy: ProxySettings {
                https: Some(url.to_string()),
                ..ProxySettings::default()
            },
            ..TransportSettings::default()
        })
        .expect_err(url);
        assert!(error.message.contains("HTTPS proxy"), "{url}: {error}");
        assert!(error.message.contains(why), "{url}: {error}");
        assert!(!error.message.contains("hunter2"), "{url}: {error}");
    }
    let settings = ProxySettings {
        https: Some("http://user:hunter2@proxy:8080".to_string()),
        ..ProxySettings::default()
    };
    assert!(!format!("{settings:?}").contains("hunter2"));
}

// ---- The same, through `Client` and generated operations: the settings come from the
// environment, the profile or the builder, resolved once when the client is built.

fn status_request() -> athena::GetSessionStatusRequest {
    athena::GetSessionStatusRequest::builder()
        .session_id("s-1")
        .build()
        .expect("session id set")
}

/// A client for `url` reading `env`, with fixed keys unless `env` supplies credentials.
fn client_for(url: &str, env: Environment) -> Result<Client, awsgen_runtime::error::ConfigError> {
    Client::builder()
        .environment(env)
        .region("us-east-1")
        .credentials(Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            None,
        ))
        .endpoint_url(url)
        .max_attempts(1)
        .build()
}

/// The user agent of the `index`th request `seen`.
fn user_agent_of(seen: &Seen, index: usize) -> String {
    let head = seen.lock().unwrap()[index].to_lowercase();
    head.lines()
        .find_map(|l| l.strip_prefix("user-agent: "))
        .expect("a user agent")
        .to_string()
}

#[tokio::test]
async fn a_client_trusts_aws_ca_bundle_and_sends_the_app_id_from_the_environment() {
    let pki = test_pki();
    let (addr, seen) = https_server(&pki).await;
    let url = format!("https://localhost:{}", addr.port());
    let home = TempHome::new("tls-env");
    let ca = home.write("corporate-ca.pem", &pki.ca_pem);
    let ca = ca.to_str().expect("UTF-8 path");

    // Without the bundle the private CA is refused, and nothing reaches the server.
    let plain = client_for(&url, home.env(&[])).expect("client");
    let refused = athena::get_session_status(&plain, status_request())
        .await
        .expect_err("an unknown CA");
    assert!(matches!(refused, Error::Transport(_)), "{refused}");
    assert!(seen.lock().unwrap().is_empty());

    let env = home.env(&[
        ("AWS_CA_BUNDLE", ca),
        ("AWS_SDK_UA_APP_ID", "nightly-report"),
    ]);
    let client = client_for(&url, env).expect("client");
    athena::get_session_status(&client, status_request())
        .await
        .expect("trusted through AWS_CA_BUNDLE");
    assert_eq!(seen.lock().unwrap().len(), 1);
    let agent = user_agent_of(&seen, 0);
    assert!(
        agent.starts_with("awsgen/") && agent.ends_with(" app/nightly-report"),
        "{agent}"
    );
}

#[tokio::test]
async fn the_profile_names_the_ca_bundle_and_the_app_id_and_the_builder_wins() {
    let pki = test_pki();
    let (addr, seen) = https_server(&pki).await;
    let url = format!("https://localhost:{}", addr.port());
    let home = TempHome::new("tls-profile");
    let ca = home.write("ca.pem", &pki.ca_pem);
    home.write_aws(
        "config",
        &format!(
            "[profile corp]\nca_bundle = {}\nsdk_ua_app_id = from-profile\n",
            ca.display()
        ),
    );
    let client = client_for(&url, home.env(&[("AWS_PROFILE", "corp")])).expect("client");
    athena::get_session_status(&client, status_request())
        .await
        .expect("trusted through the profile's ca_bundle");
    assert!(user_agent_of(&seen, 0).ends_with(" app/from-profile"));

    // The builder's app id and PEM take precedence / add to the profile's.
    let client = Client::builder()
        .environment(home.env(&[("AWS_PROFILE", "corp")]))
        .region("us-east-1")
        .credentials(Credentials::new("AKIDEXAMPLE", "secret", None))
        .endpoint_url(&url)
        .ca_bundle_pem(pki.ca_pem.clone())
        .app_id("from-builder")
        .build()
        .expect("client");
    athena::get_session_status(&client, status_request())
        .await
        .expect("trusted through the builder's CA");
    assert!(user_agent_of(&seen, 1).ends_with(" app/from-builder"));
}

#[tokio::test]
async fn a_client_goes_through_https_proxy_unless_no_proxy_or_the_builder_says_otherwise() {
    let pki = test_pki();
    let (addr, served) = https_server(&pki).await;
    let (proxy_addr, proxied) = proxy().await;
    let url = format!("https://localhost:{}", addr.port());
    let home = TempHome::new("proxy-env");
    let ca = home.write("ca.pem", &pki.ca_pem);
    let ca = ca.to_str().expect("UTF-8 path");
    let proxy_url = format!("http://{proxy_addr}");

    let client = client_for(
        &url,
        home.env(&[("AWS_CA_BUNDLE", ca), ("HTTPS_PROXY", &proxy_url)]),
    )
    .expect("client");
    athena::get_session_status(&client, status_request())
        .await
        .expect("through the proxy");
    assert_eq!(
        *proxied.lock().unwrap(),
        vec![format!("CONNECT localhost:{} HTTP/1.1", addr.port())]
    );
    assert_eq!(served.lock().unwrap().len(), 1);

    // Lower case works too, and no_proxy sends localhost directly.
    let env = home.env(&[
        ("AWS_CA_BUNDLE", ca),
        ("https_proxy", &proxy_url),
        ("no_proxy", "localhost"),
    ]);
    let client = client_for(&url, env).expect("client");
    athena::get_session_status(&client, status_request())
        .await
        .expect("directly");
    assert_eq!(
        proxied.lock().unwrap().len(),
        1,
        "NO_PROXY was not honoured"
    );

    // The builder's no_proxy() overrides the variables.
    let client = Client::builder()
        .environment(home.env(&[("AWS_CA_BUNDLE", ca), ("HTTPS_PROXY", &proxy_url)]))
        .region("us-east-1")
        .credentials(Credentials::new("AKIDEXAMPLE", "secret", None))
        .endpoint_url(&url)
        .no_proxy()
        .build()
        .expect("client");
    athena::get_session_status(&client, status_request())
        .await
        .expect("directly");
    assert_eq!(
        proxied.lock().unwrap().len(),
        1,
        "the builder's no_proxy was not honoured"
    );
    assert_eq!(served.lock().unwrap().len(), 3);
}

/// The default credential chain built by the client sends through the client's transport:
/// container credentials fetched through `HTTP_PROXY`, then the call through `HTTPS_PROXY`.
#[tokio::test]
async fn the_credential_providers_use_the_clients_proxy_and_app_id() {
    let pki = test_pki();
    let (addr, served) = https_server(&pki).await;
    let (proxy_addr, proxied) = proxy().await;
    let expires = SystemTime::now() + Duration::from_secs(6 * 3600);
    let expiration = awsgen_runtime::DateTime::from_secs_f64(
        expires
            .duration_since(SystemTime::UNIX_EPOCH)
            .expect("after 1970")
            .as_secs() as f64,
    )
    .expect("a time")
    .civil();
    let (y, mo, d, h, mi, s) = expiration;
    let (container, fetched) = http_server_answering(format!(
        r#"{{"AccessKeyId":"ASIAPROXIED","SecretAccessKey":"s","Token":"t","Expiration":"{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z"}}"#
    ))
    .await;
    let home = TempHome::new("proxy-creds");
    let ca = home.write("ca.pem", &pki.ca_pem);
    let proxy_url = format!("http://{proxy_addr}");
    let full_uri = format!("http://{container}/v1/credentials");
    let env = home.env(&[
        ("AWS_CA_BUNDLE", ca.to_str().expect("UTF-8 path")),
        ("HTTPS_PROXY", &proxy_url),
        ("HTTP_PROXY", &proxy_url),
        ("AWS_SDK_UA_APP_ID", "creds-app"),
        ("AWS_CONTAINER_CREDENTIALS_FULL_URI", &full_uri),
    ]);
    let client = Client::builder()
        .environment(env)
        .region("us-east-1")
        .endpoint_url(format!("https://localhost:{}", addr.port()))
        .max_attempts(1)
        .build()
        .expect("client");
    athena::get_session_status(&client, status_request())
        .await
        .expect("a call signed with container credentials");
    assert_eq!(
        *proxied.lock().unwrap(),
        vec![
            format!("GET {full_uri} HTTP/1.1"),
            format!("CONNECT localhost:{} HTTP/1.1", addr.port()),
        ]
    );
    assert_eq!(fetched.lock().unwrap().len(), 1);
    let agent = user_agent_of(&fetched, 0);
    assert!(agent.ends_with(" app/creds-app"), "{agent}");
    let head = served.lock().unwrap()[0].clone();
    assert!(head.contains("Credential=ASIAPROXIED/"), "{head}");
}

/// `~` in a CA bundle path stands for the (injected) home directory, wherever the path
/// comes from: `AWS_CA_BUNDLE`, the profile's `ca_bundle`, the builder's file.
#[tokio::test]
async fn a_tilde_in_a_ca_bundle_path_stands_for_the_home_directory() {
    let pki = test_pki();
    let (addr, seen) = https_server(&pki).await;
    let url = format!("https://localhost:{}", addr.port());
    let home = TempHome::new("tls-tilde");
    home.write("tilde-ca.pem", &pki.ca_pem);

    let client = client_for(&url, home.env(&[("AWS_CA_BUNDLE", "~/tilde-ca.pem")]))
        .expect("AWS_CA_BUNDLE under ~ is read");
    athena::get_session_status(&client, status_request())
        .await
        .expect("trusted through ~/ in AWS_CA_BUNDLE");

    home.write_aws("config", "[default]\nca_bundle = ~/tilde-ca.pem\n");
    let client = client_for(&url, home.env(&[])).expect("the profile's ca_bundle under ~");
    athena::get_session_status(&client, status_request())
        .await
        .expect("trusted through ~/ in the profile's ca_bundle");
    home.write_aws("config", "[default]\n");

    let client = Client::builder()
        .environment(home.env(&[]))
        .region("us-east-1")
        .credentials(Credentials::new("AKIDEXAMPLE", "secret", None))
        .endpoint_url(&url)
        .ca_bundle_file("~/tilde-ca.pem")
        .max_attempts(1)
        .build()
        .expect("the builder's CA file under ~");
    athena::get_session_status(&client, status_request())
        .await
        .expect("trusted through ~/ in ca_bundle_file");
    assert_eq!(seen.lock().unwrap().len(), 3);

    // A missing file under ~ is reported at the path it was looked for.
    let error = client_for(&url, home.env(&[("AWS_CA_BUNDLE", "~/missing.pem")]))
        .expect_err("a missing bundle");
    let expanded = home.path().join("missing.pem");
    assert!(
        error
            .message
            .contains(expanded.to_str().expect("UTF-8 path")),
        "{error}"
    );
}

/// `load` asks IMDS for the region through the transport the client will use: here the
/// builder's proxy, which a direct connection would bypass.
#[tokio::test]
async fn load_asks_imds_for_the_region_through_the_builders_proxy() {
    let (imds, imds_seen) = http_server_answering("eu-central-1".to_string()).await;
    let (proxy_addr, proxied) = proxy().await;
    let home = TempHome::new("imds-proxy");
    let endpoint = format!("http://{imds}");
    let env = home.env(&[
        ("AWS_EC2_METADATA_DISABLED", "false"),
        ("AWS_EC2_METADATA_SERVICE_ENDPOINT", &endpoint),
    ]);
    let client = Client::builder()
        .environment(env)
        .credentials(Credentials::new("AKIDEXAMPLE", "secret", None))
        .proxy(ProxySettings {
            http: Some(format!("http://{proxy_addr}")),
            ..ProxySettings::default()
        })
        .load()
        .await
        .expect("a region from IMDS");
    assert_eq!(client.region(), "eu-central-1");
    // The token request opened the proxy connection (the proxy records the first request
    // of each connection; the region request followed on the same one).
    assert_eq!(
        proxied.lock().unwrap().first().cloned(),
        Some(format!("PUT {endpoint}/latest/api/token HTTP/1.1"))
    );
    let seen = imds_seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert!(
        seen[1].contains("/latest/meta-data/placement/region"),
        "{seen:?}"
    );
}

#[test]
fn bad_transport_settings_fail_the_build_with_a_clear_error() {
    let home = TempHome::new("bad-transport");
    let missing = home.path().join("no-such-ca.pem");
    let missing_text = missing.to_str().expect("UTF-8 path");
    let url = "https://localhost:1";

    let error = client_for(url, home.env(&[("AWS_CA_BUNDLE", missing_text)]))
        .expect_err("an unreadable AWS_CA_BUNDLE");
    assert!(error.message.contains(missing_text), "{error}");
    assert!(error.message.contains("AWS_CA_BUNDLE"), "{error}");

    home.write_aws(
        "config",
        &format!("[default]\nca_bundle = {missing_text}\n"),
    );
    let error = client_for(url, home.env(&[])).expect_err("an unreadable profile ca_bundle");
    assert!(
        error.message.contains(missing_text) && error.message.contains("profile"),
        "{error}"
    );
    home.write_aws("config", "[default]\n");

    let error = Client::builder()
        .environment(home.env(&[]))
        .region("us-east-1")
        .ca_bundle_file(&missing)
        .build()
        .expect_err("an unreadable builder CA file");
    assert!(error.message.contains(missing_text), "{error}");

    let not_pem = home.write("not.pem", "hello\n");
    let error = client_for(
        url,
        home.env(&[("AWS_CA_BUNDLE", not_pem.to_str().unwrap())]),
    )
    .expect_err("a file without certificates");
    assert!(error.message.contains("PEM"), "{error}");

    for proxy in [
        "http://user:hunter2@proxy:8080/path",
        "ftp://user:hunter2@proxy:21",
    ] {
        let error =
            client_for(url, home.env(&[("HTTPS_PROXY", proxy)])).expect_err("a malformed proxy");
        assert!(error.message.contains("HTTPS proxy"), "{proxy}: {error}");
        assert!(!error.message.contains("hunter2"), "{proxy}: {error}");
    }
    let error = client_for(url, home.env(&[("http_proxy", "http://[::1")]))
        .expect_err("a malformed lower-case proxy");
    assert!(error.message.contains("HTTP proxy"), "{error}");
}
