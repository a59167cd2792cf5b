//! The Ignite Rust SDK: a typed async client for the ComputeService and SecretService
//! over gRPC.
//!
//! ```no_run
//! # async fn demo() -> Result<(), ignite_client::ClientError> {
//! use ignite_client::{Client, v1};
//!
//! let client = Client::builder("http://127.0.0.1:50051").token("ign_...").connect().await?;
//! let apps = client.list_apps(v1::ListAppsRequest { organization_name: "dev".into(), ..Default::default() }).await?;
//! println!("{} apps", apps.apps.len());
//! # Ok(()) }
//! ```
//!
//! * Every RPC is a method taking its request message and returning its response (or,
//!   for server streams, a [`Stream`] of messages).
//! * Each call carries the token and a deadline ([`ClientBuilder::timeout`]; streams
//!   have none, as they last as long as the caller reads them).
//! * Reads (`get_*`, `list_*`, health) are retried with exponential backoff when the
//!   server is UNAVAILABLE; calls that change state are never retried, since a retry
//!   could apply them twice.
//! * `https://` URLs use TLS (rustls, with the platform's trust roots).
//!
//! Errors are [`ClientError`]: the gRPC status as an [`ignite_core::Code`], its
//! message, and the request field at fault when the server named one.

#![deny(missing_docs)]

use std::pin::Pin;
use std::time::Duration;

use futures::{Stream, StreamExt};
pub use ignite_core::Code;
pub use ignite_proto::v1;
use ignite_proto::v1::compute_service_client::ComputeServiceClient;
use ignite_proto::v1::secret_service_client::SecretServiceClient;
use tonic::metadata::{Ascii, MetadataValue};
use tonic::transport::{Channel, ClientTlsConfig, Endpoint};

/// A failed call.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ClientError {
    /// The status (maps to CLI exit codes and HTTP statuses).
    pub code: Code,
    /// What went wrong, in words.
    pub message: String,
    /// The request field at fault, when the server named one.
    pub field: Option<String>,
}

impl From<tonic::Status> for ClientError {
    fn from(status: tonic::Status) -> Self {
        let e = ignite_proto::convert::error_from_status(&status);
        ClientError { code: e.code(), message: e.message().to_string(), field: e.field().map(str::to_string) }
    }
}

impl ClientError {
    fn connect(url: &str, e: impl std::fmt::Display) -> Self {
        ClientError { code: Code::Unavailable, message: format!("cannot connect to {url}: {e}"), field: None }
    }
}

/// A stream of server messages.
pub type MessageStream<T> = Pin<Box<dyn Stream<Item = Result<T, ClientError>> + Send>>;

/// Settings of a [`Client`].
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    url: String,
    token: Option<String>,
    timeout: Duration,
    connect_timeout: Duration,
    retries: u32,
    backoff: Duration,
    max_message_bytes: usize,
}

impl ClientBuilder {
    /// The bearer token of an organization (`ignite-server token create`).
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(token.into());
        self
    }

    /// Deadline of each unary call (default 60 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// How long connecting may take (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Retries of an idempotent call that found the server UNAVAILABLE (default 3),
    /// the first after `backoff` (default 200 ms), doubling each time.
    pub fn retries(mut self, retries: u32, backoff: Duration) -> Self {
        self.retries = retries;
        self.backoff = backoff;
        self
    }

    /// Largest message sent or received (default 64 MiB, the server's default).
    pub fn max_message_bytes(mut self, bytes: usize) -> Self {
        self.max_message_bytes = bytes;
        self
    }

    /// Connects (lazily: the first call opens the connection, so a client can be built
    /// before the server is up).
    pub async fn connect(self) -> Result<Client, ClientError> {
        let mut endpoint = Endpoint::from_shared(self.url.clone())
            .map_err(|e| ClientError {
                code: Code::InvalidArgument,
                message: format!("bad server URL: {e}"),
                field: None,
            })?
            .connect_timeout(self.connect_timeout);
        if self.url.starts_with("https://") {
            endpoint = endpoint
                .tls_config(ClientTlsConfig::new().with_native_roots())
                .map_err(|e| ClientError::connect(&self.url, e))?;
        }
        let token = match &self.token {
            Some(t) => Some(format!("Bearer {t}").parse().map_err(|_| ClientError {
                code: Code::InvalidArgument,
                message: "the token has characters a header cannot carry".into(),
                field: None,
            })?),
            None => None,
        };
        Ok(Client { channel: endpoint.connect_lazy(), token, settings: self })
    }
}

