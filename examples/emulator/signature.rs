//! Checks a request's SigV4 `Authorization` header against the emulator's key by signing the
//! same request again with the runtime's signer and comparing the signatures.

use awsgen_runtime::sigv4::{self, SignableRequest, SigningParams};
use awsgen_runtime::{Credentials, DateTime};

use super::http::Request;

const ALGORITHM: &str = "AWS4-HMAC-SHA256";
/// The signing name requests must be scoped to.
pub const SERVICE: &str = "athena";
/// How far the request's X-Amz-Date may be from the emulator's clock, as AWS allows.
const MAX_CLOCK_SKEW_SECS: i64 = 15 * 60;

/// Why a request was not let in. Each maps to the error code AWS answers with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthError {
    /// No `Authorization` header at all.
    Missing,
    /// The header is there but lacks parts, or uses another algorithm.
    Incomplete(String),
    /// The access key id is not the emulator's.
    UnknownKey,
    /// The signature, its scope or its date is wrong.
    BadSignature(String),
}

impl AuthError {
    /// The AWS error code for this refusal.
    pub fn code(&self) -> &'static str {
        match self {
            AuthError::Missing => "MissingAuthenticationTokenException",
            AuthError::Incomplete(_) => "IncompleteSignatureException",
            AuthError::UnknownKey => "UnrecognizedClientException",
            AuthError::BadSignature(_) => "InvalidSignatureException",
        }
    }

    pub fn message(&self) -> String {
        match self {
            AuthError::Missing => "the request is not signed (no Authorization header)".into(),
            AuthError::Incomplete(why) => format!("the Authorization header is incomplete: {why}"),
            AuthError::UnknownKey => {
                "the access key id in the request is not known to this emulator".into()
            }
            AuthError::BadSignature(why) => why.clone(),
        }
    }
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

