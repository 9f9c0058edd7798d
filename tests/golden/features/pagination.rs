#[allow(dead_code)]
const ONE_ATHENA_OPERATION_INVOCATION_PER_MODULE_PUT_EACH_IN_ITS_OWN_MOD: () = ();
/// Library: a method per operation, each returning a builder of its request; `.send().await` makes the call.
///
/// Cheap to clone: clones share the [`Client`](::awsgen_runtime::Client)'s connection
/// pool, credentials and retry quota. The builders its methods return own a clone, so
/// their futures can be spawned.
#[derive(Clone, Debug)]
pub struct Library {
    handle: ::awsgen_runtime::__private::ServiceHandle,
}
impl Library {
    /// Calls the operations through `client`.
    pub fn new(client: ::awsgen_runtime::__private::Client) -> Self {
        Library { handle: client.into() }
    }
    /// A client configured from the environment and the shared config files, as
    /// [`Client::from_env`](::awsgen_runtime::Client::from_env) finds them. A problem
    /// found there (no region, an unreadable profile file) is returned by every call,
    /// as [`Error::Config`](::awsgen_runtime::Error::Config); [`Self::try_from_env`]
    /// returns it here instead.
    pub fn from_env() -> Self {
        Library {
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
    /// AWS API reference: `ListBooks` (Library).
    pub fn list_books(&self) -> ListBooksFluentBuilder {
        ListBooksFluentBuilder {
            handle: self.handle.clone(),
            input: ListBooksInput::builder(),
        }
    }
    ///
    /// AWS API reference: `ListShelves` (Library).
    pub fn list_shelves(&self) -> ListShelvesFluentBuilder {
        ListShelvesFluentBuilder {
            handle: self.handle.clone(),
            input: ListShelvesInput::builder(),
        }
    }
}
impl ::std::convert::From<::awsgen_runtime::__private::Client> for Library {
    fn from(client: ::awsgen_runtime::__private::Client) -> Self {
        Library::new(client)
    }
}
/// The Library service, as its model describes it: protocol, signing name, endpoints.
pub static SERVICE: ::awsgen_runtime::__private::protocol::ServiceSpec = ::awsgen_runtime::__private::protocol::ServiceSpec {
    target_prefix: "Library",
    json_version: ::awsgen_runtime::__private::protocol::JsonVersion::V1_1,
    signing_name: "library",
    endpoint_prefix: "library",
    sdk_id: "Library",
    endpoint_rules: None,
};
/// The request [`Library::list_books`] sends: the setters of [`ListBooksInput`]'s builder, then [`send`](Self::send).
#[derive(Clone, Debug)]
pub struct ListBooksFluentBuilder {
    handle: ::awsgen_runtime::__private::ServiceHandle,
    input: ListBooksInputBuilder,
}
impl ListBooksFluentBuilder {
    /// Sets [`ListBooksInput::shelf`].
    pub fn shelf(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.shelf(value);
        self
    }
    /// Sets or clears [`ListBooksInput::shelf`].
    pub fn set_shelf(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_shelf(value);
        self
    }
    /// Sets [`ListBooksInput::next_token`].
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.next_token(value);
        self
    }
    /// Sets or clears [`ListBooksInput::next_token`].
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_next_token(value);
        self
    }
    /// Sets [`ListBooksInput::max_results`].
    pub fn max_results(mut self, value: impl Into<i32>) -> Self {
        self.input = self.input.max_results(value);
        self
    }
    /// Sets or clears [`ListBooksInput::max_results`].
    pub fn set_max_results(mut self, value: Option<i32>) -> Self {
        self.input = self.input.set_max_results(value);
        self
    }
    /// Validates the request and makes the call. A required member left unset is an [`Error::InvalidInput`](::awsgen_runtime::Error::InvalidInput) naming it; nothing is sent.
    pub async fn send(
        self,
    ) -> Result<ListBooksOutput, ::awsgen_runtime::__private::Error<ListBooksError>> {
        let input = self.input.build()?;
        list_books(self.handle.client()?, input).await
    }
    /// Every page of the call, as [`list_books_pages`] returns them. A required member left unset is the first and only item, an [`Error::InvalidInput`](::awsgen_runtime::Error::InvalidInput) naming it; nothing is sent.
    pub fn into_paginator(
        self,
    ) -> ::awsgen_runtime::__private::Pages<
        'static,
        ListBooksInput,
        ListBooksOutput,
        ListBooksError,
    > {
        match (self.handle.client(), self.input.build()) {
            (Ok(client), Ok(input)) => list_books_pages(client, input),
            (Err(e), _) => ::awsgen_runtime::__private::Pages::failed(e),
            (_, Err(missing)) => {
                ::awsgen_runtime::__private::Pages::failed(missing.into())
            }
        }
    }
}
/// Sends a [`ListBooksInput`] built beforehand: the call [`Library::list_books`] makes.
pub fn list_books(
    client: &::awsgen_runtime::__private::Client,
    input: ListBooksInput,
) -> impl ::std::future::Future<
    Output = Result<ListBooksOutput, ::awsgen_runtime::__private::Error<ListBooksError>>,
