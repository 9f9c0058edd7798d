#[allow(dead_code)]
const ONE_ATHENA_OPERATION_INVOCATION_PER_MODULE_PUT_EACH_IN_ITS_OWN_MOD: () = ();
/// Lights: a method per operation, each returning a builder of its request; `.send().await` makes the call.
///
/// Cheap to clone: clones share the [`Client`](::awsgen_runtime::Client)'s connection
/// pool, credentials and retry quota. The builders its methods return own a clone, so
/// their futures can be spawned.
#[derive(Clone, Debug)]
pub struct Lights {
    handle: ::awsgen_runtime::__private::ServiceHandle,
}
impl Lights {
    /// Calls the operations through `client`.
    pub fn new(client: ::awsgen_runtime::__private::Client) -> Self {
        Lights { handle: client.into() }
    }
    /// A client configured from the environment and the shared config files, as
    /// [`Client::from_env`](::awsgen_runtime::Client::from_env) finds them. A problem
    /// found there (no region, an unreadable profile file) is returned by every call,
    /// as [`Error::Config`](::awsgen_runtime::Error::Config); [`Self::try_from_env`]
    /// returns it here instead.
    pub fn from_env() -> Self {
        Lights {
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
    /// AWS API reference: `SetLight` (Lights).
    pub fn set_light(&self) -> SetLightFluentBuilder {
        SetLightFluentBuilder {
            handle: self.handle.clone(),
            input: SetLightInput::builder(),
        }
    }
}
impl ::std::convert::From<::awsgen_runtime::__private::Client> for Lights {
    fn from(client: ::awsgen_runtime::__private::Client) -> Self {
        Lights::new(client)
    }
}
/// The Lights service, as its model describes it: protocol, signing name, endpoints.
pub static SERVICE: ::awsgen_runtime::__private::protocol::ServiceSpec = ::awsgen_runtime::__private::protocol::ServiceSpec {
    target_prefix: "Lights",
    json_version: ::awsgen_runtime::__private::protocol::JsonVersion::V1_0,
    signing_name: "lights",
    endpoint_prefix: "lights",
    sdk_id: "Lights",
    endpoint_rules: None,
};
/// The request [`Lights::set_light`] sends: the setters of [`SetLightInput`]'s builder, then [`send`](Self::send).
#[derive(Clone, Debug)]
pub struct SetLightFluentBuilder {
    handle: ::awsgen_runtime::__private::ServiceHandle,
    input: SetLightInputBuilder,
}
impl SetLightFluentBuilder {
    /// Sets [`SetLightInput::color`].
    pub fn color(mut self, value: impl Into<Color>) -> Self {
        self.input = self.input.color(value);
        self
    }
    /// Sets or clears [`SetLightInput::color`].
    pub fn set_color(mut self, value: Option<Color>) -> Self {
        self.input = self.input.set_color(value);
        self
    }
    /// Sets [`SetLightInput::level`].
    pub fn level(mut self, value: impl Into<Level>) -> Self {
        self.input = self.input.level(value);
        self
    }
    /// Sets or clears [`SetLightInput::level`].
    pub fn set_level(mut self, value: Option<Level>) -> Self {
        self.input = self.input.set_level(value);
        self
    }
    /// Sets [`SetLightInput::mode`].
    pub fn mode(mut self, value: impl Into<Mode>) -> Self {
        self.input = self.input.mode(value);
        self
    }
    /// Sets or clears [`SetLightInput::mode`].
    pub fn set_mode(mut self, value: Option<Mode>) -> Self {
        self.input = self.input.set_mode(value);
        self
    }
    /// Validates the request and makes the call. A required member left unset is an [`Error::InvalidInput`](::awsgen_runtime::Error::InvalidInput) naming it; nothing is sent.
    pub async fn send(
        self,
    ) -> Result<SetLightOutput, ::awsgen_runtime::__private::Error<SetLightError>> {
        let input = self.input.build()?;
        set_light(self.handle.client()?, input).await
    }
}
/// Sends a [`SetLightInput`] built beforehand: the call [`Lights::set_light`] makes.
pub fn set_light(
    client: &::awsgen_runtime::__private::Client,
    input: SetLightInput,
) -> impl ::std::future::Future<
    Output = Result<SetLightOutput, ::awsgen_runtime::__private::Error<SetLightError>>,
> + Send + '_ {
    async move {
        static OPERATION: ::awsgen_runtime::__private::protocol::OperationSpec = ::awsgen_runtime::__private::protocol::OperationSpec {
            service: &SERVICE,
            name: "SetLight",
        };
        if client.validates_input() {
            input.validate().map_err(::awsgen_runtime::__private::Error::InvalidInput)?;
        }
        let body = ::awsgen_runtime::__private::json::to_string(&input);
        client.call(&OPERATION, body).await
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SetLightInput {
    /// The colours a light shows.
    ///
    /// Required.
    pub color: Option<Color>,
    pub level: Option<Level>,
    pub mode: Option<Mode>,
}
impl SetLightInput {
    /// A builder for [`SetLightInput`].
    pub fn builder() -> SetLightInputBuilder {
        SetLightInputBuilder::default()
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
            let path = path.member("Color");
            if self.color.is_none() {
                errors.missing(&path);
            }
        }
    }
}
/// A builder for [`SetLightInput`]: [`build`](Self::build) names every required member left unset.
#[derive(Debug, Clone, Default)]
pub struct SetLightInputBuilder {
    color: Option<Color>,
    level: Option<Level>,
    mode: Option<Mode>,
}
impl SetLightInputBuilder {
    /// The colours a light shows.
    pub fn color(mut self, value: impl Into<Color>) -> Self {
        self.color = Some(value.into());
        self
    }
    /// Sets or clears `Color`.
    pub fn set_color(mut self, value: Option<Color>) -> Self {
        self.color = value;
        self
    }
    pub fn level(mut self, value: impl Into<Level>) -> Self {
        self.level = Some(value.into());
        self
    }
    /// Sets or clears `Level`.
    pub fn set_level(mut self, value: Option<Level>) -> Self {
        self.level = value;
        self
    }
    pub fn mode(mut self, value: impl Into<Mode>) -> Self {
        self.mode = Some(value.into());
        self
    }
    /// Sets or clears `Mode`.
    pub fn set_mode(mut self, value: Option<Mode>) -> Self {
        self.mode = value;
        self
    }
    /// Builds the value, or names every required member that is not set.
    pub fn build(
        self,
    ) -> Result<SetLightInput, ::awsgen_runtime::__private::BuildError> {
        let mut missing: Vec<&'static str> = Vec::new();
        if self.color.is_none() {
            missing.push("Color");
        }
        if !missing.is_empty() {
            return Err(::awsgen_runtime::__private::BuildError {
                type_name: "SetLightInput",
                missing,
            });
        }
        Ok(SetLightInput {
            color: self.color,
            level: self.level,
            mode: self.mode,
        })
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for SetLightInput {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.optional_member("\"Color\":", self.color.as_ref());
        object.optional_member("\"Level\":", self.level.as_ref());
        object.optional_member("\"Mode\":", self.mode.as_ref());
        object.finish();
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SetLightOutput {
    /// The colours a light shows.
    pub previous: Option<Color>,
    pub levels: Option<Vec<Level>>,
    #[doc(hidden)]
    pub _request_id: ::awsgen_runtime::__private::request_id::ResponseRequestId,
}
impl ::awsgen_runtime::__private::RequestId for SetLightOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.get()
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for SetLightOutput {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        use ::awsgen_runtime::__private::json_structure::{member, read_structure};
        read_structure(
            value,
            |out: &mut Self, key, value| {
                match key {
                    "Previous" => out.previous = member(value, key)?,
                    "Levels" => out.levels = member(value, key)?,
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
/// The colours a light shows.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Color {
    /// `red`
    Red,
    /// A green you can barely see.
    DarkGreen,
    /// `BLUE`
    Blue,
    /// A value this model of `Color` does not know, kept as sent.
    Unknown(String),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl Color {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Red => "red",
            Self::DarkGreen => "dark-green",
            Self::Blue => "BLUE",
            Self::Unknown(value) => value,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
    /// Every value the model knows, in model order.
    pub const fn values() -> &'static [&'static str] {
        &["red", "dark-green", "BLUE"]
    }
}
impl ::std::default::Default for Color {
    /// An empty unknown value: what a missing required member reads as.
    fn default() -> Self {
        Self::Unknown(String::new())
    }
}
impl ::std::convert::From<&str> for Color {
    fn from(value: &str) -> Self {
        match value {
            "red" => Self::Red,
            "dark-green" => Self::DarkGreen,
            "BLUE" => Self::Blue,
            other => Self::Unknown(other.to_string()),
        }
    }
}
impl ::std::convert::From<String> for Color {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for Color {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for Color {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for Color {
    fn write_json(&self, out: &mut String) {
        ::awsgen_runtime::__private::json::write_string(out, self.as_str())
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for Color {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        <String as ::awsgen_runtime::__private::json::DeserializeJson>::from_json(value)
            .map(Self::from)
    }
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    Low,
    High,
    /// A value this model does not know, kept as sent.
    Unknown(i32),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl Level {
    /// The value as it appears on the wire.
    pub fn value(&self) -> i32 {
        match self {
            Self::Low => 1,
            Self::High => 10,
            Self::Unknown(value) => *value,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::std::default::Default for Level {
    fn default() -> Self {
        Self::Unknown(0)
    }
}
impl ::std::convert::From<i32> for Level {
    fn from(value: i32) -> Self {
        match value {
            1 => Self::Low,
            10 => Self::High,
            other => Self::Unknown(other),
        }
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for Level {
    fn write_json(&self, out: &mut String) {
        ::awsgen_runtime::__private::json::SerializeJson::write_json(&self.value(), out)
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for Level {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        <i32 as ::awsgen_runtime::__private::json::DeserializeJson>::from_json(value)
            .map(Self::from)
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mode {
    /// `steady`
    Steady,
    /// On and off, once a second.
    Blink,
    /// A value this model of `Mode` does not know, kept as sent.
    Unknown(String),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl Mode {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Steady => "steady",
            Self::Blink => "blink",
            Self::Unknown(value) => value,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
    /// Every value the model knows, in model order.
    pub const fn values() -> &'static [&'static str] {
        &["steady", "blink"]
    }
}
impl ::std::default::Default for Mode {
    /// An empty unknown value: what a missing required member reads as.
    fn default() -> Self {
        Self::Unknown(String::new())
    }
}
impl ::std::convert::From<&str> for Mode {
    fn from(value: &str) -> Self {
        match value {
            "steady" => Self::Steady,
            "blink" => Self::Blink,
            other => Self::Unknown(other.to_string()),
        }
    }
}
impl ::std::convert::From<String> for Mode {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for Mode {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for Mode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for Mode {
    fn write_json(&self, out: &mut String) {
        ::awsgen_runtime::__private::json::write_string(out, self.as_str())
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for Mode {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        <String as ::awsgen_runtime::__private::json::DeserializeJson>::from_json(value)
            .map(Self::from)
    }
}
pub type LevelList = Vec<Level>;
/// The errors `SetLight` can return.
#[derive(Debug, Clone, PartialEq)]
pub enum SetLightError {
    /// An error code the model does not list for this operation.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl SetLightError {
    /// The code, message, request id and HTTP status of the error response.
    pub fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        match self {
            Self::Unhandled(meta) => meta,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::std::fmt::Display for SetLightError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.meta(), f)
    }
}
impl ::awsgen_runtime::__private::RequestId for SetLightError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for SetLightError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for SetLightError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        _body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        match meta.code.as_str() {
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        SetLightError::meta(self)
    }
}
/// Any error of the Lights operations generated here: each operation's error converts into it with `From`, and a call's [`Error`](awsgen_runtime::Error) with [`Error::into_service`](awsgen_runtime::Error::into_service), so `?` collects the errors of several operations into one type.
#[derive(Debug, Clone, PartialEq)]
pub enum LightsError {
    /// An error code the model does not list for the operation that returned it.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl LightsError {
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
impl ::std::fmt::Display for LightsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.meta(), f)
    }
}
impl ::awsgen_runtime::__private::RequestId for LightsError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for LightsError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for LightsError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        _body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        match meta.code.as_str() {
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        LightsError::meta(self)
    }
}
impl ::std::convert::From<SetLightError> for LightsError {
    fn from(error: SetLightError) -> Self {
        use SetLightError as E;
        match error {
            E::Unhandled(meta) => Self::Unhandled(meta),
            E::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
/// The operations this `athena_operation!` invocation generated. One invocation per
/// module: put a second one in its own `mod`.
pub const OPERATIONS: &[&str] = &["SetLight"];
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
