//! AWS Signature Version 4 for HTTP headers.
//!
//! Follows botocore's `SigV4Auth` (the reference the tests compare against): the canonical
//! URI is the path as sent with dot segments and repeated slashes removed, then percent-encoded
//! once more (non-S3 services see it encoded twice); the canonical query is decoded and
//! re-encoded with the RFC 3986 unreserved set, sorted by key then value; header values have
//! whitespace runs folded to one space and repeated headers joined with `,`; the payload hash
//! is the hex SHA-256 of the body (or the value of an `X-Amz-Content-SHA256` header).
//! `X-Amz-Date` and, for temporary credentials, `X-Amz-Security-Token` are signed too.
//!
//! Two botocore behaviours are not imitated, as our client never meets them: a `Date` header
//! is signed as given (botocore rewrites it and then omits X-Amz-Date), and a query that is
//! not already canonically encoded is signed in its re-encoded form (botocore signs it as
//! sent, which the service would not reproduce).

mod canonical;
mod key;
mod signer;

pub use key::derive_signing_key;
pub use signer::{sign, SignableRequest, Signer, SigningOutput, SigningParams};
