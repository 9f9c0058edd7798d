#[allow(dead_code)]
const ONE_ATHENA_OPERATION_INVOCATION_PER_MODULE_PUT_EACH_IN_ITS_OWN_MOD: () = ();
/// Vault: a method per operation, each returning a builder of its request; `.send().await` makes the call.
///
/// Cheap to clone: clones share the [`Client`](::awsgen_runtime::Client)'s connection
/// pool, credentials and retry quota. The builders its methods return own a clone, so
/// their futures can be spawned.
#[derive(Clone, Debug)]
pub struct Vault {
    handle: ::awsgen_runtime::__private::ServiceHandle,
}
impl Vault {
    /// Calls the operations through `client`.
    pub fn new(client: ::awsgen_runtime::__private::Client) -> Self {
        Vault { handle: client.into() }
    }
    /// A client configured from the environment and the shared config files, as
    /// [`Client::from_env`](::awsgen_runtime::Client::from_env) finds them. A problem
    /// found there (no region, an unreadable profile file) is returned by every call,
    /// as [`Error::Config`](::awsgen_runtime::Error::Config); [`Self::try_from_env`]
    /// returns it here instead.
    pub fn from_env() -> Self {
        Vault {
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
    /// AWS API reference: `StoreSecret` (Vault).
    pub fn store_secret(&self) -> StoreSecretFluentBuilder {
        StoreSecretFluentBuilder {
            handle: self.handle.clone(),
            input: StoreSecretInput::builder(),
        }
    }
}
impl ::std::convert::From<::awsgen_runtime::__private::Client> for Vault {
    fn from(client: ::awsgen_runtime::__private::Client) -> Self {
        Vault::new(client)
    }
}
/// The Vault service, as its model describes it: protocol, signing name, endpoints.
pub static SERVICE: ::awsgen_runtime::__private::protocol::ServiceSpec = ::awsgen_runtime::__private::protocol::ServiceSpec {
    target_prefix: "Vault",
    json_version: ::awsgen_runtime::__private::protocol::JsonVersion::V1_1,
    signing_name: "vault",
    endpoint_prefix: "vault",
    sdk_id: "Vault",
    endpoint_rules: None,
};
/// The request [`Vault::store_secret`] sends: the setters of [`StoreSecretInput`]'s builder, then [`send`](Self::send).
#[derive(Clone, Debug)]
pub struct StoreSecretFluentBuilder {
    handle: ::awsgen_runtime::__private::ServiceHandle,
    input: StoreSecretInputBuilder,
}
impl StoreSecretFluentBuilder {
    /// Sets [`StoreSecretInput::name`].
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.name(value);
        self
    }
    /// Sets or clears [`StoreSecretInput::name`].
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_name(value);
        self
    }
    /// Sets [`StoreSecretInput::password`].
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.password(value);
        self
    }
    /// Sets or clears [`StoreSecretInput::password`].
    pub fn set_password(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_password(value);
        self
    }
    /// Appends one item to [`StoreSecretInput::old_passwords`].
    pub fn old_passwords(mut self, item: impl Into<String>) -> Self {
        self.input = self.input.old_passwords(item);
        self
    }
    /// Sets or clears [`StoreSecretInput::old_passwords`].
    pub fn set_old_passwords(mut self, value: Option<Vec<String>>) -> Self {
        self.input = self.input.set_old_passwords(value);
        self
    }
    /// Inserts one entry into [`StoreSecretInput::labels`].
    pub fn labels(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.input = self.input.labels(key, value);
        self
    }
    /// Sets or clears [`StoreSecretInput::labels`].
    pub fn set_labels(
        mut self,
        value: Option<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.input = self.input.set_labels(value);
        self
    }
    /// Sets [`StoreSecretInput::kind`].
    pub fn kind(mut self, value: impl Into<SecretKind>) -> Self {
        self.input = self.input.kind(value);
        self
    }
    /// Sets or clears [`StoreSecretInput::kind`].
    pub fn set_kind(mut self, value: Option<SecretKind>) -> Self {
        self.input = self.input.set_kind(value);
        self
    }
    /// Sets [`StoreSecretInput::credentials`].
    pub fn credentials(mut self, value: impl Into<Credentials>) -> Self {
        self.input = self.input.credentials(value);
        self
    }
    /// Sets or clears [`StoreSecretInput::credentials`].
    pub fn set_credentials(mut self, value: Option<Credentials>) -> Self {
        self.input = self.input.set_credentials(value);
        self
    }
    /// Sets [`StoreSecretInput::proof`].
    pub fn proof(mut self, value: impl Into<Proof>) -> Self {
        self.input = self.input.proof(value);
        self
    }
    /// Sets or clears [`StoreSecretInput::proof`].
    pub fn set_proof(mut self, value: Option<Proof>) -> Self {
        self.input = self.input.set_proof(value);
        self
    }
    /// Validates the request and makes the call. A required member left unset is an [`Error::InvalidInput`](::awsgen_runtime::Error::InvalidInput) naming it; nothing is sent.
    pub async fn send(
        self,
    ) -> Result<
        StoreSecretOutput,
        ::awsgen_runtime::__private::Error<StoreSecretError>,
    > {
        let input = self.input.build()?;
        store_secret(self.handle.client()?, input).await
    }
}
/// Sends a [`StoreSecretInput`] built beforehand: the call [`Vault::store_secret`] makes.
pub fn store_secret(
    client: &::awsgen_runtime::__private::Client,
    input: StoreSecretInput,
) -> impl ::std::future::Future<
    Output = Result<
        StoreSecretOutput,
        ::awsgen_runtime::__private::Error<StoreSecretError>,
    >,
