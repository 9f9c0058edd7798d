//! [`Stub`]: typed answers per operation, in place of HTTP, with the requests kept.

use std::any::Any;
use std::collections::{BTreeMap, VecDeque};
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use crate::client::{Client, ClientBuilder};
use crate::config::Environment;
use crate::error::{ConfigError, Error, ErrorMetadata, OperationError};
use crate::http::{HttpError, HttpErrorKind, HttpFuture, HttpRequest, HttpTransport};
use crate::retry;
use crate::Credentials;

/// A typed value on its way from the stub to the operation that returns it.
pub(crate) struct Typed {
    value: Box<dyn Any + Send>,
    type_name: &'static str,
}

impl Typed {
    fn new<T: Any + Send>(value: T) -> Typed {
        Typed {
            value: Box::new(value),
            type_name: std::any::type_name::<T>(),
        }
    }

    /// The value as `T`, or an error saying the stubbed value is of another type.
    pub(crate) fn downcast<T: Any>(self, operation: &str) -> Result<T, ConfigError> {
        let type_name = self.type_name;
        self.value.downcast::<T>().map(|b| *b).map_err(|_| {
            ConfigError::new(format!(
                "stub: the answer given for {operation} is a {type_name}, but {operation} \
                 returns {}",
                std::any::type_name::<T>()
            ))
        })
    }
}

impl fmt::Debug for Typed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Typed({})", self.type_name)
    }
}

/// One attempt's answer, with its types erased until the operation reads it.
pub(crate) enum Answer {
    Output(Typed),
    /// `meta` is what the retry loop classifies: the error's own, with the code and status
    /// the service would have sent filled in when the error was built by hand.
    ServiceError {
        meta: ErrorMetadata,
        error: Typed,
    },
    /// Anything but a service error (a timeout, a transport failure, a stub with no answer).
    Failure(Error<ErrorMetadata>),
}

impl Answer {
    fn from_result<O: Any + Send, E: OperationError + Send>(result: Result<O, Error<E>>) -> Answer {
        match result {
            Ok(output) => Answer::Output(Typed::new(output)),
            Err(Error::Service(error)) => Answer::ServiceError {
                meta: metadata_as_sent(&error),
                error: Typed::new(error),
            },
            Err(other) => Answer::Failure(other.map_service(|e| e.meta().clone())),
        }
    }
}

/// The metadata the service would send with `error`, for the retry loop to classify. A
/// generated error built by hand has empty metadata; its code is then the modeled error's
/// name, which the modeled error's `Display` writes for exactly that case, and its status 500
/// for a server fault the retry rules know, 400 otherwise.
fn metadata_as_sent<E: OperationError>(error: &E) -> ErrorMetadata {
    let mut meta = error.meta().clone();
    if meta.code.is_empty() {
        if let Some(modeled) = std::error::Error::source(error) {
            meta.code = modeled.to_string();
        }
    }
    if meta.status == 0 {
        meta.status = if retry::is_transient_code(&meta.code) {
            500
        } else {
            400
        };
    }
    meta
}

/// One request the stub received: the operation and its input as the client serialized it.
#[derive(Debug, Clone, PartialEq)]
pub struct StubRequest {
    /// The operation's name (`StartSession`).
    pub operation: String,
    /// The JSON input sent (a string, if the body was not JSON).
    pub input: serde_json::Value,
}

/// Shared, so a call runs it without holding the stub's lock; concurrent calls take turns.
type Handler = Arc<Mutex<dyn FnMut(&StubRequest) -> Answer + Send>>;

#[derive(Default)]
struct State {
    queues: BTreeMap<String, VecDeque<Answer>>,
    handlers: BTreeMap<String, Handler>,
    requests: Vec<StubRequest>,
}

/// Answers a client's operations with typed outputs and errors, without HTTP: per operation,
/// a queue of answers used in order, then a handler closure if one is set. Every attempt is
/// answered once and kept in [`Stub::requests`]; the client's retry loop runs as usual, so a
/// throttling error answered twice and then an output make a call that succeeds on its third
/// attempt. A call with no answer left fails with [`Error::Config`] naming the operation, and
/// so does an answer of another type than the operation returns.
///
/// Outputs and errors come back exactly as queued. A generated error built by hand keeps its
/// empty metadata (`code()` is empty); only the retry loop sees the code the service would
/// send (the modeled error's name) and its status (500 for a transient server fault, else 400).
///
/// Cheap to clone: clones share the answers and the requests.
#[derive(Clone, Default)]
pub struct Stub {
    state: Arc<Mutex<State>>,
}

impl fmt::Debug for Stub {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.lock();
        f.debug_struct("Stub")
            .field(
                "queued",
                &state
                    .queues
                    .iter()
                    .map(|(op, q)| (op, q.len()))
                    .collect::<Vec<_>>(),
            )
            .field("handlers", &state.handlers.keys().collect::<Vec<_>>())
            .field("requests", &state.requests.len())
            .finish()
    }
}

