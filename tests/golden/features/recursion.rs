#[allow(dead_code)]
const ONE_ATHENA_OPERATION_INVOCATION_PER_MODULE_PUT_EACH_IN_ITS_OWN_MOD: () = ();
/// Trees: a method per operation, each returning a builder of its request; `.send().await` makes the call.
///
/// Cheap to clone: clones share the [`Client`](::awsgen_runtime::Client)'s connection
/// pool, credentials and retry quota. The builders its methods return own a clone, so
/// their futures can be spawned.
#[derive(Clone, Debug)]
pub struct Trees {
    handle: ::awsgen_runtime::__private::ServiceHandle,
}
impl Trees {
    /// Calls the operations through `client`.
    pub fn new(client: ::awsgen_runtime::__private::Client) -> Self {
        Trees { handle: client.into() }
    }
    /// A client configured from the environment and the shared config files, as
    /// [`Client::from_env`](::awsgen_runtime::Client::from_env) finds them. A problem
    /// found there (no region, an unreadable profile file) is returned by every call,
    /// as [`Error::Config`](::awsgen_runtime::Error::Config); [`Self::try_from_env`]
    /// returns it here instead.
    pub fn from_env() -> Self {
        Trees {
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
    /// AWS API reference: `PutTree` (Trees).
    pub fn put_tree(&self) -> PutTreeFluentBuilder {
        PutTreeFluentBuilder {
            handle: self.handle.clone(),
            input: PutTreeInput::builder(),
        }
    }
}
impl ::std::convert::From<::awsgen_runtime::__private::Client> for Trees {
    fn from(client: ::awsgen_runtime::__private::Client) -> Self {
        Trees::new(client)
    }
}
/// The Trees service, as its model describes it: protocol, signing name, endpoints.
pub static SERVICE: ::awsgen_runtime::__private::protocol::ServiceSpec = ::awsgen_runtime::__private::protocol::ServiceSpec {
    target_prefix: "Trees",
    json_version: ::awsgen_runtime::__private::protocol::JsonVersion::V1_1,
    signing_name: "trees",
    endpoint_prefix: "trees",
    sdk_id: "Trees",
    endpoint_rules: None,
};
/// The request [`Trees::put_tree`] sends: the setters of [`PutTreeInput`]'s builder, then [`send`](Self::send).
#[derive(Clone, Debug)]
pub struct PutTreeFluentBuilder {
    handle: ::awsgen_runtime::__private::ServiceHandle,
    input: PutTreeInputBuilder,
}
impl PutTreeFluentBuilder {
    /// Sets [`PutTreeInput::root`].
    pub fn root(mut self, value: impl Into<Node>) -> Self {
        self.input = self.input.root(value);
        self
    }
    /// Sets or clears [`PutTreeInput::root`].
    pub fn set_root(mut self, value: Option<Node>) -> Self {
        self.input = self.input.set_root(value);
        self
    }
    /// Sets [`PutTreeInput::expression`].
    pub fn expression(mut self, value: impl Into<Expression>) -> Self {
        self.input = self.input.expression(value);
        self
    }
    /// Sets or clears [`PutTreeInput::expression`].
    pub fn set_expression(mut self, value: Option<Expression>) -> Self {
        self.input = self.input.set_expression(value);
        self
    }
    /// Validates the request and makes the call. A required member left unset is an [`Error::InvalidInput`](::awsgen_runtime::Error::InvalidInput) naming it; nothing is sent.
    pub async fn send(
        self,
    ) -> Result<PutTreeOutput, ::awsgen_runtime::__private::Error<PutTreeError>> {
        let input = self.input.build()?;
        put_tree(self.handle.client()?, input).await
    }
}
/// Sends a [`PutTreeInput`] built beforehand: the call [`Trees::put_tree`] makes.
pub fn put_tree(
    client: &::awsgen_runtime::__private::Client,
    input: PutTreeInput,
) -> impl ::std::future::Future<
    Output = Result<PutTreeOutput, ::awsgen_runtime::__private::Error<PutTreeError>>,
> + Send + '_ {
    async move {
        static OPERATION: ::awsgen_runtime::__private::protocol::OperationSpec = ::awsgen_runtime::__private::protocol::OperationSpec {
            service: &SERVICE,
            name: "PutTree",
        };
        if client.validates_input() {
            input.validate().map_err(::awsgen_runtime::__private::Error::InvalidInput)?;
        }
        let body = ::awsgen_runtime::__private::json::to_string(&input);
        client.call(&OPERATION, body).await
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutTreeInput {
    ///
    /// Required.
    pub root: Option<Node>,
    pub expression: Option<Expression>,
}
impl PutTreeInput {
    /// A builder for [`PutTreeInput`].
    pub fn builder() -> PutTreeInputBuilder {
        PutTreeInputBuilder::default()
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
            let path = path.member("Root");
            match &self.root {
                Some(value) => {
                    value.validate_at(&path, errors);
                }
                None => errors.missing(&path),
            }
        }
        {
            let path = path.member("Expression");
            if let Some(value) = &self.expression {
                value.validate_at(&path, errors);
            }
        }
    }
}
/// A builder for [`PutTreeInput`]: [`build`](Self::build) names every required member left unset.
#[derive(Debug, Clone, Default)]
pub struct PutTreeInputBuilder {
    root: Option<Node>,
    expression: Option<Expression>,
}
impl PutTreeInputBuilder {
    pub fn root(mut self, value: impl Into<Node>) -> Self {
        self.root = Some(value.into());
        self
    }
    /// Sets or clears `Root`.
    pub fn set_root(mut self, value: Option<Node>) -> Self {
        self.root = value;
        self
    }
    pub fn expression(mut self, value: impl Into<Expression>) -> Self {
        self.expression = Some(value.into());
        self
    }
    /// Sets or clears `Expression`.
    pub fn set_expression(mut self, value: Option<Expression>) -> Self {
        self.expression = value;
        self
    }
    /// Builds the value, or names every required member that is not set.
    pub fn build(self) -> Result<PutTreeInput, ::awsgen_runtime::__private::BuildError> {
        let mut missing: Vec<&'static str> = Vec::new();
        if self.root.is_none() {
            missing.push("Root");
        }
        if !missing.is_empty() {
            return Err(::awsgen_runtime::__private::BuildError {
                type_name: "PutTreeInput",
                missing,
            });
        }
        Ok(PutTreeInput {
            root: self.root,
            expression: self.expression,
        })
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for PutTreeInput {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.optional_member("\"Root\":", self.root.as_ref());
        object.optional_member("\"Expression\":", self.expression.as_ref());
        object.finish();
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutTreeOutput {
    pub root: Option<Node>,
    #[doc(hidden)]
    pub _request_id: ::awsgen_runtime::__private::request_id::ResponseRequestId,
}
impl ::awsgen_runtime::__private::RequestId for PutTreeOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.get()
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for PutTreeOutput {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        use ::awsgen_runtime::__private::json_structure::{member, read_structure};
        read_structure(
            value,
            |out: &mut Self, key, value| {
                match key {
                    "Root" => out.root = member(value, key)?,
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
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Node {
    ///
    /// Required.
    pub name: String,
    pub parent: Option<Box<Node>>,
    pub children: Option<Vec<Node>>,
    pub attributes: Option<::std::collections::HashMap<String, Node>>,
}
impl Node {
    /// A builder for [`Node`].
    pub fn builder() -> NodeBuilder {
        NodeBuilder::default()
    }
    /// Validates this value as the member at `path`, adding violations to `errors`.
    #[doc(hidden)]
    pub fn validate_at(
        &self,
        path: &::awsgen_runtime::__private::validate::Path<'_>,
        errors: &mut ::awsgen_runtime::__private::ValidationErrors,
    ) {
        {
            let path = path.member("Name");
            let value = &self.name;
            errors.string_length(&path, value, Some(1), None);
        }
        {
            let path = path.member("Parent");
            if let Some(value) = &self.parent {
                value.validate_at(&path, errors);
            }
        }
        {
            let path = path.member("Children");
            if let Some(value) = &self.children {
                for (index, item) in value.iter().enumerate() {
                    let path = path.index(index);
                    item.validate_at(&path, errors);
                }
            }
        }
        {
            let path = path.member("Attributes");
            if let Some(value) = &self.attributes {
                for (key, item) in value.iter() {
                    let path = path.key(key);
                    item.validate_at(&path, errors);
                }
            }
        }
    }
}
/// A builder for [`Node`]: [`build`](Self::build) names every required member left unset.
#[derive(Debug, Clone, Default)]
pub struct NodeBuilder {
    name: Option<String>,
    parent: Option<Box<Node>>,
    children: Option<Vec<Node>>,
    attributes: Option<::std::collections::HashMap<String, Node>>,
}
impl NodeBuilder {
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears `Name`.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.name = value;
        self
    }
    pub fn parent(mut self, value: impl Into<Node>) -> Self {
        self.parent = Some(Box::new(value.into()));
        self
    }
    /// Sets or clears `Parent`.
    pub fn set_parent(mut self, value: Option<Box<Node>>) -> Self {
        self.parent = value;
        self
    }
    /// Appends one item; [`set_children`](Self::set_children) sets the whole list.
    pub fn children(mut self, item: impl Into<Node>) -> Self {
        self.children.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets or clears `Children`.
    pub fn set_children(mut self, value: Option<Vec<Node>>) -> Self {
        self.children = value;
        self
    }
    /// Inserts one entry; [`set_attributes`](Self::set_attributes) sets the whole map.
    pub fn attributes(mut self, key: impl Into<String>, value: impl Into<Node>) -> Self {
        self.attributes
            .get_or_insert_with(Default::default)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears `Attributes`.
    pub fn set_attributes(
        mut self,
        value: Option<::std::collections::HashMap<String, Node>>,
    ) -> Self {
        self.attributes = value;
        self
    }
    /// Builds the value, or names every required member that is not set.
    pub fn build(self) -> Result<Node, ::awsgen_runtime::__private::BuildError> {
        let mut missing: Vec<&'static str> = Vec::new();
        if self.name.is_none() {
            missing.push("Name");
        }
        if !missing.is_empty() {
            return Err(::awsgen_runtime::__private::BuildError {
                type_name: "Node",
                missing,
            });
        }
        Ok(Node {
            name: self.name.unwrap_or_default(),
            parent: self.parent,
            children: self.children,
            attributes: self.attributes,
        })
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for Node {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.member("\"Name\":", &self.name);
        object.optional_member("\"Parent\":", self.parent.as_ref());
        object.optional_member("\"Children\":", self.children.as_ref());
        object.optional_member("\"Attributes\":", self.attributes.as_ref());
        object.finish();
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for Node {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        use ::awsgen_runtime::__private::json_structure::{member, read_structure};
        read_structure(
            value,
            |out: &mut Self, key, value| {
                match key {
                    "Name" => out.name = member(value, key)?,
                    "Parent" => out.parent = member(value, key)?,
                    "Children" => out.children = member(value, key)?,
                    "Attributes" => out.attributes = member(value, key)?,
                    _ => {}
                }
                Ok(())
            },
        )
    }
}
pub type NodeList = Vec<Node>;
pub type NodeMap = ::std::collections::HashMap<String, Node>;
#[derive(Debug, Clone, PartialEq)]
pub enum Expression {
    Literal(i64),
    Negate(Box<Expression>),
    Sum(Box<Sum>),
    /// A member this model does not know; holds the member's name.
    Unknown(String),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl ::std::default::Default for Expression {
    fn default() -> Self {
        Self::Unknown(String::new())
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for Expression {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        match self {
            Self::Literal(value) => object.member("\"Literal\":", value),
            Self::Negate(value) => object.member("\"Negate\":", value),
            Self::Sum(value) => object.member("\"Sum\":", value),
            Self::Unknown(_) => {}
            Self::__NonExhaustive(never) => never.unreachable(),
        }
        object.finish();
    }
}
impl Expression {
    /// Validates this value as the member at `path`, adding violations to `errors`.
    #[doc(hidden)]
    pub fn validate_at(
        &self,
        path: &::awsgen_runtime::__private::validate::Path<'_>,
        errors: &mut ::awsgen_runtime::__private::ValidationErrors,
    ) {
        match self {
            Self::Negate(value) => {
                let path = path.member("Negate");
                value.validate_at(&path, errors);
            }
            Self::Sum(value) => {
                let path = path.member("Sum");
                value.validate_at(&path, errors);
            }
            _ => {}
        }
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sum {
    ///
    /// Required.
    pub left: Box<Expression>,
    ///
    /// Required.
    pub right: Box<Expression>,
}
impl Sum {
    /// A builder for [`Sum`].
    pub fn builder() -> SumBuilder {
        SumBuilder::default()
    }
    /// Validates this value as the member at `path`, adding violations to `errors`.
    #[doc(hidden)]
    pub fn validate_at(
        &self,
        path: &::awsgen_runtime::__private::validate::Path<'_>,
        errors: &mut ::awsgen_runtime::__private::ValidationErrors,
    ) {
        {
            let path = path.member("Left");
            let value = &self.left;
            value.validate_at(&path, errors);
        }
        {
            let path = path.member("Right");
            let value = &self.right;
            value.validate_at(&path, errors);
        }
    }
}
/// A builder for [`Sum`]: [`build`](Self::build) names every required member left unset.
#[derive(Debug, Clone, Default)]
pub struct SumBuilder {
    left: Option<Box<Expression>>,
    right: Option<Box<Expression>>,
}
impl SumBuilder {
    pub fn left(mut self, value: impl Into<Expression>) -> Self {
        self.left = Some(Box::new(value.into()));
        self
    }
    /// Sets or clears `Left`.
    pub fn set_left(mut self, value: Option<Box<Expression>>) -> Self {
        self.left = value;
        self
    }
    pub fn right(mut self, value: impl Into<Expression>) -> Self {
        self.right = Some(Box::new(value.into()));
        self
    }
    /// Sets or clears `Right`.
    pub fn set_right(mut self, value: Option<Box<Expression>>) -> Self {
        self.right = value;
        self
    }
    /// Builds the value, or names every required member that is not set.
    pub fn build(self) -> Result<Sum, ::awsgen_runtime::__private::BuildError> {
        let mut missing: Vec<&'static str> = Vec::new();
        if self.left.is_none() {
            missing.push("Left");
        }
        if self.right.is_none() {
            missing.push("Right");
        }
        if !missing.is_empty() {
            return Err(::awsgen_runtime::__private::BuildError {
                type_name: "Sum",
                missing,
            });
        }
        Ok(Sum {
            left: self.left.unwrap_or_default(),
            right: self.right.unwrap_or_default(),
        })
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for Sum {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.member("\"Left\":", &self.left);
        object.member("\"Right\":", &self.right);
        object.finish();
    }
}
/// The errors `PutTree` can return.
#[derive(Debug, Clone, PartialEq)]
pub enum PutTreeError {
    /// An error code the model does not list for this operation.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl PutTreeError {
    /// The code, message, request id and HTTP status of the error response.
    pub fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        match self {
            Self::Unhandled(meta) => meta,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::std::fmt::Display for PutTreeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.meta(), f)
    }
}
impl ::awsgen_runtime::__private::RequestId for PutTreeError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for PutTreeError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for PutTreeError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        _body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        match meta.code.as_str() {
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        PutTreeError::meta(self)
    }
}
/// Any error of the Trees operations generated here: each operation's error converts into it with `From`, and a call's [`Error`](awsgen_runtime::Error) with [`Error::into_service`](awsgen_runtime::Error::into_service), so `?` collects the errors of several operations into one type.
#[derive(Debug, Clone, PartialEq)]
pub enum TreesError {
    /// An error code the model does not list for the operation that returned it.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl TreesError {
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
impl ::std::fmt::Display for TreesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.meta(), f)
    }
}
impl ::awsgen_runtime::__private::RequestId for TreesError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for TreesError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for TreesError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        _body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        match meta.code.as_str() {
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        TreesError::meta(self)
    }
}
impl ::std::convert::From<PutTreeError> for TreesError {
    fn from(error: PutTreeError) -> Self {
        use PutTreeError as E;
        match error {
            E::Unhandled(meta) => Self::Unhandled(meta),
            E::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
/// The operations this `athena_operation!` invocation generated. One invocation per
/// module: put a second one in its own `mod`.
pub const OPERATIONS: &[&str] = &["PutTree"];
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
