//! Checks a request's SigV4 `Authorization` header the way AWS does: sign the same request
//! again with the server's key and compare signatures.

use awsgen_runtime::sigv4::{self, SignableRequest, SigningParams};
use awsgen_runtime::{Credentials, DateTime};

use crate::server::Request;

/// The signing name requests must be scoped to.
const SERVICE: &str = "athena";

/// Lets the request in when it was signed with `key`; otherwise says why not.
pub fn verify(request: &Request, key: &Credentials) -> Result<(), String> {
    let header = request
        .header("authorization")
        .ok_or("the request is not signed")?;
    let rest = header
        .strip_prefix("AWS4-HMAC-SHA256 ")
        .ok_or("only AWS4-HMAC-SHA256 is accepted")?;
    let part = |name: &str| {
        rest.split(',')
            .map(str::trim)
            .find_map(|p| p.strip_prefix(name))
            .ok_or(format!("the Authorization header has no {name}"))
    };
    let (credential, signed_headers, signature) = (
        part("Credential=")?,
        part("SignedHeaders=")?,
        part("Signature=")?,
    );
    let scope: Vec<&str> = credential.split('/').collect();
    let [access_key_id, _day, region, service, "aws4_request"] = scope[..] else {
        return Err(format!("malformed credential scope {credential:?}"));
    };
    if access_key_id != key.access_key_id() || service != SERVICE {
        return Err(format!("unknown key or service in {credential:?}"));
    }
    let amz_date = request.header("x-amz-date").ok_or("no X-Amz-Date")?;
    let time = DateTime::parse(amz_date).ok_or("X-Amz-Date is not a date")?;
    // Re-sign what the client says it signed; the signer adds X-Amz-Date itself.
    let mut headers = Vec::new();
    for name in signed_headers.split(';').filter(|n| *n != "x-amz-date") {
        let value = request
            .header(name)
            .ok_or(format!("signed header {name} is missing"))?;
        headers.push((name, value));
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
            region,
            service: SERVICE,
            time,
        },
    );
    if expected.signed_headers != signed_headers || expected.signature != signature {
        return Err("the signature does not match".into());
    }
    Ok(())
}