impl Stub {
    pub fn new() -> Stub {
        Stub::default()
    }

    /// Queues `output` as the next answer to `operation` (`"StartSession"`).
    pub fn output<O: Any + Send>(&self, operation: &str, output: O) -> &Self {
        self.queue(operation, Answer::Output(Typed::new(output)))
    }

    /// Queues the service error `error` (`StartSessionError::TooManyRequestsException(..)`)
    /// as the next answer to `operation`.
    pub fn error<E: OperationError + Send>(&self, operation: &str, error: E) -> &Self {
        self.queue(
            operation,
            Answer::from_result::<(), E>(Err(Error::Service(error))),
        )
    }

    /// Queues any failure (a timeout, a transport error, a service error) as the next answer
    /// to `operation`.
    pub fn failure<E: OperationError + Send>(&self, operation: &str, error: Error<E>) -> &Self {
        self.queue(operation, Answer::from_result::<(), E>(Err(error)))
    }

    /// Answers `operation` with `handler` once its queue is empty, for every later attempt.
    pub fn handle<O, E, F>(&self, operation: &str, mut handler: F) -> &Self
    where
        O: Any + Send,
        E: OperationError + Send,
        F: FnMut(&StubRequest) -> Result<O, E> + Send + 'static,
    {
        let handler: Handler = Arc::new(Mutex::new(move |request: &StubRequest| {
            Answer::from_result(handler(request).map_err(Error::Service))
        }));
        self.lock().handlers.insert(operation.to_string(), handler);
        self
    }

    /// Every request received, in order (one per attempt).
    pub fn requests(&self) -> Vec<StubRequest> {
        self.lock().requests.clone()
    }

    /// The requests received for `operation`, in order.
    pub fn requests_for(&self, operation: &str) -> Vec<StubRequest> {
        self.lock()
            .requests
            .iter()
            .filter(|r| r.operation == operation)
            .cloned()
            .collect()
    }

    /// Operations with queued answers never used, and how many.
    pub fn unused(&self) -> Vec<(String, usize)> {
        self.lock()
            .queues
            .iter()
            .filter(|(_, q)| !q.is_empty())
            .map(|(op, q)| (op.clone(), q.len()))
            .collect()
    }

    /// A client answered by this stub: region `us-east-1`, placeholder credentials, the
    /// default retry settings but no wait between retries, no HTTP.
    pub fn client(&self) -> Result<Client, ConfigError> {
        self.attach(Client::builder().initial_backoff(Duration::ZERO))
    }

    /// The client `builder` builds, answered by this stub: its retry, backoff and timeout
    /// settings apply; the stub sets the region (`us-east-1`), placeholder credentials, an
    /// empty environment (no shared config files are read) and a transport that sends nothing.
    pub fn attach(&self, builder: ClientBuilder) -> Result<Client, ConfigError> {
        builder
            .region("us-east-1")
            .credentials(Credentials::new("AKIDSTUB", "stub-secret-key", None))
            .environment(Environment::from_vars(
                std::iter::empty::<(String, String)>(),
            ))
            .http_transport(NoHttp)
            .build()?
            .with_stub(self.clone())
    }

    /// The answer to one attempt, recording its request.
    pub(crate) fn answer(&self, operation: &str, body: &[u8]) -> Answer {
        let request = StubRequest {
            operation: operation.to_string(),
            input: serde_json::from_slice(body).unwrap_or_else(|_| {
                serde_json::Value::String(String::from_utf8_lossy(body).into_owned())
            }),
        };
        let mut state = self.lock();
        state.requests.push(request.clone());
        if let Some(answer) = state
            .queues
            .get_mut(operation)
            .and_then(VecDeque::pop_front)
        {
            return answer;
        }
        // The handler runs with the stub unlocked, so it may use the stub (read its requests,
        // queue more answers).
        let Some(handler) = state.handlers.get(operation).cloned() else {
            let answered = state
                .requests
                .iter()
                .filter(|r| r.operation == operation)
                .count()
                - 1;
            return Answer::Failure(Error::Config(ConfigError::new(format!(
                "stub: no answer left for {operation} (it answered {answered} earlier \
                 request(s)); queue one with Stub::output, Stub::error or Stub::handle"
            ))));
        };
        drop(state);
        let mut handler = handler.lock().unwrap_or_else(|p| p.into_inner());
        (*handler)(&request)
    }

    fn queue(&self, operation: &str, answer: Answer) -> &Self {
        self.lock()
            .queues
            .entry(operation.to_string())
            .or_default()
            .push_back(answer);
        self
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The stub client's transport: it is never asked (the stub answers first), and would refuse.
#[derive(Debug)]
struct NoHttp;

impl HttpTransport for NoHttp {
    fn send(&self, request: HttpRequest) -> HttpFuture<'_> {
        let why = format!(
            "a stubbed client sends no HTTP ({} {})",
            request.method, request.url
        );
        Box::pin(std::future::ready(Err(HttpError::new(
            HttpErrorKind::InvalidRequest,
            why,
        ))))
    }
}
