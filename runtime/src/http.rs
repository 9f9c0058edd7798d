//! The HTTP transport seam. The client and the credential providers send every request
//! through [`HttpTransport`]; [`ReqwestTransport`] (reqwest with rustls) is the default, and
//! tests or users may put a replaying or recording transport in its place.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;

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

/// How the default transport connects: trust, proxies and what it says it is.
///
/// Every field has a default: the operating system's trust store (as the AWS SDK's default
/// client), no proxy, the 3.1 s connect timeout of the SDKs, no application id.
#[derive(Clone, Default)]
pub struct TransportSettings {
    /// How long establishing a connection (TCP and TLS) may take.
    pub connect_timeout: Option<Duration>,
    /// Certificate authorities trusted on top of the operating system's roots (a
    /// TLS-inspecting proxy's CA, a private endpoint's CA).
    pub ca_bundles: Vec<CaBundle>,
    pub proxy: ProxySettings,
    /// Appended to the user agent as `app/{id}` (`AWS_SDK_UA_APP_ID`, profile `sdk_ua_app_id`).
    pub app_id: Option<String>,
}

impl fmt::Debug for TransportSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TransportSettings")
            .field("connect_timeout", &self.connect_timeout)
            .field("ca_bundles", &self.ca_bundles)
            .field("proxy", &self.proxy)
            .field("app_id", &self.app_id)
            .finish()
    }
}

/// PEM certificates to trust, with where they came from (for error messages).
#[derive(Clone, PartialEq, Eq)]
pub struct CaBundle {
    origin: String,
    pem: Vec<u8>,
}

impl CaBundle {
    /// Certificates given in code; `origin` names them in errors ("the builder's CA bundle").
    pub fn from_pem(origin: impl Into<String>, pem: impl Into<Vec<u8>>) -> Self {
        CaBundle {
            origin: origin.into(),
            pem: pem.into(),
        }
    }

    /// The PEM file at `path` (`AWS_CA_BUNDLE`, profile `ca_bundle`), read now.
    pub fn from_file(path: impl AsRef<std::path::Path>) -> Result<Self, ConfigError> {
        let path = path.as_ref();
        let pem = std::fs::read(path).map_err(|e| {
            ConfigError::new(format!(
                "the CA bundle {} could not be read: {e}",
                path.display()
            ))
        })?;
        Ok(CaBundle::from_pem(
            format!("the CA bundle {}", path.display()),
            pem,
        ))
    }

    /// The certificates, or an error naming the bundle when it holds none or a broken one.
    fn certificates(&self) -> Result<Vec<CertificateDer<'static>>, ConfigError> {
        let certs = CertificateDer::pem_slice_iter(&self.pem)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| {
                ConfigError::new(format!(
                    "{} is not a PEM certificate bundle: {e}",
                    self.origin
                ))
            })?;
        if certs.is_empty() {
            return Err(ConfigError::new(format!(
                "{} holds no PEM certificate (-----BEGIN CERTIFICATE-----)",
                self.origin
            )));
        }
        Ok(certs)
    }
}

impl fmt::Debug for CaBundle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CaBundle")
            .field("origin", &self.origin)
            .field("pem_len", &self.pem.len())
            .finish()
    }
}

/// Which proxy each kind of request goes through. The transport reads only these settings,
/// never the process environment itself, so what a client does is decided in one place.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct ProxySettings {
    /// For `http://` endpoints (`HTTP_PROXY`).
    pub http: Option<String>,
    /// For `https://` endpoints (`HTTPS_PROXY`): the proxy sees only a CONNECT to the host.
    pub https: Option<String>,
    /// Hosts reached directly (`NO_PROXY`): comma-separated names (matching subdomains too),
    /// IP addresses or CIDR ranges, or `*` for all.
    pub no_proxy: Option<String>,
}

impl ProxySettings {
    /// The conventional variables, as curl and the AWS SDKs read them: `HTTPS_PROXY`,
    /// `HTTP_PROXY`, `NO_PROXY`, upper or lower case (lower case wins, as in curl).
    pub fn from_vars(get: impl Fn(&str) -> Option<String>) -> Self {
        let either = |name: &str| {
            get(&name.to_ascii_lowercase())
                .or_else(|| get(name))
                .filter(|v| !v.trim().is_empty())
        };
        ProxySettings {
            http: either("HTTP_PROXY"),
            https: either("HTTPS_PROXY"),
            no_proxy: either("NO_PROXY"),
        }
    }

    fn proxies(&self) -> Result<Vec<reqwest::Proxy>, ConfigError> {
        let no_proxy = self
            .no_proxy
            .as_deref()
            .and_then(reqwest::NoProxy::from_string);
        let mut proxies = Vec::new();
        for (kind, url) in [("HTTP", &self.http), ("HTTPS", &self.https)] {
            let Some(url) = url else { continue };
            let checked = proxy_url(kind, url)?;
            let proxy = match kind {
                "HTTP" => reqwest::Proxy::http(checked),
                _ => reqwest::Proxy::https(checked),
            }
            .map_err(|e| bad_proxy(kind, url, &e.to_string()))?;
            proxies.push(proxy.no_proxy(no_proxy.clone()));
        }
        Ok(proxies)
    }
}

impl fmt::Debug for ProxySettings {
    // A proxy URL may carry a password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProxySettings")
            .field("http", &self.http.as_deref().map(redact_userinfo))
            .field("https", &self.https.as_deref().map(redact_userinfo))
            .field("no_proxy", &self.no_proxy)
            .finish()
    }
}