fn parse_authorization(value: &str) -> Result<Authorization<'_>, AuthError> {
    let incomplete = |why: &str| AuthError::Incomplete(why.to_string());
    let rest = value
        .strip_prefix(ALGORITHM)
        .and_then(|r| r.strip_prefix(' '))
        .ok_or_else(|| incomplete("only AWS4-HMAC-SHA256 is supported"))?;
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
    let credential = credential.ok_or_else(|| incomplete("no Credential"))?;
    let signed_headers = signed_headers.ok_or_else(|| incomplete("no SignedHeaders"))?;
    let signature = signature.ok_or_else(|| incomplete("no Signature"))?;
    let scope: Vec<&str> = credential.split('/').collect();
    let [access_key_id, day, region, service, terminator] = scope[..] else {
        return Err(incomplete(
            "Credential is not key/day/region/service/aws4_request",
        ));
    };
    if terminator != "aws4_request" {
        return Err(incomplete("the credential scope must end in aws4_request"));
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

/// Lets the request in when it was signed with `key` within the allowed clock skew of `now`.
pub fn verify(request: &Request, key: &Credentials, now: DateTime) -> Result<(), AuthError> {
    let bad = |why: String| AuthError::BadSignature(why);
    let header = request.header("authorization").ok_or(AuthError::Missing)?;
    let auth = parse_authorization(header)?;
    if auth.access_key_id != key.access_key_id() {
        return Err(AuthError::UnknownKey);
    }
    if auth.service != SERVICE {
        return Err(bad(format!(
            "the credential is scoped to service {:?}; it must be {SERVICE:?}",
            auth.service
        )));
    }
    let amz_date = request
        .header("x-amz-date")
        .ok_or_else(|| bad("the request has no X-Amz-Date header".into()))?;
    let signed_at = DateTime::parse(amz_date)
        .ok_or_else(|| bad(format!("X-Amz-Date {amz_date:?} is not a date")))?;
    if signed_at.amz_day() != auth.day {
        return Err(bad(format!(
            "the credential scope's day {} is not the day of X-Amz-Date {amz_date}",
            auth.day
        )));
    }
    if (now.secs() - signed_at.secs()).abs() > MAX_CLOCK_SKEW_SECS {
        return Err(bad(format!(
            "the signature has expired or is from the future: signed at {amz_date}, now {}",
            now.amz_date()
        )));
    }

    // Re-sign exactly what the client said it signed. X-Amz-Date is left out: the signer
    // adds it from `signed_at`.
    let names: Vec<&str> = auth.signed_headers.split(';').collect();
    if !names.contains(&"host") {
        return Err(bad("the Host header must be signed".into()));
    }
    let mut headers = Vec::new();
    for name in names.iter().copied().filter(|n| *n != "x-amz-date") {
        let before = headers.len();
        headers.extend(
            request
                .headers
                .iter()
                .filter(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(n, v)| (n.as_str(), v.as_str())),
        );
        if headers.len() == before {
            return Err(bad(format!("signed header {name:?} is not in the request")));
        }
    }
    let expected = sigv4::sign(
        &SignableRequest {
            method: &request.method,
            path_and_query: &request.target,
            headers: &headers,
            body: &request.body,
        },
        &SigningParams {
            credentials: key,
            region: auth.region,
            service: SERVICE,
            time: signed_at,
        },
    );
    if expected.signed_headers != auth.signed_headers
        || !same_bytes(expected.signature.as_bytes(), auth.signature.as_bytes())
    {
        return Err(bad(
            "the signature does not match the one computed for this request: check the secret \
             access key and how the request is signed"
                .into(),
        ));
    }
    Ok(())
}

/// Compares without stopping at the first difference, so timing does not reveal how much
/// of a guessed signature was right.
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> Credentials {
        Credentials::new("AKIDEXAMPLE", "secret", None)
    }

    /// A request signed by the runtime's signer, as the client sends it.
    fn signed(credentials: &Credentials, time: DateTime) -> Request {
        let headers = [
            ("host", "127.0.0.1:9"),
            ("content-type", "application/x-amz-json-1.1"),
            ("x-amz-target", "AmazonAthena.GetSessionStatus"),
        ];
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
                service: SERVICE,
                time,
            },
        );
        let mut all: Vec<(String, String)> = headers
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        all.extend(out.headers.iter().map(|(n, v)| (n.to_string(), v.clone())));
        Request {
            method: "POST".into(),
            target: "/".into(),
            headers: all,
            body: body.to_vec(),
        }
    }

    #[test]
    fn the_right_key_is_let_in() {
        let now = DateTime::now();
        assert_eq!(verify(&signed(&key(), now), &key(), now), Ok(()));
    }

    #[test]
    fn a_wrong_secret_is_a_bad_signature() {
        let now = DateTime::now();
        let wrong = Credentials::new("AKIDEXAMPLE", "other", None);
        let err = verify(&signed(&wrong, now), &key(), now).unwrap_err();
        assert_eq!(err.code(), "InvalidSignatureException");
    }

    #[test]
    fn an_unknown_key_id_is_unrecognized() {
        let now = DateTime::now();
        let stranger = Credentials::new("AKIDSTRANGER", "secret", None);
        let err = verify(&signed(&stranger, now), &key(), now).unwrap_err();
        assert_eq!(err.code(), "UnrecognizedClientException");
    }

    #[test]
    fn a_tampered_body_is_a_bad_signature() {
        let now = DateTime::now();
        let mut request = signed(&key(), now);
        request.body = br#"{"SessionId":"t"}"#.to_vec();
        assert_eq!(
            verify(&request, &key(), now).unwrap_err().code(),
            "InvalidSignatureException"
        );
    }

    #[test]
    fn an_old_signature_has_expired() {
        let now = DateTime::now();
        let then = DateTime::from_secs(now.secs() - 3600);
        assert_eq!(
            verify(&signed(&key(), then), &key(), now)
                .unwrap_err()
                .code(),
            "InvalidSignatureException"
        );
    }

    #[test]
    fn unsigned_and_malformed_headers_are_refused() {
        let now = DateTime::now();
        let mut request = signed(&key(), now);
        request
            .headers
            .retain(|(n, _)| !n.eq_ignore_ascii_case("authorization"));
        assert_eq!(verify(&request, &key(), now), Err(AuthError::Missing));
        request.headers.push((
            "Authorization".into(),
            "AWS4-HMAC-SHA256 Signature=00".into(),
        ));
        assert_eq!(
            verify(&request, &key(), now).unwrap_err().code(),
            "IncompleteSignatureException"
        );
    }
}
