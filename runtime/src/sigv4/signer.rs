//! The signer: string to sign, signature, and the headers that carry them.

use ring::{digest, hmac};

use super::canonical::{canonical_request, push_hex};
use super::key::{derive_signing_key, hmac_key, KeyCache};
use crate::http::header;
use crate::identity::Credentials;
use crate::time::DateTime;

const ALGORITHM: &str = "AWS4-HMAC-SHA256";

/// Who signs, and for which scope and instant.
#[derive(Debug, Clone, Copy)]
pub struct SigningParams<'a> {
    pub credentials: &'a Credentials,
    pub region: &'a str,
    pub service: &'a str,
    pub time: DateTime,
}

/// The parts of an HTTP request that SigV4 covers.
#[derive(Debug, Clone, Copy)]
pub struct SignableRequest<'a> {
    pub method: &'a str,
    /// Path and query exactly as sent, e.g. "/" or "/?a=b" (no scheme/host)
    pub path_and_query: &'a str,
    /// Headers that will be sent and signed, including Host (name, value). user-agent and the
    /// other headers botocore never signs are skipped by the signer. An `Authorization` or
    /// `X-Amz-Date` header given here (and `X-Amz-Security-Token` when the credentials carry
    /// a token) is ignored: the signer replaces it, so the caller must not send it.
    pub headers: &'a [(&'a str, &'a str)],
    pub body: &'a [u8],
}

/// A signature and everything it was computed from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SigningOutput {
    /// The headers to set on the request, each replacing any of the same name: X-Amz-Date,
    /// X-Amz-Security-Token (temporary credentials), Authorization. The only place the
    /// signature reaches the request from.
    pub headers: Vec<(&'static str, String)>,
    pub signature: String,
    pub signed_headers: String,
    pub credential_scope: String,
    pub canonical_request: String,
    pub string_to_sign: String,
}

impl SigningOutput {
    /// The Authorization header's value (from [`SigningOutput::headers`]).
    pub fn authorization(&self) -> &str {
        header(&self.headers, "authorization").unwrap_or_default()
    }
}

/// Signs requests, remembering the last derived signing key: a client signs many requests
/// for the same secret, day, region and service.
#[derive(Default)]
pub struct Signer {
    keys: KeyCache,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signer").finish_non_exhaustive()
    }
}

impl Signer {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn sign(&self, req: &SignableRequest<'_>, params: &SigningParams<'_>) -> SigningOutput {
        sign_with(req, params, &|day, string_to_sign| {
            let key = self.keys.key(
                params.credentials.secret_access_key(),
                day,
                params.region,
                params.service,
            );
            hmac::sign(&key, string_to_sign)
        })
    }
}

/// Signs one request without a key cache.
pub fn sign(req: &SignableRequest<'_>, params: &SigningParams<'_>) -> SigningOutput {
    sign_with(req, params, &|day, string_to_sign| {
        let key = derive_signing_key(
            params.credentials.secret_access_key(),
            day,
            params.region,
            params.service,
        );
        hmac::sign(&hmac_key(&key), string_to_sign)
    })
}

