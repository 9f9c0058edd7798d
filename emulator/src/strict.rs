//! A strict check of an awsJson request, as AWS makes it: header names each once, a SigV4
//! signature that covers what SigV4 requires and recomputes from the bytes received, and a
//! Content-Type and X-Amz-Target that fit the operation. A request that fails is refused
//! with the status and error code AWS answers with.
//!
//! The emulator checks every request with it, and so does the scripted server
//! ([`crate::scripted`]), so a client that sends a header twice, leaves a required header
//! unsigned or signs other bytes than it sends fails loudly instead of passing a lenient
//! server.

use awsgen_runtime::http::header;
use awsgen_runtime::sigv4::{self, SignableRequest, SigningParams};
use awsgen_runtime::{Credentials, DateTime};
use serde_json::Value;

const ALGORITHM: &str = "AWS4-HMAC-SHA256";
/// How far a request's X-Amz-Date may be from the server's clock, as AWS allows.
const MAX_CLOCK_SKEW_SECS: i64 = 15 * 60;
/// Headers SigV4 must cover on every awsJson request (X-Amz-Security-Token too, when sent).
const REQUIRED_SIGNED: &[&str] = &["content-type", "host", "x-amz-date", "x-amz-target"];
/// Headers SigV4 reads itself: one of them twice makes the signature ambiguous.
const SIGNING_HEADERS: &[&str] = &["authorization", "x-amz-date", "x-amz-security-token"];
/// The awsJson content types, by protocol version.
const JSON_CONTENT_TYPES: &[&str] = &["application/x-amz-json-1.0", "application/x-amz-json-1.1"];

/// A request as the server received it.
#[derive(Debug, Clone, Copy)]
pub struct Received<'a> {
    pub method: &'a str,
    /// Path and query as sent.
    pub target: &'a str,
    /// Every header line, names as sent, in arrival order.
    pub headers: &'a [(String, String)],
    pub body: &'a [u8],
}

/// What the server knows about the requests it should accept. Unset parts are checked for
/// form only (a JSON content type, a `Prefix.Operation` target, a complete signature).
#[derive(Debug, Clone, Default)]
pub struct Expectation<'a> {
    /// The key the server knows: the signature is recomputed with it and other key ids are
    /// refused. `None`: the signature's form is checked, not its value.
    pub key: Option<&'a Credentials>,
    /// The signing name the credential scope must name (`athena`).
    pub signing_name: Option<&'a str>,
    /// `AmazonAthena`: X-Amz-Target must be this, a dot, and an operation.
    pub target_prefix: Option<&'a str>,
    /// The operations the service has; another X-Amz-Target is unknown.
    pub operations: Option<&'a [&'a str]>,
    /// The service's content type (`application/x-amz-json-1.1`).
    pub content_type: Option<&'a str>,
}

/// A refused request: what AWS would answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub status: u16,
    pub code: &'static str,
    pub message: String,
}

impl Refusal {
    fn new(status: u16, code: &'static str, message: impl Into<String>) -> Self {
        Refusal {
            status,
            code,
            message: message.into(),
        }
    }

    fn incomplete(message: impl Into<String>) -> Self {
        Refusal::new(400, "IncompleteSignatureException", message)
    }

    fn invalid_signature(message: impl Into<String>) -> Self {
        Refusal::new(403, "InvalidSignatureException", message)
    }

    /// The awsJson error body.
    pub fn body(&self) -> Value {
        serde_json::json!({"__type": self.code, "message": self.message})
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}: {}", self.status, self.code, self.message)
    }
}

