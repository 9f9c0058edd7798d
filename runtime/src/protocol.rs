//! What generated code tells the runtime about a service and an operation, and how an
//! awsJson error response is read.

use crate::error::{snippet, ErrorMetadata, UnreadableResponse};

/// The awsJson protocol version, which decides the Content-Type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonVersion {
    V1_0,
    V1_1,
}

impl JsonVersion {
    pub fn content_type(self) -> &'static str {
        match self {
            JsonVersion::V1_0 => "application/x-amz-json-1.0",
            JsonVersion::V1_1 => "application/x-amz-json-1.1",
        }
    }
}

/// A service, as its model's service shape describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceSpec {
    /// The prefix of `X-Amz-Target`: the service shape's name (`AmazonAthena`).
    pub target_prefix: &'static str,
    pub json_version: JsonVersion,
    /// The SigV4 signing name (`aws.auth#sigv4` name).
    pub signing_name: &'static str,
    /// The host prefix (`aws.api#service` endpointPrefix).
    pub endpoint_prefix: &'static str,
    /// The SDK id (`aws.api#service` sdkId), which names the `AWS_ENDPOINT_URL_<SERVICE>` variable.
    pub sdk_id: &'static str,
    /// The model's endpoint rule set (`smithy.rules#endpointRuleSet`) as JSON text, evaluated
    /// once per client; without one the endpoint is `https://{endpoint_prefix}.{region}.{dns suffix}`.
    pub endpoint_rules: Option<&'static str>,
}

/// One operation of a service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationSpec {
    pub service: &'static ServiceSpec,
    /// The operation's shape name: the second half of `X-Amz-Target`.
    pub name: &'static str,
}

/// The path the output of `operation` is reported under in deserialization errors.
pub fn output_path(operation: &OperationSpec) -> String {
    format!("{}Response", operation.name)
}

/// The first header named `name` (ASCII case-insensitive): [`crate::http::header`].
pub use crate::http::header;

/// The `x-amzn-RequestId` header, when present.
pub fn request_id(headers: &[(&str, &str)]) -> Option<String> {
    header(headers, "x-amzn-requestid").map(str::to_string)
}

/// Reduces a wire error code to the shape name: drops a `:http://...` suffix, then a
/// `namespace#` prefix (`aws.protocoltests#FooError:http://x` → `FooError`).
pub fn sanitize_error_code(raw: &str) -> &str {
    let without_suffix = raw.split(':').next().unwrap_or(raw);
    let name = match without_suffix.rfind('#') {
        Some(i) => &without_suffix[i + 1..],
        None => without_suffix,
    };
    name.trim()
}

/// The error code of an awsJson error response: the `x-amzn-ErrorType` header, else the
/// body's `__type`, else its `code`; sanitized. `None` when none is present.
pub fn error_code(headers: &[(&str, &str)], body: Option<&serde_json::Value>) -> Option<String> {
    let from_header = header(headers, "x-amzn-errortype");
    let from_body = || {
        let object = body?.as_object()?;
        ["__type", "code"]
            .iter()
            .find_map(|key| object.get(*key)?.as_str())
    };
    let raw = from_header.or_else(from_body)?;
    let code = sanitize_error_code(raw);
    (!code.is_empty()).then(|| code.to_string())
}

/// The message of an error body: `message`, `Message` or `errorMessage`.
pub fn error_message(body: &serde_json::Value) -> Option<String> {
    let object = body.as_object()?;
    ["message", "Message", "errorMessage"]
        .iter()
        .find_map(|key| object.get(*key)?.as_str())
        .map(str::to_string)
}

/// What a non-2xx response turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorResponse {
    /// A service error: its metadata and its JSON body (`None` when the body was not JSON).
    Service {
        meta: ErrorMetadata,
        body: Option<serde_json::Value>,
    },
    /// Neither a JSON error nor a recognisable error code: the status and body start.
    Unreadable(UnreadableResponse),
}

