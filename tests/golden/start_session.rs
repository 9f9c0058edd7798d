#[allow(dead_code)]
const ONE_ATHENA_OPERATION_INVOCATION_PER_MODULE_PUT_EACH_IN_ITS_OWN_MOD: () = ();
/// Athena: a method per operation, each returning a builder of its request; `.send().await` makes the call.
///
/// Cheap to clone: clones share the [`Client`](::awsgen_runtime::Client)'s connection
/// pool, credentials and retry quota. The builders its methods return own a clone, so
/// their futures can be spawned.
#[derive(Clone, Debug)]
pub struct Athena {
    handle: ::awsgen_runtime::__private::ServiceHandle,
}
impl Athena {
    /// Calls the operations through `client`.
    pub fn new(client: ::awsgen_runtime::__private::Client) -> Self {
        Athena { handle: client.into() }
    }
    /// A client configured from the environment and the shared config files, as
    /// [`Client::from_env`](::awsgen_runtime::Client::from_env) finds them. A problem
    /// found there (no region, an unreadable profile file) is returned by every call,
    /// as [`Error::Config`](::awsgen_runtime::Error::Config); [`Self::try_from_env`]
    /// returns it here instead.
    pub fn from_env() -> Self {
        Athena {
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
    /// Opens a new Spark session in a workgroup so that calculations can be submitted to it. Poll the session until its state becomes `IDLE`; only then does it take work.
    ///
    /// Errors: [`StartSessionError::InternalServerException`], [`StartSessionError::InvalidRequestException`], [`StartSessionError::ResourceNotFoundException`], [`StartSessionError::SessionAlreadyExistsException`], [`StartSessionError::TooManyRequestsException`].
    ///
    /// AWS API reference: [StartSession](https://docs.aws.amazon.com/athena/latest/APIReference/API_StartSession.html)
    pub fn start_session(&self) -> StartSessionFluentBuilder {
        StartSessionFluentBuilder {
            handle: self.handle.clone(),
            input: StartSessionRequest::builder(),
        }
    }
}
impl ::std::convert::From<::awsgen_runtime::__private::Client> for Athena {
    fn from(client: ::awsgen_runtime::__private::Client) -> Self {
        Athena::new(client)
    }
}
/// The Athena service, as its model describes it: protocol, signing name, endpoints.
pub static SERVICE: ::awsgen_runtime::__private::protocol::ServiceSpec = ::awsgen_runtime::__private::protocol::ServiceSpec {
    target_prefix: "AmazonAthena",
    json_version: ::awsgen_runtime::__private::protocol::JsonVersion::V1_1,
    signing_name: "athena",
    endpoint_prefix: "athena",
    sdk_id: "Athena",
    endpoint_rules: None,
};
/// The request [`Athena::start_session`] sends: the setters of [`StartSessionRequest`]'s builder, then [`send`](Self::send).
#[derive(Clone, Debug)]
pub struct StartSessionFluentBuilder {
    handle: ::awsgen_runtime::__private::ServiceHandle,
    input: StartSessionRequestBuilder,
}
impl StartSessionFluentBuilder {
    /// Sets [`StartSessionRequest::description`].
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.description(value);
        self
    }
    /// Sets or clears [`StartSessionRequest::description`].
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_description(value);
        self
    }
    /// Sets [`StartSessionRequest::work_group`].
    pub fn work_group(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.work_group(value);
        self
    }
    /// Sets or clears [`StartSessionRequest::work_group`].
    pub fn set_work_group(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_work_group(value);
        self
    }
    /// Sets [`StartSessionRequest::engine_configuration`].
    pub fn engine_configuration(
        mut self,
        value: impl Into<EngineConfiguration>,
    ) -> Self {
        self.input = self.input.engine_configuration(value);
        self
    }
    /// Sets or clears [`StartSessionRequest::engine_configuration`].
    pub fn set_engine_configuration(
        mut self,
        value: Option<EngineConfiguration>,
    ) -> Self {
        self.input = self.input.set_engine_configuration(value);
        self
    }
    /// Sets [`StartSessionRequest::execution_role`].
    pub fn execution_role(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.execution_role(value);
        self
    }
    /// Sets or clears [`StartSessionRequest::execution_role`].
    pub fn set_execution_role(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_execution_role(value);
        self
    }
    /// Sets [`StartSessionRequest::monitoring_configuration`].
    pub fn monitoring_configuration(
        mut self,
        value: impl Into<MonitoringConfiguration>,
    ) -> Self {
        self.input = self.input.monitoring_configuration(value);
        self
    }
    /// Sets or clears [`StartSessionRequest::monitoring_configuration`].
    pub fn set_monitoring_configuration(
        mut self,
        value: Option<MonitoringConfiguration>,
    ) -> Self {
        self.input = self.input.set_monitoring_configuration(value);
        self
    }
    /// Sets [`StartSessionRequest::notebook_version`].
    pub fn notebook_version(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.notebook_version(value);
        self
    }
    /// Sets or clears [`StartSessionRequest::notebook_version`].
    pub fn set_notebook_version(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_notebook_version(value);
        self
    }
    /// Sets [`StartSessionRequest::session_idle_timeout_in_minutes`].
    pub fn session_idle_timeout_in_minutes(mut self, value: impl Into<i32>) -> Self {
        self.input = self.input.session_idle_timeout_in_minutes(value);
        self
    }
    /// Sets or clears [`StartSessionRequest::session_idle_timeout_in_minutes`].
    pub fn set_session_idle_timeout_in_minutes(mut self, value: Option<i32>) -> Self {
        self.input = self.input.set_session_idle_timeout_in_minutes(value);
        self
    }
    /// Sets [`StartSessionRequest::client_request_token`].
    pub fn client_request_token(mut self, value: impl Into<String>) -> Self {
        self.input = self.input.client_request_token(value);
        self
    }
    /// Sets or clears [`StartSessionRequest::client_request_token`].
    pub fn set_client_request_token(mut self, value: Option<String>) -> Self {
        self.input = self.input.set_client_request_token(value);
        self
    }
    /// Appends one item to [`StartSessionRequest::tags`].
    pub fn tags(mut self, item: impl Into<Tag>) -> Self {
        self.input = self.input.tags(item);
        self
    }
    /// Sets or clears [`StartSessionRequest::tags`].
    pub fn set_tags(mut self, value: Option<Vec<Tag>>) -> Self {
        self.input = self.input.set_tags(value);
        self
    }
    /// Sets [`StartSessionRequest::copy_work_group_tags`].
    pub fn copy_work_group_tags(mut self, value: impl Into<bool>) -> Self {
        self.input = self.input.copy_work_group_tags(value);
        self
    }
    /// Sets or clears [`StartSessionRequest::copy_work_group_tags`].
    pub fn set_copy_work_group_tags(mut self, value: Option<bool>) -> Self {
        self.input = self.input.set_copy_work_group_tags(value);
        self
    }
    /// Validates the request and makes the call. A required member left unset is an [`Error::InvalidInput`](::awsgen_runtime::Error::InvalidInput) naming it; nothing is sent.
    pub async fn send(
        self,
    ) -> Result<
        StartSessionResponse,
        ::awsgen_runtime::__private::Error<StartSessionError>,
    > {
        let input = self.input.build()?;
        start_session(self.handle.client()?, input).await
    }
}
/// Sends a [`StartSessionRequest`] built beforehand: the call [`Athena::start_session`] makes.
pub fn start_session(
    client: &::awsgen_runtime::__private::Client,
    mut input: StartSessionRequest,
) -> impl ::std::future::Future<
    Output = Result<
        StartSessionResponse,
        ::awsgen_runtime::__private::Error<StartSessionError>,
    >,