/// Checks `request` against `expect` at the server's time `now`; the operation name (what
/// follows the target prefix) when it passes.
pub fn check<'r>(
    request: &Received<'r>,
    expect: &Expectation<'_>,
    now: DateTime,
) -> Result<&'r str, Refusal> {
    check_unique_names(request.headers)?;
    check_signature(request, expect, now)?;
    check_content_type(request, expect)?;
    let operation = check_target(request, expect)?;
    if !request.body.iter().all(u8::is_ascii_whitespace) {
        match serde_json::from_slice::<Value>(request.body) {
            Ok(Value::Object(_)) => {}
            Ok(_) => {
                return Err(Refusal::new(
                    400,
                    "SerializationException",
                    "the body must be a JSON object",
                ))
            }
            Err(e) => {
                return Err(Refusal::new(
                    400,
                    "SerializationException",
                    format!("the body is not JSON: {e}"),
                ))
            }
        }
    }
    Ok(operation)
}

/// Each header name at most once, in any case.
fn check_unique_names(headers: &[(String, String)]) -> Result<(), Refusal> {
    let Some(name) = repeated_header(headers) else {
        return Ok(());
    };
    let lower = name.to_ascii_lowercase();
    let message = format!("header {name:?} appears more than once");
    Err(if SIGNING_HEADERS.contains(&lower.as_str()) {
        Refusal::incomplete(message)
    } else {
        Refusal::invalid_signature(message)
    })
}

/// The first header name sent again (in any case), as its second occurrence spells it.
pub(crate) fn repeated_header(headers: &[(String, String)]) -> Option<&str> {
    headers.iter().enumerate().find_map(|(i, (name, _))| {
        headers[..i]
            .iter()
            .any(|(earlier, _)| earlier.eq_ignore_ascii_case(name))
            .then_some(name.as_str())
    })
}

/// The parts of `AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...`.
struct Authorization<'a> {
    access_key_id: &'a str,
    day: &'a str,
    region: &'a str,
    service: &'a str,
    signed_headers: &'a str,
    signature: &'a str,
}

fn parse_authorization(value: &str) -> Result<Authorization<'_>, Refusal> {
    let rest = value
        .strip_prefix(ALGORITHM)
        .and_then(|r| r.strip_prefix(' '))
        .ok_or_else(|| Refusal::incomplete("only AWS4-HMAC-SHA256 is supported"))?;
    let (mut credential, mut signed_headers, mut signature) = (None, None, None);
    for part in rest.split(',').map(str::trim) {
        if let Some(v) = part.strip_prefix("Credential=") {
            credential = Some(v);
        } else if let Some(v) = part.strip_prefix("SignedHeaders=") {
            signed_headers = Some(v);
        } else if let Some(v) = part.strip_prefix("Signature=") {
            signature = Some(v);
        }
    }
    let credential = credential.ok_or_else(|| Refusal::incomplete("no Credential"))?;
    let signed_headers = signed_headers.ok_or_else(|| Refusal::incomplete("no SignedHeaders"))?;
    let signature = signature.ok_or_else(|| Refusal::incomplete("no Signature"))?;
    let scope: Vec<&str> = credential.split('/').collect();
    let [access_key_id, day, region, service, "aws4_request"] = scope[..] else {
        return Err(Refusal::incomplete(
            "Credential is not key/day/region/service/aws4_request",
        ));
    };
    if signature.len() != 64 || !signature.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Refusal::incomplete("Signature is not 64 hex digits"));
    }
    Ok(Authorization {
        access_key_id,
        day,
        region,
        service,
        signed_headers,
        signature,
    })
}

