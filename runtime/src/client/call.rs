//! One operation call: its timeout, its retry loop, and where its requests go.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use tracing::Instrument;

use super::response::{RawServiceError, RawSuccess};
use super::Client;
use crate::endpoint::{self, Endpoint, EndpointUrl};
use crate::error::{ConfigError, Error, TimeoutError, TimeoutKind};
use crate::protocol::{OperationSpec, ServiceSpec};
use crate::random::Random;
use crate::retry;
use crate::settings::Settings;

/// A service's resolved endpoint with its URL split for sending and signing.
#[derive(Debug)]
pub(super) struct Route {
    pub(super) endpoint: Endpoint,
    pub(super) url: EndpointUrl,
}

impl Route {
    fn resolve(
        service: &ServiceSpec,
        region: &str,
        explicit: Option<&str>,
        settings: &Settings,
    ) -> Result<Route, ConfigError> {
        let endpoint = endpoint::resolve_with(service, region, explicit, settings)?;
        // resolve() checked the URL already; a failure here would be a bug, reported anyway.
        let url = EndpointUrl::parse(&endpoint.url).map_err(|why| {
            ConfigError::new(format!("endpoint {:?} is not usable: {why}", endpoint.url))
        })?;
        Ok(Route { endpoint, url })
    }
}

impl Client {
    /// Signs, sends and retries one operation within the operation timeout; the 2xx answer
    /// or the last error, not yet read as the operation's types.
    ///
    /// Boxed because an `async fn`'s state machine is compiled in every crate that awaits it:
    /// behind `dyn Future`, the HTTP, TLS and retry machinery is compiled once, in this crate,
    /// and a user's crate only polls it (one allocation per call).
    pub(super) fn send<'a>(
        &'a self,
        op: &'a OperationSpec,
        body: String,
    ) -> Pin<Box<dyn Future<Output = Result<RawSuccess, Error<RawServiceError>>> + Send + 'a>> {
        Box::pin(self.send_within_timeout(op, body))
    }

    async fn send_within_timeout(
        &self,
        op: &OperationSpec,
        body: String,
    ) -> Result<RawSuccess, Error<RawServiceError>> {
        let limit = self.inner.operation_timeout;
        // Spans carry names, counts, statuses and request ids only: never a header or body.
        let span = tracing::debug_span!(
            "awsgen.call",
            service = op.service.sdk_id,
            operation = op.name,
            attempts = tracing::field::Empty,
        );
        let call = self
            // Shared, not copied, by each attempt's request.
            .call_with_retries(op, bytes::Bytes::from(body), &span)
            .instrument(span.clone());
        match tokio::time::timeout(limit, call).await {
            Ok(result) => result,
            Err(_) => Err(Error::Timeout(TimeoutError {
                kind: TimeoutKind::Operation,
                after: limit,
            })),
        }
    }

    async fn call_with_retries(
        &self,
        op: &OperationSpec,
        body: bytes::Bytes,
        span: &tracing::Span,
    ) -> Result<RawSuccess, Error<RawServiceError>> {
        let inner = &self.inner;
        let route = self.route(op.service).map_err(Error::Config)?;
        let mut last_retry_cost = None;
        let mut retry = 0;
        loop {
            let attempt_span = tracing::debug_span!(
                "awsgen.attempt",
                attempt = retry + 1,
                status = tracing::field::Empty,
                request_id = tracing::field::Empty,
            );
            span.record("attempts", retry + 1);
            let outcome = self
                .attempt(op, &route, &body, &attempt_span)
                .instrument(attempt_span.clone())
                .await;
            let failure = match outcome {
                Ok(output) => {
                    inner.quota.on_success(last_retry_cost);
                    return Ok(output);
                }
                Err(failure) => failure,
            };
            let attempts_made = retry + 1;
            let Some(kind) = retry::classify(&failure.error) else {
                return Err(failure.error);
            };
            if attempts_made >= inner.max_attempts {
                return Err(failure.error);
            }
            // An empty quota means the service is struggling: fail fast instead of piling on.
            let Some(cost) = inner.quota.try_acquire(kind) else {
                return Err(failure.error);
            };
            last_retry_cost = Some(cost);
            let wait = failure.retry_after.unwrap_or_else(|| {
                retry::backoff(inner.initial_backoff, retry, Random::shared().next_f64())
            });
            tokio::time::sleep(wait).await;
            retry += 1;
        }
    }

    /// Where `service`'s requests go, resolved once per client.
    fn route(&self, service: &'static ServiceSpec) -> Result<Arc<Route>, ConfigError> {
        let inner = &self.inner;
        let mut cache = inner
            .routes
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((_, route)) = cache
            .iter()
            .find(|(s, _)| std::ptr::eq(*s, service) || *s == service)
        {
            return Ok(route.clone());
        }
        let route = Arc::new(Route::resolve(
            service,
            &inner.region,
            inner.endpoint_url.as_deref(),
            &inner.settings,
        )?);
        cache.push((service, route.clone()));
        Ok(route)
    }
}
