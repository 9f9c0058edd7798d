//! Loopback IMDS and container credential endpoints for the credentials benches of bench/ours
//! and bench/sdk: one std-only HTTP/1.1 server on 127.0.0.1, a thread per connection,
//! keep-alive, answering the paths both SDKs ask for.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};

const ROLE: &str = "bench-role";
const CREDENTIALS_JSON: &str = r#"{"Code":"Success","Type":"AWS-HMAC","AccessKeyId":"ASIABENCH","SecretAccessKey":"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY","Token":"bench-session-token","Expiration":"2099-01-01T00:00:00Z","LastUpdated":"2026-01-01T00:00:00Z"}"#;

/// The access key id the endpoints hand out.
pub const ACCESS_KEY_ID: &str = "ASIABENCH";

/// Serves IMDSv2 (token, role list, the role's credentials) and a container credentials path
/// on 127.0.0.1, a thread per connection, keep-alive. Returns the base URL.
pub fn loopback_endpoints() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || serve(stream));
        }
    });
    url
}

fn serve(stream: TcpStream) {
    let _ = stream.set_nodelay(true);
    let mut reader = BufReader::new(stream.try_clone().expect("clone stream"));
    let mut writer = stream;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let path = line.split(' ').nth(1).unwrap_or("").to_string();
        let mut length = 0;
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).unwrap_or(0) == 0 {
                return;
            }
            if header == "\r\n" {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().unwrap_or(0);
                }
            }
        }
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        let (status, extra, answer) = match path.as_str() {
            "/latest/api/token" => (
                "200 OK",
                "x-aws-ec2-metadata-token-ttl-seconds: 21600\r\n",
                "bench-imds-token",
            ),
            "/latest/meta-data/iam/security-credentials/" => ("200 OK", "", ROLE),
            p if p == format!("/latest/meta-data/iam/security-credentials/{ROLE}") => {
                ("200 OK", "", CREDENTIALS_JSON)
            }
            "/container/credentials" => (
                "200 OK",
                "content-type: application/json\r\n",
                CREDENTIALS_JSON,
            ),
            _ => ("404 Not Found", "", ""),
        };
        let response = format!(
            "HTTP/1.1 {status}\r\n{extra}content-length: {}\r\n\r\n{answer}",
            answer.len()
        );
        if writer.write_all(response.as_bytes()).is_err() {
            return;
        }
    }
}
