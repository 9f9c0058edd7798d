#[allow(dead_code)]
const ONE_ATHENA_OPERATION_INVOCATION_PER_MODULE_PUT_EACH_IN_ITS_OWN_MOD: () = ();
/// Clock: a method per operation, each returning a builder of its request; `.send().await` makes the call.
///
/// Cheap to clone: clones share the [`Client`](::awsgen_runtime::Client)'s connection
/// pool, credentials and retry quota. The builders its methods return own a clone, so
/// their futures can be spawned.
#[derive(Clone, Debug)]
pub struct Clock {
    handle: ::awsgen_runtime::__private::ServiceHandle,
}
impl Clock {
    /// Calls the operations through `client`.
    pub fn new(client: ::awsgen_runtime::__private::Client) -> Self {
        Clock { handle: client.into() }
    }
    /// A client configured from the environment and the shared config files, as
    /// [`Client::from_env`](::awsgen_runtime::Client::from_env) finds them. A problem
    /// found there (no region, an unreadable profile file) is returned by every call,
    /// as [`Error::Config`](::awsgen_runtime::Error::Config); [`Self::try_from_env`]
    /// returns it here instead.
    pub fn from_env() -> Self {
        Clock {
            handle: ::awsgen_runtime::__private::ServiceHandle::from_env(),
        }
    }
    /// Like [`Self::from_env`], failing now on a configuration problem.
    pub fn try_from_env() -> Result<
        Self,
        ::awsgen_runtime::__private::error::ConfigError,
    > {
        ::awsgen_runtime::__private::Client::from_env().map(Self::new)
    }
    /// The runtime client the operations are called through, or the configuration
    /// error [`Self::from_env`] met.
    pub fn client(
        &self,
    ) -> Result<
        &::awsgen_runtime::__private::Client,
        &::awsgen_runtime::__private::error::ConfigError,
    > {
        self.handle.get()
    }
    ///
    /// AWS API reference: `SetAlarm` (Clock).
    pub fn set_alarm(&self) -> SetAlarmFluentBuilder {
        SetAlarmFluentBuilder {
            handle: self.handle.clone(),
            input: SetAlarmInput::builder(),
        }
    }
}
impl ::std::convert::From<::awsgen_runtime::__private::Client> for Clock {
    fn from(client: ::awsgen_runtime::__private::Client) -> Self {
        Clock::new(client)
    }
}
/// The Clock service, as its model describes it: protocol, signing name, endpoints.
pub static SERVICE: ::awsgen_runtime::__private::protocol::ServiceSpec = ::awsgen_runtime::__private::protocol::ServiceSpec {
    target_prefix: "Clock",
    json_version: ::awsgen_runtime::__private::protocol::JsonVersion::V1_1,
    signing_name: "clock",
    endpoint_prefix: "clock",
    sdk_id: "Clock",
    endpoint_rules: None,
};
/// The request [`Clock::set_alarm`] sends: the setters of [`SetAlarmInput`]'s builder, then [`send`](Self::send).
#[derive(Clone, Debug)]
pub struct SetAlarmFluentBuilder {
    handle: ::awsgen_runtime::__private::ServiceHandle,
    input: SetAlarmInputBuilder,
}
impl SetAlarmFluentBuilder {
    /// Sets [`SetAlarmInput::at`].
    pub fn at(
        mut self,
        value: impl Into<::awsgen_runtime::__private::DateTime>,
    ) -> Self {
        self.input = self.input.at(value);
        self
    }
    /// Sets or clears [`SetAlarmInput::at`].
    pub fn set_at(
        mut self,
        value: Option<::awsgen_runtime::__private::DateTime>,
    ) -> Self {
        self.input = self.input.set_at(value);
        self
    }
    /// Sets [`SetAlarmInput::until`].
    pub fn until(
        mut self,
        value: impl Into<::awsgen_runtime::__private::DateTime>,
    ) -> Self {
        self.input = self.input.until(value);
        self
    }
    /// Sets or clears [`SetAlarmInput::until`].
    pub fn set_until(
        mut self,
        value: Option<::awsgen_runtime::__private::DateTime>,
    ) -> Self {
        self.input = self.input.set_until(value);
        self
    }
    /// Sets [`SetAlarmInput::written`].
    pub fn written(
        mut self,
        value: impl Into<::awsgen_runtime::__private::DateTime>,
    ) -> Self {
        self.input = self.input.written(value);
        self
    }
    /// Sets or clears [`SetAlarmInput::written`].
    pub fn set_written(
        mut self,
        value: Option<::awsgen_runtime::__private::DateTime>,
    ) -> Self {
        self.input = self.input.set_written(value);
        self
    }
    /// Sets [`SetAlarmInput::seconds`].
    pub fn seconds(
        mut self,
        value: impl Into<::awsgen_runtime::__private::DateTime>,
    ) -> Self {
        self.input = self.input.seconds(value);
        self
    }
    /// Sets or clears [`SetAlarmInput::seconds`].
    pub fn set_seconds(
        mut self,
        value: Option<::awsgen_runtime::__private::DateTime>,
    ) -> Self {
        self.input = self.input.set_seconds(value);
        self
    }
    /// Sets [`SetAlarmInput::repeats`].
    pub fn repeats(mut self, value: impl Into<Schedule>) -> Self {
        self.input = self.input.repeats(value);
        self
    }
    /// Sets or clears [`SetAlarmInput::repeats`].
    pub fn set_repeats(mut self, value: Option<Schedule>) -> Self {
        self.input = self.input.set_repeats(value);
        self
    }
    /// Validates the request and makes the call. A required member left unset is an [`Error::InvalidInput`](::awsgen_runtime::Error::InvalidInput) naming it; nothing is sent.
    pub async fn send(
        self,
    ) -> Result<SetAlarmOutput, ::awsgen_runtime::__private::Error<SetAlarmError>> {
        let input = self.input.build()?;
        set_alarm(self.handle.client()?, input).await
    }
}
/// Sends a [`SetAlarmInput`] built beforehand: the call [`Clock::set_alarm`] makes.
pub fn set_alarm(
    client: &::awsgen_runtime::__private::Client,
    input: SetAlarmInput,
) -> impl ::std::future::Future<
    Output = Result<SetAlarmOutput, ::awsgen_runtime::__private::Error<SetAlarmError>>,