fn check_signature(
    request: &Received<'_>,
    expect: &Expectation<'_>,
    now: DateTime,
) -> Result<(), Refusal> {
    let headers = request.headers;
    let value = header(headers, "authorization").ok_or_else(|| {
        Refusal::new(
            403,
            "MissingAuthenticationTokenException",
            "the request is not signed (no Authorization header)",
        )
    })?;
    let auth = parse_authorization(value)?;

    // SignedHeaders: lowercase, sorted, each once, covering what SigV4 requires, and
    // naming only headers that were sent.
    let names: Vec<&str> = auth.signed_headers.split(';').collect();
    let canonical = names.windows(2).all(|pair| pair[0] < pair[1])
        && names
            .iter()
            .all(|n| !n.is_empty() && !n.bytes().any(|b| b.is_ascii_uppercase()));
    if !canonical {
        return Err(Refusal::incomplete(format!(
            "SignedHeaders {:?} must be lowercase names, sorted, each once",
            auth.signed_headers
        )));
    }
    let token_sent = header(headers, "x-amz-security-token").is_some();
    let required = REQUIRED_SIGNED
        .iter()
        .copied()
        .chain(token_sent.then_some("x-amz-security-token"));
    for name in required {
        if !names.contains(&name) {
            return Err(Refusal::incomplete(format!(
                "SignedHeaders {:?} does not include {name}, which must be signed",
                auth.signed_headers
            )));
        }
    }
    let mut signed: Vec<(&str, &str)> = Vec::with_capacity(names.len());
    for name in &names {
        let value = header(headers, name).ok_or_else(|| {
            Refusal::incomplete(format!("signed header {name:?} is not in the request"))
        })?;
        // X-Amz-Date is added by the signer from the time below.
        if *name != "x-amz-date" {
            signed.push((name, value));
        }
    }

    if let Some(service) = expect.signing_name {
        if auth.service != service {
            return Err(Refusal::invalid_signature(format!(
                "the credential is scoped to service {:?}; it must be {service:?}",
                auth.service
            )));
        }
    }
    let amz_date = header(headers, "x-amz-date")
        .ok_or_else(|| Refusal::incomplete("the request has no X-Amz-Date header"))?;
    let signed_at = DateTime::parse(amz_date)
        .ok_or_else(|| Refusal::incomplete(format!("X-Amz-Date {amz_date:?} is not a date")))?;
    if signed_at.amz_day() != auth.day {
        return Err(Refusal::invalid_signature(format!(
            "the credential scope's day {} is not the day of X-Amz-Date {amz_date}",
            auth.day
        )));
    }
    if (now.secs() - signed_at.secs()).abs() > MAX_CLOCK_SKEW_SECS {
        return Err(Refusal::invalid_signature(format!(
            "the signature has expired or is from the future: signed at {amz_date}, now {}",
            now.amz_date()
        )));
    }

    let Some(key) = expect.key else {
        return Ok(());
    };
    if auth.access_key_id != key.access_key_id() {
        return Err(Refusal::new(
            403,
            "UnrecognizedClientException",
            "the access key id in the request is not known to this server",
        ));
    }
    // The key's secret with the token the request carries: the server knows the secret,
    // the token travels with the request.
    let signing_key = Credentials::new(
        key.access_key_id(),
        key.secret_access_key(),
        header(headers, "x-amz-security-token").map(str::to_string),
    );
    let expected = sigv4::sign(
        &SignableRequest {
            method: request.method,
            path_and_query: request.target,
            headers: &signed,
            body: request.body,
        },
        &SigningParams {
            credentials: &signing_key,
            region: auth.region,
            service: auth.service,
            time: signed_at,
        },
    );
    if expected.signed_headers != auth.signed_headers
        || !same_bytes(expected.signature.as_bytes(), auth.signature.as_bytes())
    {
        return Err(Refusal::invalid_signature(
            "the signature does not match the one computed from the bytes received: check \
             the secret access key and how the request is signed",
        ));
    }
    Ok(())
}

fn check_content_type(request: &Received<'_>, expect: &Expectation<'_>) -> Result<(), Refusal> {
    let sent = header(request.headers, "content-type");
    let fits = match (sent, expect.content_type) {
        (Some(sent), Some(want)) => sent == want,
        (Some(sent), None) => JSON_CONTENT_TYPES.contains(&sent),
        (None, _) => false,
    };
    if fits {
        return Ok(());
    }
    let want = expect
        .content_type
        .map_or_else(|| JSON_CONTENT_TYPES.join(" or "), str::to_string);
    Err(Refusal::new(
        400,
        "SerializationException",
        format!("Content-Type {sent:?} is not the operation's ({want})"),
    ))
}

