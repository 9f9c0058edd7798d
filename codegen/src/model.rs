//! The generator's view of a service model, independent of the file format it came from.

use std::collections::BTreeMap;

use crate::json_value::Value;

/// A loaded model: the service and every shape, keyed by absolute shape id
/// (`com.amazonaws.athena#StartSession`).
#[derive(Debug, Clone)]
pub struct Model {
    pub service: Service,
    pub shapes: BTreeMap<String, Shape>,
}

impl Model {
    pub fn shape(&self, id: &str) -> Option<&Shape> {
        self.shapes.get(id)
    }

    /// Operation names (the part after `#`) of the service, sorted.
    pub fn operation_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .service
            .operations
            .iter()
            .map(|id| local_name(id))
            .collect();
        names.sort_unstable();
        names
    }

    /// The operation of the service with this name (the part after `#`).
    pub fn operation(&self, name: &str) -> Option<&Shape> {
        self.service
            .operations
            .iter()
            .find(|id| local_name(id) == name)
            .and_then(|id| self.shapes.get(id))
    }
}

/// The part of a shape id after `#`.
pub fn local_name(id: &str) -> &str {
    id.rsplit_once('#').map_or(id, |(_, name)| name)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    AwsJson1_0,
    AwsJson1_1,
}

#[derive(Debug, Clone)]
pub struct Service {
    pub id: String,
    /// `X-Amz-Target` prefix: the service shape's name for Smithy models, botocore's targetPrefix.
    pub target_prefix: String,
    pub protocol: Protocol,
    pub signing_name: String,
    pub endpoint_prefix: String,
    pub sdk_id: String,
    pub documentation: Option<String>,
    /// Absolute ids of the service's operations, including those bound through resources.
    pub operations: Vec<String>,
    /// The service's `@paginated` defaults (inputToken, outputToken, pageSize), if any.
    pub paginated: Option<Pagination>,
    /// `smithy.rules#endpointRuleSet`, as compact JSON text for the runtime to evaluate.
    pub endpoint_rules: Option<String>,
}

/// Numbers in `@range` and `@default` can be decimals.
pub type Number = f64;

/// The traits the generator acts on; others are ignored.
#[derive(Debug, Clone, Default)]
pub struct Traits {
    pub documentation: Option<String>,
    pub required: bool,
    pub client_optional: bool,
    /// `@default`; `Value::Null` means "no default" (an explicit null default).
    pub default: Option<Value>,
    pub length: Option<(Option<u64>, Option<u64>)>,
    pub range: Option<(Option<Number>, Option<Number>)>,
    pub pattern: Option<String>,
    /// `@error`: who is at fault.
    pub error: Option<ErrorFault>,
    /// `@retryable`: the error may succeed when retried.
    pub retryable: Option<Retryable>,
    pub input: bool,
    pub output: bool,
    pub idempotency_token: bool,
    pub sparse: bool,
    pub sensitive: bool,
    pub enum_value: Option<Value>,
    pub json_name: Option<String>,
    /// `@timestampFormat`; `None` is the protocol's default (epoch seconds for AWS JSON).
    pub timestamp_format: Option<TimestampFormat>,
    pub streaming: bool,
    pub event_stream: bool,
    pub deprecated: bool,
    /// `@paginated` on an operation (or botocore's paginators-1.json entry), as written: the
    /// service's defaults are applied by [`Pagination::over`].
    pub paginated: Option<Pagination>,
    /// `smithy.waiters#waitable` on an operation (or botocore's waiters-2.json entries).
    pub waiters: Vec<Waiter>,
}

/// Who an `@error` blames: Smithy's `client` and `server`, botocore's sender fault and fault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorFault {
    Client,
    Server,
}

/// `@retryable`: retrying may succeed; `throttling` when the error says to slow down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Retryable {
    pub throttling: bool,
}

/// `@timestampFormat`, by the names Smithy gives the formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimestampFormat {
    /// `date-time`: RFC 3339 text.
    DateTime,
    /// `http-date`: IMF-fixdate text.
    HttpDate,
    /// `epoch-seconds`: a number, AWS JSON's default.
    EpochSeconds,
}

#[derive(Debug, Clone)]
pub struct Member {
    /// The member name as the model spells it: also its JSON key.
    pub name: String,
    pub target: String,
    pub traits: Traits,
}

#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)] // one per shape; boxing buys nothing
pub enum ShapeKind {
    Blob,
    Boolean,
    String,
    Byte,
    Short,
    Integer,
    Long,
    Float,
    Double,
    BigInteger,
    BigDecimal,
    Timestamp,
    Document,
    /// `enum` shapes, and strings with the Smithy 1.0 `@enum` trait. Members are (name, value).
    Enum(Vec<EnumValue>),
    IntEnum(Vec<EnumValue>),
    List(Member),
    Map {
        key: Member,
        value: Member,
    },
    Structure(Vec<Member>),
    Union(Vec<Member>),
    Operation {
        input: Option<String>,
        output: Option<String>,
        errors: Vec<String>,
    },
    /// `smithy.api#Unit`: no value.
    Unit,
    /// Service and resource shapes: not generated.
    Other(String),
}

