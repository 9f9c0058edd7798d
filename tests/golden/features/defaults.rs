#[allow(dead_code)]
const ONE_ATHENA_OPERATION_INVOCATION_PER_MODULE_PUT_EACH_IN_ITS_OWN_MOD: () = ();
/// Settings: a method per operation, each returning a builder of its request; `.send().await` makes the call.
///
/// Cheap to clone: clones share the [`Client`](::awsgen_runtime::Client)'s connection
/// pool, credentials and retry quota. The builders its methods return own a clone, so
/// their futures can be spawned.
#[derive(Clone, Debug)]
pub struct Settings {
    handle: ::awsgen_runtime::__private::ServiceHandle,
}
impl Settings {
    /// Calls the operations through `client`.
    pub fn new(client: ::awsgen_runtime::__private::Client) -> Self {
        Settings { handle: client.into() }
    }
    /// A client configured from the environment and the shared config files, as
    /// [`Client::from_env`](::awsgen_runtime::Client::from_env) finds them. A problem
    /// found there (no region, an unreadable profile file) is returned by every call,
    /// as [`Error::Config`](::awsgen_runtime::Error::Config); [`Self::try_from_env`]
    /// returns it here instead.
    pub fn from_env() -> Self {
        Settings {
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
    /// AWS API reference: `PutSettings` (Settings).
    pub fn put_settings(&self) -> PutSettingsFluentBuilder {
        PutSettingsFluentBuilder {
            handle: self.handle.clone(),
            input: PutSettingsInput::builder(),
        }
    }
}
impl ::std::convert::From<::awsgen_runtime::__private::Client> for Settings {
    fn from(client: ::awsgen_runtime::__private::Client) -> Self {
        Settings::new(client)
    }
}
/// The Settings service, as its model describes it: protocol, signing name, endpoints.
pub static SERVICE: ::awsgen_runtime::__private::protocol::ServiceSpec = ::awsgen_runtime::__private::protocol::ServiceSpec {
    target_prefix: "Settings",
    json_version: ::awsgen_runtime::__private::protocol::JsonVersion::V1_0,
    signing_name: "settings",
    endpoint_prefix: "settings",
    sdk_id: "Settings",
    endpoint_rules: None,
};
/// The request [`Settings::put_settings`] sends: the setters of [`PutSettingsInput`]'s builder, then [`send`](Self::send).
#[derive(Clone, Debug)]
pub struct PutSettingsFluentBuilder {
    handle: ::awsgen_runtime::__private::ServiceHandle,
    input: PutSettingsInputBuilder,
}
impl PutSettingsFluentBuilder {
    /// Sets [`PutSettingsInput::profile`].
    pub fn profile(mut self, value: impl Into<Profile>) -> Self {
        self.input = self.input.profile(value);
        self
    }
    /// Sets or clears [`PutSettingsInput::profile`].
    pub fn set_profile(mut self, value: Option<Profile>) -> Self {
        self.input = self.input.set_profile(value);
        self
    }
    /// Sets [`PutSettingsInput::retries`].
    pub fn retries(mut self, value: impl Into<i32>) -> Self {
        self.input = self.input.retries(value);
        self
    }
    /// Sets or clears [`PutSettingsInput::retries`].
    pub fn set_retries(mut self, value: Option<i32>) -> Self {
        self.input = self.input.set_retries(value);
        self
    }
    /// Sets [`PutSettingsInput::token`].
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.token(value);
        self
    }
    /// Sets or clears [`PutSettingsInput::token`].
    pub fn set_token(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_token(value);
        self
    }
    /// Validates the request and makes the call. A required member left unset is an [`Error::InvalidInput`](::awsgen_runtime::Error::InvalidInput) naming it; nothing is sent.
    pub async fn send(
        self,
    ) -> Result<
        PutSettingsOutput,
        ::awsgen_runtime::__private::Error<PutSettingsError>,
    > {
        let input = self.input.build()?;
        put_settings(self.handle.client()?, input).await
    }
}
/// Sends a [`PutSettingsInput`] built beforehand: the call [`Settings::put_settings`] makes.
pub fn put_settings(
    client: &::awsgen_runtime::__private::Client,
    mut input: PutSettingsInput,
) -> impl ::std::future::Future<
    Output = Result<
        PutSettingsOutput,
        ::awsgen_runtime::__private::Error<PutSettingsError>,
    >,
> + Send + '_ {
    async move {
        static OPERATION: ::awsgen_runtime::__private::protocol::OperationSpec = ::awsgen_runtime::__private::protocol::OperationSpec {
            service: &SERVICE,
            name: "PutSettings",
        };
        if client.validates_input() {
            input.validate().map_err(::awsgen_runtime::__private::Error::InvalidInput)?;
        }
        if input.token.is_none() {
            input.token = Some(::awsgen_runtime::__private::idempotency_token());
        }
        let body = ::awsgen_runtime::__private::json::to_string(&input);
        client.call(&OPERATION, body).await
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutSettingsInput {
    ///
    /// Required.
    pub profile: Option<Profile>,
    ///
    /// Defaults to `3`.
    pub retries: Option<i32>,
    ///
    /// When not set, the operation fills it with a fresh UUID v4: every retry of one call carries the same token.
    pub token: Option<String>,
}
impl PutSettingsInput {
    /// A builder for [`PutSettingsInput`].
    pub fn builder() -> PutSettingsInputBuilder {
        PutSettingsInputBuilder::default()
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
            let path = path.member("Profile");
            match &self.profile {
                Some(value) => {
                    value.validate_at(&path, errors);
                }
                None => errors.missing(&path),
            }
        }
    }
}
/// A builder for [`PutSettingsInput`]: [`build`](Self::build) names every required member left unset.
#[derive(Debug, Clone, Default)]
pub struct PutSettingsInputBuilder {
    profile: Option<Profile>,
    retries: Option<i32>,
    token: Option<String>,
}
impl PutSettingsInputBuilder {
    pub fn profile(mut self, value: impl Into<Profile>) -> Self {
        self.profile = Some(value.into());
        self
    }
    /// Sets or clears `Profile`.
    pub fn set_profile(mut self, value: Option<Profile>) -> Self {
        self.profile = value;
        self
    }
    pub fn retries(mut self, value: impl Into<i32>) -> Self {
        self.retries = Some(value.into());
        self
    }
    /// Sets or clears `Retries`.
    pub fn set_retries(mut self, value: Option<i32>) -> Self {
        self.retries = value;
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
    pub fn build(
        self,
    ) -> Result<PutSettingsInput, ::awsgen_runtime::__private::BuildError> {
        let mut missing: Vec<&'static str> = Vec::new();
        if self.profile.is_none() {
            missing.push("Profile");
        }
        if !missing.is_empty() {
            return Err(::awsgen_runtime::__private::BuildError {
                type_name: "PutSettingsInput",
                missing,
            });
        }
        Ok(PutSettingsInput {
            profile: self.profile,
            retries: self.retries,
            token: self.token,
        })
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for PutSettingsInput {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.optional_member("\"Profile\":", self.profile.as_ref());
        object.optional_member("\"Retries\":", self.retries.as_ref());
        object.optional_member("\"Token\":", self.token.as_ref());
        object.finish();
    }
}
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutSettingsOutput {
    ///
    /// Required.
    pub saved: Profile,
    ///
    /// Required.
    pub count: Option<i32>,
    ///
    /// Defaults to `0`.
    pub hits: i64,
    #[doc(hidden)]
    pub _request_id: ::awsgen_runtime::__private::request_id::ResponseRequestId,
}
impl ::awsgen_runtime::__private::RequestId for PutSettingsOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.get()
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for PutSettingsOutput {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        use ::awsgen_runtime::__private::json_structure::{member, read_structure};
        read_structure(
            value,
            |out: &mut Self, key, value| {
                match key {
                    "Saved" => out.saved = member(value, key)?,
                    "Count" => out.count = member(value, key)?,
                    "Hits" => out.hits = member(value, key)?,
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
pub struct Profile {
    ///
    /// Required.
    pub name: String,
    ///
    /// Defaults to `"anon"`.
    pub nickname: String,
    ///
    /// Defaults to `true`.
    pub enabled: bool,
    ///
    /// Defaults to `-3`.
    pub small: i8,
    ///
    /// Defaults to `300`.
    pub medium: i16,
    ///
    /// Defaults to `10000000000`.
    pub size: i64,
    ///
    /// Defaults to `0.5`.
    pub ratio: f32,
    ///
    /// Defaults to `2.25`.
    pub weight: f64,
    ///
    /// Defaults to `"blue"`.
    pub color: Color,
    ///
    /// Defaults to `2`.
    pub level: Level,
    ///
    /// Defaults to `[]`.
    pub tags: Vec<String>,
    ///
    /// Defaults to `{}`.
    pub limits: ::std::collections::HashMap<String, i32>,
    ///
    /// Defaults to `0`.
    pub since: ::awsgen_runtime::__private::DateTime,
    ///
    /// Defaults to `"aGk="`.
    pub seed: ::awsgen_runtime::__private::Blob,
    ///
    /// Defaults to `true`.
    pub extra: ::awsgen_runtime::__private::Document,
    ///
    /// Defaults to `false`.
    pub flag: bool,
    pub unset: Option<i32>,
    ///
    /// Defaults to `""`.
    pub later: Option<String>,
    ///
    /// Required.
    ///
    /// Defaults to `1`.
    pub must: i32,
}
impl Profile {
    /// A builder for [`Profile`].
    pub fn builder() -> ProfileBuilder {
        ProfileBuilder::default()
    }
    /// Validates this value as the member at `path`, adding violations to `errors`.
    #[doc(hidden)]
    pub fn validate_at(
        &self,
        _path: &::awsgen_runtime::__private::validate::Path<'_>,
        _errors: &mut ::awsgen_runtime::__private::ValidationErrors,
    ) {}
}
impl ::std::default::Default for Profile {
    fn default() -> Self {
        Profile {
            name: ::std::default::Default::default(),
            nickname: String::from("anon"),
            enabled: true,
            small: -3,
            medium: 300,
            size: 10000000000,
            ratio: 0.5,
            weight: 2.25,
            color: Color::from("blue"),
            level: Level::from(2),
            tags: ::std::default::Default::default(),
            limits: ::std::default::Default::default(),
            since: ::awsgen_runtime::__private::DateTime::from_secs_f64(0f64)
                .unwrap_or_default(),
            seed: ::awsgen_runtime::__private::Blob::new(
                ::awsgen_runtime::__private::json::base64_decode("aGk=")
                    .unwrap_or_default(),
            ),
            extra: ::awsgen_runtime::__private::json::document_from_str("true"),
            flag: false,
            unset: None,
            later: None,
            must: 1,
        }
    }
}
/// A builder for [`Profile`]: [`build`](Self::build) names every required member left unset.
#[derive(Debug, Clone, Default)]
pub struct ProfileBuilder {
    name: Option<String>,
    nickname: Option<String>,
    enabled: Option<bool>,
    small: Option<i8>,
    medium: Option<i16>,
    size: Option<i64>,
    ratio: Option<f32>,
    weight: Option<f64>,
    color: Option<Color>,
    level: Option<Level>,
    tags: Option<Vec<String>>,
    limits: Option<::std::collections::HashMap<String, i32>>,
    since: Option<::awsgen_runtime::__private::DateTime>,
    seed: Option<::awsgen_runtime::__private::Blob>,
    extra: Option<::awsgen_runtime::__private::Document>,
    flag: Option<bool>,
    unset: Option<i32>,
    later: Option<String>,
    must: Option<i32>,
}
impl ProfileBuilder {
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears `Name`.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.name = value;
        self
    }
    pub fn nickname(mut self, value: impl Into<String>) -> Self {
        self.nickname = Some(value.into());
        self
    }
    /// Sets or clears `Nickname`.
    pub fn set_nickname(mut self, value: Option<String>) -> Self {
        self.nickname = value;
        self
    }
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets or clears `Enabled`.
    pub fn set_enabled(mut self, value: Option<bool>) -> Self {
        self.enabled = value;
        self
    }
    pub fn small(mut self, value: impl Into<i8>) -> Self {
        self.small = Some(value.into());
        self
    }
    /// Sets or clears `Small`.
    pub fn set_small(mut self, value: Option<i8>) -> Self {
        self.small = value;
        self
    }
    pub fn medium(mut self, value: impl Into<i16>) -> Self {
        self.medium = Some(value.into());
        self
    }
    /// Sets or clears `Medium`.
    pub fn set_medium(mut self, value: Option<i16>) -> Self {
        self.medium = value;
        self
    }
    pub fn size(mut self, value: impl Into<i64>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets or clears `Size`.
    pub fn set_size(mut self, value: Option<i64>) -> Self {
        self.size = value;
        self
    }
    pub fn ratio(mut self, value: impl Into<f32>) -> Self {
        self.ratio = Some(value.into());
        self
    }
    /// Sets or clears `Ratio`.
    pub fn set_ratio(mut self, value: Option<f32>) -> Self {
        self.ratio = value;
        self
    }
    pub fn weight(mut self, value: impl Into<f64>) -> Self {
        self.weight = Some(value.into());
        self
    }
    /// Sets or clears `Weight`.
    pub fn set_weight(mut self, value: Option<f64>) -> Self {
        self.weight = value;
        self
    }
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
    /// Appends one item; [`set_tags`](Self::set_tags) sets the whole list.
    pub fn tags(mut self, item: impl Into<String>) -> Self {
        self.tags.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets or clears `Tags`.
    pub fn set_tags(mut self, value: Option<Vec<String>>) -> Self {
        self.tags = value;
        self
    }
    /// Inserts one entry; [`set_limits`](Self::set_limits) sets the whole map.
    pub fn limits(mut self, key: impl Into<String>, value: impl Into<i32>) -> Self {
        self.limits
            .get_or_insert_with(Default::default)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears `Limits`.
    pub fn set_limits(
        mut self,
        value: Option<::std::collections::HashMap<String, i32>>,
    ) -> Self {
        self.limits = value;
        self
    }
    pub fn since(
        mut self,
        value: impl Into<::awsgen_runtime::__private::DateTime>,
    ) -> Self {
        self.since = Some(value.into());
        self
    }
    /// Sets or clears `Since`.
    pub fn set_since(
        mut self,
        value: Option<::awsgen_runtime::__private::DateTime>,
    ) -> Self {
        self.since = value;
        self
    }
    pub fn seed(mut self, value: impl Into<::awsgen_runtime::__private::Blob>) -> Self {
        self.seed = Some(value.into());
        self
    }
    /// Sets or clears `Seed`.
    pub fn set_seed(mut self, value: Option<::awsgen_runtime::__private::Blob>) -> Self {
        self.seed = value;
        self
    }
    pub fn extra(
        mut self,
        value: impl Into<::awsgen_runtime::__private::Document>,
    ) -> Self {
        self.extra = Some(value.into());
        self
    }
    /// Sets or clears `Extra`.
    pub fn set_extra(
        mut self,
        value: Option<::awsgen_runtime::__private::Document>,
    ) -> Self {
        self.extra = value;
        self
    }
    pub fn flag(mut self, value: impl Into<bool>) -> Self {
        self.flag = Some(value.into());
        self
    }
    /// Sets or clears `Flag`.
    pub fn set_flag(mut self, value: Option<bool>) -> Self {
        self.flag = value;
        self
    }
    pub fn unset(mut self, value: impl Into<i32>) -> Self {
        self.unset = Some(value.into());
        self
    }
    /// Sets or clears `Unset`.
    pub fn set_unset(mut self, value: Option<i32>) -> Self {
        self.unset = value;
        self
    }
    pub fn later(mut self, value: impl Into<String>) -> Self {
        self.later = Some(value.into());
        self
    }
    /// Sets or clears `Later`.
    pub fn set_later(mut self, value: Option<String>) -> Self {
        self.later = value;
        self
    }
    pub fn must(mut self, value: impl Into<i32>) -> Self {
        self.must = Some(value.into());
        self
    }
    /// Sets or clears `Must`.
    pub fn set_must(mut self, value: Option<i32>) -> Self {
        self.must = value;
        self
    }
    /// Builds the value, or names every required member that is not set.
    pub fn build(self) -> Result<Profile, ::awsgen_runtime::__private::BuildError> {
        let mut missing: Vec<&'static str> = Vec::new();
        if self.name.is_none() {
            missing.push("Name");
        }
        if !missing.is_empty() {
            return Err(::awsgen_runtime::__private::BuildError {
                type_name: "Profile",
                missing,
            });
        }
        Ok(Profile {
            name: self.name.unwrap_or_default(),
            nickname: self.nickname.unwrap_or_else(|| String::from("anon")),
            enabled: self.enabled.unwrap_or(true),
            small: self.small.unwrap_or(-3),
            medium: self.medium.unwrap_or(300),
            size: self.size.unwrap_or(10000000000),
            ratio: self.ratio.unwrap_or(0.5),
            weight: self.weight.unwrap_or(2.25),
            color: self.color.unwrap_or_else(|| Color::from("blue")),
            level: self.level.unwrap_or_else(|| Level::from(2)),
            tags: self.tags.unwrap_or_default(),
            limits: self.limits.unwrap_or_default(),
            since: self.since.unwrap_or_default(),
            seed: self
                .seed
                .unwrap_or_else(|| ::awsgen_runtime::__private::Blob::new(
                    ::awsgen_runtime::__private::json::base64_decode("aGk=")
                        .unwrap_or_default(),
                )),
            extra: self
                .extra
                .unwrap_or_else(|| ::awsgen_runtime::__private::json::document_from_str(
                    "true",
                )),
            flag: self.flag.unwrap_or_default(),
            unset: self.unset,
            later: self.later,
            must: self.must.unwrap_or(1),
        })
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for Profile {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.member("\"Name\":", &self.name);
        object.member("\"Nickname\":", &self.nickname);
        object.member("\"Enabled\":", &self.enabled);
        object.member("\"Small\":", &self.small);
        object.member("\"Medium\":", &self.medium);
        object.member("\"Size\":", &self.size);
        object.member("\"Ratio\":", &self.ratio);
        object.member("\"Weight\":", &self.weight);
        object.member("\"Color\":", &self.color);
        object.member("\"Level\":", &self.level);
        object.member("\"Tags\":", &self.tags);
        object.member("\"Limits\":", &self.limits);
        object.member("\"Since\":", &self.since);
        object.member("\"Seed\":", &self.seed);
        object.member("\"Extra\":", &self.extra);
        object.member("\"Flag\":", &self.flag);
        object.optional_member("\"Unset\":", self.unset.as_ref());
        object.optional_member("\"Later\":", self.later.as_ref());
        object.member("\"Must\":", &self.must);
        object.finish();
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for Profile {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        use ::awsgen_runtime::__private::json_structure::{member, read_structure};
        read_structure(
            value,
            |out: &mut Self, key, value| {
                match key {
                    "Name" => out.name = member(value, key)?,
                    "Nickname" => out.nickname = member(value, key)?,
                    "Enabled" => out.enabled = member(value, key)?,
                    "Small" => out.small = member(value, key)?,
                    "Medium" => out.medium = member(value, key)?,
                    "Size" => out.size = member(value, key)?,
                    "Ratio" => out.ratio = member(value, key)?,
                    "Weight" => out.weight = member(value, key)?,
                    "Color" => out.color = member(value, key)?,
                    "Level" => out.level = member(value, key)?,
                    "Tags" => out.tags = member(value, key)?,
                    "Limits" => out.limits = member(value, key)?,
                    "Since" => out.since = member(value, key)?,
                    "Seed" => out.seed = member(value, key)?,
                    "Extra" => out.extra = member(value, key)?,
                    "Flag" => out.flag = member(value, key)?,
                    "Unset" => out.unset = member(value, key)?,
                    "Later" => out.later = member(value, key)?,
                    "Must" => out.must = member(value, key)?,
                    _ => {}
                }
                Ok(())
            },
        )
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Color {
    /// `red`
    Red,
    /// `blue`
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
            Self::Blue => "blue",
            Self::Unknown(value) => value,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
    /// Every value the model knows, in model order.
    pub const fn values() -> &'static [&'static str] {
        &["red", "blue"]
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
            "blue" => Self::Blue,
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
    One,
    Two,
    /// A value this model does not know, kept as sent.
    Unknown(i32),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl Level {
    /// The value as it appears on the wire.
    pub fn value(&self) -> i32 {
        match self {
            Self::One => 1,
            Self::Two => 2,
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
            1 => Self::One,
            2 => Self::Two,
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
pub type TagList = Vec<String>;
pub type LimitMap = ::std::collections::HashMap<String, i32>;
/// The errors `PutSettings` can return.
#[derive(Debug, Clone, PartialEq)]
pub enum PutSettingsError {
    /// An error code the model does not list for this operation.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl PutSettingsError {
    /// The code, message, request id and HTTP status of the error response.
    pub fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        match self {
            Self::Unhandled(meta) => meta,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::std::fmt::Display for PutSettingsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.meta(), f)
    }
}
impl ::awsgen_runtime::__private::RequestId for PutSettingsError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for PutSettingsError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for PutSettingsError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        _body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        match meta.code.as_str() {
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        PutSettingsError::meta(self)
    }
}
/// Any error of the Settings operations generated here: each operation's error converts into it with `From`, and a call's [`Error`](awsgen_runtime::Error) with [`Error::into_service`](awsgen_runtime::Error::into_service), so `?` collects the errors of several operations into one type.
#[derive(Debug, Clone, PartialEq)]
pub enum SettingsError {
    /// An error code the model does not list for the operation that returned it.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl SettingsError {
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
impl ::std::fmt::Display for SettingsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.meta(), f)
    }
}
impl ::awsgen_runtime::__private::RequestId for SettingsError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for SettingsError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for SettingsError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        _body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        match meta.code.as_str() {
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        SettingsError::meta(self)
    }
}
impl ::std::convert::From<PutSettingsError> for SettingsError {
    fn from(error: PutSettingsError) -> Self {
        use PutSettingsError as E;
        match error {
            E::Unhandled(meta) => Self::Unhandled(meta),
            E::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
/// The operations this `athena_operation!` invocation generated. One invocation per
/// module: put a second one in its own `mod`.
pub const OPERATIONS: &[&str] = &["PutSettings"];
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