/// `url` checked as a proxy address: http or https scheme (`http://` assumed when none is
/// given, as curl does), a host, no path.
fn proxy_url(kind: &str, url: &str) -> Result<reqwest::Url, ConfigError> {
    let text = if url.contains("://") {
        url.to_string()
    } else {
        format!("http://{url}")
    };
    let parsed = reqwest::Url::parse(&text).map_err(|e| bad_proxy(kind, url, &e.to_string()))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(bad_proxy(kind, url, "the scheme must be http or https"));
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(bad_proxy(kind, url, "it has no host"));
    }
    if !matches!(parsed.path(), "" | "/") || parsed.query().is_some() {
        return Err(bad_proxy(kind, url, "a proxy address has no path or query"));
    }
    Ok(parsed)
}

fn bad_proxy(kind: &str, url: &str, why: &str) -> ConfigError {
    ConfigError::new(format!(
        "the {kind} proxy {:?} is not usable: {why}",
        redact_userinfo(url)
    ))
}

/// `url` with any `user:password@` replaced, for messages.
fn redact_userinfo(url: &str) -> String {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    let authority_end = url[after_scheme..]
        .find('/')
        .map_or(url.len(), |i| after_scheme + i);
    match url[after_scheme..authority_end].rfind('@') {
        Some(at) => format!(
            "{}***@{}",
            &url[..after_scheme],
            &url[after_scheme + at + 1..]
        ),
        None => url.to_string(),
    }
}

/// The user agent: ours, then `app/{id}` when the user named their application. Characters a
/// user-agent token cannot hold become `-`.
pub fn user_agent(app_id: Option<&str>) -> String {
    match app_id.map(str::trim).filter(|id| !id.is_empty()) {
        None => USER_AGENT.to_string(),
        Some(id) => {
            let token: String = id
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c) {
                        c
                    } else {
                        '-'
                    }
                })
                .collect();
            format!("{USER_AGENT} app/{token}")
        }
    }
}

/// The SDKs' default connect timeout.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_millis(3100);

/// The default transport: reqwest with rustls, one connection pool.
#[derive(Debug, Clone)]
pub struct ReqwestTransport {
    client: reqwest::Client,
    /// The last URL parsed, with its text: a client sends to one endpoint, and parsing it
    /// again (IDNA processing of the host included) for every request showed in profiles.
    last_url: Arc<Mutex<Option<(String, reqwest::Url)>>>,
}

impl ReqwestTransport {
    /// A transport whose connections must be made within `connect_timeout`; otherwise the
    /// default settings.
    pub fn new(connect_timeout: Duration) -> Result<Self, ConfigError> {
        ReqwestTransport::with_settings(&TransportSettings {
            connect_timeout: Some(connect_timeout),
            ..TransportSettings::default()
        })
    }

    /// A transport as `settings` say. Fails with a [`ConfigError`] naming what is wrong: an
    /// unreadable or empty CA bundle, a malformed proxy address.
    pub fn with_settings(settings: &TransportSettings) -> Result<Self, ConfigError> {
        let mut builder = reqwest::Client::builder()
            .connect_timeout(settings.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
            .user_agent(user_agent(settings.app_id.as_deref()))
            // AWS APIs do not redirect; following a 3xx would send the signed request (and
            // its body) somewhere else. The SDKs hand the 3xx back as an error response.
            .redirect(reqwest::redirect::Policy::none())
            // Proxies come from `settings` only (see ProxySettings), not reqwest's own
            // reading of the process environment.
            .no_proxy();
        // The operating system's store, as the AWS SDK's default client: it carries what a
        // company installed (a TLS-inspecting proxy's CA); rustls-native-certs also reads
        // SSL_CERT_FILE / SSL_CERT_DIR. No bundled roots. The store is read once per process
        // (crate::tls); CA bundles are added to a copy of it for this transport alone.
        let mut roots = crate::tls::native_roots()?;
        if !settings.ca_bundles.is_empty() {
            let mut with_bundles = (*roots).clone();
            for bundle in &settings.ca_bundles {
                for certificate in bundle.certificates()? {
                    with_bundles.add(certificate).map_err(|e| {
                        ConfigError::new(format!(
                            "{} holds a certificate that cannot be trusted: {e}",
                            bundle.origin
                        ))
                    })?;
                }
            }
            roots = Arc::new(with_bundles);
        }
        builder = builder.use_preconfigured_tls(crate::tls::client_config(roots)?);
        for proxy in settings.proxy.proxies()? {
            builder = builder.proxy(proxy);
        }
        let client = builder
            .build()
            .map_err(|e| ConfigError::new(format!("could not set up the HTTP client: {e}")))?;
        Ok(ReqwestTransport {
            client,
            last_url: Arc::default(),
        })
    }

    /// `text` parsed, from the last request's URL when it is the same.
    fn url(&self, text: &str) -> Result<reqwest::Url, HttpError> {
        let mut last = self
            .last_url
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((last_text, url)) = last.as_ref() {
            if last_text == text {
                return Ok(url.clone());
            }
        }
        let url = reqwest::Url::parse(text)
            .map_err(|e| HttpError::new(HttpErrorKind::InvalidRequest, e))?;
        *last = Some((text.to_string(), url.clone()));
        Ok(url)
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
            .request(method, self.url(&request.url)?)
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