/// The operation X-Amz-Target names.
fn check_target<'r>(request: &Received<'r>, expect: &Expectation<'_>) -> Result<&'r str, Refusal> {
    let unknown = |why: String| Refusal::new(400, "UnknownOperationException", why);
    let target = header(request.headers, "x-amz-target")
        .ok_or_else(|| unknown("the request has no X-Amz-Target header".into()))?;
    let (prefix, operation) = target
        .rsplit_once('.')
        .filter(|(p, o)| !p.is_empty() && !o.is_empty())
        .ok_or_else(|| unknown(format!("X-Amz-Target {target:?} is not Prefix.Operation")))?;
    if expect.target_prefix.is_some_and(|want| want != prefix) {
        return Err(unknown(format!(
            "X-Amz-Target {target:?} is not an operation of this service"
        )));
    }
    if expect
        .operations
        .is_some_and(|ops| !ops.contains(&operation))
    {
        return Err(unknown(format!("unknown operation {operation:?}")));
    }
    Ok(operation)
}

/// Compares without stopping at the first difference, so timing does not reveal how much
/// of a guessed signature was right.
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONTENT_TYPE: &str = "application/x-amz-json-1.1";
    const TARGET: &str = "AmazonAthena.GetSessionStatus";

    fn key() -> Credentials {
        Credentials::new("AKIDEXAMPLE", "secret", None)
    }

    fn expect(key: &Credentials) -> Expectation<'_> {
        Expectation {
            key: Some(key),
            signing_name: Some("athena"),
            target_prefix: Some("AmazonAthena"),
            operations: Some(&["GetSessionStatus"]),
            content_type: Some(CONTENT_TYPE),
        }
    }

    struct Owned {
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    }

    impl Owned {
        fn received(&self) -> Received<'_> {
            Received {
                method: "POST",
                target: "/",
                headers: &self.headers,
                body: &self.body,
            }
        }
        fn set(&mut self, name: &str, value: &str) {
            self.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
            self.headers.push((name.into(), value.into()));
        }
    }

    /// A request signed by the runtime's signer, as the client sends it.
    fn signed(credentials: &Credentials, time: DateTime, extra: &[(&str, &str)]) -> Owned {
        let mut headers = vec![
            ("host", "127.0.0.1:9"),
            ("content-type", CONTENT_TYPE),
            ("x-amz-target", TARGET),
        ];
        headers.extend_from_slice(extra);
        let body = br#"{"SessionId":"s"}"#;
        let out = sigv4::sign(
            &SignableRequest {
                method: "POST",
                path_and_query: "/",
                headers: &headers,
                body,
            },
            &SigningParams {
                credentials,
                region: "us-east-1",
                service: "athena",
                time,
            },
        );
        let mut all: Vec<(String, String)> = headers
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        all.extend(out.headers.iter().map(|(n, v)| (n.to_string(), v.clone())));
        Owned {
            headers: all,
            body: body.to_vec(),
        }
    }

    fn code(request: &Owned, key: &Credentials) -> &'static str {
        match check(&request.received(), &expect(key), DateTime::now()) {
            Ok(_) => "ok",
            Err(refusal) => refusal.code,
        }
    }

    #[test]
    fn a_well_signed_request_passes() {
        let request = signed(&key(), DateTime::now(), &[]);
        assert_eq!(
            check(&request.received(), &expect(&key()), DateTime::now()),
            Ok("GetSessionStatus")
        );
        let with_token = Credentials::new("AKIDEXAMPLE", "secret", Some("tok".into()));
        assert_eq!(
            code(&signed(&with_token, DateTime::now(), &[]), &key()),
            "ok"
        );
    }

    #[test]
    fn a_repeated_header_is_refused() {
        let mut request = signed(&key(), DateTime::now(), &[]);
        let authorization = header(&request.headers, "authorization")
            .unwrap()
            .to_string();
        request
            .headers
            .push(("Authorization".into(), authorization));
        assert_eq!(code(&request, &key()), "IncompleteSignatureException");
        let mut request = signed(&key(), DateTime::now(), &[]);
        request.headers.push(("Host".into(), "127.0.0.1:9".into()));
        assert_eq!(code(&request, &key()), "InvalidSignatureException");
    }

    #[test]
    fn a_required_header_left_unsigned_is_refused() {
        // Signed without X-Amz-Target, which is then sent anyway.
        let now = DateTime::now();
        let mut request = signed(&key(), now, &[]);
        let out = sigv4::sign(
            &SignableRequest {
                method: "POST",
                path_and_query: "/",
                headers: &[("host", "127.0.0.1:9"), ("content-type", CONTENT_TYPE)],
                body: &request.body,
            },
            &SigningParams {
                credentials: &key(),
                region: "us-east-1",
                service: "athena",
                time: now,
            },
        );
        request.set("Authorization", out.authorization());
        assert_eq!(code(&request, &key()), "IncompleteSignatureException");
        // A token sent but not signed.
        let mut request = signed(&key(), now, &[]);
        request.set("X-Amz-Security-Token", "tok");
        assert_eq!(code(&request, &key()), "IncompleteSignatureException");
    }

    #[test]
    fn other_bytes_than_signed_are_refused() {
        let now = DateTime::now();
        let mut request = signed(&key(), now, &[]);
        request.body = br#"{"SessionId":"t"}"#.to_vec();
        assert_eq!(code(&request, &key()), "InvalidSignatureException");
        let wrong = Credentials::new("AKIDEXAMPLE", "other", None);
        assert_eq!(
            code(&signed(&wrong, now, &[]), &key()),
            "InvalidSignatureException"
        );
        let stranger = Credentials::new("AKIDSTRANGER", "secret", None);
        assert_eq!(
            code(&signed(&stranger, now, &[]), &key()),
            "UnrecognizedClientException"
        );
        let then = DateTime::from_secs(now.secs() - 3600);
        assert_eq!(
            code(&signed(&key(), then, &[]), &key()),
            "InvalidSignatureException"
        );
    }

    #[test]
    fn the_operation_must_fit() {
        let now = DateTime::now();
        let request = signed(&key(), now, &[]);
        let mut bad_type = Owned {
            headers: request.headers.clone(),
            body: request.body.clone(),
        };
        bad_type.set("content-type", "application/json");
        // Re-signed, so only the content type is wrong.
        let resigned = |mut r: Owned| {
            let names = ["host", "content-type", "x-amz-target"];
            let values: Vec<(String, String)> = names
                .iter()
                .map(|n| (n.to_string(), header(&r.headers, n).unwrap().to_string()))
                .collect();
            let pairs: Vec<(&str, &str)> = values
                .iter()
                .map(|(n, v)| (n.as_str(), v.as_str()))
                .collect();
            let out = sigv4::sign(
                &SignableRequest {
                    method: "POST",
                    path_and_query: "/",
                    headers: &pairs,
                    body: &r.body,
                },
                &SigningParams {
                    credentials: &key(),
                    region: "us-east-1",
                    service: "athena",
                    time: now,
                },
            );
            for (n, v) in out.headers {
                r.set(n, &v);
            }
            r
        };
        assert_eq!(code(&resigned(bad_type), &key()), "SerializationException");
        let mut other_op = Owned {
            headers: request.headers.clone(),
            body: request.body.clone(),
        };
        other_op.set("x-amz-target", "AmazonAthena.DropEverything");
        assert_eq!(
            code(&resigned(other_op), &key()),
            "UnknownOperationException"
        );
    }

    #[test]
    fn unsigned_and_malformed_authorization_is_refused() {
        let mut request = signed(&key(), DateTime::now(), &[]);
        request
            .headers
            .retain(|(n, _)| !n.eq_ignore_ascii_case("authorization"));
        assert_eq!(
            code(&request, &key()),
            "MissingAuthenticationTokenException"
        );
        request.set("Authorization", "AWS4-HMAC-SHA256 Signature=00");
        assert_eq!(code(&request, &key()), "IncompleteSignatureException");
    }
}