#[derive(Debug, Clone)]
pub struct EnumValue {
    pub name: String,
    pub value: EnumLiteral,
    pub documentation: Option<String>,
}

/// An enum's value as the wire carries it: text for `enum`, a number for `intEnum`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnumLiteral {
    String(String),
    Int(i64),
}

impl EnumLiteral {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            EnumLiteral::String(s) => Some(s),
            EnumLiteral::Int(_) => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            EnumLiteral::Int(i) => Some(*i),
            EnumLiteral::String(_) => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Shape {
    pub id: String,
    pub kind: ShapeKind,
    pub traits: Traits,
}

impl Shape {
    pub fn name(&self) -> &str {
        local_name(&self.id)
    }

    /// The Smithy type name, for messages.
    pub fn type_name(&self) -> &str {
        match &self.kind {
            ShapeKind::Blob => "blob",
            ShapeKind::Boolean => "boolean",
            ShapeKind::String => "string",
            ShapeKind::Byte => "byte",
            ShapeKind::Short => "short",
            ShapeKind::Integer => "integer",
            ShapeKind::Long => "long",
            ShapeKind::Float => "float",
            ShapeKind::Double => "double",
            ShapeKind::BigInteger => "bigInteger",
            ShapeKind::BigDecimal => "bigDecimal",
            ShapeKind::Timestamp => "timestamp",
            ShapeKind::Document => "document",
            ShapeKind::Enum(_) => "enum",
            ShapeKind::IntEnum(_) => "intEnum",
            ShapeKind::List(_) => "list",
            ShapeKind::Map { .. } => "map",
            ShapeKind::Structure(_) => "structure",
            ShapeKind::Union(_) => "union",
            ShapeKind::Operation { .. } => "operation",
            ShapeKind::Unit => "unit",
            ShapeKind::Other(t) => t,
        }
    }
}

/// `@paginated`: the member names (or, for tokens, paths) of a paginated operation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pagination {
    pub input_token: Option<String>,
    pub output_token: Option<String>,
    pub page_size: Option<String>,
    pub items: Option<String>,
    /// Why the generator cannot walk these pages (botocore: several tokens at once), if so.
    pub unsupported: Option<String>,
}

impl Pagination {
    /// This operation's values over the service's defaults (Smithy: the operation's win).
    pub fn over(&self, defaults: Option<&Pagination>) -> Pagination {
        let pick = |own: &Option<String>, default: Option<&Option<String>>| {
            own.clone().or_else(|| default.cloned().flatten())
        };
        Pagination {
            input_token: pick(&self.input_token, defaults.map(|d| &d.input_token)),
            output_token: pick(&self.output_token, defaults.map(|d| &d.output_token)),
            page_size: pick(&self.page_size, defaults.map(|d| &d.page_size)),
            items: pick(&self.items, defaults.map(|d| &d.items)),
            unsupported: self.unsupported.clone(),
        }
    }
}

/// One waiter of `smithy.waiters#waitable`: poll an operation until an acceptor matches.
#[derive(Debug, Clone, PartialEq)]
pub struct Waiter {
    /// `TableExists`: the generated fn is `wait_until_table_exists`.
    pub name: String,
    pub documentation: Option<String>,
    /// Seconds; Smithy's default is 2.
    pub min_delay: u64,
    /// Seconds; Smithy's default is 120.
    pub max_delay: u64,
    pub deprecated: bool,
    /// Checked in order after each call; the first that matches decides.
    pub acceptors: Vec<Acceptor>,
}

impl Waiter {
    pub const DEFAULT_MIN_DELAY: u64 = 2;
    pub const DEFAULT_MAX_DELAY: u64 = 120;
}

#[derive(Debug, Clone, PartialEq)]
pub struct Acceptor {
    pub state: AcceptorState,
    pub matcher: Matcher,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AcceptorState {
    Success,
    Failure,
    Retry,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Matcher {
    /// A path over the operation's output.
    Output(PathMatcher),
    /// A path over `{"input": ..., "output": ...}`.
    InputOutput(PathMatcher),
    /// `true`: the call succeeded; `false`: it failed with any error.
    Success(bool),
    /// The call failed with this error (shape name or error code).
    ErrorType(String),
    /// A matcher of a botocore waiter with no Smithy equivalent (a `status` matcher), kept so
    /// the waiter is listed as skipped with this reason instead of silently changed.
    Unsupported(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathMatcher {
    /// A JMESPath expression.
    pub path: String,
    pub expected: String,
    pub comparator: Comparator,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparator {
    StringEquals,
    BooleanEquals,
    AllStringEquals,
    AnyStringEquals,
}

impl Comparator {
    pub fn parse(name: &str) -> Option<Comparator> {
        Some(match name {
            "stringEquals" => Comparator::StringEquals,
            "booleanEquals" => Comparator::BooleanEquals,
            "allStringEquals" => Comparator::AllStringEquals,
            "anyStringEquals" => Comparator::AnyStringEquals,
            _ => return None,
        })
    }
}
