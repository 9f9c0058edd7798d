#[allow(dead_code)]
const ONE_ATHENA_OPERATION_INVOCATION_PER_MODULE_PUT_EACH_IN_ITS_OWN_MOD: () = ();
/// Ovens: a method per operation, each returning a builder of its request; `.send().await` makes the call.
///
/// Cheap to clone: clones share the [`Client`](::awsgen_runtime::Client)'s connection
/// pool, credentials and retry quota. The builders its methods return own a clone, so
/// their futures can be spawned.
#[derive(Clone, Debug)]
pub struct Ovens {
    handle: ::awsgen_runtime::__private::ServiceHandle,
}
impl Ovens {
    /// Calls the operations through `client`.
    pub fn new(client: ::awsgen_runtime::__private::Client) -> Self {
        Ovens { handle: client.into() }
    }
    /// A client configured from the environment and the shared config files, as
    /// [`Client::from_env`](::awsgen_runtime::Client::from_env) finds them. A problem
    /// found there (no region, an unreadable profile file) is returned by every call,
    /// as [`Error::Config`](::awsgen_runtime::Error::Config); [`Self::try_from_env`]
    /// returns it here instead.
    pub fn from_env() -> Self {
        Ovens {
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
    /// Errors: [`GetOvenError::OvenNotFound`].
    ///
    /// AWS API reference: `GetOven` (Ovens).
    pub fn get_oven(&self) -> GetOvenFluentBuilder {
        GetOvenFluentBuilder {
            handle: self.handle.clone(),
            input: GetOvenInput::builder(),
        }
    }
}
impl ::std::convert::From<::awsgen_runtime::__private::Client> for Ovens {
    fn from(client: ::awsgen_runtime::__private::Client) -> Self {
        Ovens::new(client)
    }
}
/// The Ovens service, as its model describes it: protocol, signing name, endpoints.
pub static SERVICE: ::awsgen_runtime::__private::protocol::ServiceSpec = ::awsgen_runtime::__private::protocol::ServiceSpec {
    target_prefix: "Ovens",
    json_version: ::awsgen_runtime::__private::protocol::JsonVersion::V1_0,
    signing_name: "ovens",
    endpoint_prefix: "ovens",
    sdk_id: "Ovens",
    endpoint_rules: None,
};
/// The request [`Ovens::get_oven`] sends: the setters of [`GetOvenInput`]'s builder, then [`send`](Self::send).
#[derive(Clone, Debug)]
pub struct GetOvenFluentBuilder {
    handle: ::awsgen_runtime::__private::ServiceHandle,
    input: GetOvenInputBuilder,
}
impl GetOvenFluentBuilder {
    /// Sets [`GetOvenInput::oven_id`].
    pub fn oven_id(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.oven_id(value);
        self
    }
    /// Sets or clears [`GetOvenInput::oven_id`].
    pub fn set_oven_id(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_oven_id(value);
        self
    }
    /// Validates the request and makes the call. A required member left unset is an [`Error::InvalidInput`](::awsgen_runtime::Error::InvalidInput) naming it; nothing is sent.
    pub async fn send(
        self,
    ) -> Result<GetOvenOutput, ::awsgen_runtime::__private::Error<GetOvenError>> {
        let input = self.input.build()?;
        get_oven(self.handle.client()?, input).await
    }
}
/// Sends a [`GetOvenInput`] built beforehand: the call [`Ovens::get_oven`] makes.
pub fn get_oven(
    client: &::awsgen_runtime::__private::Client,
    input: GetOvenInput,
) -> impl ::std::future::Future<
    Output = Result<GetOvenOutput, ::awsgen_runtime::__private::Error<GetOvenError>>,
> + Send + '_ {
    async move {
        static OPERATION: ::awsgen_runtime::__private::protocol::OperationSpec = ::awsgen_runtime::__private::protocol::OperationSpec {
            service: &SERVICE,
            name: "GetOven",
        };
        if client.validates_input() {
            input.validate().map_err(::awsgen_runtime::__private::Error::InvalidInput)?;
        }
        let body = ::awsgen_runtime::__private::json::to_string(&input);
        client.call(&OPERATION, body).await
    }
}
/// Waits until the oven reaches its temperature.
///
/// Calls [`get_oven`] until the `OvenHot` waiter's acceptors decide (first after 2 s, then backing off up to 60 s), for at most the maximum wait in `options` (a `Duration`, or a `WaitOptions` to change the delays too).
/// Returns the output that matched the success acceptor.
pub async fn wait_until_oven_hot(
    client: &::awsgen_runtime::__private::Client,
    input: GetOvenInput,
    options: impl Into<::awsgen_runtime::__private::WaitOptions>,
) -> Result<
    GetOvenOutput,
    ::awsgen_runtime::__private::WaiterError<GetOvenOutput, GetOvenError>,
> {
    let classify = move |
        result: &Result<GetOvenOutput, ::awsgen_runtime::__private::Error<GetOvenError>>|
    {
        if result
            .as_ref()
            .ok()
            .is_some_and(|output| {
                Some(output)
                    .and_then(|v| v.state.as_ref())
                    .is_some_and(|v| v.as_str() == "HOT")
            })
        {
            return Some(::awsgen_runtime::__private::waiter::AcceptorState::Success);
        }
        if result
            .as_ref()
            .ok()
            .is_some_and(|output| {
                Some(output)
                    .and_then(|v| v.state.as_ref())
                    .is_some_and(|v| v.as_str() == "BROKEN")
            })
        {
            return Some(::awsgen_runtime::__private::waiter::AcceptorState::Failure);
        }
        if result.as_ref().err().and_then(|e| e.code()) == Some("OvenNotFound") {
            return Some(::awsgen_runtime::__private::waiter::AcceptorState::Retry);
        }
        None
    };
    let done = ::awsgen_runtime::__private::waiter::wait_until(
            (
                ::std::time::Duration::from_secs(2u64),
                ::std::time::Duration::from_secs(60u64),
            ),
            options.into(),
            || get_oven(client, input.clone()),
            classify,
        )
        .await?;
    match done {
        ::awsgen_runtime::__private::FinalPoll::Output(output) => Ok(output),
        ::awsgen_runtime::__private::FinalPoll::Error(e) => {
            Err(::awsgen_runtime::__private::WaiterError::OperationFailed(e))
        }
    }
}
///
/// Calls [`get_oven`] until the `OvenGone` waiter's acceptors decide (first after 2 s, then backing off up to 120 s), for at most the maximum wait in `options` (a `Duration`, or a `WaitOptions` to change the delays too).
/// Returns the last call's result, an output or the error the success acceptor matched.
pub async fn wait_until_oven_gone(
    client: &::awsgen_runtime::__private::Client,
    input: GetOvenInput,
    options: impl Into<::awsgen_runtime::__private::WaitOptions>,
) -> Result<
    ::awsgen_runtime::__private::FinalPoll<GetOvenOutput, GetOvenError>,
    ::awsgen_runtime::__private::WaiterError<GetOvenOutput, GetOvenError>,
> {
    let classify = move |
        result: &Result<GetOvenOutput, ::awsgen_runtime::__private::Error<GetOvenError>>|
    {
        if result.as_ref().err().and_then(|e| e.code()) == Some("OvenNotFound") {
            return Some(::awsgen_runtime::__private::waiter::AcceptorState::Success);
        }
        None
    };
    let done = ::awsgen_runtime::__private::waiter::wait_until(
            (
                ::std::time::Duration::from_secs(2u64),
                ::std::time::Duration::from_secs(120u64),
            ),
            options.into(),
            || get_oven(client, input.clone()),
            classify,
        )
        .await?;
    Ok(done)
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetOvenInput {
    ///
    /// Required.
    pub oven_id: Option<String>,
}
impl GetOvenInput {
    /// A builder for [`GetOvenInput`].
    pub fn builder() -> GetOvenInputBuilder {
        GetOvenInputBuilder::default()
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
            let path = path.member("OvenId");
            if self.oven_id.is_none() {
                errors.missing(&path);
            }
        }
    }
}
/// A builder for [`GetOvenInput`]: [`build`](Self::build) names every required member left unset.
#[derive(Debug, Clone, Default)]
pub struct GetOvenInputBuilder {
    oven_id: Option<String>,
}
impl GetOvenInputBuilder {
    pub fn oven_id(mut self, value: impl Into<String>) -> Self {
        self.oven_id = Some(value.into());
        self
    }
    /// Sets or clears `OvenId`.
    pub fn set_oven_id(mut self, value: Option<String>) -> Self {
        self.oven_id = value;
        self
    }
    /// Builds the value, or names every required member that is not set.
    pub fn build(self) -> Result<GetOvenInput, ::awsgen_runtime::__private::BuildError> {
        let mut missing: Vec<&'static str> = Vec::new();
        if self.oven_id.is_none() {
            missing.push("OvenId");
        }
        if !missing.is_empty() {
            return Err(::awsgen_runtime::__private::BuildError {
                type_name: "GetOvenInput",
                missing,
            });
        }
        Ok(GetOvenInput {
            oven_id: self.oven_id,
        })
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for GetOvenInput {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.optional_member("\"OvenId\":", self.oven_id.as_ref());
        object.finish();
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetOvenOutput {
    pub state: Option<OvenState>,
    pub temperature: Option<i32>,
    #[doc(hidden)]
    pub _request_id: ::awsgen_runtime::__private::request_id::ResponseRequestId,
}
impl ::awsgen_runtime::__private::RequestId for GetOvenOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.get()
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for GetOvenOutput {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        use ::awsgen_runtime::__private::json_structure::{member, read_structure};
        read_structure(
            value,
            |out: &mut Self, key, value| {
                match key {
                    "State" => out.state = member(value, key)?,
                    "Temperature" => out.temperature = member(value, key)?,
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OvenState {
    /// `COLD`
    Cold,
    /// `HEATING`
    Heating,
    /// `HOT`
    Hot,
    /// `BROKEN`
    Broken,
    /// A value this model of `OvenState` does not know, kept as sent.
    Unknown(String),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl OvenState {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cold => "COLD",
            Self::Heating => "HEATING",
            Self::Hot => "HOT",
            Self::Broken => "BROKEN",
            Self::Unknown(value) => value,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
    /// Every value the model knows, in model order.
    pub const fn values() -> &'static [&'static str] {
        &["COLD", "HEATING", "HOT", "BROKEN"]
    }
}
impl ::std::default::Default for OvenState {
    /// An empty unknown value: what a missing required member reads as.
    fn default() -> Self {
        Self::Unknown(String::new())
    }
}
impl ::std::convert::From<&str> for OvenState {
    fn from(value: &str) -> Self {
        match value {
            "COLD" => Self::Cold,
            "HEATING" => Self::Heating,
            "HOT" => Self::Hot,
            "BROKEN" => Self::Broken,
            other => Self::Unknown(other.to_string()),
        }
    }
}
impl ::std::convert::From<String> for OvenState {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for OvenState {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for OvenState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for OvenState {
    fn write_json(&self, out: &mut String) {
        ::awsgen_runtime::__private::json::write_string(out, self.as_str())
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for OvenState {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        <String as ::awsgen_runtime::__private::json::DeserializeJson>::from_json(value)
            .map(Self::from)
    }
}
/// The errors `GetOven` can return.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOvenError {
    OvenNotFound(OvenNotFound),
    /// An error code the model does not list for this operation.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl GetOvenError {
    /// The code, message, request id and HTTP status of the error response.
    pub fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        match self {
            Self::OvenNotFound(e) => &e.meta,
            Self::Unhandled(meta) => meta,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
    /// Whether this is [`OvenNotFound`](Self::OvenNotFound).
    pub fn is_oven_not_found(&self) -> bool {
        matches!(self, Self::OvenNotFound(_))
    }
}
impl ::std::fmt::Display for GetOvenError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.meta(), f)
    }
}
impl ::awsgen_runtime::__private::RequestId for GetOvenError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for GetOvenError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::OvenNotFound(e) => Some(e),
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for GetOvenError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        use ::awsgen_runtime::__private::error::read_modeled_error as read;
        match meta.code.as_str() {
            "OvenNotFound" => Self::OvenNotFound(read(meta, body)),
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        GetOvenError::meta(self)
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OvenNotFound {
    pub message: Option<String>,
    /// The error's code, message, request id and HTTP status, as the response carried them.
    pub meta: ::awsgen_runtime::__private::ErrorMetadata,
}
impl ::awsgen_runtime::__private::json::DeserializeJson for OvenNotFound {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        use ::awsgen_runtime::__private::json_structure::{member, read_structure};
        read_structure(
            value,
            |out: &mut Self, key, value| {
                match key {
                    "Message" => out.message = member(value, key)?,
                    _ => {}
                }
                Ok(())
            },
        )
    }
}
impl ::awsgen_runtime::__private::error::ModeledError for OvenNotFound {
    fn set_meta(&mut self, meta: ::awsgen_runtime::__private::ErrorMetadata) {
        if self.message.is_none() {
            self.message = meta.message.clone();
        }
        self.meta = meta;
    }
}
impl ::std::fmt::Display for OvenNotFound {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        if self.meta.code.is_empty() {
            f.write_str("OvenNotFound")
        } else {
            ::std::fmt::Display::fmt(&self.meta, f)
        }
    }
}
impl ::std::error::Error for OvenNotFound {}
impl ::awsgen_runtime::__private::RequestId for OvenNotFound {
    fn request_id(&self) -> Option<&str> {
        self.meta.request_id.as_deref()
    }
}
/// Any error of the Ovens operations generated here: each operation's error converts into it with `From`, and a call's [`Error`](awsgen_runtime::Error) with [`Error::into_service`](awsgen_runtime::Error::into_service), so `?` collects the errors of several operations into one type.
#[derive(Debug, Clone, PartialEq)]
pub enum OvensError {
    OvenNotFound(OvenNotFound),
    /// An error code the model does not list for the operation that returned it.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl OvensError {
    /// The code, message, request id and HTTP status of the error response.
    pub fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        match self {
            Self::OvenNotFound(e) => &e.meta,
            Self::Unhandled(meta) => meta,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
    /// The error code the service sent (`ThrottlingException`, ...); empty for an
    /// error built by hand.
    pub fn code(&self) -> &str {
        &self.meta().code
    }
    /// Whether this is [`OvenNotFound`](Self::OvenNotFound).
    pub fn is_oven_not_found(&self) -> bool {
        matches!(self, Self::OvenNotFound(_))
    }
}
impl ::std::fmt::Display for OvensError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.meta(), f)
    }
}
impl ::awsgen_runtime::__private::RequestId for OvensError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for OvensError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::OvenNotFound(e) => Some(e),
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for OvensError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        match meta.code.as_str() {
            "OvenNotFound" => {
                Self::OvenNotFound(
                    ::awsgen_runtime::__private::error::read_modeled_error(meta, body),
                )
            }
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        OvensError::meta(self)
    }
}
impl ::std::convert::From<GetOvenError> for OvensError {
    fn from(error: GetOvenError) -> Self {
        use GetOvenError as E;
        match error {
            E::OvenNotFound(e) => Self::OvenNotFound(e),
            E::Unhandled(meta) => Self::Unhandled(meta),
            E::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl Ovens {
    /// Waits as [`wait_until_oven_hot`] does: set the request, then `.wait(max_wait).await`.
    pub fn wait_until_oven_hot(&self) -> WaitUntilOvenHot {
        WaitUntilOvenHot {
            handle: self.handle.clone(),
            input: GetOvenInput::builder(),
        }
    }
    /// Waits as [`wait_until_oven_gone`] does: set the request, then `.wait(max_wait).await`.
    pub fn wait_until_oven_gone(&self) -> WaitUntilOvenGone {
        WaitUntilOvenGone {
            handle: self.handle.clone(),
            input: GetOvenInput::builder(),
        }
    }
}
/// The request of [`Ovens::wait_until_oven_hot`], then `.wait`.
#[derive(Clone, Debug)]
pub struct WaitUntilOvenHot {
    handle: ::awsgen_runtime::__private::ServiceHandle,
    input: GetOvenInputBuilder,
}
impl WaitUntilOvenHot {
    /// As the input's builder.
    pub fn oven_id(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.oven_id(value);
        self
    }
    /// As the input's builder.
    pub fn set_oven_id(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_oven_id(value);
        self
    }
    /// Polls until the waiter's acceptors decide, for at most `options` (a
    /// `Duration`, or a `WaitOptions`). A required member left unset is an
    /// `OperationFailed(Error::InvalidInput)`, a configuration problem
    /// `OperationFailed(Error::Config)`; nothing is sent.
    pub async fn wait(
        self,
        options: impl Into<::awsgen_runtime::__private::WaitOptions>,
    ) -> Result<
        GetOvenOutput,
        ::awsgen_runtime::__private::WaiterError<GetOvenOutput, GetOvenError>,
    > {
        let client = self
            .handle
            .client()
            .map_err(::awsgen_runtime::__private::WaiterError::OperationFailed)?;
        let input = self
            .input
            .build()
            .map_err(|e| {
                ::awsgen_runtime::__private::WaiterError::OperationFailed(e.into())
            })?;
        wait_until_oven_hot(client, input, options).await
    }
}
/// The request of [`Ovens::wait_until_oven_gone`], then `.wait`.
#[derive(Clone, Debug)]
pub struct WaitUntilOvenGone {
    handle: ::awsgen_runtime::__private::ServiceHandle,
    input: GetOvenInputBuilder,
}
impl WaitUntilOvenGone {
    /// As the input's builder.
    pub fn oven_id(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.oven_id(value);
        self
    }
    /// As the input's builder.
    pub fn set_oven_id(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_oven_id(value);
        self
    }
    /// Polls until the waiter's acceptors decide, for at most `options` (a
    /// `Duration`, or a `WaitOptions`). A required member left unset is an
    /// `OperationFailed(Error::InvalidInput)`, a configuration problem
    /// `OperationFailed(Error::Config)`; nothing is sent.
    pub async fn wait(
        self,
        options: impl Into<::awsgen_runtime::__private::WaitOptions>,
    ) -> Result<
        ::awsgen_runtime::__private::FinalPoll<GetOvenOutput, GetOvenError>,
        ::awsgen_runtime::__private::WaiterError<GetOvenOutput, GetOvenError>,
    > {
        let client = self
            .handle
            .client()
            .map_err(::awsgen_runtime::__private::WaiterError::OperationFailed)?;
        let input = self
            .input
            .build()
            .map_err(|e| {
                ::awsgen_runtime::__private::WaiterError::OperationFailed(e.into())
            })?;
        wait_until_oven_gone(client, input, options).await
    }
}
/// The operations this `athena_operation!` invocation generated. One invocation per
/// module: put a second one in its own `mod`.
pub const OPERATIONS: &[&str] = &["GetOven"];
/// Operations of the service left out, with the reason.
pub const SKIPPED_OPERATIONS: &[(&str, &str)] = &[];
/// The `wait_until_*` fns this invocation generated.
pub const WAITERS: &[&str] = &["wait_until_oven_hot", "wait_until_oven_gone"];
/// Waiters of the generated operations left out (an expression outside the JMESPath
/// subset the generator compiles, ...), with the reason.
pub const SKIPPED_WAITERS: &[(&str, &str)] = &[];
/// The `{operation}_pages` fns this invocation generated.
pub const PAGINATORS: &[&str] = &[];
/// Paginated operations whose `{operation}_pages` was left out (nested or non-string
/// tokens, several tokens), with the reason.
pub const SKIPPED_PAGINATORS: &[(&str, &str)] = &[];
