//! The HTTP transport seam. The client and the credential providers send every request
//! through [`HttpTransport`]; [`ReqwestTransport`] (reqwest with rustls) is the default, and
//! tests or users may put a replaying or recording transport in its place.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use bytes::Bytes;

use crate::error::ConfigError;

/// One request, complete: the transport adds nothing that a signature could cover.
#[derive(Clone, PartialEq, Eq)]
pub struct HttpRequest {
    pub method: &'static str,
    /// Absolute URL (`https://athena.us-east-1.amazonaws.com/`).
    pub url: String,
    /// Each name at most once; names are matched case-insensitively.
    pub headers: Vec<(String, String)>,
    pub body: Bytes,
}

impl HttpRequest {
    pub fn new(method: &'static str, url: impl Into<String>) -> Self {
        HttpRequest {
            method,
            url: url.into(),
            headers: Vec::new(),
            body: Bytes::new(),
        }
    }

    /// Sets `name` to `value`, replacing any value it had (never a second copy).
    pub fn set_header(&mut self, name: impl Into<String>, value: impl Into<String>) {
        set_header(&mut self.headers, name.into(), value.into());
    }

    /// This request with `name` set to `value`.
    pub fn with_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.set_header(name, value);
        self
    }

    /// This request with `body`.
    pub fn with_body(mut self, body: impl Into<Bytes>) -> Self {
        self.body = body.into();
        self
    }

    /// The value of header `name`, case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        header(&self.headers, name)
    }
}

impl fmt::Debug for HttpRequest {
    // Header values may be secrets (Authorization, X-Amz-Security-Token, metadata tokens):
    // names only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpRequest")
            .field("method", &self.method)
            .field("url", &self.url)
            .field(
                "headers",
                &self.headers.iter().map(|(n, _)| n).collect::<Vec<_>>(),
            )
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// One response, read whole.
#[derive(Clone, PartialEq, Eq)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Bytes,
}

impl HttpResponse {
    /// The value of header `name`, case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        header(&self.headers, name)
    }
}

impl fmt::Debug for HttpResponse {
    // Bodies may carry credentials (IMDS, STS, SSO): their length only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpResponse")
            .field("status", &self.status)
            .field(
                "headers",
                &self.headers.iter().map(|(n, _)| n).collect::<Vec<_>>(),
            )
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// The value of header `name` in `headers`, case-insensitively: the one lookup every part of
/// the runtime uses.
/// Works on owned (`(String, String)`) and borrowed (`(&str, &str)`) header lists alike.
pub fn header<'a, N: AsRef<str>, V: AsRef<str>>(
    headers: &'a [(N, V)],
    name: &str,
) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.as_ref().eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_ref())
}

/// Sets `name` in `headers`, replacing a value of the same name in any case.
pub fn set_header(headers: &mut Vec<(String, String)>, name: String, value: String) {
    match headers
        .iter_mut()
        .find(|(n, _)| n.eq_ignore_ascii_case(&name))
    {
        Some(slot) => slot.1 = value,
        None => headers.push((name, value)),
    }
}

/// What went wrong sending a request or reading its response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum HttpErrorKind {
    /// The connection could not be made (refused, DNS, TLS handshake).
    Connect,
    /// The connection was not made within the connect timeout.
    ConnectTimeout,
    /// The connection failed before the response's status and headers arrived (reset,
    /// closed).
    Send,
    /// The connection failed while reading the response body (reset, truncated).
    Read,
    /// The request could not be built (a header value with a newline, a bad URL): nothing
    /// was sent and a retry would fare no better.
    InvalidRequest,
}

/// A transport failure, with its kind and the underlying cause.
#[derive(Debug)]
pub struct HttpError {
    kind: HttpErrorKind,
    source: Box<dyn std::error::Error + Send + Sync>,
}

impl HttpError {
    pub fn new(
        kind: HttpErrorKind,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        HttpError {
            kind,
            source: source.into(),
        }
    }

    pub fn kind(&self) -> HttpErrorKind {
        self.kind
    }

