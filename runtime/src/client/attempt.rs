//! One attempt: the signed request, sent once, and its answer sorted into success or a
//! failure the retry loop can classify.

use std::time::Duration;

use super::call::Route;
use super::response::{RawServiceError, RawSuccess};
use super::Client;
use crate::credentials::CredentialsError;
use crate::endpoint::EndpointUrl;
use crate::error::{ConfigError, Error, TimeoutError, TimeoutKind, TransportError};
use crate::http::{set_header, HttpError, HttpErrorKind, HttpRequest};
use crate::protocol::{self, ErrorResponse, OperationSpec};
use crate::retry;
use crate::sigv4::{SignableRequest, SigningParams};
use crate::time::DateTime;

/// One attempt's failure, with the wait the service asked for.
pub(super) struct Failure<E> {
    pub(super) error: Error<E>,
    pub(super) retry_after: Option<Duration>,
}

impl<E> From<Error<E>> for Failure<E> {
    fn from(error: Error<E>) -> Self {
        Failure {
            error,
            retry_after: None,
        }
    }
}

impl Client {
    /// One signed request and its response, bounded by the attempt timeout.
    pub(super) async fn attempt(
        &self,
        op: &OperationSpec,
        route: &Route,
        body: &bytes::Bytes,
        span: &tracing::Span,
    ) -> Result<RawSuccess, Failure<RawServiceError>> {
        let inner = &self.inner;
        #[cfg(feature = "test-util")]
        if let Some(stub) = &inner.stub {
            return super::stubbed::attempt(stub, op, body);
        }
        let request = self
            .signed_request(op, route, body)
            .await
            .map_err(Error::NoCredentials)?;
        let limit = inner.attempt_timeout;
        let response = match tokio::time::timeout(limit, inner.http.send(request)).await {
            Ok(result) => result.map_err(|e| self.transport_error(e, &route.url))?,
            Err(_) => {
                return Err(Error::Timeout(TimeoutError {
                    kind: TimeoutKind::Attempt,
                    after: limit,
                })
                .into())
            }
        };
        let status = response.status;
        let bytes = response.body;
        let headers: Vec<(&str, &str)> = response
            .headers
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        span.record("status", status);
        if let Some(id) = protocol::request_id(&headers) {
            span.record("request_id", id.as_str());
        }
        if (200..300).contains(&status) {
            Ok(RawSuccess {
                status,
                request_id: protocol::request_id(&headers),
                body: bytes,
                #[cfg(feature = "test-util")]
                stubbed: None,
            })
        } else {
            let error = match protocol::parse_error(status, &headers, &bytes) {
                ErrorResponse::Service { meta, body } => Error::Service(RawServiceError {
                    meta,
                    body,
                    #[cfg(feature = "test-util")]
                    stubbed: None,
                }),
                ErrorResponse::Unreadable(unreadable) => Error::UnreadableResponse(unreadable),
            };
            Err(Failure {
                error,
                retry_after: retry::retry_after_hint(&headers),
            })
        }
    }

    fn transport_error<E>(&self, error: HttpError, endpoint: &EndpointUrl) -> Error<E> {
        let doing = match error.kind() {
            HttpErrorKind::ConnectTimeout => {
                return Error::Timeout(TimeoutError {
                    kind: TimeoutKind::Connect,
                    after: self.inner.connect_timeout,
                })
            }
            HttpErrorKind::InvalidRequest => {
                // Nothing was sent and no retry would fare better (a header value with a
                // newline, say): a configuration problem, not a network one.
                let source = error.into_source();
                let mut why = source.to_string();
                let mut cause = source.source();
                while let Some(c) = cause {
                    why.push_str(&format!(": {c}"));
                    cause = c.source();
                }
                return Error::Config(ConfigError::new(format!(
                    "the request to {} could not be built: {why}",
                    endpoint.url
                )));
            }
            HttpErrorKind::Connect => "connecting to",
            HttpErrorKind::Read => "reading the response from",
            _ => "sending the request to",
        };
        Error::Transport(TransportError {
            context: format!("{doing} {}", endpoint.url),
            source: error.into_source(),
        })
    }

    /// The request as it goes on the wire: one header list, each name once. The operation's
    /// headers and the endpoint's are signed; signing's own (X-Amz-Date,
    /// X-Amz-Security-Token, Authorization) are set last, replacing any of the same name.
    async fn signed_request(
        &self,
        op: &OperationSpec,
        route: &Route,
        body: &bytes::Bytes,
    ) -> Result<HttpRequest, CredentialsError> {
        let inner = &self.inner;
        // Asked every attempt: a provider may have refreshed expiring credentials.
        let credentials = inner.credentials.provide_credentials().await?;
        let target = format!("{}.{}", op.service.target_prefix, op.name);
        let mut headers: Vec<(String, String)> = Vec::with_capacity(8);
        set_header(&mut headers, "host".into(), route.url.host.clone());
        set_header(
            &mut headers,
            "content-type".into(),
            op.service.json_version.content_type().into(),
        );
        set_header(&mut headers, "x-amz-target".into(), target);
        for (name, value) in route.endpoint.header_list() {
            set_header(&mut headers, name.to_string(), value);
        }
        // The rules' sigv4 auth scheme decides the signing name and region when it says.
        let (signing_name, signing_region) = route.endpoint.sigv4_overrides();
        let signable: Vec<(&str, &str)> = headers
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        let signing = inner.signer.sign(
            &SignableRequest {
                method: "POST",
                path_and_query: &route.url.path_and_query,
                headers: &signable,
                body,
            },
            &SigningParams {
                credentials: &credentials,
                region: signing_region.unwrap_or(&inner.region),
                service: signing_name.unwrap_or(op.service.signing_name),
                time: DateTime::now(),
            },
        );
        let mut request = HttpRequest::new("POST", route.url.url.as_str()).with_body(body.clone());
        request.headers = headers;
        for (name, value) in signing.headers {
            request.set_header(name, value);
        }
        Ok(request)
    }
}
