#[allow(dead_code)]
const ONE_ATHENA_OPERATION_INVOCATION_PER_MODULE_PUT_EACH_IN_ITS_OWN_MOD: () = ();
/// Shapes: a method per operation, each returning a builder of its request; `.send().await` makes the call.
///
/// Cheap to clone: clones share the [`Client`](::awsgen_runtime::Client)'s connection
/// pool, credentials and retry quota. The builders its methods return own a clone, so
/// their futures can be spawned.
#[derive(Clone, Debug)]
pub struct Shapes {
    handle: ::awsgen_runtime::__private::ServiceHandle,
}
impl Shapes {
    /// Calls the operations through `client`.
    pub fn new(client: ::awsgen_runtime::__private::Client) -> Self {
        Shapes { handle: client.into() }
    }
    /// A client configured from the environment and the shared config files, as
    /// [`Client::from_env`](::awsgen_runtime::Client::from_env) finds them. A problem
    /// found there (no region, an unreadable profile file) is returned by every call,
    /// as [`Error::Config`](::awsgen_runtime::Error::Config); [`Self::try_from_env`]
    /// returns it here instead.
    pub fn from_env() -> Self {
        Shapes {
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
    /// AWS API reference: `Draw` (Shapes).
    pub fn draw(&self) -> DrawFluentBuilder {
        DrawFluentBuilder {
            handle: self.handle.clone(),
            input: DrawInput::builder(),
        }
    }
}
impl ::std::convert::From<::awsgen_runtime::__private::Client> for Shapes {
    fn from(client: ::awsgen_runtime::__private::Client) -> Self {
        Shapes::new(client)
    }
}
/// The Shapes service, as its model describes it: protocol, signing name, endpoints.
pub static SERVICE: ::awsgen_runtime::__private::protocol::ServiceSpec = ::awsgen_runtime::__private::protocol::ServiceSpec {
    target_prefix: "Shapes",
    json_version: ::awsgen_runtime::__private::protocol::JsonVersion::V1_0,
    signing_name: "shapes",
    endpoint_prefix: "shapes",
    sdk_id: "Shapes",
    endpoint_rules: None,
};
/// The request [`Shapes::draw`] sends: the setters of [`DrawInput`]'s builder, then [`send`](Self::send).
#[derive(Clone, Debug)]
pub struct DrawFluentBuilder {
    handle: ::awsgen_runtime::__private::ServiceHandle,
    input: DrawInputBuilder,
}
impl DrawFluentBuilder {
    /// Sets [`DrawInput::figure`].
    pub fn figure(mut self, value: impl Into<Figure>) -> Self {
        self.input = self.input.figure(value);
        self
    }
    /// Sets or clears [`DrawInput::figure`].
    pub fn set_figure(mut self, value: Option<Figure>) -> Self {
        self.input = self.input.set_figure(value);
        self
    }
    /// Validates the request and makes the call. A required member left unset is an [`Error::InvalidInput`](::awsgen_runtime::Error::InvalidInput) naming it; nothing is sent.
    pub async fn send(
        self,
    ) -> Result<DrawOutput, ::awsgen_runtime::__private::Error<DrawError>> {
        let input = self.input.build()?;
        draw(self.handle.client()?, input).await
    }
}
/// Sends a [`DrawInput`] built beforehand: the call [`Shapes::draw`] makes.
pub fn draw(
    client: &::awsgen_runtime::__private::Client,
    input: DrawInput,
) -> impl ::std::future::Future<
    Output = Result<DrawOutput, ::awsgen_runtime::__private::Error<DrawError>>,
> + Send + '_ {
    async move {
        static OPERATION: ::awsgen_runtime::__private::protocol::OperationSpec = ::awsgen_runtime::__private::protocol::OperationSpec {
            service: &SERVICE,
            name: "Draw",
        };
        if client.validates_input() {
            input.validate().map_err(::awsgen_runtime::__private::Error::InvalidInput)?;
        }
        let body = ::awsgen_runtime::__private::json::to_string(&input);
        client.call(&OPERATION, body).await
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DrawInput {
    /// One figure: exactly one member is set.
    ///
    /// Required.
    pub figure: Option<Figure>,
}
impl DrawInput {
    /// A builder for [`DrawInput`].
    pub fn builder() -> DrawInputBuilder {
        DrawInputBuilder::default()
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
            let path = path.member("Figure");
            match &self.figure {
                Some(value) => {
                    value.validate_at(&path, errors);
                }
                None => errors.missing(&path),
            }
        }
    }
}
/// A builder for [`DrawInput`]: [`build`](Self::build) names every required member left unset.
#[derive(Debug, Clone, Default)]
pub struct DrawInputBuilder {
    figure: Option<Figure>,
}
impl DrawInputBuilder {
    /// One figure: exactly one member is set.
    pub fn figure(mut self, value: impl Into<Figure>) -> Self {
        self.figure = Some(value.into());
        self
    }
    /// Sets or clears `Figure`.
    pub fn set_figure(mut self, value: Option<Figure>) -> Self {
        self.figure = value;
        self
    }
    /// Builds the value, or names every required member that is not set.
    pub fn build(self) -> Result<DrawInput, ::awsgen_runtime::__private::BuildError> {
        let mut missing: Vec<&'static str> = Vec::new();
        if self.figure.is_none() {
            missing.push("Figure");
        }
        if !missing.is_empty() {
            return Err(::awsgen_runtime::__private::BuildError {
                type_name: "DrawInput",
                missing,
            });
        }
        Ok(DrawInput { figure: self.figure })
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for DrawInput {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.optional_member("\"Figure\":", self.figure.as_ref());
        object.finish();
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DrawOutput {
    /// One figure: exactly one member is set.
    pub drawn: Option<Figure>,
    #[doc(hidden)]
    pub _request_id: ::awsgen_runtime::__private::request_id::ResponseRequestId,
}
impl ::awsgen_runtime::__private::RequestId for DrawOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.get()
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for DrawOutput {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        use ::awsgen_runtime::__private::json_structure::{member, read_structure};
        read_structure(
            value,
            |out: &mut Self, key, value| {
                match key {
                    "Drawn" => out.drawn = member(value, key)?,
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
/// One figure: exactly one member is set.
#[derive(Debug, Clone, PartialEq)]
pub enum Figure {
    Circle(Circle),
    /// A text label.
    Label(String),
    Points(Vec<i32>),
    Nothing(()),
    /// A member this model does not know; holds the member's name.
    Unknown(String),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl ::std::default::Default for Figure {
    fn default() -> Self {
        Self::Unknown(String::new())
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for Figure {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        match self {
            Self::Circle(value) => object.member("\"Circle\":", value),
            Self::Label(value) => object.member("\"Label\":", value),
            Self::Points(value) => object.member("\"Points\":", value),
            Self::Nothing(value) => object.member("\"Nothing\":", value),
            Self::Unknown(_) => {}
            Self::__NonExhaustive(never) => never.unreachable(),
        }
        object.finish();
    }
}
impl Figure {
    /// Validates this value as the member at `path`, adding violations to `errors`.
    #[doc(hidden)]
    pub fn validate_at(
        &self,
        path: &::awsgen_runtime::__private::validate::Path<'_>,
        errors: &mut ::awsgen_runtime::__private::ValidationErrors,
    ) {
        match self {
            Self::Circle(value) => {
                let path = path.member("Circle");
                value.validate_at(&path, errors);
            }
            Self::Label(value) => {
                let path = path.member("Label");
                errors.string_length(&path, value, Some(1), Some(64));
            }
            _ => {}
        }
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for Figure {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        let object = ::awsgen_runtime::__private::json::expect_object(value)?;
        let mut set = object
            .iter()
            .filter(|(k, v)| !v.is_null() && k.as_str() != "__type");
        let (Some((key, value)), None) = (set.next(), set.next()) else {
            return Err(
                ::awsgen_runtime::__private::json::DeserializeError::new(
                    "a union must have exactly one member set",
                ),
            );
        };
        Ok(
            match key.as_str() {
                "Circle" => {
                    Self::Circle(
                        ::awsgen_runtime::__private::json::DeserializeJson::from_json(
                                value,
                            )
                            .map_err(|e| e.in_member("Circle"))?,
                    )
                }
                "Label" => {
                    Self::Label(
                        ::awsgen_runtime::__private::json::DeserializeJson::from_json(
                                value,
                            )
                            .map_err(|e| e.in_member("Label"))?,
                    )
                }
                "Points" => {
                    Self::Points(
                        ::awsgen_runtime::__private::json::DeserializeJson::from_json(
                                value,
                            )
                            .map_err(|e| e.in_member("Points"))?,
                    )
                }
                "Nothing" => {
                    Self::Nothing(
                        ::awsgen_runtime::__private::json::DeserializeJson::from_json(
                                value,
                            )
                            .map_err(|e| e.in_member("Nothing"))?,
                    )
                }
                other => Self::Unknown(other.to_string()),
            },
        )
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Circle {
    ///
    /// Required.
    pub radius: f64,
}
impl Circle {
    /// A builder for [`Circle`].
    pub fn builder() -> CircleBuilder {
        CircleBuilder::default()
    }
    /// Validates this value as the member at `path`, adding violations to `errors`.
    #[doc(hidden)]
    pub fn validate_at(
        &self,
        _path: &::awsgen_runtime::__private::validate::Path<'_>,
        _errors: &mut ::awsgen_runtime::__private::ValidationErrors,
    ) {}
}
/// A builder for [`Circle`]: [`build`](Self::build) names every required member left unset.
#[derive(Debug, Clone, Default)]
pub struct CircleBuilder {
    radius: Option<f64>,
}
impl CircleBuilder {
    pub fn radius(mut self, value: impl Into<f64>) -> Self {
        self.radius = Some(value.into());
        self
    }
    /// Sets or clears `Radius`.
    pub fn set_radius(mut self, value: Option<f64>) -> Self {
        self.radius = value;
        self
    }
    /// Builds the value, or names every required member that is not set.
    pub fn build(self) -> Result<Circle, ::awsgen_runtime::__private::BuildError> {
        let mut missing: Vec<&'static str> = Vec::new();
        if self.radius.is_none() {
            missing.push("Radius");
        }
        if !missing.is_empty() {
            return Err(::awsgen_runtime::__private::BuildError {
                type_name: "Circle",
                missing,
            });
        }
        Ok(Circle {
            radius: self.radius.unwrap_or_default(),
        })
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for Circle {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.member("\"Radius\":", &self.radius);
        object.finish();
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for Circle {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        use ::awsgen_runtime::__private::json_structure::{member, read_structure};
        read_structure(
            value,
            |out: &mut Self, key, value| {
                match key {
                    "Radius" => out.radius = member(value, key)?,
                    _ => {}
                }
                Ok(())
            },
        )
    }
}
pub type PointList = Vec<i32>;
/// The errors `Draw` can return.
#[derive(Debug, Clone, PartialEq)]
pub enum DrawError {
    /// An error code the model does not list for this operation.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl DrawError {
    /// The code, message, request id and HTTP status of the error response.
    pub fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        match self {
            Self::Unhandled(meta) => meta,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::std::fmt::Display for DrawError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.meta(), f)
    }
}
impl ::awsgen_runtime::__private::RequestId for DrawError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for DrawError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for DrawError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        _body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        match meta.code.as_str() {
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        DrawError::meta(self)
    }
}
/// Any error of the Shapes operations generated here: each operation's error converts into it with `From`, and a call's [`Error`](awsgen_runtime::Error) with [`Error::into_service`](awsgen_runtime::Error::into_service), so `?` collects the errors of several operations into one type.
#[derive(Debug, Clone, PartialEq)]
pub enum ShapesError {
    /// An error code the model does not list for the operation that returned it.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl ShapesError {
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
impl ::std::fmt::Display for ShapesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.meta(), f)
    }
}
impl ::awsgen_runtime::__private::RequestId for ShapesError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for ShapesError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for ShapesError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        _body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        match meta.code.as_str() {
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        ShapesError::meta(self)
    }
}
impl ::std::convert::From<DrawError> for ShapesError {
    fn from(error: DrawError) -> Self {
        use DrawError as E;
        match error {
            E::Unhandled(meta) => Self::Unhandled(meta),
            E::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
/// The operations this `athena_operation!` invocation generated. One invocation per
/// module: put a second one in its own `mod`.
pub const OPERATIONS: &[&str] = &["Draw"];
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
