//! A loopback stand-in for Athena's session operations, enough for the flow in main.rs:
//! StartSession, GetSession and GetSessionStatus over awsJson 1.1, every request's SigV4
//! signature checked against the server's key (403 otherwise). One request per connection.

use std::collections::HashSet;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use awsgen_runtime::Credentials;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::signature;

const MAX_REQUEST_BYTES: usize = 1 << 20;

/// One request as received.
pub struct Request {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Starts the server on 127.0.0.1 with `key`; it runs until the runtime stops.
pub async fn start(key: Credentials) -> std::io::Result<SocketAddr> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let sessions = Arc::new(Mutex::new(HashSet::new()));
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(serve(stream, key.clone(), sessions.clone()));
        }
    });
    Ok(addr)
}

async fn serve(mut stream: TcpStream, key: Credentials, sessions: Arc<Mutex<HashSet<String>>>) {
    let Some(request) = read_request(&mut stream).await else {
        return;
    };
    let (status, body) = match signature::verify(&request, &key) {
        Err(why) => (403, error("InvalidSignatureException", &why)),
        Ok(()) => answer(&request, &sessions),
    };
    let head = format!(
        "HTTP/1.1 {status} X\r\nContent-Type: application/x-amz-json-1.1\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes()).await;
    let _ = stream.write_all(body.as_bytes()).await;
}

/// Reads one request: the head up to the blank line, then Content-Length bytes of body.
async fn read_request(stream: &mut TcpStream) -> Option<Request> {
    let mut buffer = Vec::new();
    let head_end = loop {
        if let Some(i) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        if buffer.len() > MAX_REQUEST_BYTES || stream.read_buf(&mut buffer).await.ok()? == 0 {
            return None;
        }
    };
    let head = std::str::from_utf8(&buffer[..head_end]).ok()?;
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let (method, target) = (
        request_line.next()?.to_string(),
        request_line.next()?.to_string(),
    );
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut request = Request {
        method,
        target,
        headers,
        body: buffer[head_end + 4..].to_vec(),
    };
    let length: usize = request
        .header("content-length")
        .unwrap_or("0")
        .parse()
        .ok()?;
    if length > MAX_REQUEST_BYTES {
        return None;
    }
    while request.body.len() < length {
        if stream.read_buf(&mut request.body).await.ok()? == 0 {
            return None;
        }
    }
    Some(request)
}

/// Routes a signed request by its X-Amz-Target.
fn answer(request: &Request, sessions: &Mutex<HashSet<String>>) -> (u16, String) {
    let body = String::from_utf8_lossy(&request.body);
    let operation = request.header("x-amz-target").unwrap_or_default();
    let mut sessions = sessions.lock().unwrap_or_else(|e| e.into_inner());
    match operation {
        "AmazonAthena.StartSession" if body.contains(r#""WorkGroup":"primary""#) => {
            let id = format!("session-{}", sessions.len() + 1);
            sessions.insert(id.clone());
            (200, format!(r#"{{"SessionId":"{id}","State":"CREATING"}}"#))
        }
        "AmazonAthena.StartSession" => {
            (400, error("InvalidRequestException", "no such work group"))
        }
        "AmazonAthena.GetSession" | "AmazonAthena.GetSessionStatus" => {
            match sessions
                .iter()
                .find(|id| body.contains(&format!(r#""SessionId":"{id}""#)))
            {
                Some(id) => (
                    200,
                    format!(
                        r#"{{"SessionId":"{id}","WorkGroup":"primary","Status":{{"State":"IDLE"}}}}"#
                    ),
                ),
                None => (400, error("ResourceNotFoundException", "no such session")),
            }
        }
        other => (400, error("UnknownOperationException", other)),
    }
}

fn error(code: &str, message: &str) -> String {
    let message = message.replace(['"', '\\'], "'");
    format!(r#"{{"__type":"{code}","message":"{message}"}}"#)
}