    /// The cause, to keep as the source of a higher-level error.
    pub fn into_source(self) -> Box<dyn std::error::Error + Send + Sync> {
        self.source
    }
}

impl fmt::Display for HttpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            HttpErrorKind::Connect => "could not connect",
            HttpErrorKind::ConnectTimeout => "connect timed out",
            HttpErrorKind::Send => "connection failed before the response",
            HttpErrorKind::Read => "connection failed while reading the response",
            HttpErrorKind::InvalidRequest => "request could not be built",
        };
        write!(f, "{what}: {}", self.source)
    }
}

impl std::error::Error for HttpError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.source)
    }
}

/// The future a transport returns: boxed, so the client's call path is compiled once.
pub type HttpFuture<'a> =
    Pin<Box<dyn Future<Output = Result<HttpResponse, HttpError>> + Send + 'a>>;

/// Sends one request and reads its whole response. Implementations must send the headers
/// given, each once, and follow no redirects.
pub trait HttpTransport: Send + Sync + fmt::Debug {
    fn send(&self, request: HttpRequest) -> HttpFuture<'_>;
}

/// Sent on every request, outside the signature (proxies may rewrite it).
pub const USER_AGENT: &str = concat!("awsgen/", env!("CARGO_PKG_VERSION"), " (rust)");

/// The default transport: reqwest with rustls, one connection pool.
#[derive(Debug, Clone)]
pub struct ReqwestTransport {
    client: reqwest::Client,
}

impl ReqwestTransport {
    /// A transport whose connections must be made within `connect_timeout`.
    pub fn new(connect_timeout: Duration) -> Result<Self, ConfigError> {
        let client = reqwest::Client::builder()
            .connect_timeout(connect_timeout)
            .user_agent(USER_AGENT)
            // AWS APIs do not redirect; following a 3xx would send the signed request (and
            // its body) somewhere else. The SDKs hand the 3xx back as an error response.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| ConfigError::new(format!("could not set up the HTTP client: {e}")))?;
        Ok(ReqwestTransport { client })
    }

    async fn exchange(&self, request: HttpRequest) -> Result<HttpResponse, HttpError> {
        let method = reqwest::Method::from_bytes(request.method.as_bytes())
            .map_err(|e| HttpError::new(HttpErrorKind::InvalidRequest, e))?;
        let mut headers = reqwest::header::HeaderMap::with_capacity(request.headers.len());
        for (name, value) in &request.headers {
            let name = reqwest::header::HeaderName::from_bytes(name.as_bytes())
                .map_err(|e| HttpError::new(HttpErrorKind::InvalidRequest, e))?;
            let value = reqwest::header::HeaderValue::from_str(value).map_err(|e| {
                HttpError::new(HttpErrorKind::InvalidRequest, format!("header {name}: {e}"))
            })?;
            // insert, not append: a name given twice keeps one value.
            headers.insert(name, value);
        }
        let response = self
            .client
            .request(method, &request.url)
            .headers(headers)
            .body(request.body)
            .send()
            .await
            .map_err(|e| classify(e, HttpErrorKind::Send))?;
        let status = response.status().as_u16();
        let headers = response
            .headers()
            .iter()
            .filter_map(|(name, value)| {
                Some((name.as_str().to_string(), value.to_str().ok()?.to_string()))
            })
            .collect();
        let body = response
            .bytes()
            .await
            .map_err(|e| classify(e, HttpErrorKind::Read))?;
        Ok(HttpResponse {
            status,
            headers,
            body,
        })
    }
}

impl HttpTransport for ReqwestTransport {
    fn send(&self, request: HttpRequest) -> HttpFuture<'_> {
        Box::pin(self.exchange(request))
    }
}

fn classify(error: reqwest::Error, otherwise: HttpErrorKind) -> HttpError {
    let kind = if error.is_timeout() {
        // Only the connect timeout is reqwest's; the others are the caller's.
        HttpErrorKind::ConnectTimeout
    } else if error.is_builder() {
        HttpErrorKind::InvalidRequest
    } else if error.is_connect() {
        HttpErrorKind::Connect
    } else {
        otherwise
    };
    HttpError::new(kind, error.without_url())
}