> + Send + '_ {
    async move {
        static OPERATION: ::awsgen_runtime::__private::protocol::OperationSpec = ::awsgen_runtime::__private::protocol::OperationSpec {
            service: &SERVICE,
            name: "ListBooks",
        };
        if client.validates_input() {
            input.validate().map_err(::awsgen_runtime::__private::Error::InvalidInput)?;
        }
        let body = ::awsgen_runtime::__private::json::to_string(&input);
        client.call(&OPERATION, body).await
    }
}
/// Every page of [`list_books`], as a `Stream` (or call `.next().await` in a loop): each request carries the `NextToken` of the previous response as `NextToken`. `.page_size(n)` sets `MaxResults`. `.items()` streams each `Books` entry.
pub fn list_books_pages(
    client: &::awsgen_runtime::__private::Client,
    input: ListBooksInput,
) -> ::awsgen_runtime::__private::Pages<
    'static,
    ListBooksInput,
    ListBooksOutput,
    ListBooksError,
> {
    let client = client.clone();
    ::awsgen_runtime::__private::Pages::new(
        input,
        move |input| {
            let client = client.clone();
            Box::pin(async move { list_books(&client, input).await })
        },
        |input, token| input.next_token = Some(token),
        |output| output.next_token.as_ref(),
    )
}
impl ::awsgen_runtime::__private::PageSize for ListBooksInput {
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
}
impl ::awsgen_runtime::__private::PageItems for ListBooksOutput {
    type Items = Vec<String>;
    fn into_items(self) -> Option<Self::Items> {
        self.books
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListBooksInput {
    ///
    /// Required.
    pub shelf: Option<String>,
    pub next_token: Option<String>,
    pub max_results: Option<i32>,
}
impl ListBooksInput {
    /// A builder for [`ListBooksInput`].
    pub fn builder() -> ListBooksInputBuilder {
        ListBooksInputBuilder::default()
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
            let path = path.member("Shelf");
            if self.shelf.is_none() {
                errors.missing(&path);
            }
        }
        {
            let path = path.member("MaxResults");
            if let Some(value) = &self.max_results {
                errors.range(&path, *value, Some(1.0), Some(100.0));
            }
        }
    }
}
/// A builder for [`ListBooksInput`]: [`build`](Self::build) names every required member left unset.
#[derive(Debug, Clone, Default)]
pub struct ListBooksInputBuilder {
    shelf: Option<String>,
    next_token: Option<String>,
    max_results: Option<i32>,
}
impl ListBooksInputBuilder {
    pub fn shelf(mut self, value: impl Into<String>) -> Self {
        self.shelf = Some(value.into());
        self
    }
    /// Sets or clears `Shelf`.
    pub fn set_shelf(mut self, value: Option<String>) -> Self {
        self.shelf = value;
        self
    }
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears `NextToken`.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.next_token = value;
        self
    }
    pub fn max_results(mut self, value: impl Into<i32>) -> Self {
        self.max_results = Some(value.into());
        self
    }
    /// Sets or clears `MaxResults`.
    pub fn set_max_results(mut self, value: Option<i32>) -> Self {
        self.max_results = value;
        self
    }
    /// Builds the value, or names every required member that is not set.
    pub fn build(
        self,
    ) -> Result<ListBooksInput, ::awsgen_runtime::__private::BuildError> {
        let mut missing: Vec<&'static str> = Vec::new();
        if self.shelf.is_none() {
            missing.push("Shelf");
        }
        if !missing.is_empty() {
            return Err(::awsgen_runtime::__private::BuildError {
                type_name: "ListBooksInput",
                missing,
            });
        }
        Ok(ListBooksInput {
            shelf: self.shelf,
            next_token: self.next_token,
            max_results: self.max_results,
        })
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for ListBooksInput {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.optional_member("\"Shelf\":", self.shelf.as_ref());
        object.optional_member("\"NextToken\":", self.next_token.as_ref());
        object.optional_member("\"MaxResults\":", self.max_results.as_ref());
        object.finish();
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListBooksOutput {
    pub books: Option<Vec<String>>,
    pub next_token: Option<String>,
    #[doc(hidden)]
    pub _request_id: ::awsgen_runtime::__private::request_id::ResponseRequestId,
}
impl ::awsgen_runtime::__private::RequestId for ListBooksOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.get()
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for ListBooksOutput {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        use ::awsgen_runtime::__private::json_structure::{member, read_structure};
        read_structure(
            value,
            |out: &mut Self, key, value| {
                match key {
                    "Books" => out.books = member(value, key)?,
                    "NextToken" => out.next_token = member(value, key)?,
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
pub type BookList = Vec<String>;
/// The errors `ListBooks` can return.
#[derive(Debug, Clone, PartialEq)]
pub enum ListBooksError {
    /// An error code the model does not list for this operation.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl ListBooksError {
    /// The code, message, request id and HTTP status of the error response.
    pub fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        match self {
            Self::Unhandled(meta) => meta,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::std::fmt::Display for ListBooksError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.meta(), f)
    }
}
impl ::awsgen_runtime::__private::RequestId for ListBooksError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for ListBooksError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for ListBooksError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        _body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        match meta.code.as_str() {
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        ListBooksError::meta(self)
    }
}
/// The request [`Library::list_shelves`] sends: the setters of [`ListShelvesInput`]'s builder, then [`send`](Self::send).
#[derive(Clone, Debug)]
pub struct ListShelvesFluentBuilder {
    handle: ::awsgen_runtime::__private::ServiceHandle,
    input: ListShelvesInputBuilder,
}
impl ListShelvesFluentBuilder {
    /// Sets [`ListShelvesInput::start_after`].
    pub fn start_after(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.start_after(value);
        self
    }
    /// Sets or clears [`ListShelvesInput::start_after`].
    pub fn set_start_after(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_start_after(value);
        self
    }
    /// Sets [`ListShelvesInput::limit`].
    pub fn limit(mut self, value: impl Into<i32>) -> Self {
        self.input = self.input.limit(value);
        self
    }
    /// Sets or clears [`ListShelvesInput::limit`].
    pub fn set_limit(mut self, value: Option<i32>) -> Self {
        self.input = self.input.set_limit(value);
        self
    }
    /// Validates the request and makes the call.
    pub async fn send(
        self,
    ) -> Result<
        ListShelvesOutput,
        ::awsgen_runtime::__private::Error<ListShelvesError>,
    > {
        let input = self.input.build();
        list_shelves(self.handle.client()?, input).await
    }
    /// Every page of the call, as [`list_shelves_pages`] returns them.
    pub fn into_paginator(
        self,
    ) -> ::awsgen_runtime::__private::Pages<
        'static,
        ListShelvesInput,
        ListShelvesOutput,
        ListShelvesError,
    > {
        match self.handle.client() {
            Ok(client) => list_shelves_pages(client, self.input.build()),
            Err(e) => ::awsgen_runtime::__private::Pages::failed(e),
        }
    }
}
/// Sends a [`ListShelvesInput`] built beforehand: the call [`Library::list_shelves`] makes.
pub fn list_shelves(
    client: &::awsgen_runtime::__private::Client,
    input: ListShelvesInput,
) -> impl ::std::future::Future<
    Output = Result<
        ListShelvesOutput,
        ::awsgen_runtime::__private::Error<ListShelvesError>,
    >,
> + Send + '_ {
    async move {
        static OPERATION: ::awsgen_runtime::__private::protocol::OperationSpec = ::awsgen_runtime::__private::protocol::OperationSpec {
            service: &SERVICE,
            name: "ListShelves",
        };
        if client.validates_input() {
            input.validate().map_err(::awsgen_runtime::__private::Error::InvalidInput)?;
        }
        let body = ::awsgen_runtime::__private::json::to_string(&input);
        client.call(&OPERATION, body).await
    }
}
/// Every page of [`list_shelves`], as a `Stream` (or call `.next().await` in a loop): each request carries the `LastShelf` of the previous response as `StartAfter`. `.page_size(n)` sets `Limit`. `.items()` streams each `Shelves` entry.
pub fn list_shelves_pages(
    client: &::awsgen_runtime::__private::Client,
    input: ListShelvesInput,
) -> ::awsgen_runtime::__private::Pages<
    'static,
    ListShelvesInput,
    ListShelvesOutput,
    ListShelvesError,
> {
    let client = client.clone();
    ::awsgen_runtime::__private::Pages::new(
        input,
        move |input| {
            let client = client.clone();
            Box::pin(async move { list_shelves(&client, input).await })
        },
        |input, token| input.start_after = Some(token),
        |output| output.last_shelf.as_ref(),
    )
}
impl ::awsgen_runtime::__private::PageSize for ListShelvesInput {
    fn set_page_size(&mut self, size: i32) {
        self.limit = Some(size);
    }
}
impl ::awsgen_runtime::__private::PageItems for ListShelvesOutput {
    type Items = Vec<String>;
    fn into_items(self) -> Option<Self::Items> {
        Some(self.shelves)
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListShelvesInput {
    pub start_after: Option<String>,
    pub limit: Option<i32>,
}
impl ListShelvesInput {
    /// A builder for [`ListShelvesInput`].
    pub fn builder() -> ListShelvesInputBuilder {
        ListShelvesInputBuilder::default()
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
        _path: &::awsgen_runtime::__private::validate::Path<'_>,
        _errors: &mut ::awsgen_runtime::__private::ValidationErrors,
    ) {}
}
/// A builder for [`ListShelvesInput`].
#[derive(Debug, Clone, Default)]
pub struct ListShelvesInputBuilder {
    start_after: Option<String>,
    limit: Option<i32>,
}
impl ListShelvesInputBuilder {
    pub fn start_after(mut self, value: impl Into<String>) -> Self {
        self.start_after = Some(value.into());
        self
    }
    /// Sets or clears `StartAfter`.
    pub fn set_start_after(mut self, value: Option<String>) -> Self {
        self.start_after = value;
        self
    }
    pub fn limit(mut self, value: impl Into<i32>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets or clears `Limit`.
    pub fn set_limit(mut self, value: Option<i32>) -> Self {
        self.limit = value;
        self
    }
    /// Builds the value.
    pub fn build(self) -> ListShelvesInput {
        ListShelvesInput {
            start_after: self.start_after,
            limit: self.limit,
        }
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for ListShelvesInput {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.optional_member("\"StartAfter\":", self.start_after.as_ref());
        object.optional_member("\"Limit\":", self.limit.as_ref());
        object.finish();
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListShelvesOutput {
    ///
    /// Required.
    pub shelves: Vec<String>,
    pub last_shelf: Option<String>,
    #[doc(hidden)]
    pub _request_id: ::awsgen_runtime::__private::request_id::ResponseRequestId,
}
impl ::awsgen_runtime::__private::RequestId for ListShelvesOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.get()
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for ListShelvesOutput {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        use ::awsgen_runtime::__private::json_structure::{member, read_structure};
        read_structure(
            value,
            |out: &mut Self, key, value| {
                match key {
                    "Shelves" => out.shelves = member(value, key)?,
                    "LastShelf" => out.last_shelf = member(value, key)?,
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
pub type ShelfList = Vec<String>;
/// The errors `ListShelves` can return.
#[derive(Debug, Clone, PartialEq)]
pub enum ListShelvesError {
    /// An error code the model does not list for this operation.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl ListShelvesError {
    /// The code, message, request id and HTTP status of the error response.
    pub fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        match self {
            Self::Unhandled(meta) => meta,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::std::fmt::Display for ListShelvesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.meta(), f)
    }
}
impl ::awsgen_runtime::__private::RequestId for ListShelvesError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for ListShelvesError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for ListShelvesError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        _body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        match meta.code.as_str() {
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        ListShelvesError::meta(self)
    }
}
/// Any error of the Library operations generated here: each operation's error converts into it with `From`, and a call's [`Error`](awsgen_runtime::Error) with [`Error::into_service`](awsgen_runtime::Error::into_service), so `?` collects the errors of several operations into one type.
#[derive(Debug, Clone, PartialEq)]
pub enum LibraryError {
    /// An error code the model does not list for the operation that returned it.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl LibraryError {
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
impl ::std::fmt::Display for LibraryError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.meta(), f)
    }
}
impl ::awsgen_runtime::__private::RequestId for LibraryError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for LibraryError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for LibraryError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        _body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        match meta.code.as_str() {
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        LibraryError::meta(self)
    }
}
impl ::std::convert::From<ListBooksError> for LibraryError {
    fn from(error: ListBooksError) -> Self {
        use ListBooksError as E;
        match error {
            E::Unhandled(meta) => Self::Unhandled(meta),
            E::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::std::convert::From<ListShelvesError> for LibraryError {
    fn from(error: ListShelvesError) -> Self {
        use ListShelvesError as E;
        match error {
            E::Unhandled(meta) => Self::Unhandled(meta),
            E::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
/// The operations this `athena_operation!` invocation generated. One invocation per
/// module: put a second one in its own `mod`.
pub const OPERATIONS: &[&str] = &["ListBooks", "ListShelves"];
/// Operations of the service left out, with the reason.
pub const SKIPPED_OPERATIONS: &[(&str, &str)] = &[];
/// The `wait_until_*` fns this invocation generated.
pub const WAITERS: &[&str] = &[];
/// Waiters of the generated operations left out (an expression outside the JMESPath
/// subset the generator compiles, ...), with the reason.
pub const SKIPPED_WAITERS: &[(&str, &str)] = &[];
/// The `{operation}_pages` fns this invocation generated.
pub const PAGINATORS: &[&str] = &["list_books_pages", "list_shelves_pages"];
/// Paginated operations whose `{operation}_pages` was left out (nested or non-string
/// tokens, several tokens), with the reason.
pub const SKIPPED_PAGINATORS: &[(&str, &str)] = &[];