/// Reads a non-2xx awsJson response.
///
/// An empty body counts as `{}`. A body that is not a JSON object (an HTML error page, the
/// XML some auth front ends send) still makes a service error when a code can be found, in
/// the header or in an XML `<Code>` element; its message is then the XML `<Message>` or the
/// start of the body. Without any code it is [`ErrorResponse::Unreadable`].
pub fn parse_error(status: u16, headers: &[(&str, &str)], body: &[u8]) -> ErrorResponse {
    let request_id = request_id(headers);
    let json = if body.iter().all(u8::is_ascii_whitespace) {
        Some(serde_json::Value::Object(serde_json::Map::new()))
    } else {
        serde_json::from_slice::<serde_json::Value>(body)
            .ok()
            .filter(serde_json::Value::is_object)
    };
    if let Some(json) = json {
        let meta = ErrorMetadata {
            code: error_code(headers, Some(&json)).unwrap_or_default(),
            message: error_message(&json),
            request_id,
            status,
        };
        return ErrorResponse::Service {
            meta,
            body: Some(json),
        };
    }
    let text = String::from_utf8_lossy(body);
    let code = error_code(headers, None)
        .or_else(|| xml_element(&text, "Code").map(|c| sanitize_error_code(c).to_string()))
        .filter(|c| !c.is_empty());
    match code {
        Some(code) => {
            let message = xml_element(&text, "Message")
                .map(str::to_string)
                .unwrap_or_else(|| snippet(body, UnreadableResponse::SNIPPET_LEN));
            ErrorResponse::Service {
                meta: ErrorMetadata {
                    code,
                    message: Some(message),
                    request_id,
                    status,
                },
                body: None,
            }
        }
        None => {
            let mut unreadable =
                UnreadableResponse::new(status, "error response without a JSON body", body);
            unreadable.request_id = request_id;
            ErrorResponse::Unreadable(unreadable)
        }
    }
}

/// The text of the first `<name>...</name>` element, trimmed; enough for the small XML
/// error documents of auth front ends, not a general XML reader.
fn xml_element<'t>(text: &'t str, name: &str) -> Option<&'t str> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    let start = text.find(&open)? + open.len();
    let len = text[start..].find(&close)?;
    let value = text[start..start + len].trim();
    (!value.is_empty() && !value.contains('<')).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitizes_codes() {
        assert_eq!(sanitize_error_code("FooError"), "FooError");
        assert_eq!(
            sanitize_error_code("aws.protocoltests#FooError"),
            "FooError"
        );
        assert_eq!(
            sanitize_error_code("a.b#FooError:http://internal.amazon.com/coral/x/"),
            "FooError"
        );
        assert_eq!(sanitize_error_code("FooError:http://x#y"), "FooError");
    }

    #[test]
    fn header_code_wins_over_body() {
        let headers = [("X-Amzn-ErrorType", "HeaderError")];
        let body = br#"{"__type":"BodyError","message":"m"}"#;
        match parse_error(400, &headers, body) {
            ErrorResponse::Service { meta, body } => {
                assert_eq!(meta.code, "HeaderError");
                assert_eq!(meta.message.as_deref(), Some("m"));
                assert!(body.is_some());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn xml_auth_error_gives_code_and_message() {
        let body = b"<ErrorResponse><Error><Code>SignatureDoesNotMatch</Code>\
            <Message>bad sig</Message></Error></ErrorResponse>";
        match parse_error(403, &[("x-amzn-RequestId", "r1")], body) {
            ErrorResponse::Service { meta, body } => {
                assert_eq!(meta.code, "SignatureDoesNotMatch");
                assert_eq!(meta.message.as_deref(), Some("bad sig"));
                assert_eq!(meta.request_id.as_deref(), Some("r1"));
                assert_eq!(meta.status, 403);
                assert!(body.is_none());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn html_page_without_code_is_unreadable() {
        let body = b"<html><body><h1>500 Internal Server Error</h1></body></html>";
        match parse_error(500, &[], body) {
            ErrorResponse::Unreadable(u) => {
                assert_eq!(u.status, 500);
                assert!(u.snippet.contains("500 Internal Server Error"), "{u:?}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn empty_body_uses_header_code() {
        match parse_error(500, &[("x-amzn-errortype", "FooError:http://x")], b"") {
            ErrorResponse::Service { meta, .. } => assert_eq!(meta.code, "FooError"),
            other => panic!("{other:?}"),
        }
    }
}
