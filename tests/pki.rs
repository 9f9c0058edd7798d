//! A test PKI and an HTTPS server on loopback, shared by the TLS tests: a CA made here, a
//! server certificate for `localhost` and 127.0.0.1 that it signed, and a server presenting it
//! that records each request head and answers every request with [`ANSWER`].

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_rustls::rustls::pki_types as rustls_pki_types;

/// A CA and a server certificate for `localhost` and 127.0.0.1 that it signed.
pub struct TestPki {
    pub ca_pem: String,
    pub server_cert: rustls_pki_types::CertificateDer<'static>,
    pub server_key: rustls_pki_types::PrivateKeyDer<'static>,
}

pub fn test_pki() -> TestPki {
    let ca_key = rcgen::KeyPair::generate().expect("CA key");
    let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).expect("CA params");
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "awsgen test CA");
    ca_params.key_usages = vec![
        rcgen::KeyUsagePurpose::KeyCertSign,
        rcgen::KeyUsagePurpose::CrlSign,
    ];
    let ca_cert = ca_params.self_signed(&ca_key).expect("CA certificate");
    let issuer = rcgen::Issuer::new(ca_params, ca_key);

    let server_key = rcgen::KeyPair::generate().expect("server key");
    let mut server_params =
        rcgen::CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()])
            .expect("server params");
    server_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "localhost");
    let server_cert = server_params
        .signed_by(&server_key, &issuer)
        .expect("server certificate");
    TestPki {
        ca_pem: ca_cert.pem(),
        server_cert: server_cert.der().clone(),
        server_key: rustls_pki_types::PrivateKeyDer::Pkcs8(server_key.serialize_der().into()),
    }
}

/// What a server or proxy saw: request lines and headers, in arrival order.
pub type Seen = Arc<Mutex<Vec<String>>>;

/// Reads one HTTP/1.1 request head (and its Content-Length body) from `stream`.
pub async fn read_request<S: AsyncReadExt + Unpin>(stream: &mut S) -> Option<(String, Vec<u8>)> {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1];
    while !buf.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte).await.ok()? == 0 {
            return None;
        }
        buf.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&buf).into_owned();
    let length = head
        .lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse::<usize>().ok())?
        })
        .unwrap_or(0);
    let mut body = vec![0u8; length];
    stream.read_exact(&mut body).await.ok()?;
    Some((head, body))
}

pub const ANSWER: &str = "{\"ok\":true}";

async fn answer<S: AsyncWriteExt + Unpin>(stream: &mut S) {
    answer_with(stream, ANSWER).await;
}

pub async fn answer_with<S: AsyncWriteExt + Unpin>(stream: &mut S, body: &str) {
    let response = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/x-amz-json-1.1\r\nx-amzn-requestid: r-1\r\n\
         content-length: {}\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(response.as_bytes()).await;
}

/// An HTTPS server on loopback presenting the test PKI's server certificate; records each
/// request head.
pub async fn https_server(pki: &TestPki) -> (SocketAddr, Seen) {
    let config = tokio_rustls::rustls::ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(vec![pki.server_cert.clone()], pki.server_key.clone_key())
        .expect("server TLS config");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let seen: Seen = Arc::default();
    let record = seen.clone();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            let record = record.clone();
            tokio::spawn(async move {
                // A refused handshake (unknown CA) just ends the connection.
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                while let Some((head, _)) = read_request(&mut tls).await {
                    record.lock().unwrap().push(head);
                    answer(&mut tls).await;
                }
            });
        }
    });
    (addr, seen)
}