> + Send + '_ {
    async move {
        static OPERATION: ::awsgen_runtime::__private::protocol::OperationSpec = ::awsgen_runtime::__private::protocol::OperationSpec {
            service: &SERVICE,
            name: "StartSession",
        };
        if client.validates_input() {
            input.validate().map_err(::awsgen_runtime::__private::Error::InvalidInput)?;
        }
        if input.client_request_token.is_none() {
            input.client_request_token = Some(
                ::awsgen_runtime::__private::idempotency_token(),
            );
        }
        let body = ::awsgen_runtime::__private::json::to_string(&input);
        client.call(&OPERATION, body).await
    }
}
/// Parameters for opening a session.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StartSessionRequest {
    /// Free text describing what the session is for.
    pub description: Option<String>,
    /// Name of the workgroup that will own the new session.
    ///
    /// Required.
    pub work_group: Option<String>,
    /// How much compute (in DPUs) the session may use, plus extra engine and Spark settings.
    ///
    /// Required.
    pub engine_configuration: Option<EngineConfiguration>,
    /// ARN of the IAM role the session assumes when it reaches your resources. Only meaningful for Spark-enabled or IAM Identity Center enabled workgroups.
    pub execution_role: Option<String>,
    /// Where the session's logs go: managed persistence, an S3 location, and/or CloudWatch Logs.
    pub monitoring_configuration: Option<MonitoringConfiguration>,
    /// Version of the notebook format. The Athena console fills this in for notebook sessions; API callers can leave it out. The one accepted value today is `Athena notebook version 1`, and setting it means a `NotebookId` key must also be given in `EngineConfiguration.AdditionalConfigs`.
    pub notebook_version: Option<String>,
    /// Minutes without activity after which Athena ends the session.
    pub session_idle_timeout_in_minutes: Option<i32>,
    /// Caller-chosen, case-sensitive token that makes the call safe to retry: repeating a call with the same token yields the original answer instead of a second session, while reusing the token with different parameters is rejected. Although optional in the model (SDKs generate one automatically), callers that build requests by hand must supply it.
    ///
    /// When not set, the operation fills it with a fresh UUID v4: every retry of one call carries the same token.
    pub client_request_token: Option<String>,
    /// Key/value labels to attach to the new session.
    pub tags: Option<Vec<Tag>>,
    /// When true, the workgroup's own tags are also applied to the session.
    pub copy_work_group_tags: Option<bool>,
}
impl StartSessionRequest {
    /// A builder for [`StartSessionRequest`].
    pub fn builder() -> StartSessionRequestBuilder {
        StartSessionRequestBuilder::default()
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
            let path = path.member("Description");
            if let Some(value) = &self.description {
                errors.string_length(&path, value, Some(1), Some(1024));
            }
        }
        {
            let path = path.member("WorkGroup");
            match &self.work_group {
                Some(value) => {
                    static PATTERN: ::awsgen_runtime::__private::validate::Pattern = ::awsgen_runtime::__private::validate::Pattern::new(
                        "^[a-zA-Z0-9._-]{1,128}$",
                    );
                    errors.pattern(&path, value, &PATTERN);
                }
                None => errors.missing(&path),
            }
        }
        {
            let path = path.member("EngineConfiguration");
            match &self.engine_configuration {
                Some(value) => {
                    value.validate_at(&path, errors);
                }
                None => errors.missing(&path),
            }
        }
        {
            let path = path.member("ExecutionRole");
            if let Some(value) = &self.execution_role {
                errors.string_length(&path, value, Some(20), Some(2048));
                {
                    static PATTERN: ::awsgen_runtime::__private::validate::Pattern = ::awsgen_runtime::__private::validate::Pattern::new(
                        "^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$",
                    );
                    errors.pattern(&path, value, &PATTERN);
                }
            }
        }
        {
            let path = path.member("MonitoringConfiguration");
            if let Some(value) = &self.monitoring_configuration {
                value.validate_at(&path, errors);
            }
        }
        {
            let path = path.member("NotebookVersion");
            if let Some(value) = &self.notebook_version {
                errors.string_length(&path, value, Some(1), Some(128));
            }
        }
        {
            let path = path.member("SessionIdleTimeoutInMinutes");
            if let Some(value) = &self.session_idle_timeout_in_minutes {
                errors.range(&path, *value, Some(1.0), Some(480.0));
            }
        }
        {
            let path = path.member("ClientRequestToken");
            if let Some(value) = &self.client_request_token {
                errors.string_length(&path, value, Some(32), Some(128));
            }
        }
        {
            let path = path.member("Tags");
            if let Some(value) = &self.tags {
                for (index, item) in value.iter().enumerate() {
                    let path = path.index(index);
                    item.validate_at(&path, errors);
                }
            }
        }
    }
}
/// A builder for [`StartSessionRequest`]: [`build`](Self::build) names every required member left unset.
#[derive(Debug, Clone, Default)]
pub struct StartSessionRequestBuilder {
    description: Option<String>,
    work_group: Option<String>,
    engine_configuration: Option<EngineConfiguration>,
    execution_role: Option<String>,
    monitoring_configuration: Option<MonitoringConfiguration>,
    notebook_version: Option<String>,
    session_idle_timeout_in_minutes: Option<i32>,
    client_request_token: Option<String>,
    tags: Option<Vec<Tag>>,
    copy_work_group_tags: Option<bool>,
}
impl StartSessionRequestBuilder {
    /// Free text describing what the session is for.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets or clears `Description`.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.description = value;
        self
    }
    /// Name of the workgroup that will own the new session.
    pub fn work_group(mut self, value: impl Into<String>) -> Self {
        self.work_group = Some(value.into());
        self
    }
    /// Sets or clears `WorkGroup`.
    pub fn set_work_group(mut self, value: Option<String>) -> Self {
        self.work_group = value;
        self
    }
    /// How much compute (in DPUs) the session may use, plus extra engine and Spark settings.
    pub fn engine_configuration(
        mut self,
        value: impl Into<EngineConfiguration>,
    ) -> Self {
        self.engine_configuration = Some(value.into());
        self
    }
    /// Sets or clears `EngineConfiguration`.
    pub fn set_engine_configuration(
        mut self,
        value: Option<EngineConfiguration>,
    ) -> Self {
        self.engine_configuration = value;
        self
    }
    /// ARN of the IAM role the session assumes when it reaches your resources. Only meaningful for Spark-enabled or IAM Identity Center enabled workgroups.
    pub fn execution_role(mut self, value: impl Into<String>) -> Self {
        self.execution_role = Some(value.into());
        self
    }
    /// Sets or clears `ExecutionRole`.
    pub fn set_execution_role(mut self, value: Option<String>) -> Self {
        self.execution_role = value;
        self
    }
    /// Where the session's logs go: managed persistence, an S3 location, and/or CloudWatch Logs.
    pub fn monitoring_configuration(
        mut self,
        value: impl Into<MonitoringConfiguration>,
    ) -> Self {
        self.monitoring_configuration = Some(value.into());
        self
    }
    /// Sets or clears `MonitoringConfiguration`.
    pub fn set_monitoring_configuration(
        mut self,
        value: Option<MonitoringConfiguration>,
    ) -> Self {
        self.monitoring_configuration = value;
        self
    }
    /// Version of the notebook format. The Athena console fills this in for notebook sessions; API callers can leave it out. The one accepted value today is `Athena notebook version 1`, and setting it means a `NotebookId` key must also be given in `EngineConfiguration.AdditionalConfigs`.
    pub fn notebook_version(mut self, value: impl Into<String>) -> Self {
        self.notebook_version = Some(value.into());
        self
    }
    /// Sets or clears `NotebookVersion`.
    pub fn set_notebook_version(mut self, value: Option<String>) -> Self {
        self.notebook_version = value;
        self
    }
    /// Minutes without activity after which Athena ends the session.
    pub fn session_idle_timeout_in_minutes(mut self, value: impl Into<i32>) -> Self {
        self.session_idle_timeout_in_minutes = Some(value.into());
        self
    }
    /// Sets or clears `SessionIdleTimeoutInMinutes`.
    pub fn set_session_idle_timeout_in_minutes(mut self, value: Option<i32>) -> Self {
        self.session_idle_timeout_in_minutes = value;
        self
    }
    /// Caller-chosen, case-sensitive token that makes the call safe to retry: repeating a call with the same token yields the original answer instead of a second session, while reusing the token with different parameters is rejected. Although optional in the model (SDKs generate one automatically), callers that build requests by hand must supply it.
    pub fn client_request_token(mut self, value: impl Into<String>) -> Self {
        self.client_request_token = Some(value.into());
        self
    }
    /// Sets or clears `ClientRequestToken`.
    pub fn set_client_request_token(mut self, value: Option<String>) -> Self {
        self.client_request_token = value;
        self
    }
    /// Key/value labels to attach to the new session.
    ///
    /// Appends one item; [`set_tags`](Self::set_tags) sets the whole list.
    pub fn tags(mut self, item: impl Into<Tag>) -> Self {
        self.tags.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets or clears `Tags`.
    pub fn set_tags(mut self, value: Option<Vec<Tag>>) -> Self {
        self.tags = value;
        self
    }
    /// When true, the workgroup's own tags are also applied to the session.
    pub fn copy_work_group_tags(mut self, value: impl Into<bool>) -> Self {
        self.copy_work_group_tags = Some(value.into());
        self
    }
    /// Sets or clears `CopyWorkGroupTags`.
    pub fn set_copy_work_group_tags(mut self, value: Option<bool>) -> Self {
        self.copy_work_group_tags = value;
        self
    }
    /// Builds the value, or names every required member that is not set.
    pub fn build(
        self,
    ) -> Result<StartSessionRequest, ::awsgen_runtime::__private::BuildError> {
        let mut missing: Vec<&'static str> = Vec::new();
        if self.work_group.is_none() {
            missing.push("WorkGroup");
        }
        if self.engine_configuration.is_none() {
            missing.push("EngineConfiguration");
        }
        if !missing.is_empty() {
            return Err(::awsgen_runtime::__private::BuildError {
                type_name: "StartSessionRequest",
                missing,
            });
        }
        Ok(StartSessionRequest {
            description: self.description,
            work_group: self.work_group,
            engine_configuration: self.engine_configuration,
            execution_role: self.execution_role,
            monitoring_configuration: self.monitoring_configuration,
            notebook_version: self.notebook_version,
            session_idle_timeout_in_minutes: self.session_idle_timeout_in_minutes,
            client_request_token: self.client_request_token,
            tags: self.tags,
            copy_work_group_tags: self.copy_work_group_tags,
        })
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for StartSessionRequest {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.optional_member("\"Description\":", self.description.as_ref());
        object.optional_member("\"WorkGroup\":", self.work_group.as_ref());
        object
            .optional_member(
                "\"EngineConfiguration\":",
                self.engine_configuration.as_ref(),
            );
        object.optional_member("\"ExecutionRole\":", self.execution_role.as_ref());
        object
            .optional_member(
                "\"MonitoringConfiguration\":",
                self.monitoring_configuration.as_ref(),
            );
        object.optional_member("\"NotebookVersion\":", self.notebook_version.as_ref());
        object
            .optional_member(
                "\"SessionIdleTimeoutInMinutes\":",
                self.session_idle_timeout_in_minutes.as_ref(),
            );
        object
            .optional_member(
                "\"ClientRequestToken\":",
                self.client_request_token.as_ref(),
            );
        object.optional_member("\"Tags\":", self.tags.as_ref());
        object
            .optional_member(
                "\"CopyWorkGroupTags\":",
                self.copy_work_group_tags.as_ref(),
            );
        object.finish();
    }
}
/// What Athena reports about a session it has just opened.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StartSessionResponse {
    /// Identifier of the new session.
    pub session_id: Option<String>,
    /// Where the session is in its lifecycle. It can take work only while `IDLE`; see `SessionState` for every value.
    pub state: Option<SessionState>,
    #[doc(hidden)]
    pub _request_id: ::awsgen_runtime::__private::request_id::ResponseRequestId,
}
impl ::awsgen_runtime::__private::RequestId for StartSessionResponse {
    fn request_id(&self) -> Option<&str> {
        self._request_id.get()
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for StartSessionResponse {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        use ::awsgen_runtime::__private::json_structure::{member, read_structure};
        read_structure(
            value,
            |out: &mut Self, key, value| {
                match key {
                    "SessionId" => out.session_id = member(value, key)?,
                    "State" => out.state = member(value, key)?,
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
/// Compute and engine settings. For sessions this sets DPU sizes and concurrency and passes extra parameters. For workgroups running on provisioned capacity it can bound the DPUs a query uses through a classification named `athena-query-engine-properties` whose only keys are `min-dpu-count` and `max-dpu-count`; when these are absent Athena picks the bounds itself (4 at least, and at most 124 or the allocated DPUs, whichever is lower).
#[derive(Debug, Clone, PartialEq)]
pub struct EngineConfiguration {
    /// DPUs given to the coordinator, the executor that schedules work and supervises the other executors of a session. Defaults to 1.
    pub coordinator_dpu_size: Option<i32>,
    /// Upper limit on DPUs in use at the same moment. Defaults to 20.
    ///
    /// Defaults to `20`.
    pub max_concurrent_dpus: i32,
    /// DPUs given to each executor, the smallest compute unit a session can ask Athena for. Defaults to 1.
    pub default_executor_dpu_size: Option<i32>,
    /// Extra string-to-string engine parameters. To have the Jupyter server load a particular Athena notebook, set `NotebookVersion` on the request and put the notebook's ID here under the key `NotebookId`.
    pub additional_configs: Option<::std::collections::HashMap<String, String>>,
    /// Spark settings and custom JAR files, for example to turn on cluster encryption, pick a table format, or tune Spark.
    pub spark_properties: Option<::std::collections::HashMap<String, String>>,
    /// Named groups of engine settings (configuration classifications).
    pub classifications: Option<Vec<Classification>>,
}
impl EngineConfiguration {
    /// A builder for [`EngineConfiguration`].
    pub fn builder() -> EngineConfigurationBuilder {
        EngineConfigurationBuilder::default()
    }
    /// Validates this value as the member at `path`, adding violations to `errors`.
    #[doc(hidden)]
    pub fn validate_at(
        &self,
        path: &::awsgen_runtime::__private::validate::Path<'_>,
        errors: &mut ::awsgen_runtime::__private::ValidationErrors,
    ) {
        {
            let path = path.member("CoordinatorDpuSize");
            if let Some(value) = &self.coordinator_dpu_size {
                errors.range(&path, *value, Some(1.0), Some(1.0));
            }
        }
        {
            let path = path.member("MaxConcurrentDpus");
            let value = &self.max_concurrent_dpus;
            errors.range(&path, *value, Some(2.0), Some(5000.0));
        }
        {
            let path = path.member("DefaultExecutorDpuSize");
            if let Some(value) = &self.default_executor_dpu_size {
                errors.range(&path, *value, Some(1.0), Some(1.0));
            }
        }
        {
            let path = path.member("AdditionalConfigs");
            if let Some(value) = &self.additional_configs {
                for (key, item) in value.iter() {
                    let path = path.key(key);
                    errors.string_length(&path, key, Some(1), Some(255));
                    {
                        static PATTERN: ::awsgen_runtime::__private::validate::Pattern = ::awsgen_runtime::__private::validate::Pattern::new(
                            "^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$",
                        );
                        errors.pattern(&path, key, &PATTERN);
                    }
                    errors.string_length(&path, item, Some(0), Some(51200));
                }
            }
        }
        {
            let path = path.member("SparkProperties");
            if let Some(value) = &self.spark_properties {
                for (key, item) in value.iter() {
                    let path = path.key(key);
                    errors.string_length(&path, key, Some(1), Some(255));
                    {
                        static PATTERN: ::awsgen_runtime::__private::validate::Pattern = ::awsgen_runtime::__private::validate::Pattern::new(
                            "^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$",
                        );
                        errors.pattern(&path, key, &PATTERN);
                    }
                    errors.string_length(&path, item, Some(0), Some(51200));
                }
            }
        }
        {
            let path = path.member("Classifications");
            if let Some(value) = &self.classifications {
                for (index, item) in value.iter().enumerate() {
                    let path = path.index(index);
                    item.validate_at(&path, errors);
                }
            }
        }
    }
}
impl ::std::default::Default for EngineConfiguration {
    fn default() -> Self {
        EngineConfiguration {
            coordinator_dpu_size: None,
            max_concurrent_dpus: 20,
            default_executor_dpu_size: None,
            additional_configs: None,
            spark_properties: None,
            classifications: None,
        }
    }
}
/// A builder for [`EngineConfiguration`].
#[derive(Debug, Clone, Default)]
pub struct EngineConfigurationBuilder {
    coordinator_dpu_size: Option<i32>,
    max_concurrent_dpus: Option<i32>,
    default_executor_dpu_size: Option<i32>,
    additional_configs: Option<::std::collections::HashMap<String, String>>,
    spark_properties: Option<::std::collections::HashMap<String, String>>,
    classifications: Option<Vec<Classification>>,
}
impl EngineConfigurationBuilder {
    /// DPUs given to the coordinator, the executor that schedules work and supervises the other executors of a session. Defaults to 1.
    pub fn coordinator_dpu_size(mut self, value: impl Into<i32>) -> Self {
        self.coordinator_dpu_size = Some(value.into());
        self
    }
    /// Sets or clears `CoordinatorDpuSize`.
    pub fn set_coordinator_dpu_size(mut self, value: Option<i32>) -> Self {
        self.coordinator_dpu_size = value;
        self
    }
    /// Upper limit on DPUs in use at the same moment. Defaults to 20.
    pub fn max_concurrent_dpus(mut self, value: impl Into<i32>) -> Self {
        self.max_concurrent_dpus = Some(value.into());
        self
    }
    /// Sets or clears `MaxConcurrentDpus`.
    pub fn set_max_concurrent_dpus(mut self, value: Option<i32>) -> Self {
        self.max_concurrent_dpus = value;
        self
    }
    /// DPUs given to each executor, the smallest compute unit a session can ask Athena for. Defaults to 1.
    pub fn default_executor_dpu_size(mut self, value: impl Into<i32>) -> Self {
        self.default_executor_dpu_size = Some(value.into());
        self
    }
    /// Sets or clears `DefaultExecutorDpuSize`.
    pub fn set_default_executor_dpu_size(mut self, value: Option<i32>) -> Self {
        self.default_executor_dpu_size = value;
        self
    }
    /// Extra string-to-string engine parameters. To have the Jupyter server load a particular Athena notebook, set `NotebookVersion` on the request and put the notebook's ID here under the key `NotebookId`.
    ///
    /// Inserts one entry; [`set_additional_configs`](Self::set_additional_configs) sets the whole map.
    pub fn additional_configs(
        mut self,
        key: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.additional_configs
            .get_or_insert_with(Default::default)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears `AdditionalConfigs`.
    pub fn set_additional_configs(
        mut self,
        value: Option<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.additional_configs = value;
        self
    }
    /// Spark settings and custom JAR files, for example to turn on cluster encryption, pick a table format, or tune Spark.
    ///
    /// Inserts one entry; [`set_spark_properties`](Self::set_spark_properties) sets the whole map.
    pub fn spark_properties(
        mut self,
        key: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.spark_properties
            .get_or_insert_with(Default::default)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears `SparkProperties`.
    pub fn set_spark_properties(
        mut self,
        value: Option<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.spark_properties = value;
        self
    }
    /// Named groups of engine settings (configuration classifications).
    ///
    /// Appends one item; [`set_classifications`](Self::set_classifications) sets the whole list.
    pub fn classifications(mut self, item: impl Into<Classification>) -> Self {
        self.classifications.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets or clears `Classifications`.
    pub fn set_classifications(mut self, value: Option<Vec<Classification>>) -> Self {
        self.classifications = value;
        self
    }
    /// Builds the value.
    pub fn build(self) -> EngineConfiguration {
        EngineConfiguration {
            coordinator_dpu_size: self.coordinator_dpu_size,
            max_concurrent_dpus: self.max_concurrent_dpus.unwrap_or(20),
            default_executor_dpu_size: self.default_executor_dpu_size,
            additional_configs: self.additional_configs,
            spark_properties: self.spark_properties,
            classifications: self.classifications,
        }
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for EngineConfiguration {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object
            .optional_member(
                "\"CoordinatorDpuSize\":",
                self.coordinator_dpu_size.as_ref(),
            );
        object.member("\"MaxConcurrentDpus\":", &self.max_concurrent_dpus);
        object
            .optional_member(
                "\"DefaultExecutorDpuSize\":",
                self.default_executor_dpu_size.as_ref(),
            );
        object
            .optional_member("\"AdditionalConfigs\":", self.additional_configs.as_ref());
        object.optional_member("\"SparkProperties\":", self.spark_properties.as_ref());
        object.optional_member("\"Classifications\":", self.classifications.as_ref());
        object.finish();
    }
}
/// String keys mapped to string values.
pub type ParametersMap = ::std::collections::HashMap<String, String>;
/// Several configuration classifications.
pub type ClassificationList = Vec<Classification>;
/// A named bundle of configuration properties.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Classification {
    /// Name identifying the classification.
    pub name: Option<String>,
    /// Properties that belong to this classification.
    pub properties: Option<::std::collections::HashMap<String, String>>,
}
impl Classification {
    /// A builder for [`Classification`].
    pub fn builder() -> ClassificationBuilder {
        ClassificationBuilder::default()
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
            if let Some(value) = &self.name {
                errors.string_length(&path, value, Some(1), Some(128));
            }
        }
        {
            let path = path.member("Properties");
            if let Some(value) = &self.properties {
                for (key, item) in value.iter() {
                    let path = path.key(key);
                    errors.string_length(&path, key, Some(1), Some(255));
                    {
                        static PATTERN: ::awsgen_runtime::__private::validate::Pattern = ::awsgen_runtime::__private::validate::Pattern::new(
                            "^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$",
                        );
                        errors.pattern(&path, key, &PATTERN);
                    }
                    errors.string_length(&path, item, Some(0), Some(51200));
                }
            }
        }
    }
}
/// A builder for [`Classification`].
#[derive(Debug, Clone, Default)]
pub struct ClassificationBuilder {
    name: Option<String>,
    properties: Option<::std::collections::HashMap<String, String>>,
}
impl ClassificationBuilder {
    /// Name identifying the classification.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears `Name`.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.name = value;
        self
    }
    /// Properties that belong to this classification.
    ///
    /// Inserts one entry; [`set_properties`](Self::set_properties) sets the whole map.
    pub fn properties(
        mut self,
        key: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.properties
            .get_or_insert_with(Default::default)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears `Properties`.
    pub fn set_properties(
        mut self,
        value: Option<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.properties = value;
        self
    }
    /// Builds the value.
    pub fn build(self) -> Classification {
        Classification {
            name: self.name,
            properties: self.properties,
        }
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for Classification {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.optional_member("\"Name\":", self.name.as_ref());
        object.optional_member("\"Properties\":", self.properties.as_ref());
        object.finish();
    }
}
/// Chooses the log destinations for a session: Athena-managed persistence, an S3 bucket, CloudWatch Logs, or a mix.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MonitoringConfiguration {
    /// Settings for sending logs to CloudWatch Logs.
    pub cloud_watch_logging_configuration: Option<CloudWatchLoggingConfiguration>,
    /// Settings for logs kept by Athena itself (managed persistence).
    pub managed_logging_configuration: Option<ManagedLoggingConfiguration>,
    /// Settings for writing logs into S3.
    pub s3_logging_configuration: Option<S3LoggingConfiguration>,
}
impl MonitoringConfiguration {
    /// A builder for [`MonitoringConfiguration`].
    pub fn builder() -> MonitoringConfigurationBuilder {
        MonitoringConfigurationBuilder::default()
    }
    /// Validates this value as the member at `path`, adding violations to `errors`.
    #[doc(hidden)]
    pub fn validate_at(
        &self,
        path: &::awsgen_runtime::__private::validate::Path<'_>,
        errors: &mut ::awsgen_runtime::__private::ValidationErrors,
    ) {
        {
            let path = path.member("CloudWatchLoggingConfiguration");
            if let Some(value) = &self.cloud_watch_logging_configuration {
                value.validate_at(&path, errors);
            }
        }
        {
            let path = path.member("ManagedLoggingConfiguration");
            if let Some(value) = &self.managed_logging_configuration {
                value.validate_at(&path, errors);
            }
        }
        {
            let path = path.member("S3LoggingConfiguration");
            if let Some(value) = &self.s3_logging_configuration {
                value.validate_at(&path, errors);
            }
        }
    }
}
/// A builder for [`MonitoringConfiguration`].
#[derive(Debug, Clone, Default)]
pub struct MonitoringConfigurationBuilder {
    cloud_watch_logging_configuration: Option<CloudWatchLoggingConfiguration>,
    managed_logging_configuration: Option<ManagedLoggingConfiguration>,
    s3_logging_configuration: Option<S3LoggingConfiguration>,
}
impl MonitoringConfigurationBuilder {
    /// Settings for sending logs to CloudWatch Logs.
    pub fn cloud_watch_logging_configuration(
        mut self,
        value: impl Into<CloudWatchLoggingConfiguration>,
    ) -> Self {
        self.cloud_watch_logging_configuration = Some(value.into());
        self
    }
    /// Sets or clears `CloudWatchLoggingConfiguration`.
    pub fn set_cloud_watch_logging_configuration(
        mut self,
        value: Option<CloudWatchLoggingConfiguration>,
    ) -> Self {
        self.cloud_watch_logging_configuration = value;
        self
    }
    /// Settings for logs kept by Athena itself (managed persistence).
    pub fn managed_logging_configuration(
        mut self,
        value: impl Into<ManagedLoggingConfiguration>,
    ) -> Self {
        self.managed_logging_configuration = Some(value.into());
        self
    }
    /// Sets or clears `ManagedLoggingConfiguration`.
    pub fn set_managed_logging_configuration(
        mut self,
        value: Option<ManagedLoggingConfiguration>,
    ) -> Self {
        self.managed_logging_configuration = value;
        self
    }
    /// Settings for writing logs into S3.
    pub fn s3_logging_configuration(
        mut self,
        value: impl Into<S3LoggingConfiguration>,
    ) -> Self {
        self.s3_logging_configuration = Some(value.into());
        self
    }
    /// Sets or clears `S3LoggingConfiguration`.
    pub fn set_s3_logging_configuration(
        mut self,
        value: Option<S3LoggingConfiguration>,
    ) -> Self {
        self.s3_logging_configuration = value;
        self
    }
    /// Builds the value.
    pub fn build(self) -> MonitoringConfiguration {
        MonitoringConfiguration {
            cloud_watch_logging_configuration: self.cloud_watch_logging_configuration,
            managed_logging_configuration: self.managed_logging_configuration,
            s3_logging_configuration: self.s3_logging_configuration,
        }
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for MonitoringConfiguration {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object
            .optional_member(
                "\"CloudWatchLoggingConfiguration\":",
                self.cloud_watch_logging_configuration.as_ref(),
            );
        object
            .optional_member(
                "\"ManagedLoggingConfiguration\":",
                self.managed_logging_configuration.as_ref(),
            );
        object
            .optional_member(
                "\"S3LoggingConfiguration\":",
                self.s3_logging_configuration.as_ref(),
            );
        object.finish();
    }
}
/// How logs are published to CloudWatch Logs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CloudWatchLoggingConfiguration {
    /// Turns CloudWatch log publishing on or off.
    ///
    /// Required.
    pub enabled: bool,
    /// CloudWatch Logs group that receives the logs.
    pub log_group: Option<String>,
    /// Text put in front of each log stream name.
    pub log_stream_name_prefix: Option<String>,
    /// Which kinds of logs to publish, keyed by log type.
    pub log_types: Option<::std::collections::HashMap<String, Vec<String>>>,
}
impl CloudWatchLoggingConfiguration {
    /// A builder for [`CloudWatchLoggingConfiguration`].
    pub fn builder() -> CloudWatchLoggingConfigurationBuilder {
        CloudWatchLoggingConfigurationBuilder::default()
    }
    /// Validates this value as the member at `path`, adding violations to `errors`.
    #[doc(hidden)]
    pub fn validate_at(
        &self,
        path: &::awsgen_runtime::__private::validate::Path<'_>,
        errors: &mut ::awsgen_runtime::__private::ValidationErrors,
    ) {
        {
            let path = path.member("LogGroup");
            if let Some(value) = &self.log_group {
                errors.string_length(&path, value, Some(1), Some(512));
                {
                    static PATTERN: ::awsgen_runtime::__private::validate::Pattern = ::awsgen_runtime::__private::validate::Pattern::new(
                        "^[a-zA-Z0-9._/-]+$",
                    );
                    errors.pattern(&path, value, &PATTERN);
                }
            }
        }
        {
            let path = path.member("LogStreamNamePrefix");
            if let Some(value) = &self.log_stream_name_prefix {
                errors.string_length(&path, value, Some(1), Some(512));
                {
                    static PATTERN: ::awsgen_runtime::__private::validate::Pattern = ::awsgen_runtime::__private::validate::Pattern::new(
                        "^[^:*]*$",
                    );
                    errors.pattern(&path, value, &PATTERN);
                }
            }
        }
    }
}
/// A builder for [`CloudWatchLoggingConfiguration`]: [`build`](Self::build) names every required member left unset.
#[derive(Debug, Clone, Default)]
pub struct CloudWatchLoggingConfigurationBuilder {
    enabled: Option<bool>,
    log_group: Option<String>,
    log_stream_name_prefix: Option<String>,
    log_types: Option<::std::collections::HashMap<String, Vec<String>>>,
}
impl CloudWatchLoggingConfigurationBuilder {
    /// Turns CloudWatch log publishing on or off.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets or clears `Enabled`.
    pub fn set_enabled(mut self, value: Option<bool>) -> Self {
        self.enabled = value;
        self
    }
    /// CloudWatch Logs group that receives the logs.
    pub fn log_group(mut self, value: impl Into<String>) -> Self {
        self.log_group = Some(value.into());
        self
    }
    /// Sets or clears `LogGroup`.
    pub fn set_log_group(mut self, value: Option<String>) -> Self {
        self.log_group = value;
        self
    }
    /// Text put in front of each log stream name.
    pub fn log_stream_name_prefix(mut self, value: impl Into<String>) -> Self {
        self.log_stream_name_prefix = Some(value.into());
        self
    }
    /// Sets or clears `LogStreamNamePrefix`.
    pub fn set_log_stream_name_prefix(mut self, value: Option<String>) -> Self {
        self.log_stream_name_prefix = value;
        self
    }
    /// Which kinds of logs to publish, keyed by log type.
    ///
    /// Inserts one entry; [`set_log_types`](Self::set_log_types) sets the whole map.
    pub fn log_types(
        mut self,
        key: impl Into<String>,
        value: impl Into<Vec<String>>,
    ) -> Self {
        self.log_types
            .get_or_insert_with(Default::default)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears `LogTypes`.
    pub fn set_log_types(
        mut self,
        value: Option<::std::collections::HashMap<String, Vec<String>>>,
    ) -> Self {
        self.log_types = value;
        self
    }
    /// Builds the value, or names every required member that is not set.
    pub fn build(
        self,
    ) -> Result<
        CloudWatchLoggingConfiguration,
        ::awsgen_runtime::__private::BuildError,
    > {
        let mut missing: Vec<&'static str> = Vec::new();
        if self.enabled.is_none() {
            missing.push("Enabled");
        }
        if !missing.is_empty() {
            return Err(::awsgen_runtime::__private::BuildError {
                type_name: "CloudWatchLoggingConfiguration",
                missing,
            });
        }
        Ok(CloudWatchLoggingConfiguration {
            enabled: self.enabled.unwrap_or_default(),
            log_group: self.log_group,
            log_stream_name_prefix: self.log_stream_name_prefix,
            log_types: self.log_types,
        })
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson
for CloudWatchLoggingConfiguration {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.member("\"Enabled\":", &self.enabled);
        object.optional_member("\"LogGroup\":", self.log_group.as_ref());
        object
            .optional_member(
                "\"LogStreamNamePrefix\":",
                self.log_stream_name_prefix.as_ref(),
            );
        object.optional_member("\"LogTypes\":", self.log_types.as_ref());
        object.finish();
    }
}
/// Log type mapped to the values selected for it.
pub type LogTypesMap = ::std::collections::HashMap<String, Vec<String>>;
/// Values chosen for one log type.
pub type LogTypeValuesList = Vec<String>;
/// How Athena itself stores logs (managed log persistence).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ManagedLoggingConfiguration {
    /// Turns managed log persistence on or off.
    ///
    /// Required.
    pub enabled: bool,
    /// KMS key ARN used to encrypt the logs Athena keeps.
    pub kms_key: Option<String>,
}
impl ManagedLoggingConfiguration {
    /// A builder for [`ManagedLoggingConfiguration`].
    pub fn builder() -> ManagedLoggingConfigurationBuilder {
        ManagedLoggingConfigurationBuilder::default()
    }
    /// Validates this value as the member at `path`, adding violations to `errors`.
    #[doc(hidden)]
    pub fn validate_at(
        &self,
        path: &::awsgen_runtime::__private::validate::Path<'_>,
        errors: &mut ::awsgen_runtime::__private::ValidationErrors,
    ) {
        {
            let path = path.member("KmsKey");
            if let Some(value) = &self.kms_key {
                errors.string_length(&path, value, Some(1), Some(2048));
                {
                    static PATTERN: ::awsgen_runtime::__private::validate::Pattern = ::awsgen_runtime::__private::validate::Pattern::new(
                        "^arn:aws[a-z\\-]*:kms:([a-z0-9\\-]+):\\d{12}:key/?[a-zA-Z_0-9+=,.@\\-_/]+$|^arn:aws[a-z\\-]*:kms:([a-z0-9\\-]+):\\d{12}:alias/?[a-zA-Z_0-9+=,.@\\-_/]+$|^alias/[a-zA-Z0-9/_-]+$|[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
                    );
                    errors.pattern(&path, value, &PATTERN);
                }
            }
        }
    }
}
/// A builder for [`ManagedLoggingConfiguration`]: [`build`](Self::build) names every required member left unset.
#[derive(Debug, Clone, Default)]
pub struct ManagedLoggingConfigurationBuilder {
    enabled: Option<bool>,
    kms_key: Option<String>,
}
impl ManagedLoggingConfigurationBuilder {
    /// Turns managed log persistence on or off.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets or clears `Enabled`.
    pub fn set_enabled(mut self, value: Option<bool>) -> Self {
        self.enabled = value;
        self
    }
    /// KMS key ARN used to encrypt the logs Athena keeps.
    pub fn kms_key(mut self, value: impl Into<String>) -> Self {
        self.kms_key = Some(value.into());
        self
    }
    /// Sets or clears `KmsKey`.
    pub fn set_kms_key(mut self, value: Option<String>) -> Self {
        self.kms_key = value;
        self
    }
    /// Builds the value, or names every required member that is not set.
    pub fn build(
        self,
    ) -> Result<ManagedLoggingConfiguration, ::awsgen_runtime::__private::BuildError> {
        let mut missing: Vec<&'static str> = Vec::new();
        if self.enabled.is_none() {
            missing.push("Enabled");
        }
        if !missing.is_empty() {
            return Err(::awsgen_runtime::__private::BuildError {
                type_name: "ManagedLoggingConfiguration",
                missing,
            });
        }
        Ok(ManagedLoggingConfiguration {
            enabled: self.enabled.unwrap_or_default(),
            kms_key: self.kms_key,
        })
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for ManagedLoggingConfiguration {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.member("\"Enabled\":", &self.enabled);
        object.optional_member("\"KmsKey\":", self.kms_key.as_ref());
        object.finish();
    }
}
/// How logs are written to an S3 location.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct S3LoggingConfiguration {
    /// Turns log delivery to S3 on or off.
    ///
    /// Required.
    pub enabled: bool,
    /// KMS key ARN used to encrypt logs written to S3.
    pub kms_key: Option<String>,
    /// `s3://` URI the logs are written under.
    pub log_location: Option<String>,
}
impl S3LoggingConfiguration {
    /// A builder for [`S3LoggingConfiguration`].
    pub fn builder() -> S3LoggingConfigurationBuilder {
        S3LoggingConfigurationBuilder::default()
    }
    /// Validates this value as the member at `path`, adding violations to `errors`.
    #[doc(hidden)]
    pub fn validate_at(
        &self,
        path: &::awsgen_runtime::__private::validate::Path<'_>,
        errors: &mut ::awsgen_runtime::__private::ValidationErrors,
    ) {
        {
            let path = path.member("KmsKey");
            if let Some(value) = &self.kms_key {
                errors.string_length(&path, value, Some(1), Some(2048));
                {
                    static PATTERN: ::awsgen_runtime::__private::validate::Pattern = ::awsgen_runtime::__private::validate::Pattern::new(
                        "^arn:aws[a-z\\-]*:kms:([a-z0-9\\-]+):\\d{12}:key/?[a-zA-Z_0-9+=,.@\\-_/]+$|^arn:aws[a-z\\-]*:kms:([a-z0-9\\-]+):\\d{12}:alias/?[a-zA-Z_0-9+=,.@\\-_/]+$|^alias/[a-zA-Z0-9/_-]+$|[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
                    );
                    errors.pattern(&path, value, &PATTERN);
                }
            }
        }
        {
            let path = path.member("LogLocation");
            if let Some(value) = &self.log_location {
                errors.string_length(&path, value, Some(0), Some(1024));
                {
                    static PATTERN: ::awsgen_runtime::__private::validate::Pattern = ::awsgen_runtime::__private::validate::Pattern::new(
                        "^s3://[a-z0-9][a-z0-9\\-]*[a-z0-9](/.*)?$",
                    );
                    errors.pattern(&path, value, &PATTERN);
                }
            }
        }
    }
}
/// A builder for [`S3LoggingConfiguration`]: [`build`](Self::build) names every required member left unset.
#[derive(Debug, Clone, Default)]
pub struct S3LoggingConfigurationBuilder {
    enabled: Option<bool>,
    kms_key: Option<String>,
    log_location: Option<String>,
}
impl S3LoggingConfigurationBuilder {
    /// Turns log delivery to S3 on or off.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets or clears `Enabled`.
    pub fn set_enabled(mut self, value: Option<bool>) -> Self {
        self.enabled = value;
        self
    }
    /// KMS key ARN used to encrypt logs written to S3.
    pub fn kms_key(mut self, value: impl Into<String>) -> Self {
        self.kms_key = Some(value.into());
        self
    }
    /// Sets or clears `KmsKey`.
    pub fn set_kms_key(mut self, value: Option<String>) -> Self {
        self.kms_key = value;
        self
    }
    /// `s3://` URI the logs are written under.
    pub fn log_location(mut self, value: impl Into<String>) -> Self {
        self.log_location = Some(value.into());
        self
    }
    /// Sets or clears `LogLocation`.
    pub fn set_log_location(mut self, value: Option<String>) -> Self {
        self.log_location = value;
        self
    }
    /// Builds the value, or names every required member that is not set.
    pub fn build(
        self,
    ) -> Result<S3LoggingConfiguration, ::awsgen_runtime::__private::BuildError> {
        let mut missing: Vec<&'static str> = Vec::new();
        if self.enabled.is_none() {
            missing.push("Enabled");
        }
        if !missing.is_empty() {
            return Err(::awsgen_runtime::__private::BuildError {
                type_name: "S3LoggingConfiguration",
                missing,
            });
        }
        Ok(S3LoggingConfiguration {
            enabled: self.enabled.unwrap_or_default(),
            kms_key: self.kms_key,
            log_location: self.log_location,
        })
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for S3LoggingConfiguration {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.member("\"Enabled\":", &self.enabled);
        object.optional_member("\"KmsKey\":", self.kms_key.as_ref());
        object.optional_member("\"LogLocation\":", self.log_location.as_ref());
        object.finish();
    }
}
/// Several tags.
pub type TagList = Vec<Tag>;
/// A key with an optional value, set by you, for labelling Athena resources such as capacity reservations, data catalogs or workgroups, e.g. by owner, purpose or environment. Keys are 1-128 and values 0-256 UTF-8 characters drawn from letters, digits, spaces and `+ - = . _ : / @`; both are case-sensitive, and a key may appear once per resource. AWS's tagging best-practices whitepaper gives advice on choosing keys.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// Tag name: 1 to 128 UTF-8 characters (letters, digits and `+ - = . _ : / @`), case-sensitive, unique on a resource.
    pub key: Option<String>,
    /// Tag content: 0 to 256 UTF-8 characters (letters, digits and `+ - = . _ : / @`), case-sensitive.
    pub value: Option<String>,
}
impl Tag {
    /// A builder for [`Tag`].
    pub fn builder() -> TagBuilder {
        TagBuilder::default()
    }
    /// Validates this value as the member at `path`, adding violations to `errors`.
    #[doc(hidden)]
    pub fn validate_at(
        &self,
        path: &::awsgen_runtime::__private::validate::Path<'_>,
        errors: &mut ::awsgen_runtime::__private::ValidationErrors,
    ) {
        {
            let path = path.member("Key");
            if let Some(value) = &self.key {
                errors.string_length(&path, value, Some(1), Some(128));
            }
        }
        {
            let path = path.member("Value");
            if let Some(value) = &self.value {
                errors.string_length(&path, value, Some(0), Some(256));
            }
        }
    }
}
/// A builder for [`Tag`].
#[derive(Debug, Clone, Default)]
pub struct TagBuilder {
    key: Option<String>,
    value: Option<String>,
}
impl TagBuilder {
    /// Tag name: 1 to 128 UTF-8 characters (letters, digits and `+ - = . _ : / @`), case-sensitive, unique on a resource.
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears `Key`.
    pub fn set_key(mut self, value: Option<String>) -> Self {
        self.key = value;
        self
    }
    /// Tag content: 0 to 256 UTF-8 characters (letters, digits and `+ - = . _ : / @`), case-sensitive.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears `Value`.
    pub fn set_value(mut self, value: Option<String>) -> Self {
        self.value = value;
        self
    }
    /// Builds the value.
    pub fn build(self) -> Tag {
        Tag {
            key: self.key,
            value: self.value,
        }
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for Tag {
    fn write_json(&self, out: &mut String) {
        let mut object = ::awsgen_runtime::__private::json::ObjectWriter::new(out);
        object.optional_member("\"Key\":", self.key.as_ref());
        object.optional_member("\"Value\":", self.value.as_ref());
        object.finish();
    }
}
/// Lifecycle stage of a session.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SessionState {
    /// Starting up and acquiring resources.
    Creating,
    /// Start-up has finished.
    Created,
    /// Ready for a calculation.
    Idle,
    /// Occupied with other work; new calculations are refused.
    Busy,
    /// Shutting down.
    Terminating,
    /// Stopped; its resources have been released.
    Terminated,
    /// No coordinator is healthy.
    Degraded,
    /// Stopped because something went wrong; its resources have been released.
    Failed,
    /// A value this model of `SessionState` does not know, kept as sent.
    Unknown(String),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl SessionState {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Created => "CREATED",
            Self::Idle => "IDLE",
            Self::Busy => "BUSY",
            Self::Terminating => "TERMINATING",
            Self::Terminated => "TERMINATED",
            Self::Degraded => "DEGRADED",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
    /// Every value the model knows, in model order.
    pub const fn values() -> &'static [&'static str] {
        &[
            "CREATING",
            "CREATED",
            "IDLE",
            "BUSY",
            "TERMINATING",
            "TERMINATED",
            "DEGRADED",
            "FAILED",
        ]
    }
}
impl ::std::default::Default for SessionState {
    /// An empty unknown value: what a missing required member reads as.
    fn default() -> Self {
        Self::Unknown(String::new())
    }
}
impl ::std::convert::From<&str> for SessionState {
    fn from(value: &str) -> Self {
        match value {
            "CREATING" => Self::Creating,
            "CREATED" => Self::Created,
            "IDLE" => Self::Idle,
            "BUSY" => Self::Busy,
            "TERMINATING" => Self::Terminating,
            "TERMINATED" => Self::Terminated,
            "DEGRADED" => Self::Degraded,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_string()),
        }
    }
}
impl ::std::convert::From<String> for SessionState {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for SessionState {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for SessionState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for SessionState {
    fn write_json(&self, out: &mut String) {
        ::awsgen_runtime::__private::json::write_string(out, self.as_str())
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for SessionState {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        <String as ::awsgen_runtime::__private::json::DeserializeJson>::from_json(value)
            .map(Self::from)
    }
}
/// The errors `StartSession` can return.
#[derive(Debug, Clone, PartialEq)]
pub enum StartSessionError {
    /// Athena hit a problem on its side, possibly temporary; retrying may help.
    InternalServerException(InternalServerException),
    /// The request itself is wrong, for instance a required field is missing or a value lies outside its allowed range.
    InvalidRequestException(InvalidRequestException),
    /// A referenced resource, such as a workgroup, does not exist.
    ResourceNotFoundException(ResourceNotFoundException),
    /// A session with this identity is already present.
    SessionAlreadyExistsException(SessionAlreadyExistsException),
    /// Athena rejected the request because of throttling.
    TooManyRequestsException(TooManyRequestsException),
    /// An error code the model does not list for this operation.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl StartSessionError {
    /// The code, message, request id and HTTP status of the error response.
    pub fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        match self {
            Self::InternalServerException(e) => &e.meta,
            Self::InvalidRequestException(e) => &e.meta,
            Self::ResourceNotFoundException(e) => &e.meta,
            Self::SessionAlreadyExistsException(e) => &e.meta,
            Self::TooManyRequestsException(e) => &e.meta,
            Self::Unhandled(meta) => meta,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
    /// Whether this is [`InternalServerException`](Self::InternalServerException).
    pub fn is_internal_server_exception(&self) -> bool {
        matches!(self, Self::InternalServerException(_))
    }
    /// Whether this is [`InvalidRequestException`](Self::InvalidRequestException).
    pub fn is_invalid_request_exception(&self) -> bool {
        matches!(self, Self::InvalidRequestException(_))
    }
    /// Whether this is [`ResourceNotFoundException`](Self::ResourceNotFoundException).
    pub fn is_resource_not_found_exception(&self) -> bool {
        matches!(self, Self::ResourceNotFoundException(_))
    }
    /// Whether this is [`SessionAlreadyExistsException`](Self::SessionAlreadyExistsException).
    pub fn is_session_already_exists_exception(&self) -> bool {
        matches!(self, Self::SessionAlreadyExistsException(_))
    }
    /// Whether this is [`TooManyRequestsException`](Self::TooManyRequestsException).
    pub fn is_too_many_requests_exception(&self) -> bool {
        matches!(self, Self::TooManyRequestsException(_))
    }
}
impl ::std::fmt::Display for StartSessionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.meta(), f)
    }
}
impl ::awsgen_runtime::__private::RequestId for StartSessionError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for StartSessionError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InternalServerException(e) => Some(e),
            Self::InvalidRequestException(e) => Some(e),
            Self::ResourceNotFoundException(e) => Some(e),
            Self::SessionAlreadyExistsException(e) => Some(e),
            Self::TooManyRequestsException(e) => Some(e),
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for StartSessionError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        use ::awsgen_runtime::__private::error::read_modeled_error as read;
        match meta.code.as_str() {
            "InternalServerException" => Self::InternalServerException(read(meta, body)),
            "InvalidRequestException" => Self::InvalidRequestException(read(meta, body)),
            "ResourceNotFoundException" => {
                Self::ResourceNotFoundException(read(meta, body))
            }
            "SessionAlreadyExistsException" => {
                Self::SessionAlreadyExistsException(read(meta, body))
            }
            "TooManyRequestsException" => {
                Self::TooManyRequestsException(read(meta, body))
            }
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        StartSessionError::meta(self)
    }
}
/// Athena hit a problem on its side, possibly temporary; retrying may help.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InternalServerException {
    /// Human-readable explanation.
    pub message: Option<String>,
    /// The error's code, message, request id and HTTP status, as the response carried them.
    pub meta: ::awsgen_runtime::__private::ErrorMetadata,
}
impl ::awsgen_runtime::__private::json::DeserializeJson for InternalServerException {
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
impl ::awsgen_runtime::__private::error::ModeledError for InternalServerException {
    fn set_meta(&mut self, meta: ::awsgen_runtime::__private::ErrorMetadata) {
        if self.message.is_none() {
            self.message = meta.message.clone();
        }
        self.meta = meta;
    }
}
impl ::std::fmt::Display for InternalServerException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        if self.meta.code.is_empty() {
            f.write_str("InternalServerException")
        } else {
            ::std::fmt::Display::fmt(&self.meta, f)
        }
    }
}
impl ::std::error::Error for InternalServerException {}
impl ::awsgen_runtime::__private::RequestId for InternalServerException {
    fn request_id(&self) -> Option<&str> {
        self.meta.request_id.as_deref()
    }
}
/// The request itself is wrong, for instance a required field is missing or a value lies outside its allowed range.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidRequestException {
    /// Athena-specific code naming the problem.
    pub athena_error_code: Option<String>,
    /// Human-readable explanation.
    pub message: Option<String>,
    /// The error's code, message, request id and HTTP status, as the response carried them.
    pub meta: ::awsgen_runtime::__private::ErrorMetadata,
}
impl ::awsgen_runtime::__private::json::DeserializeJson for InvalidRequestException {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        use ::awsgen_runtime::__private::json_structure::{member, read_structure};
        read_structure(
            value,
            |out: &mut Self, key, value| {
                match key {
                    "AthenaErrorCode" => out.athena_error_code = member(value, key)?,
                    "Message" => out.message = member(value, key)?,
                    _ => {}
                }
                Ok(())
            },
        )
    }
}
impl ::awsgen_runtime::__private::error::ModeledError for InvalidRequestException {
    fn set_meta(&mut self, meta: ::awsgen_runtime::__private::ErrorMetadata) {
        if self.message.is_none() {
            self.message = meta.message.clone();
        }
        self.meta = meta;
    }
}
impl ::std::fmt::Display for InvalidRequestException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        if self.meta.code.is_empty() {
            f.write_str("InvalidRequestException")
        } else {
            ::std::fmt::Display::fmt(&self.meta, f)
        }
    }
}
impl ::std::error::Error for InvalidRequestException {}
impl ::awsgen_runtime::__private::RequestId for InvalidRequestException {
    fn request_id(&self) -> Option<&str> {
        self.meta.request_id.as_deref()
    }
}
/// A referenced resource, such as a workgroup, does not exist.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {
    /// Human-readable explanation.
    pub message: Option<String>,
    /// Name of the resource that could not be found.
    pub resource_name: Option<String>,
    /// The error's code, message, request id and HTTP status, as the response carried them.
    pub meta: ::awsgen_runtime::__private::ErrorMetadata,
}
impl ::awsgen_runtime::__private::json::DeserializeJson for ResourceNotFoundException {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        use ::awsgen_runtime::__private::json_structure::{member, read_structure};
        read_structure(
            value,
            |out: &mut Self, key, value| {
                match key {
                    "Message" => out.message = member(value, key)?,
                    "ResourceName" => out.resource_name = member(value, key)?,
                    _ => {}
                }
                Ok(())
            },
        )
    }
}
impl ::awsgen_runtime::__private::error::ModeledError for ResourceNotFoundException {
    fn set_meta(&mut self, meta: ::awsgen_runtime::__private::ErrorMetadata) {
        if self.message.is_none() {
            self.message = meta.message.clone();
        }
        self.meta = meta;
    }
}
impl ::std::fmt::Display for ResourceNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        if self.meta.code.is_empty() {
            f.write_str("ResourceNotFoundException")
        } else {
            ::std::fmt::Display::fmt(&self.meta, f)
        }
    }
}
impl ::std::error::Error for ResourceNotFoundException {}
impl ::awsgen_runtime::__private::RequestId for ResourceNotFoundException {
    fn request_id(&self) -> Option<&str> {
        self.meta.request_id.as_deref()
    }
}
/// A session with this identity is already present.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SessionAlreadyExistsException {
    /// Human-readable explanation.
    pub message: Option<String>,
    /// The error's code, message, request id and HTTP status, as the response carried them.
    pub meta: ::awsgen_runtime::__private::ErrorMetadata,
}
impl ::awsgen_runtime::__private::json::DeserializeJson
for SessionAlreadyExistsException {
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
impl ::awsgen_runtime::__private::error::ModeledError for SessionAlreadyExistsException {
    fn set_meta(&mut self, meta: ::awsgen_runtime::__private::ErrorMetadata) {
        if self.message.is_none() {
            self.message = meta.message.clone();
        }
        self.meta = meta;
    }
}
impl ::std::fmt::Display for SessionAlreadyExistsException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        if self.meta.code.is_empty() {
            f.write_str("SessionAlreadyExistsException")
        } else {
            ::std::fmt::Display::fmt(&self.meta, f)
        }
    }
}
impl ::std::error::Error for SessionAlreadyExistsException {}
impl ::awsgen_runtime::__private::RequestId for SessionAlreadyExistsException {
    fn request_id(&self) -> Option<&str> {
        self.meta.request_id.as_deref()
    }
}
/// Athena rejected the request because of throttling.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TooManyRequestsException {
    /// Human-readable explanation.
    pub message: Option<String>,
    /// Why the request was throttled.
    pub reason: Option<ThrottleReason>,
    /// The error's code, message, request id and HTTP status, as the response carried them.
    pub meta: ::awsgen_runtime::__private::ErrorMetadata,
}
impl ::awsgen_runtime::__private::json::DeserializeJson for TooManyRequestsException {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        use ::awsgen_runtime::__private::json_structure::{member, read_structure};
        read_structure(
            value,
            |out: &mut Self, key, value| {
                match key {
                    "Message" => out.message = member(value, key)?,
                    "Reason" => out.reason = member(value, key)?,
                    _ => {}
                }
                Ok(())
            },
        )
    }
}
impl ::awsgen_runtime::__private::error::ModeledError for TooManyRequestsException {
    fn set_meta(&mut self, meta: ::awsgen_runtime::__private::ErrorMetadata) {
        if self.message.is_none() {
            self.message = meta.message.clone();
        }
        self.meta = meta;
    }
}
impl ::std::fmt::Display for TooManyRequestsException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        if self.meta.code.is_empty() {
            f.write_str("TooManyRequestsException")
        } else {
            ::std::fmt::Display::fmt(&self.meta, f)
        }
    }
}
impl ::std::error::Error for TooManyRequestsException {}
impl ::awsgen_runtime::__private::RequestId for TooManyRequestsException {
    fn request_id(&self) -> Option<&str> {
        self.meta.request_id.as_deref()
    }
}
/// Cause of throttling, such as having too many queries running at once.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ThrottleReason {
    /// The limit on queries running at the same time was reached.
    ConcurrentQueryLimitExceeded,
    /// A value this model of `ThrottleReason` does not know, kept as sent.
    Unknown(String),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl ThrottleReason {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConcurrentQueryLimitExceeded => "CONCURRENT_QUERY_LIMIT_EXCEEDED",
            Self::Unknown(value) => value,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
    /// Every value the model knows, in model order.
    pub const fn values() -> &'static [&'static str] {
        &["CONCURRENT_QUERY_LIMIT_EXCEEDED"]
    }
}
impl ::std::default::Default for ThrottleReason {
    /// An empty unknown value: what a missing required member reads as.
    fn default() -> Self {
        Self::Unknown(String::new())
    }
}
impl ::std::convert::From<&str> for ThrottleReason {
    fn from(value: &str) -> Self {
        match value {
            "CONCURRENT_QUERY_LIMIT_EXCEEDED" => Self::ConcurrentQueryLimitExceeded,
            other => Self::Unknown(other.to_string()),
        }
    }
}
impl ::std::convert::From<String> for ThrottleReason {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for ThrottleReason {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for ThrottleReason {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::awsgen_runtime::__private::json::SerializeJson for ThrottleReason {
    fn write_json(&self, out: &mut String) {
        ::awsgen_runtime::__private::json::write_string(out, self.as_str())
    }
}
impl ::awsgen_runtime::__private::json::DeserializeJson for ThrottleReason {
    fn from_json(
        value: &::awsgen_runtime::__private::json::Value,
    ) -> Result<Self, ::awsgen_runtime::__private::json::DeserializeError> {
        <String as ::awsgen_runtime::__private::json::DeserializeJson>::from_json(value)
            .map(Self::from)
    }
}
/// Any error of the Athena operations generated here: each operation's error converts into it with `From`, and a call's [`Error`](awsgen_runtime::Error) with [`Error::into_service`](awsgen_runtime::Error::into_service), so `?` collects the errors of several operations into one type.
#[derive(Debug, Clone, PartialEq)]
pub enum AthenaError {
    /// Athena hit a problem on its side, possibly temporary; retrying may help.
    InternalServerException(InternalServerException),
    /// The request itself is wrong, for instance a required field is missing or a value lies outside its allowed range.
    InvalidRequestException(InvalidRequestException),
    /// A referenced resource, such as a workgroup, does not exist.
    ResourceNotFoundException(ResourceNotFoundException),
    /// A session with this identity is already present.
    SessionAlreadyExistsException(SessionAlreadyExistsException),
    /// Athena rejected the request because of throttling.
    TooManyRequestsException(TooManyRequestsException),
    /// An error code the model does not list for the operation that returned it.
    Unhandled(::awsgen_runtime::__private::ErrorMetadata),
    #[doc(hidden)]
    __NonExhaustive(::awsgen_runtime::__private::NonExhaustive),
}
impl AthenaError {
    /// The code, message, request id and HTTP status of the error response.
    pub fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        match self {
            Self::InternalServerException(e) => &e.meta,
            Self::InvalidRequestException(e) => &e.meta,
            Self::ResourceNotFoundException(e) => &e.meta,
            Self::SessionAlreadyExistsException(e) => &e.meta,
            Self::TooManyRequestsException(e) => &e.meta,
            Self::Unhandled(meta) => meta,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
    /// The error code the service sent (`ThrottlingException`, ...); empty for an
    /// error built by hand.
    pub fn code(&self) -> &str {
        &self.meta().code
    }
    /// Whether this is [`InternalServerException`](Self::InternalServerException).
    pub fn is_internal_server_exception(&self) -> bool {
        matches!(self, Self::InternalServerException(_))
    }
    /// Whether this is [`InvalidRequestException`](Self::InvalidRequestException).
    pub fn is_invalid_request_exception(&self) -> bool {
        matches!(self, Self::InvalidRequestException(_))
    }
    /// Whether this is [`ResourceNotFoundException`](Self::ResourceNotFoundException).
    pub fn is_resource_not_found_exception(&self) -> bool {
        matches!(self, Self::ResourceNotFoundException(_))
    }
    /// Whether this is [`SessionAlreadyExistsException`](Self::SessionAlreadyExistsException).
    pub fn is_session_already_exists_exception(&self) -> bool {
        matches!(self, Self::SessionAlreadyExistsException(_))
    }
    /// Whether this is [`TooManyRequestsException`](Self::TooManyRequestsException).
    pub fn is_too_many_requests_exception(&self) -> bool {
        matches!(self, Self::TooManyRequestsException(_))
    }
}
impl ::std::fmt::Display for AthenaError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.meta(), f)
    }
}
impl ::awsgen_runtime::__private::RequestId for AthenaError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id.as_deref()
    }
}
impl ::std::error::Error for AthenaError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::InternalServerException(e) => Some(e),
            Self::InvalidRequestException(e) => Some(e),
            Self::ResourceNotFoundException(e) => Some(e),
            Self::SessionAlreadyExistsException(e) => Some(e),
            Self::TooManyRequestsException(e) => Some(e),
            Self::Unhandled(_) => None,
            Self::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