> + Send + '_ {
    async move {
        static OPERATION: ::awsgen_runtime::__private::protocol::OperationSpec = ::awsgen_runtime::__private::protocol::OperationSpec {
            service: &SERVICE,
            name: "SetAlarm",
        };
        if client.validates_input() {
            input.validate().map_err(::awsgen_runtime::__private::Error::InvalidInput)?;
        }
        let body = ::awsgen_runtime::__private::json::to_string(&input);
        client.call(&OPERATION, body).await
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SetAlarmInput {
    ///
    /// Required.
    pub at: Option<::awsgen_runtime::__private::DateTime>,
    pub until: Option<::awsgen_runtime::__private::DateTime>,
    pub written: Option<::awsgen_runtime::__private::DateTime>,
    pub seconds: Option<::awsgen_runtime::__private::DateTime>,
    pub repeats: Option<Schedule>,
}
impl SetAlarmInput {
    /// A builder for [`SetAlarmInput`].
    pub fn builder() -> SetAlarmInputBuilder {
        SetAlarmInputBuilder::default()
    }
    /// Checks every constraint of the model (required members, lengths, ranges,
    /// patterns), nested members included, and reports every violation with its path.
    pub fn validate(&self) -> Result<(), ::awsgen_runtime::__private::ValidationErrors> {
        let mut errors = ::awsgen_runtime::__private::ValidationErrors::default();
        self.validate_at(
            &::awsgen_runtime::__private::validate::Path::Root,
            &mut errors,
        );
        errors.into_result()
    }
    /// Validates this value as the member at `path`, adding violations to `errors`.
    #[doc(hidden)]
    pub fn validate_at(
        &self,
        path: &::awsgen_runtime::__private::validate::Path<'_>,
        errors: &mut ::awsgen_runtime::__private::ValidationErrors,
    ) {
        {
            let path = path.member("At");
            if self.at.is_none() {
                errors.missing(&path);
            }
        }
    }
}
/// A builder for [`SetAlarmInput`]: [`build`](Self::build) names every required member left unset.
#[derive(Debug, Clone, Default)]
pub struct SetAlarmInputBuilder {
    at: Option<::awsgen_runtime::__private::DateTime>,
    until: Option<::awsgen_runtime::__private::DateTime>,
    written: Option<::awsgen_runtime::__private::DateTime>,
    seconds: Option<::awsgen_runtime::__private::DateTime>,
    repeats: Option<Schedule>,
}
impl SetAlarmInputBuilder {
    pub fn at(
        mut self,
        value: impl Into<::awsgen_runtime::__private::DateTime>,
    ) -> Self {
        self.at = Some(value.into());
        self
    }
    /// Sets or clears `At`.
    pub fn set_at(
        mut self,
        value: Option<::awsgen_runtime::__private::DateTime>,
    ) -> Self {
        self.at = value;
        self
    }
    pub fn until(
        mut self,
        value: impl Into<::awsgen_runtime::__private::DateTime>,
    ) -> Self {
        self.until = Some(value.into());
        self
    }
    /// Sets or clears `Until`.
    pub fn set_until(
        mut self,
        value: Option<::awsgen_runtime::__private::DateTime>,
    ) -> Self {
        self.until = value;
        self
    }
    pub fn written(
        mut self,
        value: impl Into<::awsgen_runtime::__private::DateTime>,
    ) -> Self {
        self.written = Some(value.into());
        self
    }
    /// Sets or clears `Written`.
    pub fn set_written(
        mut self,
        value: Option<::awsgen_runtime::__private::DateTime>,
    ) -> Self {
        self.written = value;
        self
    }
    pub fn seconds(
        mut self,
        value: impl Into<::awsgen_runtime::__private::DateTime>,
    ) -> Self {
        self.seconds = Some(value.into());
        self
    }
    /// Sets or clears `Seconds`.
    pub fn set_seconds(
        mut self,
        value: Option<::awsgen_runtime::__private::DateTime>,
    ) -> Self {
        self.seconds = value;
        self
    }
    pub fn repeats(mut self, value: impl Into<Schedule>) -> Self {
        self.repeats = Some(value.into());
        self
    }
    /// Sets or clears `Repeats`.
    pub fn set_repeats(mut self, value: Option<Schedule>) -> Self {
        self.repeats = value;
        self
    }
    /// Builds the value, or names every required member that is not set.
    pub fn build(
        self,
    ) -> Result<SetAlarmInput, ::awsgen_runtime::__private::BuildError> {
        let mut missing: Vec<&'static str> = Vec::new();
        if self.at.is_none() {
            missing.push("At");
        }
        if !missing.is_empty() {
            return Err(::awsgen_runtime::__private::BuildError {
                type_name: "SetAlarmInput",
                missing,
            });
        }
        Ok(SetAlarmInput {
            at: self.at,
            until: self.until,
            written: self.written,
            seconds: self.seconds,
            repeats: self.repeats,
        })
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for SetAlarmInput {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.optional_member("\"At\":", self.at.as_ref());
        if let Some(value) = &self.until {
            object
                .member(
                    "\"Until\":",
                    &::awsgen_runtime::__private::json::FormattedTimestamp(
                        value,
                        ::awsgen_runtime::__private::json::TimestampFormat::DateTime,
                    ),
                );
        }
        if let Some(value) = &self.written {
            object
                .member(
                    "\"Written\":",
                    &::awsgen_runtime::__private::json::FormattedTimestamp(
                        value,
                        ::awsgen_runtime::__private::json::TimestampFormat::HttpDate,
                    ),
                );
        }
        object.optional_member("\"Seconds\":", self.seconds.as_ref());
        object.optional_member("\"Repeats\":", self.repeats.as_ref());
        object.finish();
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SetAlarmOutput {
    pub next: Option<::awsgen_runtime::__private::DateTime>,
    pub history: Option<Vec<::awsgen_runtime::__private::DateTime>>,
    #[doc(hidden)]
    pub _request_id: ::awsgen_runtime::__private::request_id::ResponseRequestId,
}
impl ::awsgen_runtime::__private::RequestId for SetAlarmOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.get()
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for SetAlarmOutput {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        use ::awsgen_runtime::__private::json_structure::{member, read_structure};
        read_structure(
            value,
            |out: &mut Self, key, value| {
                match key {
                    "Next" => out.next = member(value, key)?,
                    "History" => out.history = member(value, key)?,
                    _ => {}
                }
                Ok(())
            },
        )
    }
    fn set_request_id(&mut self, id: Option<String>) {
        self._request_id = ::awsgen_runtime::__private::request_id::ResponseRequestId::new(
            id,
        );
    }
}
#[derive(Debug, Clone, PartialEq)]
pub enum Schedule {
    Once(::awsgen_runtime::__private::DateTime),
    Daily(::awsgen_runtime::__private::DateTime),
    /// A member this model does not know; holds the member's name.
    Unknown(String),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl ::std::default::Default for Schedule {
    fn default() -> Self {
        Self::Unknown(String::new())
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for Schedule {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        match self {
            Self::Once(value) => {
                object
                    .member(
                        "\"Once\":",
                        &::awsgen_runtime::__private::json::FormattedTimestamp(
                            value,
                            ::awsgen_runtime::__private::json::TimestampFormat::DateTime,
                        ),
                    )
            }
            Self::Daily(value) => {
                object
                    .member(
                        "\"Daily\":",
                        &::awsgen_runtime::__private::json::FormattedTimestamp(
                            value,
                            ::awsgen_runtime::__private::json::TimestampFormat::HttpDate,
                        ),
                    )
            }
            Self::Unknown(_) => {}
            Self::__NonExhaustive(never) => never.unreachable(),
        }
        object.finish();
    }
}
pub type TimeList = Vec<::awsgen_runtime::__private::DateTime>;
/// The errors `SetAlarm` can return.
#[derive(Debug, Clone, PartialEq)]
pub enum SetAlarmError {
    /// An error code the model does not list for this operation.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl SetAlarmError {
    /// The code, message, request id and HTTP status of the error response.
    pub fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        match self {
            Self::Unhandled(meta) => meta,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::std::fmt::Display for SetAlarmError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.meta(), f)
    }
}
impl ::awsgen_runtime::__private::RequestId for SetAlarmError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for SetAlarmError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for SetAlarmError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        _body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        match meta.code.as_str() {
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        SetAlarmError::meta(self)
    }
}
/// Any error of the Clock operations generated here: each operation's error converts into it with `From`, and a call's [`Error`](awsgen_runtime::Error) with [`Error::into_service`](awsgen_runtime::Error::into_service), so `?` collects the errors of several operations into one type.
#[derive(Debug, Clone, PartialEq)]
pub enum ClockError {
    /// An error code the model does not list for the operation that returned it.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl ClockError {
    /// The code, message, request id and HTTP status of the error response.
    pub fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        match self {
            Self::Unhandled(meta) => meta,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
    /// The error code the service sent (`ThrottlingException`, ...); empty for an
    /// error built by hand.
    pub fn code(&self) -> &str {
        &self.meta().code
    }
}
impl ::std::fmt::Display for ClockError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.meta(), f)
    }
}
impl ::awsgen_runtime::__private::RequestId for ClockError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for ClockError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for ClockError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        _body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        match meta.code.as_str() {
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        ClockError::meta(self)
    }
}
impl ::std::convert::From<SetAlarmError> for ClockError {
    fn from(error: SetAlarmError) -> Self {
        use SetAlarmError as E;
        match error {
            E::Unhandled(meta) => Self::Unhandled(meta),
            E::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
/// The operations this `athena_operation!` invocation generated. One invocation per
/// module: put a second one in its own `mod`.
pub const OPERATIONS: &[&str] = &["SetAlarm"];
/// Operations of the service left out, with the reason.
pub const SKIPPED_OPERATIONS: &[(&str, &str)] = &[];
/// The `wait_until_*` fns this invocation generated.
pub const WAITERS: &[&str] = &[];
/// Waiters of the generated operations left out (an expression outside the JMESPath
/// subset the generator compiles, ...), with the reason.
pub const SKIPPED_WAITERS: &[(&str, &str)] = &[];
/// The `{operation}_pages` fns this invocation generated.
pub const PAGINATORS: &[&str] = &[];
/// Paginated operations whose `{operation}_pages` was left out (nested or non-string
/// tokens, several tokens), with the reason.
pub const SKIPPED_PAGINATORS: &[(&str, &str)] = &[];
