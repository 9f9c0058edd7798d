//! Just enough HTTP/1.1 for an AWS JSON client, for the emulator and the scripted server: one
//! request at a time per connection, bodies sized by Content-Length, keep-alive. Requests
//! beyond the limits below are refused and the connection closed, so a misbehaving peer cannot
//! make a server buffer without end.

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Request line and headers together.
const MAX_HEAD_BYTES: usize = 64 * 1024;
const MAX_BODY_BYTES: usize = 1024 * 1024;
const MAX_HEADERS: usize = 64;

/// One request as received.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// Path and query, as sent.
    pub target: String,
    /// Names as sent, in arrival order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// The first header named `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        awsgen_runtime::http::header(&self.headers, name)
    }

    /// Whether the client asked to close the connection after this exchange.
    fn wants_close(&self) -> bool {
        self.header("connection")
            .is_some_and(|v| v.eq_ignore_ascii_case("close"))
    }
}

/// A request the emulator will not read; answered with `status` and the connection closed.
#[derive(Debug)]
pub struct Refused {
    pub status: u16,
    pub reason: &'static str,
}

/// What the connection yielded.
pub enum Incoming {
    Request(Request),
    Refused(Refused),
    /// The peer closed the connection (or it broke) between requests.
    Closed,
}

/// One client connection, with bytes read past the current request kept for the next.
pub struct Connection {
    stream: TcpStream,
    buffer: Vec<u8>,
    close_after_reply: bool,
}

impl Connection {
    pub fn new(stream: TcpStream) -> Self {
        Connection {
            stream,
            buffer: Vec::new(),
            close_after_reply: false,
        }
    }

    /// Reads the next request.
    pub async fn next_request(&mut self) -> Incoming {
        let (head_len, mut request, body_len) = loop {
            match parse_head(&self.buffer) {
                Ok(Some(parsed)) => break parsed,
                Ok(None) if self.buffer.len() > MAX_HEAD_BYTES => {
                    return refused(431, "request head too large")
                }
                Ok(None) => {}
                Err(refusal) => return Incoming::Refused(refusal),
            }
            if !self.fill().await {
                return Incoming::Closed;
            }
        };
        while self.buffer.len() < head_len + body_len {
            if !self.fill().await {
                return Incoming::Closed;
            }
        }
        request.body = self.buffer[head_len..head_len + body_len].to_vec();
        self.buffer.drain(..head_len + body_len);
        self.close_after_reply = request.wants_close();
        Incoming::Request(request)
    }

    /// Writes one response. Returns false when the connection should end (write failed, or
    /// the client asked to close).
    pub async fn reply(&mut self, status: u16, headers: &[(&str, &str)], body: &[u8]) -> bool {
        let mut head = format!("HTTP/1.1 {status} {}\r\n", reason_phrase(status));
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
        if self.close_after_reply {
            head.push_str("Connection: close\r\n");
        }
        head.push_str("\r\n");
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(body);
        let written = self.stream.write_all(&bytes).await.is_ok();
        written && !self.close_after_reply
    }

    /// Writes `bytes` as they are (no framing of ours) and closes the connection.
    pub async fn send_raw_and_close(mut self, bytes: &[u8]) {
        let _ = self.stream.write_all(bytes).await;
        let _ = self.stream.shutdown().await;
    }

    /// Closes the connection with a TCP reset instead of an orderly close.
    pub fn reset(self) {
        // A zero linger makes the close send RST instead of FIN.
        let _ = self.stream.set_zero_linger();
    }

    /// Answers a refused request and marks the connection for closing.
    pub async fn refuse(&mut self, refusal: &Refused) {
        self.close_after_reply = true;
        let body = format!("{}\n", refusal.reason);
        self.reply(
            refusal.status,
            &[("Content-Type", "text/plain")],
            body.as_bytes(),
        )
        .await;
    }

    /// Reads more bytes into the buffer; false at end of stream or on error.
    async fn fill(&mut self) -> bool {
        let mut chunk = [0u8; 8192];
        match self.stream.read(&mut chunk).await {
            Ok(0) | Err(_) => false,
            Ok(n) => {
                self.buffer.extend_from_slice(&chunk[..n]);
                true
            }
        }
    }
}

fn refused(status: u16, reason: &'static str) -> Incoming {
    Incoming::Refused(Refused { status, reason })
}

/// The head of the request at the start of `buffer`, once complete: its length, the request
/// without its body, and the body length.
fn parse_head(buffer: &[u8]) -> Result<Option<(usize, Request, usize)>, Refused> {
    let bad = |reason| Refused {
        status: 400,
        reason,
    };
    let mut slots = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut parsed = httparse::Request::new(&mut slots);
    let head_len = match parsed.parse(buffer) {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => return Ok(None),
        Err(httparse::Error::TooManyHeaders) => return Err(bad("too many headers")),
        Err(_) => return Err(bad("malformed HTTP request")),
    };
    let mut headers = Vec::with_capacity(parsed.headers.len());
    for h in parsed.headers.iter() {
        let value = std::str::from_utf8(h.value).map_err(|_| bad("header value is not UTF-8"))?;
        headers.push((h.name.to_string(), value.trim().to_string()));
    }
    let request = Request {
        method: parsed.method.unwrap_or_default().to_string(),
        target: parsed.path.unwrap_or_default().to_string(),
        headers,
        body: Vec::new(),
    };
    if request.header("transfer-encoding").is_some() {
        // AWS SDKs send Content-Length; chunked bodies are not worth supporting here.
        return Err(Refused {
            status: 411,
            reason: "send the body with a Content-Length",
        });
    }
    let body_len = match request.header("content-length") {
        None => 0,
        Some(v) => v.parse::<usize>().map_err(|_| bad("bad Content-Length"))?,
    };
    if body_len > MAX_BODY_BYTES {
        return Err(Refused {
            status: 413,
            reason: "request body too large",
        });
    }
    Ok(Some((head_len, request, body_len)))
}

fn reason_phrase(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        411 => "Length Required",
        413 => "Payload Too Large",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_complete_head_is_split_from_its_body() {
        let raw = b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\n{}rest";
        let (head_len, request, body_len) = parse_head(raw).unwrap().unwrap();
        assert_eq!(&raw[head_len..head_len + body_len], b"{}");
        assert_eq!(request.method, "POST");
        assert_eq!(request.target, "/");
        assert_eq!(request.header("HOST"), Some("h"));
    }

    #[test]
    fn a_partial_head_waits_for_more() {
        assert!(parse_head(b"POST / HTTP/1.1\r\nHost:").unwrap().is_none());
    }

    #[test]
    fn chunked_and_oversized_bodies_are_refused() {
        let chunked = b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        assert_eq!(parse_head(chunked).err().map(|r| r.status), Some(411));
        let huge = b"POST / HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n";
        assert_eq!(parse_head(huge).err().map(|r| r.status), Some(413));
        let garbage = b"\x00\x01 nonsense\r\n\r\n";
        assert_eq!(parse_head(garbage).err().map(|r| r.status), Some(400));
    }
}