> + Send + '_ {
    async move {
        static OPERATION: ::awsgen_runtime::__private::protocol::OperationSpec = ::awsgen_runtime::__private::protocol::OperationSpec {
            service: &SERVICE,
            name: "StoreSecret",
        };
        if client.validates_input() {
            input.validate().map_err(::awsgen_runtime::__private::Error::InvalidInput)?;
        }
        let body = ::awsgen_runtime::__private::json::to_string(&input);
        client.call(&OPERATION, body).await
    }
}
#[derive(Clone, Default, PartialEq)]
pub struct StoreSecretInput {
    ///
    /// Required.
    pub name: Option<String>,
    ///
    /// Required.
    pub password: Option<String>,
    pub old_passwords: Option<Vec<String>>,
    pub labels: Option<::std::collections::HashMap<String, String>>,
    pub kind: Option<SecretKind>,
    pub credentials: Option<Credentials>,
    pub proof: Option<Proof>,
}
impl StoreSecretInput {
    /// A builder for [`StoreSecretInput`].
    pub fn builder() -> StoreSecretInputBuilder {
        StoreSecretInputBuilder::default()
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
            let path = path.member("Name");
            if self.name.is_none() {
                errors.missing(&path);
            }
        }
        {
            let path = path.member("Password");
            match &self.password {
                Some(value) => {
                    errors.string_length(&path, value, Some(8), Some(128));
                    {
                        static PATTERN: ::awsgen_runtime::__private::validate::Pattern = ::awsgen_runtime::__private::validate::Pattern::new(
                            "^[\\x21-\\x7e]+$",
                        );
                        errors
                            .pattern(
                                &path,
                                ::awsgen_runtime::__private::sensitive::Sensitive(value),
                                &PATTERN,
                            );
                    }
                }
                None => errors.missing(&path),
            }
        }
        {
            let path = path.member("OldPasswords");
            if let Some(value) = &self.old_passwords {
                for (index, item) in value.iter().enumerate() {
                    let path = path.index(index);
                    errors.string_length(&path, item, Some(8), Some(128));
                    {
                        static PATTERN: ::awsgen_runtime::__private::validate::Pattern = ::awsgen_runtime::__private::validate::Pattern::new(
                            "^[\\x21-\\x7e]+$",
                        );
                        errors
                            .pattern(
                                &path,
                                ::awsgen_runtime::__private::sensitive::Sensitive(item),
                                &PATTERN,
                            );
                    }
                }
            }
        }
        {
            let path = path.member("Labels");
            if let Some(value) = &self.labels {
                for (key, _) in value.iter() {
                    let path = path.key(::awsgen_runtime::__private::REDACTED);
                    errors.string_length(&path, key, Some(1), None);
                }
            }
        }
        {
            let path = path.member("Credentials");
            if let Some(value) = &self.credentials {
                value.validate_at(&path, errors);
            }
        }
        {
            let path = path.member("Proof");
            if let Some(value) = &self.proof {
                value.validate_at(&path, errors);
            }
        }
    }
}
impl ::std::fmt::Debug for StoreSecretInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StoreSecretInput")
            .field("name", &self.name)
            .field("password", &::awsgen_runtime::__private::REDACTED)
            .field("old_passwords", &::awsgen_runtime::__private::REDACTED)
            .field("labels", &::awsgen_runtime::__private::REDACTED)
            .field("kind", &::awsgen_runtime::__private::REDACTED)
            .field("credentials", &::awsgen_runtime::__private::REDACTED)
            .field("proof", &self.proof)
            .finish()
    }
}
/// A builder for [`StoreSecretInput`]: [`build`](Self::build) names every required member left unset.
#[derive(Clone, Default)]
pub struct StoreSecretInputBuilder {
    name: Option<String>,
    password: Option<String>,
    old_passwords: Option<Vec<String>>,
    labels: Option<::std::collections::HashMap<String, String>>,
    kind: Option<SecretKind>,
    credentials: Option<Credentials>,
    proof: Option<Proof>,
}
impl StoreSecretInputBuilder {
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears `Name`.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.name = value;
        self
    }
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }
    /// Sets or clears `Password`.
    pub fn set_password(mut self, value: Option<String>) -> Self {
        self.password = value;
        self
    }
    /// Appends one item; [`set_old_passwords`](Self::set_old_passwords) sets the whole list.
    pub fn old_passwords(mut self, item: impl Into<String>) -> Self {
        self.old_passwords.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets or clears `OldPasswords`.
    pub fn set_old_passwords(mut self, value: Option<Vec<String>>) -> Self {
        self.old_passwords = value;
        self
    }
    /// Inserts one entry; [`set_labels`](Self::set_labels) sets the whole map.
    pub fn labels(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.labels
            .get_or_insert_with(Default::default)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears `Labels`.
    pub fn set_labels(
        mut self,
        value: Option<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.labels = value;
        self
    }
    pub fn kind(mut self, value: impl Into<SecretKind>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets or clears `Kind`.
    pub fn set_kind(mut self, value: Option<SecretKind>) -> Self {
        self.kind = value;
        self
    }
    pub fn credentials(mut self, value: impl Into<Credentials>) -> Self {
        self.credentials = Some(value.into());
        self
    }
    /// Sets or clears `Credentials`.
    pub fn set_credentials(mut self, value: Option<Credentials>) -> Self {
        self.credentials = value;
        self
    }
    pub fn proof(mut self, value: impl Into<Proof>) -> Self {
        self.proof = Some(value.into());
        self
    }
    /// Sets or clears `Proof`.
    pub fn set_proof(mut self, value: Option<Proof>) -> Self {
        self.proof = value;
        self
    }
    /// Builds the value, or names every required member that is not set.
    pub fn build(
        self,
    ) -> Result<StoreSecretInput, ::awsgen_runtime::__private::BuildError> {
        let mut missing: Vec<&'static str> = Vec::new();
        if self.name.is_none() {
            missing.push("Name");
        }
        if self.password.is_none() {
            missing.push("Password");
        }
        if !missing.is_empty() {
            return Err(::awsgen_runtime::__private::BuildError {
                type_name: "StoreSecretInput",
                missing,
            });
        }
        Ok(StoreSecretInput {
            name: self.name,
            password: self.password,
            old_passwords: self.old_passwords,
            labels: self.labels,
            kind: self.kind,
            credentials: self.credentials,
            proof: self.proof,
        })
    }
}
impl ::std::fmt::Debug for StoreSecretInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StoreSecretInputBuilder")
            .field("name", &self.name)
            .field("password", &::awsgen_runtime::__private::REDACTED)
            .field("old_passwords", &::awsgen_runtime::__private::REDACTED)
            .field("labels", &::awsgen_runtime::__private::REDACTED)
            .field("kind", &::awsgen_runtime::__private::REDACTED)
            .field("credentials", &::awsgen_runtime::__private::REDACTED)
            .field("proof", &self.proof)
            .finish()
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for StoreSecretInput {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.optional_member("\"Name\":", self.name.as_ref());
        object.optional_member("\"Password\":", self.password.as_ref());
        object.optional_member("\"OldPasswords\":", self.old_passwords.as_ref());
        object.optional_member("\"Labels\":", self.labels.as_ref());
        object.optional_member("\"Kind\":", self.kind.as_ref());
        object.optional_member("\"Credentials\":", self.credentials.as_ref());
        object.optional_member("\"Proof\":", self.proof.as_ref());
        object.finish();
    }
}
#[derive(Clone, Default, PartialEq)]
pub struct StoreSecretOutput {
    pub version: Option<i32>,
    pub echo: Option<String>,
    #[doc(hidden)]
    pub _request_id: ::awsgen_runtime::__private::request_id::ResponseRequestId,
}
impl ::std::fmt::Debug for StoreSecretOutput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StoreSecretOutput")
            .field("version", &self.version)
            .field("echo", &::awsgen_runtime::__private::REDACTED)
            .field("_request_id", &self._request_id)
            .finish()
    }
}
impl ::awsgen_runtime::__private::RequestId for StoreSecretOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.get()
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for StoreSecretOutput {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        use ::awsgen_runtime::__private::json_structure::{member, read_structure};
        read_structure(
            value,
            |out: &mut Self, key, value| {
                match key {
                    "Version" => out.version = member(value, key)?,
                    "Echo" => out.echo = member(value, key)?,
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
pub type PasswordList = Vec<String>;
pub type LabelMap = ::std::collections::HashMap<String, String>;
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SecretKind {
    /// `text`
    Text,
    /// `key`
    Key,
    /// A value this model of `SecretKind` does not know, kept as sent.
    Unknown(String),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl SecretKind {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Key => "key",
            Self::Unknown(value) => value,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
    /// Every value the model knows, in model order.
    pub const fn values() -> &'static [&'static str] {
        &["text", "key"]
    }
}
impl ::std::default::Default for SecretKind {
    /// An empty unknown value: what a missing required member reads as.
    fn default() -> Self {
        Self::Unknown(String::new())
    }
}
impl ::std::convert::From<&str> for SecretKind {
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            "key" => Self::Key,
            other => Self::Unknown(other.to_string()),
        }
    }
}
impl ::std::convert::From<String> for SecretKind {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for SecretKind {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for SecretKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for SecretKind {
    fn write_json(&self, out: &mut String) {
        ::awsgen_runtime::__private::json::write_string(out, self.as_str())
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for SecretKind {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        <String as ::awsgen_runtime::__private::json::DeserializeJson>::from_json(value)
            .map(Self::from)
    }
}
impl ::std::fmt::Debug for SecretKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Debug::fmt(::awsgen_runtime::__private::REDACTED, f)
    }
}
#[derive(Clone, Default, PartialEq)]
pub struct Credentials {
    ///
    /// Required.
    pub user: String,
    pub token: Option<String>,
}
impl Credentials {
    /// A builder for [`Credentials`].
    pub fn builder() -> CredentialsBuilder {
        CredentialsBuilder::default()
    }
    /// Validates this value as the member at `path`, adding violations to `errors`.
    #[doc(hidden)]
    pub fn validate_at(
        &self,
        path: &::awsgen_runtime::__private::validate::Path<'_>,
        errors: &mut ::awsgen_runtime::__private::ValidationErrors,
    ) {
        {
            let path = path.member("Token");
            if let Some(value) = &self.token {
                errors.string_length(&path, value, None, Some(4));
            }
        }
    }
}
impl ::std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Credentials")
            .field("user", &::awsgen_runtime::__private::REDACTED)
            .field("token", &::awsgen_runtime::__private::REDACTED)
            .finish()
    }
}
/// A builder for [`Credentials`]: [`build`](Self::build) names every required member left unset.
#[derive(Clone, Default)]
pub struct CredentialsBuilder {
    user: Option<String>,
    token: Option<String>,
}
impl CredentialsBuilder {
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }
    /// Sets or clears `User`.
    pub fn set_user(mut self, value: Option<String>) -> Self {
        self.user = value;
        self
    }
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.token = Some(value.into());
        self
    }
    /// Sets or clears `Token`.
    pub fn set_token(mut self, value: Option<String>) -> Self {
        self.token = value;
        self
    }
    /// Builds the value, or names every required member that is not set.
    pub fn build(self) -> Result<Credentials, ::awsgen_runtime::__private::BuildError> {
        let mut missing: Vec<&'static str> = Vec::new();
        if self.user.is_none() {
            missing.push("User");
        }
        if !missing.is_empty() {
            return Err(::awsgen_runtime::__private::BuildError {
                type_name: "Credentials",
                missing,
            });
        }
        Ok(Credentials {
            user: self.user.unwrap_or_default(),
            token: self.token,
        })
    }
}
impl ::std::fmt::Debug for CredentialsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CredentialsBuilder")
            .field("user", &::awsgen_runtime::__private::REDACTED)
            .field("token", &::awsgen_runtime::__private::REDACTED)
            .finish()
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for Credentials {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.member("\"User\":", &self.user);
        object.optional_member("\"Token\":", self.token.as_ref());
        object.finish();
    }
}
#[derive(Clone, PartialEq)]
pub enum Proof {
    Otp(String),
    Device(String),
    /// A member this model does not know; holds the member's name.
    Unknown(String),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl ::std::default::Default for Proof {
    fn default() -> Self {
        Self::Unknown(String::new())
    }
}
impl ::std::fmt::Debug for Proof {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Otp(_) => {
                f.debug_tuple("Otp")
                    .field(&::awsgen_runtime::__private::REDACTED)
                    .finish()
            }
            Self::Device(value) => f.debug_tuple("Device").field(value).finish(),
            Self::Unknown(member) => f.debug_tuple("Unknown").field(member).finish(),
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for Proof {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        match self {
            Self::Otp(value) => object.member("\"Otp\":", value),
            Self::Device(value) => object.member("\"Device\":", value),
            Self::Unknown(_) => {}
            Self::__NonExhaustive(never) => never.unreachable(),
        }
        object.finish();
    }
}
impl Proof {
    /// Validates this value as the member at `path`, adding violations to `errors`.
    #[doc(hidden)]
    pub fn validate_at(
        &self,
        path: &::awsgen_runtime::__private::validate::Path<'_>,
        errors: &mut ::awsgen_runtime::__private::ValidationErrors,
    ) {
        match self {
            Self::Otp(value) => {
                let path = path.member("Otp");
                errors.string_length(&path, value, Some(8), Some(128));
                {
                    static PATTERN: ::awsgen_runtime::__private::validate::Pattern = ::awsgen_runtime::__private::validate::Pattern::new(
                        "^[\\x21-\\x7e]+$",
                    );
                    errors
                        .pattern(
                            &path,
                            ::awsgen_runtime::__private::sensitive::Sensitive(value),
                            &PATTERN,
                        );
                }
            }
            _ => {}
        }
    }
}
/// The errors `StoreSecret` can return.
#[derive(Debug, Clone, PartialEq)]
pub enum StoreSecretError {
    /// An error code the model does not list for this operation.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl StoreSecretError {
    /// The code, message, request id and HTTP status of the error response.
    pub fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        match self {
            Self::Unhandled(meta) => meta,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::std::fmt::Display for StoreSecretError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.meta(), f)
    }
}
impl ::awsgen_runtime::__private::RequestId for StoreSecretError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for StoreSecretError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for StoreSecretError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        _body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        match meta.code.as_str() {
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        StoreSecretError::meta(self)
    }
}
/// Any error of the Vault operations generated here: each operation's error converts into it with `From`, and a call's [`Error`](awsgen_runtime::Error) with [`Error::into_service`](awsgen_runtime::Error::into_service), so `?` collects the errors of several operations into one type.
#[derive(Debug, Clone, PartialEq)]
pub enum VaultError {
    /// An error code the model does not list for the operation that returned it.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl VaultError {
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
impl ::std::fmt::Display for VaultError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.meta(), f)
    }
}
impl ::awsgen_runtime::__private::RequestId for VaultError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for VaultError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for VaultError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        _body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        match meta.code.as_str() {
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        VaultError::meta(self)
    }
}
impl ::std::convert::From<StoreSecretError> for VaultError {
    fn from(error: StoreSecretError) -> Self {
        use StoreSecretError as E;
        match error {
            E::Unhandled(meta) => Self::Unhandled(meta),
            E::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
/// The operations this `athena_operation!` invocation generated. One invocation per
/// module: put a second one in its own `mod`.
pub const OPERATIONS: &[&str] = &["StoreSecret"];
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