impl ::awsgen_runtime::__private::OperationError for AthenaError {
    fn from_response(
        meta: ::awsgen_runtime::__private::ErrorMetadata,
        body: Option<&::awsgen_runtime::__private::json::Value>,
    ) -> Self {
        match meta.code.as_str() {
            "InternalServerException" => {
                Self::InternalServerException(
                    ::awsgen_runtime::__private::error::read_modeled_error(meta, body),
                )
            }
            "InvalidRequestException" => {
                Self::InvalidRequestException(
                    ::awsgen_runtime::__private::error::read_modeled_error(meta, body),
                )
            }
            "ResourceNotFoundException" => {
                Self::ResourceNotFoundException(
                    ::awsgen_runtime::__private::error::read_modeled_error(meta, body),
                )
            }
            "SessionAlreadyExistsException" => {
                Self::SessionAlreadyExistsException(
                    ::awsgen_runtime::__private::error::read_modeled_error(meta, body),
                )
            }
            "TooManyRequestsException" => {
                Self::TooManyRequestsException(
                    ::awsgen_runtime::__private::error::read_modeled_error(meta, body),
                )
            }
            _ => Self::Unhandled(meta),
        }
    }
    fn meta(&self) -> &::awsgen_runtime::__private::ErrorMetadata {
        AthenaError::meta(self)
    }
}
impl ::std::convert::From<StartSessionError> for AthenaError {
    fn from(error: StartSessionError) -> Self {
        use StartSessionError as E;
        match error {
            E::InternalServerException(e) => Self::InternalServerException(e),
            E::InvalidRequestException(e) => Self::InvalidRequestException(e),
            E::ResourceNotFoundException(e) => Self::ResourceNotFoundException(e),
            E::SessionAlreadyExistsException(e) => Self::SessionAlreadyExistsException(e),
            E::TooManyRequestsException(e) => Self::TooManyRequestsException(e),
            E::Unhandled(meta) => Self::Unhandled(meta),
            E::__NonExhaustive(never) => never.unreachable(),
        }
    }
}
/// The operations this `athena_operation!` invocation generated. One invocation per
/// module: put a second one in its own `mod`.
pub const OPERATIONS: &[&str] = &["StartSession"];
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