/// A client of one Ignite server; cheap to clone (clones share the connection).
#[derive(Debug, Clone)]
pub struct Client {
    channel: Channel,
    token: Option<MetadataValue<Ascii>>,
    settings: ClientBuilder,
}

impl Client {
    /// Settings for a client of `url` (`http://host:port` or `https://...`).
    pub fn builder(url: impl Into<String>) -> ClientBuilder {
        ClientBuilder {
            url: url.into(),
            token: None,
            timeout: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(10),
            retries: 3,
            backoff: Duration::from_millis(200),
            max_message_bytes: 64 * 1024 * 1024,
        }
    }

    /// The server URL.
    pub fn url(&self) -> &str {
        &self.settings.url
    }

    fn compute(&self) -> ComputeServiceClient<Channel> {
        ComputeServiceClient::new(self.channel.clone())
            .max_decoding_message_size(self.settings.max_message_bytes)
            .max_encoding_message_size(self.settings.max_message_bytes)
    }

    fn secrets(&self) -> SecretServiceClient<Channel> {
        SecretServiceClient::new(self.channel.clone())
            .max_decoding_message_size(self.settings.max_message_bytes)
            .max_encoding_message_size(self.settings.max_message_bytes)
    }

    fn request<T>(&self, message: T, deadline: bool) -> tonic::Request<T> {
        let mut request = tonic::Request::new(message);
        if let Some(token) = &self.token {
            request.metadata_mut().insert("authorization", token.clone());
        }
        if deadline {
            request.set_timeout(self.settings.timeout);
        }
        request
    }

    /// One unary call, retried while UNAVAILABLE when `idempotent`.
    async fn unary<Req, Resp, F, Fut>(&self, idempotent: bool, message: Req, call: F) -> Result<Resp, ClientError>
    where
        Req: Clone,
        F: Fn(Self, tonic::Request<Req>) -> Fut,
        Fut: std::future::Future<Output = Result<tonic::Response<Resp>, tonic::Status>>,
    {
        let mut backoff = self.settings.backoff;
        let mut attempt = 0;
        loop {
            match call(self.clone(), self.request(message.clone(), true)).await {
                Ok(response) => return Ok(response.into_inner()),
                Err(status)
                    if idempotent && status.code() == tonic::Code::Unavailable && attempt < self.settings.retries =>
                {
                    attempt += 1;
                    tokio::time::sleep(backoff).await;
                    backoff *= 2;
                }
                Err(status) => return Err(status.into()),
            }
        }
    }

    /// A server stream as a [`Stream`] of messages.
    async fn server_stream<Req, Resp, F, Fut>(&self, message: Req, call: F) -> Result<MessageStream<Resp>, ClientError>
    where
        Resp: Send + 'static,
        F: FnOnce(Self, tonic::Request<Req>) -> Fut,
        Fut: std::future::Future<Output = Result<tonic::Response<tonic::Streaming<Resp>>, tonic::Status>>,
    {
        let stream = call(self.clone(), self.request(message, false)).await?.into_inner();
        Ok(Box::pin(stream.map(|m| m.map_err(ClientError::from))))
    }