fn sign_with(
    req: &SignableRequest<'_>,
    params: &SigningParams<'_>,
    // The HMAC of the string to sign (second argument) with the key for the day (first);
    // `dyn`, so one copy of the signer serves both callers.
    sign_string: &dyn Fn(&str, &[u8]) -> hmac::Tag,
) -> SigningOutput {
    let amz_date = params.time.amz_date();
    let day = &amz_date[..8];
    // An empty token counts as none, as in botocore.
    let token = params.credentials.session_token().filter(|t| !t.is_empty());
    let canonical = canonical_request(req, &amz_date, token);
    let (canonical_request, signed_headers) = (canonical.text, canonical.signed_headers);

    let credential_scope = [
        day,
        "/",
        params.region,
        "/",
        params.service,
        "/aws4_request",
    ]
    .concat();
    let mut string_to_sign = String::with_capacity(ALGORITHM.len() + credential_scope.len() + 90);
    for part in [ALGORITHM, "\n", &amz_date, "\n", &credential_scope, "\n"] {
        string_to_sign.push_str(part);
    }
    push_hex(
        digest::digest(&digest::SHA256, canonical_request.as_bytes()).as_ref(),
        &mut string_to_sign,
    );
    let tag = sign_string(day, string_to_sign.as_bytes());
    let mut signature = String::with_capacity(64);
    push_hex(tag.as_ref(), &mut signature);

    let authorization: String = [
        ALGORITHM,
        " Credential=",
        params.credentials.access_key_id(),
        "/",
        &credential_scope,
        ", SignedHeaders=",
        &signed_headers,
        ", Signature=",
        &signature,
    ]
    .concat();

    let mut headers = Vec::with_capacity(3);
    headers.push(("X-Amz-Date", amz_date));
    if let Some(token) = token {
        headers.push(("X-Amz-Security-Token", token.to_owned()));
    }
    headers.push(("Authorization", authorization));
    SigningOutput {
        headers,
        signature,
        signed_headers,
        credential_scope,
        canonical_request,
        string_to_sign,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    fn params<'a>(credentials: &'a Credentials, region: &'a str, secs: i64) -> SigningParams<'a> {
        SigningParams {
            credentials,
            region,
            service: "service",
            time: DateTime::from_secs(secs),
        }
    }

    /// 2015-08-30T12:36:00Z, the suite's instant.
    const SUITE_TIME: i64 = 1_440_938_160;

    fn vanilla() -> SignableRequest<'static> {
        SignableRequest {
            method: "GET",
            path_and_query: "/",
            headers: &[("Host", "example.amazonaws.com")],
            body: b"",
        }
    }

    #[test]
    fn signs_the_suite_vanilla_request() {
        let creds = Credentials::new("AKIDEXAMPLE", SECRET, None);
        let out = sign(&vanilla(), &params(&creds, "us-east-1", SUITE_TIME));
        assert_eq!(
            out.authorization(),
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, \
             SignedHeaders=host;x-amz-date, \
             Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        );
        assert_eq!(out.signed_headers, "host;x-amz-date");
        assert_eq!(
            out.credential_scope,
            "20150830/us-east-1/service/aws4_request"
        );
        assert_eq!(
            out.headers,
            [
                ("X-Amz-Date", "20150830T123600Z".to_owned()),
                ("Authorization", out.authorization().to_owned())
            ]
        );
    }

    #[test]
    fn signs_and_adds_the_session_token() {
        let creds = Credentials::new("AKIDEXAMPLE", SECRET, Some("tok".into()));
        let out = sign(&vanilla(), &params(&creds, "us-east-1", SUITE_TIME));
        assert_eq!(out.signed_headers, "host;x-amz-date;x-amz-security-token");
        assert!(out
            .canonical_request
            .contains("\nx-amz-security-token:tok\n"));
        assert_eq!(out.headers[1], ("X-Amz-Security-Token", "tok".to_owned()));
        // An empty token is no token.
        let creds = Credentials::new("AKIDEXAMPLE", SECRET, Some(String::new()));
        let out = sign(&vanilla(), &params(&creds, "us-east-1", SUITE_TIME));
        assert_eq!(out.signed_headers, "host;x-amz-date");
        assert_eq!(out.headers.len(), 2);
    }

    #[test]
    fn canonicalizes_headers() {
        let creds = Credentials::new("AKID", SECRET, None);
        let req = SignableRequest {
            method: "post",
            path_and_query: "/",
            headers: &[
                ("Host", "h"),
                ("User-Agent", "never signed"),
                ("X-Amzn-Trace-Id", "never signed"),
                ("X-Amz-Date", "replaced"),
                ("Authorization", "replaced"),
                ("My-Header", "  a   b\t c  "),
                ("my-header", "second"),
                (
                    "X-Amz-Security-Token",
                    "signed as given without a token in the credentials",
                ),
            ],
            body: b"{}",
        };
        let out = sign(&req, &params(&creds, "us-east-1", SUITE_TIME));
        let expected_headers = "host:h\nmy-header:a b c,second\nx-amz-date:20150830T123600Z\n\
             x-amz-security-token:signed as given without a token in the credentials\n";
        assert!(
            out.canonical_request
                .starts_with(&format!("POST\n/\n\n{expected_headers}\n")),
            "{}",
            out.canonical_request
        );
        assert_eq!(
            out.signed_headers,
            "host;my-header;x-amz-date;x-amz-security-token"
        );
        assert!(out
            .canonical_request
            .ends_with("\n44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"));
    }

    #[test]
    fn content_sha256_header_replaces_the_payload_hash() {
        let creds = Credentials::new("AKID", SECRET, None);
        let req = SignableRequest {
            method: "PUT",
            path_and_query: "/",
            headers: &[("Host", "h"), ("x-amz-content-sha256", "UNSIGNED-PAYLOAD")],
            body: b"ignored",
        };
        let out = sign(&req, &params(&creds, "us-east-1", SUITE_TIME));
        assert!(out.canonical_request.ends_with("\nUNSIGNED-PAYLOAD"));
    }

    #[test]
    fn cache_never_reuses_a_key_for_other_inputs() {
        let signer = Signer::new();
        let req = vanilla();
        let a = Credentials::new("AKID", SECRET, None);
        let b = Credentials::new("AKID", "another secret", None);
        let day = 86_400;
        let cases = [
            (&a, "us-east-1", SUITE_TIME),
            (&a, "us-east-1", SUITE_TIME + 60), // same day: cached key
            (&b, "us-east-1", SUITE_TIME),
            (&a, "eu-west-1", SUITE_TIME),
            (&a, "us-east-1", SUITE_TIME + day),
            (&a, "us-east-1", SUITE_TIME),
        ];
        for (creds, region, secs) in cases {
            let p = params(creds, region, secs);
            assert_eq!(signer.sign(&req, &p), sign(&req, &p), "{region} {secs}");
        }
        let p = SigningParams {
            service: "other",
            ..params(&a, "us-east-1", SUITE_TIME)
        };
        assert_eq!(signer.sign(&req, &p), sign(&req, &p));
    }
}
