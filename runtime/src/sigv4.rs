//! AWS Signature Version 4 for HTTP headers.
