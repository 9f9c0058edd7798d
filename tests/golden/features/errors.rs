#[allow(dead_code)]
const ONE_ATHENA_OPERATION_INVOCATION_PER_MODULE_PUT_EACH_IN_ITS_OWN_MOD: () = ();
/// Bank: a method per operation, each returning a builder of its request; `.send().await` makes the call.
///
/// Cheap to clone: clones share the [`Client`](::awsgen_runtime::Client)'s connection
/// pool, credentials and retry quota. The builders its methods return own a clone, so
/// their futures can be spawned.
#[derive(Clone, Debug)]
pub struct Bank {
    handle: ::awsgen_runtime::__private::ServiceHandle,
}
impl Bank {
    /// Calls the operations through `client`.
    pub fn new(client: ::awsgen_runtime::__private::Client) -> Self {
        Bank { handle: client.into() }
    }
    /// A client configured from the environment and the shared config files, as
    /// [`Client::from_env`](::awsgen_runtime::Client::from_env) finds them. A problem
    /// found there (no region, an unreadable profile file) is returned by every call,
    /// as [`Error::Config`](::awsgen_runtime::Error::Config); [`Self::try_from_env`]
    /// returns it here instead.
    pub fn from_env() -> Self {
        Bank {
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
    /// Errors: [`DepositError::TooManyRequests`].
    ///
    /// AWS API reference: `Deposit` (Bank).
    pub fn deposit(&self) -> DepositFluentBuilder {
        DepositFluentBuilder {
            handle: self.handle.clone(),
            input: DepositInput::builder(),
        }
    }
    ///
    /// Errors: [`WithdrawError::InsufficientFunds`], [`WithdrawError::TooManyRequests`], [`WithdrawError::VaultFailure`], [`WithdrawError::PinRejected`].
    ///
    /// AWS API reference: `Withdraw` (Bank).
    pub fn withdraw(&self) -> WithdrawFluentBuilder {
        WithdrawFluentBuilder {
            handle: self.handle.clone(),
            input: WithdrawInput::builder(),
        }
    }
}
impl ::std::convert::From<::awsgen_runtime::__private::Client> for Bank {
    fn from(client: ::awsgen_runtime::__private::Client) -> Self {
        Bank::new(client)
    }
}
/// The Bank service, as its model describes it: protocol, signing name, endpoints.
pub static SERVICE: ::awsgen_runtime::__private::protocol::ServiceSpec = ::awsgen_runtime::__private::protocol::ServiceSpec {
    target_prefix: "Bank",
    json_version: ::awsgen_runtime::__private::protocol::JsonVersion::V1_1,
    signing_name: "bank",
    endpoint_prefix: "bank",
    sdk_id: "Bank",
    endpoint_rules: None,
};
/// The request [`Bank::deposit`] sends: the setters of [`DepositInput`]'s builder, then [`send`](Self::send).
#[derive(Clone, Debug)]
pub struct DepositFluentBuilder {
    handle: ::awsgen_runtime::__private::ServiceHandle,
    input: DepositInputBuilder,
}
impl DepositFluentBuilder {
    /// Sets [`DepositInput::amount`].
    pub fn amount(mut self, value: impl Into<i64>) -> Self {
        self.input = self.input.amount(value);
        self
    }
    /// Sets or clears [`DepositInput::amount`].
    pub fn set_amount(mut self, value: Option<i64>) -> Self {
        self.input = self.input.set_amount(value);
        self
    }
    /// Validates the request and makes the call.
    pub async fn send(
        self,
    ) -> Result<DepositOutput, ::awsgen_runtime::__private::Error<DepositError>> {
        let input = self.input.build();
        deposit(self.handle.client()?, input).await
    }
}
/// Sends a [`DepositInput`] built beforehand: the call [`Bank::deposit`] makes.
pub fn deposit(
    client: &::awsgen_runtime::__private::Client,
    input: DepositInput,
) -> impl ::std::future::Future<
    Output = Result<DepositOutput, ::awsgen_runtime::__private::Error<DepositError>>,
> + Send + '_ {
    async move {
        static OPERATION: ::awsgen_runtime::__private::protocol::OperationSpec = ::awsgen_runtime::__private::protocol::OperationSpec {
            service: &SERVICE,
            name: "Deposit",
        };
        if client.validates_input() {
            input.validate().map_err(::awsgen_runtime::__private::Error::InvalidInput)?;
        }
        let body = ::awsgen_runtime::__private::json::to_string(&input);
        client.call(&OPERATION, body).await
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DepositInput {
    pub amount: Option<i64>,
}
impl DepositInput {
    /// A builder for [`DepositInput`].
    pub fn builder() -> DepositInputBuilder {
        DepositInputBuilder::default()
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
/// A builder for [`DepositInput`].
#[derive(Debug, Clone, Default)]
pub struct DepositInputBuilder {
    amount: Option<i64>,
}
impl DepositInputBuilder {
    pub fn amount(mut self, value: impl Into<i64>) -> Self {
        self.amount = Some(value.into());
        self
    }
    /// Sets or clears `Amount`.
    pub fn set_amount(mut self, value: Option<i64>) -> Self {
        self.amount = value;
        self
    }
    /// Builds the value.
    pub fn build(self) -> DepositInput {
        DepositInput {
            amount: self.amount,
        }
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for DepositInput {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.optional_member("\"Amount\":", self.amount.as_ref());
        object.finish();
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DepositOutput {
    pub balance: Option<i64>,
    #[doc(hidden)]
    pub _request_id: ::awsgen_runtime::__private::request_id::ResponseRequestId,
}
impl ::awsgen_runtime::__private::RequestId for DepositOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.get()
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for DepositOutput {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        use ::awsgen_runtime::__private::json_structure::{member, read_structure};
        read_structure(
            value,
            |out: &mut Self, key, value| {
                match key {
                    "Balance" => out.balance = member(value, key)?,
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
/// The errors `Deposit` can return.
#[derive(Debug, Clone, PartialEq)]
pub enum DepositError {
    TooManyRequests(TooManyRequests),
    /// An error code the model does not list for this operation.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl DepositError {
    /// The code, message, request id and HTTP status of the error response.
    pub fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        match self {
            Self::TooManyRequests(e) => &e.meta,
            Self::Unhandled(meta) => meta,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
    /// Whether this is [`TooManyRequests`](Self::TooManyRequests).
    pub fn is_too_many_requests(&self) -> bool {
        matches!(self, Self::TooManyRequests(_))
    }
}
impl ::std::fmt::Display for DepositError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.meta(), f)
    }
}
impl ::awsgen_runtime::__private::RequestId for DepositError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for DepositError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::TooManyRequests(e) => Some(e),
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for DepositError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        use ::awsgen_runtime::__private::error::read_modeled_error as read;
        match meta.code.as_str() {
            "TooManyRequests" => Self::TooManyRequests(read(meta, body)),
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        DepositError::meta(self)
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TooManyRequests {
    pub message: Option<String>,
    /// The error's code, message, request id and HTTP status, as the response carried them.
    pub meta: ::awsgen_runtime::__private::ErrorMetadata,
}
impl ::awsgen_runtime::__private::json::DeserializeJson for TooManyRequests {
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
impl ::awsgen_runtime::__private::error::ModeledError for TooManyRequests {
    fn set_meta(&mut self, meta: ::awsgen_runtime::__private::ErrorMetadata) {
        if self.message.is_none() {
            self.message = meta.message.clone();
        }
        self.meta = meta;
    }
}
impl ::std::fmt::Display for TooManyRequests {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        if self.meta.code.is_empty() {
            f.write_str("TooManyRequests")
        } else {
            ::std::fmt::Display::fmt(&self.meta, f)
        }
    }
}
impl ::std::error::Error for TooManyRequests {}
impl ::awsgen_runtime::__private::RequestId for TooManyRequests {
    fn request_id(&self) -> Option<&str> {
        self.meta.request_id.as_deref()
    }
}
/// The request [`Bank::withdraw`] sends: the setters of [`WithdrawInput`]'s builder, then [`send`](Self::send).
#[derive(Clone, Debug)]
pub struct WithdrawFluentBuilder {
    handle: ::awsgen_runtime::__private::ServiceHandle,
    input: WithdrawInputBuilder,
}
impl WithdrawFluentBuilder {
    /// Sets [`WithdrawInput::amount`].
    pub fn amount(mut self, value: impl Into<i64>) -> Self {
        self.input = self.input.amount(value);
        self
    }
    /// Sets or clears [`WithdrawInput::amount`].
    pub fn set_amount(mut self, value: Option<i64>) -> Self {
        self.input = self.input.set_amount(value);
        self
    }
    /// Validates the request and makes the call. A required member left unset is an [`Error::InvalidInput`](::awsgen_runtime::Error::InvalidInput) naming it; nothing is sent.
    pub async fn send(
        self,
    ) -> Result<
        ::awsgen_runtime::__private::EmptyOutput,
        ::awsgen_runtime::__private::Error<WithdrawError>,
    > {
        let input = self.input.build()?;
        withdraw(self.handle.client()?, input).await
    }
}
/// Sends a [`WithdrawInput`] built beforehand: the call [`Bank::withdraw`] makes.
pub fn withdraw(
    client: &::awsgen_runtime::__private::Client,
    input: WithdrawInput,
) -> impl ::std::future::Future<
    Output = Result<
        ::awsgen_runtime::__private::EmptyOutput,
        ::awsgen_runtime::__private::Error<WithdrawError>,
    >,
> + Send + '_ {
    async move {
        static OPERATION: ::awsgen_runtime::__private::protocol::OperationSpec = ::awsgen_runtime::__private::protocol::OperationSpec {
            service: &SERVICE,
            name: "Withdraw",
        };
        if client.validates_input() {
            input.validate().map_err(::awsgen_runtime::__private::Error::InvalidInput)?;
        }
        let body = ::awsgen_runtime::__private::json::to_string(&input);
        client.call(&OPERATION, body).await
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WithdrawInput {
    ///
    /// Required.
    pub amount: Option<i64>,
}
impl WithdrawInput {
    /// A builder for [`WithdrawInput`].
    pub fn builder() -> WithdrawInputBuilder {
        WithdrawInputBuilder::default()
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
            let path = path.member("Amount");
            if self.amount.is_none() {
                errors.missing(&path);
            }
        }
    }
}
/// A builder for [`WithdrawInput`]: [`build`](Self::build) names every required member left unset.
#[derive(Debug, Clone, Default)]
pub struct WithdrawInputBuilder {
    amount: Option<i64>,
}
impl WithdrawInputBuilder {
    pub fn amount(mut self, value: impl Into<i64>) -> Self {
        self.amount = Some(value.into());
        self
    }
    /// Sets or clears `Amount`.
    pub fn set_amount(mut self, value: Option<i64>) -> Self {
        self.amount = value;
        self
    }
    /// Builds the value, or names every required member that is not set.
    pub fn build(
        self,
    ) -> Result<WithdrawInput, ::awsgen_runtime::__private::BuildError> {
        let mut missing: Vec<&'static str> = Vec::new();
        if self.amount.is_none() {
            missing.push("Amount");
        }
        if !missing.is_empty() {
            return Err(::awsgen_runtime::__private::BuildError {
                type_name: "WithdrawInput",
                missing,
            });
        }
        Ok(WithdrawInput {
            amount: self.amount,
        })
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for WithdrawInput {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.optional_member("\"Amount\":", self.amount.as_ref());
        object.finish();
    }
}
/// The errors `Withdraw` can return.
#[derive(Debug, Clone, PartialEq)]
pub enum WithdrawError {
    /// The account holds less than the amount.
    InsufficientFunds(InsufficientFunds),
    TooManyRequests(TooManyRequests),
    VaultFailure(VaultFailure),
    PinRejected(PinRejected),
    /// An error code the model does not list for this operation.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl WithdrawError {
    /// The code, message, request id and HTTP status of the error response.
    pub fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        match self {
            Self::InsufficientFunds(e) => &e.meta,
            Self::TooManyRequests(e) => &e.meta,
            Self::VaultFailure(e) => &e.meta,
            Self::PinRejected(e) => &e.meta,
            Self::Unhandled(meta) => meta,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
    /// Whether this is [`InsufficientFunds`](Self::InsufficientFunds).
    pub fn is_insufficient_funds(&self) -> bool {
        matches!(self, Self::InsufficientFunds(_))
    }
    /// Whether this is [`TooManyRequests`](Self::TooManyRequests).
    pub fn is_too_many_requests(&self) -> bool {
        matches!(self, Self::TooManyRequests(_))
    }
    /// Whether this is [`VaultFailure`](Self::VaultFailure).
    pub fn is_vault_failure(&self) -> bool {
        matches!(self, Self::VaultFailure(_))
    }
    /// Whether this is [`PinRejected`](Self::PinRejected).
    pub fn is_pin_rejected(&self) -> bool {
        matches!(self, Self::PinRejected(_))
    }
}
impl ::std::fmt::Display for WithdrawError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InsufficientFunds(e) => ::std::fmt::Display::fmt(e, f),
            Self::TooManyRequests(e) => ::std::fmt::Display::fmt(e, f),
            Self::VaultFailure(e) => ::std::fmt::Display::fmt(e, f),
            Self::PinRejected(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(meta) => ::std::fmt::Display::fmt(meta, f),
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::RequestId for WithdrawError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for WithdrawError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InsufficientFunds(e) => Some(e),
            Self::TooManyRequests(e) => Some(e),
            Self::VaultFailure(e) => Some(e),
            Self::PinRejected(e) => Some(e),
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for WithdrawError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        use ::awsgen_runtime::__private::error::read_modeled_error as read;
        match meta.code.as_str() {
            "InsufficientFunds" => Self::InsufficientFunds(read(meta, body)),
            "TooManyRequests" => Self::TooManyRequests(read(meta, body)),
            "VaultFailure" => Self::VaultFailure(read(meta, body)),
            "PinRejected" => Self::PinRejected(read(meta, body)),
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        WithdrawError::meta(self)
    }
}
/// The account holds less than the amount.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InsufficientFunds {
    pub message: Option<String>,
    pub shortfall: Option<i64>,
    /// The error's code, message, request id and HTTP status, as the response carried them.
    pub meta: ::awsgen_runtime::__private::ErrorMetadata,
}
impl ::awsgen_runtime::__private::json::DeserializeJson for InsufficientFunds {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        use ::awsgen_runtime::__private::json_structure::{member, read_structure};
        read_structure(
            value,
            |out: &mut Self, key, value| {
                match key {
                    "message" => out.message = member(value, key)?,
                    "Shortfall" => out.shortfall = member(value, key)?,
                    _ => {}
                }
                Ok(())
            },
        )
    }
}
impl ::awsgen_runtime::__private::error::ModeledError for InsufficientFunds {
    fn set_meta(&mut self, meta: ::awsgen_runtime::__private::ErrorMetadata) {
        if self.message.is_none() {
            self.message = meta.message.clone();
        }
        self.meta = meta;
    }
}
impl ::std::fmt::Display for InsufficientFunds {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        if self.meta.code.is_empty() {
            f.write_str("InsufficientFunds")
        } else {
            ::std::fmt::Display::fmt(&self.meta, f)
        }
    }
}
impl ::std::error::Error for InsufficientFunds {}
impl ::awsgen_runtime::__private::RequestId for InsufficientFunds {
    fn request_id(&self) -> Option<&str> {
        self.meta.request_id.as_deref()
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VaultFailure {
    ///
    /// Required.
    pub message: String,
    /// The error's code, message, request id and HTTP status, as the response carried them.
    pub meta: ::awsgen_runtime::__private::ErrorMetadata,
}
impl ::awsgen_runtime::__private::json::DeserializeJson for VaultFailure {
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
impl ::awsgen_runtime::__private::error::ModeledError for VaultFailure {
    fn set_meta(&mut self, meta: ::awsgen_runtime::__private::ErrorMetadata) {
        if self.message.is_empty() {
            self.message = meta.message.clone().unwrap_or_default();
        }
        self.meta = meta;
    }
}
impl ::std::fmt::Display for VaultFailure {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        if self.meta.code.is_empty() {
            f.write_str("VaultFailure")
        } else {
            ::std::fmt::Display::fmt(&self.meta, f)
        }
    }
}
impl ::std::error::Error for VaultFailure {}
impl ::awsgen_runtime::__private::RequestId for VaultFailure {
    fn request_id(&self) -> Option<&str> {
        self.meta.request_id.as_deref()
    }
}
#[derive(Clone, Default, PartialEq)]
pub struct PinRejected {
    pub message: Option<String>,
    /// The error's code, message, request id and HTTP status, as the response carried them.
    pub meta: ::awsgen_runtime::__private::ErrorMetadata,
}
impl ::std::fmt::Debug for PinRejected {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PinRejected")
            .field("message", &::awsgen_runtime::__private::REDACTED)
            .field("meta", &self.meta.with_message_redacted())
            .finish()
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for PinRejected {
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
impl ::awsgen_runtime::__private::error::ModeledError for PinRejected {
    fn set_meta(&mut self, meta: ::awsgen_runtime::__private::ErrorMetadata) {
        if self.message.is_none() {
            self.message = meta.message.clone();
        }
        self.meta = meta;
    }
}
impl ::std::fmt::Display for PinRejected {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        if self.meta.code.is_empty() {
            f.write_str("PinRejected")
        } else {
            ::std::fmt::Display::fmt(&self.meta.with_message_redacted(), f)
        }
    }
}
impl ::std::error::Error for PinRejected {}
impl ::awsgen_runtime::__private::RequestId for PinRejected {
    fn request_id(&self) -> Option<&str> {
        self.meta.request_id.as_deref()
    }
}
/// Any error of the Bank operations generated here: each operation's error converts into it with `From`, and a call's [`Error`](awsgen_runtime::Error) with [`Error::into_service`](awsgen_runtime::Error::into_service), so `?` collects the errors of several operations into one type.
#[derive(Debug, Clone, PartialEq)]
pub enum BankError {
    /// The account holds less than the amount.
    InsufficientFunds(InsufficientFunds),
    PinRejected(PinRejected),
    TooManyRequests(TooManyRequests),
    VaultFailure(VaultFailure),
    /// An error code the model does not list for the operation that returned it.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl BankError {
    /// The code, message, request id and HTTP status of the error response.
    pub fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        match self {
            Self::InsufficientFunds(e) => &e.meta,
            Self::PinRejected(e) => &e.meta,
            Self::TooManyRequests(e) => &e.meta,
            Self::VaultFailure(e) => &e.meta,
            Self::Unhandled(meta) => meta,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
    /// The error code the service sent (`ThrottlingException`, ...); empty for an
    /// error built by hand.
    pub fn code(&self) -> &str {
        &self.meta().code
    }
    /// Whether this is [`InsufficientFunds`](Self::InsufficientFunds).
    pub fn is_insufficient_funds(&self) -> bool {
        matches!(self, Self::InsufficientFunds(_))
    }
    /// Whether this is [`PinRejected`](Self::PinRejected).
    pub fn is_pin_rejected(&self) -> bool {
        matches!(self, Self::PinRejected(_))
    }
    /// Whether this is [`TooManyRequests`](Self::TooManyRequests).
    pub fn is_too_many_requests(&self) -> bool {
        matches!(self, Self::TooManyRequests(_))
    }
    /// Whether this is [`VaultFailure`](Self::VaultFailure).
    pub fn is_vault_failure(&self) -> bool {
        matches!(self, Self::VaultFailure(_))
    }
}
impl ::std::fmt::Display for BankError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InsufficientFunds(e) => ::std::fmt::Display::fmt(e, f),
            Self::PinRejected(e) => ::std::fmt::Display::fmt(e, f),
            Self::TooManyRequests(e) => ::std::fmt::Display::fmt(e, f),
            Self::VaultFailure(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(meta) => ::std::fmt::Display::fmt(meta, f),
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::RequestId for BankError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for BankError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InsufficientFunds(e) => Some(e),
            Self::PinRejected(e) => Some(e),
            Self::TooManyRequests(e) => Some(e),
            Self::VaultFailure(e) => Some(e),
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for BankError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        match meta.code.as_str() {
            "InsufficientFunds" => {
                Self::InsufficientFunds(
                    ::awsgen_runtime::__private::error::read_modeled_error(meta, body),
                )
            }
            "PinRejected" => {
                Self::PinRejected(
                    ::awsgen_runtime::__private::error::read_modeled_error(meta, body),
                )
            }
            "TooManyRequests" => {
                Self::TooManyRequests(
                    ::awsgen_runtime::__private::error::read_modeled_error(meta, body),
                )
            }
            "VaultFailure" => {
                Self::VaultFailure(
                    ::awsgen_runtime::__private::error::read_modeled_error(meta, body),
                )
            }
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        BankError::meta(self)
    }
}
impl ::std::convert::From<DepositError> for BankError {
    fn from(error: DepositError) -> Self {
        use DepositError as E;
        match error {
            E::TooManyRequests(e) => Self::TooManyRequests(e),
            E::Unhandled(meta) => Self::Unhandled(meta),
            E::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::std::convert::From<WithdrawError> for BankError {
    fn from(error: WithdrawError) -> Self {
        use WithdrawError as E;
        match error {
            E::InsufficientFunds(e) => Self::InsufficientFunds(e),
            E::TooManyRequests(e) => Self::TooManyRequests(e),
            E::VaultFailure(e) => Self::VaultFailure(e),
            E::PinRejected(e) => Self::PinRejected(e),
            E::Unhandled(meta) => Self::Unhandled(meta),
            E::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
/// The operations this `athena_operation!` invocation generated. One invocation per
/// module: put a second one in its own `mod`.
pub const OPERATIONS: &[&str] = &["Deposit", "Withdraw"];
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