    /// StreamExecutionInput: sends `chunks` to an execution started with streamed input.
    pub async fn stream_execution_input(
        &self,
        chunks: impl Stream<Item = v1::StreamExecutionInputRequest> + Send + 'static,
    ) -> Result<v1::StreamExecutionInputResponse, ClientError> {
        let request = self.request(chunks, false);
        Ok(self.compute().stream_execution_input(request).await?.into_inner())
    }
}

/// Unary RPCs: `name(Request) -> Response, idempotent;`.
macro_rules! unary {
    ($service:ident: $($(#[$doc:meta])* $name:ident($req:ident) -> $resp:ident, $idempotent:expr;)*) => {
        impl Client {
            $(
                $(#[$doc])*
                #[allow(deprecated)]
                pub async fn $name(&self, request: v1::$req) -> Result<v1::$resp, ClientError> {
                    self.unary($idempotent, request, |client, r| async move { client.$service().$name(r).await }).await
                }
            )*
        }
    };
}

/// Server-streaming RPCs: `name(Request) -> Message;`.
macro_rules! streaming {
    ($($(#[$doc:meta])* $name:ident($req:ident) -> $resp:ident;)*) => {
        impl Client {
            $(
                $(#[$doc])*
                pub async fn $name(&self, request: v1::$req) -> Result<MessageStream<v1::$resp>, ClientError> {
                    self.server_stream(request, |client, r| async move { client.compute().$name(r).await }).await
                }
            )*
        }
    };
}

unary! { compute:
    /// CreateApp (with optional initial code).
    create_app(CreateAppRequest) -> CreateAppResponse, false;
    /// GetApp.
    get_app(GetAppRequest) -> GetAppResponse, true;
    /// ListApps (paginated by `cursor`).
    list_apps(ListAppsRequest) -> ListAppsResponse, true;
    /// UpdateAppConfig (fields named by `update_mask`).
    update_app_config(UpdateAppConfigRequest) -> UpdateAppConfigResponse, false;
    /// DeleteApp with its versions.
    delete_app(DeleteAppRequest) -> DeleteAppResponse, false;
    /// GetAppState.
    get_app_state(GetAppStateRequest) -> GetAppStateResponse, true;
    /// ListCatalog: the organization's apps as catalog entries.
    list_catalog(ListCatalogRequest) -> ListCatalogResponse, true;
    /// SaveDraft: replaces the draft slot.
    save_draft(SaveDraftRequest) -> SaveDraftResponse, false;
    /// GetDraftInfo.
    get_draft_info(GetDraftInfoRequest) -> GetDraftInfoResponse, true;
    /// CompileDraft: returns the deploy id at once (follow it with `stream_compile_logs`).
    compile_draft(CompileDraftRequest) -> CompileDraftResponse, false;
    /// TestDraft: starts an execution of the draft.
    test_draft(TestDraftRequest) -> TestDraftResponse, false;
    /// PublishDraft: the draft becomes the next, active version.
    publish_draft(PublishDraftRequest) -> PublishDraftResponse, false;
    /// ListAppVersions, newest first.
    list_app_versions(ListAppVersionsRequest) -> ListAppVersionsResponse, true;
    /// GetAppVersion.
    get_app_version(GetAppVersionRequest) -> GetAppVersionResponse, true;
    /// TestAppVersion: starts an execution of a published version.
    test_app_version(TestAppVersionRequest) -> TestAppVersionResponse, false;
    /// RollbackApp: makes an existing version active.
    rollback_app(RollbackAppRequest) -> RollbackAppResponse, false;
    /// SetAlias: points an alias at a version, with an optional canary split.
    set_alias(SetAliasRequest) -> SetAliasResponse, true;
    /// ListAliases of an app.
    list_aliases(ListAliasesRequest) -> ListAliasesResponse, true;
    /// DeleteAlias (idempotent).
    delete_alias(DeleteAliasRequest) -> DeleteAliasResponse, true;
    /// GetAppCode: the exact uploaded source of a version.
    get_app_code(GetAppCodeRequest) -> GetAppCodeResponse, true;
    /// InvokeAsync (deprecated upstream): starts an execution and returns its id.
    invoke_async(InvokeAsyncRequest) -> InvokeAsyncResponse, false;
    /// GetExecution.
    get_execution(GetExecutionRequest) -> GetExecutionResponse, true;
    /// ListExecutions: an app's executions, newest first.
    list_executions(ListExecutionsRequest) -> ListExecutionsResponse, true;
    /// GetCallbackSecret: the key that signs an app's completion callbacks.
    get_callback_secret(GetCallbackSecretRequest) -> GetCallbackSecretResponse, true;
    /// CancelExecution: a pending execution never starts, a running one is stopped.
    cancel_execution(CancelExecutionRequest) -> CancelExecutionResponse, false;
    /// ListDeadLetters: async executions that failed for good, newest first.
    list_dead_letters(ListDeadLettersRequest) -> ListDeadLettersResponse, true;
    /// RedriveExecution: runs a dead letter's request again.
    redrive_execution(RedriveExecutionRequest) -> RedriveExecutionResponse, false;
    /// PurgeDeadLetters: deletes the app's dead letters.
    purge_dead_letters(PurgeDeadLettersRequest) -> PurgeDeadLettersResponse, false;
    /// GetExecutionStats over a window.
    get_execution_stats(GetExecutionStatsRequest) -> GetExecutionStatsResponse, true;
    /// GetAppLogs: the newest lines.
    get_app_logs(GetAppLogsRequest) -> GetAppLogsResponse, true;
    /// GetAppEvents: the newest events.
    get_app_events(GetAppEventsRequest) -> GetAppEventsResponse, true;
    /// ListAppReplicas with measured usage.
    list_app_replicas(ListAppReplicasRequest) -> ListAppReplicasResponse, true;
    /// GetBuildLog by build or deploy id.
    get_build_log(GetBuildLogRequest) -> GetBuildLogResponse, true;
    /// GetMcpToolDefinition of one app.
    get_mcp_tool_definition(GetMcpToolDefinitionRequest) -> GetMcpToolDefinitionResponse, true;
    /// ListMcpTools of an organization.
    list_mcp_tools(ListMcpToolsRequest) -> ListMcpToolsResponse, true;
    /// ListPublicCatalog (no token needed).
    list_public_catalog(ListPublicCatalogRequest) -> ListPublicCatalogResponse, true;
    /// GetPublicCatalogDetail (no token needed).
    get_public_catalog_detail(GetPublicCatalogDetailRequest) -> GetPublicCatalogDetailResponse, true;
    /// HealthCheck (no token needed).
    health_check(HealthCheckRequest) -> HealthCheckResponse, true;
}

unary! { secrets:
    /// CreateSecret (or replace one of the same name).
    create_secret(CreateSecretRequest) -> CreateSecretResponse, false;
    /// GetSecret: metadata only, never the value.
    get_secret(GetSecretRequest) -> GetSecretResponse, true;
    /// ListSecrets of the token's organization.
    list_secrets(ListSecretsRequest) -> ListSecretsResponse, true;
    /// DeleteSecret (idempotent: `deleted` says whether it existed).
    delete_secret(DeleteSecretRequest) -> DeleteSecretResponse, false;
}

streaming! {
    /// Invoke: one head frame, body chunks as the app produces them, one trailer.
    invoke(InvokeRequest) -> InvokeResponse;
    /// WatchExecution: the execution each time it changes, until it ends.
    watch_execution(WatchExecutionRequest) -> WatchExecutionResponse;
    /// StreamAppLogs: new log lines (after the buffered ones with `from_start`).
    stream_app_logs(StreamAppLogsRequest) -> LogLine;
    /// StreamAppEvents: new events.
    stream_app_events(StreamAppEventsRequest) -> AppEvent;
    /// StreamCompileLogs: a compile's log, live until the build ends.
    stream_compile_logs(StreamCompileLogsRequest) -> CompileLogChunk;
}
