//! tonic adapters: authenticate, call one domain service, map errors to statuses. The HTTP
//! gateway calls these same services, so both transports share every line of logic.

use std::pin::Pin;
use std::sync::Arc;

use futures::{Stream, StreamExt};
use ignite_core::Error;
use ignite_proto::convert::status_from_error;
use ignite_proto::v1;
use ignite_proto::v1::compute_service_server::ComputeService;
use ignite_proto::v1::secret_service_server::SecretService;
use tonic::{Request, Response, Status, Streaming};

use crate::auth::Caller;
use crate::domain::Services;

type Reply<T> = Result<Response<T>, Status>;
type BoxStream<T> = Pin<Box<dyn Stream<Item = Result<T, Status>> + Send>>;

/// The ComputeService and SecretService over one shared state.
#[derive(Clone)]
pub struct Api(pub Arc<Services>);

impl Api {
    async fn caller<T>(&self, req: &Request<T>) -> Result<Caller, Status> {
        // Counted against the request rate at the edge (the gRPC pre-auth layer, or the
        // gateway), so not again here.
        let header = req.metadata().get("authorization").and_then(|v| v.to_str().ok());
        self.0.auth.caller(header).await.map_err(|e| status_from_error(&e))
    }
}

fn reply<T>(result: Result<T, Error>) -> Reply<T> {
    result.map(Response::new).map_err(|e| status_from_error(&e))
}

/// Authenticated unary RPCs: `authed!(self, req, service.method)`.
macro_rules! authed {
    ($self:ident, $req:ident, $service:ident . $method:ident) => {{
        let caller = $self.caller(&$req).await?;
        reply($self.0.$service.$method(&caller, $req.into_inner()).await)
    }};
}

#[tonic::async_trait]
impl ComputeService for Api {
    type InvokeStream = BoxStream<v1::InvokeResponse>;
    type WatchExecutionStream = BoxStream<v1::WatchExecutionResponse>;
    type StreamAppLogsStream = BoxStream<v1::LogLine>;
    type StreamAppEventsStream = BoxStream<v1::AppEvent>;
    type StreamCompileLogsStream = BoxStream<v1::CompileLogChunk>;

    async fn create_app(&self, req: Request<v1::CreateAppRequest>) -> Reply<v1::CreateAppResponse> {
        authed!(self, req, apps.create_app)
    }
    async fn get_app(&self, req: Request<v1::GetAppRequest>) -> Reply<v1::GetAppResponse> {
        authed!(self, req, apps.get_app)
    }
    async fn list_apps(&self, req: Request<v1::ListAppsRequest>) -> Reply<v1::ListAppsResponse> {
        authed!(self, req, apps.list_apps)
    }
    async fn update_app_config(&self, req: Request<v1::UpdateAppConfigRequest>) -> Reply<v1::UpdateAppConfigResponse> {
        authed!(self, req, apps.update_app_config)
    }
    async fn delete_app(&self, req: Request<v1::DeleteAppRequest>) -> Reply<v1::DeleteAppResponse> {
        authed!(self, req, apps.delete_app)
    }
    async fn get_app_state(&self, req: Request<v1::GetAppStateRequest>) -> Reply<v1::GetAppStateResponse> {
        authed!(self, req, apps.get_app_state)
    }
    async fn list_catalog(&self, req: Request<v1::ListCatalogRequest>) -> Reply<v1::ListCatalogResponse> {
        authed!(self, req, apps.list_catalog)
    }
    async fn save_draft(&self, req: Request<v1::SaveDraftRequest>) -> Reply<v1::SaveDraftResponse> {
        authed!(self, req, apps.save_draft)
    }
    async fn get_draft_info(&self, req: Request<v1::GetDraftInfoRequest>) -> Reply<v1::GetDraftInfoResponse> {
        authed!(self, req, apps.get_draft_info)
    }
    async fn compile_draft(&self, req: Request<v1::CompileDraftRequest>) -> Reply<v1::CompileDraftResponse> {
        authed!(self, req, builds.compile_draft)
    }
    async fn test_draft(&self, req: Request<v1::TestDraftRequest>) -> Reply<v1::TestDraftResponse> {
        authed!(self, req, executions.test_draft)
    }
    async fn publish_draft(&self, req: Request<v1::PublishDraftRequest>) -> Reply<v1::PublishDraftResponse> {
        authed!(self, req, apps.publish_draft)
    }
    async fn list_app_versions(&self, req: Request<v1::ListAppVersionsRequest>) -> Reply<v1::ListAppVersionsResponse> {
        authed!(self, req, apps.list_app_versions)
    }
    async fn get_app_version(&self, req: Request<v1::GetAppVersionRequest>) -> Reply<v1::GetAppVersionResponse> {
        authed!(self, req, apps.get_app_version)
    }
    async fn test_app_version(&self, req: Request<v1::TestAppVersionRequest>) -> Reply<v1::TestAppVersionResponse> {
        authed!(self, req, executions.test_app_version)
    }
    async fn rollback_app(&self, req: Request<v1::RollbackAppRequest>) -> Reply<v1::RollbackAppResponse> {
        authed!(self, req, apps.rollback_app)
    }
    async fn set_alias(&self, req: Request<v1::SetAliasRequest>) -> Reply<v1::SetAliasResponse> {
        authed!(self, req, apps.set_alias)
    }
    async fn list_aliases(&self, req: Request<v1::ListAliasesRequest>) -> Reply<v1::ListAliasesResponse> {
        authed!(self, req, apps.list_aliases)
    }
    async fn delete_alias(&self, req: Request<v1::DeleteAliasRequest>) -> Reply<v1::DeleteAliasResponse> {
        authed!(self, req, apps.delete_alias)
    }
    async fn get_app_code(&self, req: Request<v1::GetAppCodeRequest>) -> Reply<v1::GetAppCodeResponse> {
        authed!(self, req, apps.get_app_code)
    }
    async fn invoke(&self, req: Request<v1::InvokeRequest>) -> Reply<Self::InvokeStream> {
        let caller = self.caller(&req).await?;
        let frames = self.0.invoke.invoke(&caller, req.into_inner()).await.map_err(|e| status_from_error(&e))?;
        Ok(Response::new(Box::pin(frames.map(|f| f.map_err(|e| status_from_error(&e))))))
    }
    async fn invoke_async(&self, req: Request<v1::InvokeAsyncRequest>) -> Reply<v1::InvokeAsyncResponse> {
        authed!(self, req, executions.invoke_async)
    }
    async fn get_execution(&self, req: Request<v1::GetExecutionRequest>) -> Reply<v1::GetExecutionResponse> {
        authed!(self, req, executions.get_execution)
    }
    async fn watch_execution(&self, req: Request<v1::WatchExecutionRequest>) -> Reply<Self::WatchExecutionStream> {
        let caller = self.caller(&req).await?;
        let updates =
            self.0.executions.watch_execution(&caller, req.into_inner()).await.map_err(|e| status_from_error(&e))?;
        Ok(Response::new(Box::pin(updates.map(|u| u.map_err(|e| status_from_error(&e))))))
    }
    async fn list_executions(&self, req: Request<v1::ListExecutionsRequest>) -> Reply<v1::ListExecutionsResponse> {
        authed!(self, req, executions.list_executions)
    }
    async fn get_callback_secret(
        &self,
        req: Request<v1::GetCallbackSecretRequest>,
    ) -> Reply<v1::GetCallbackSecretResponse> {
        authed!(self, req, callbacks.get_callback_secret)
    }
    async fn cancel_execution(&self, req: Request<v1::CancelExecutionRequest>) -> Reply<v1::CancelExecutionResponse> {
        authed!(self, req, executions.cancel_execution)
    }
    async fn list_dead_letters(&self, req: Request<v1::ListDeadLettersRequest>) -> Reply<v1::ListDeadLettersResponse> {
        authed!(self, req, executions.list_dead_letters)
    }
    async fn redrive_execution(
        &self,
        req: Request<v1::RedriveExecutionRequest>,
    ) -> Reply<v1::RedriveExecutionResponse> {
        authed!(self, req, executions.redrive_execution)
    }
    async fn purge_dead_letters(
        &self,
        req: Request<v1::PurgeDeadLettersRequest>,
    ) -> Reply<v1::PurgeDeadLettersResponse> {
        authed!(self, req, executions.purge_dead_letters)
    }
    async fn stream_execution_input(
        &self,
        req: Request<Streaming<v1::StreamExecutionInputRequest>>,
    ) -> Reply<v1::StreamExecutionInputResponse> {
        let caller = self.caller(&req).await?;
        let chunks = req.into_inner().map(|m| m.map_err(|s| ignite_proto::convert::error_from_status(&s)));
        reply(self.0.executions.stream_execution_input(&caller, Box::pin(chunks)).await)
    }
    async fn get_execution_stats(
        &self,
        req: Request<v1::GetExecutionStatsRequest>,
    ) -> Reply<v1::GetExecutionStatsResponse> {
        authed!(self, req, stats.get_execution_stats)
    }
    async fn get_app_logs(&self, req: Request<v1::GetAppLogsRequest>) -> Reply<v1::GetAppLogsResponse> {
        authed!(self, req, invoke.get_app_logs)
    }
    async fn stream_app_logs(&self, req: Request<v1::StreamAppLogsRequest>) -> Reply<Self::StreamAppLogsStream> {
        let caller = self.caller(&req).await?;
        let lines =
            self.0.invoke.stream_app_logs(&caller, req.into_inner()).await.map_err(|e| status_from_error(&e))?;
        Ok(Response::new(Box::pin(lines.map(|l| l.map_err(|e| status_from_error(&e))))))
    }
    async fn get_app_events(&self, req: Request<v1::GetAppEventsRequest>) -> Reply<v1::GetAppEventsResponse> {
        authed!(self, req, invoke.get_app_events)
    }
    async fn stream_app_events(&self, req: Request<v1::StreamAppEventsRequest>) -> Reply<Self::StreamAppEventsStream> {
        let caller = self.caller(&req).await?;
        let events =
            self.0.invoke.stream_app_events(&caller, req.into_inner()).await.map_err(|e| status_from_error(&e))?;
        Ok(Response::new(Box::pin(events.map(|e| e.map_err(|e| status_from_error(&e))))))
    }
    async fn list_app_replicas(&self, req: Request<v1::ListAppReplicasRequest>) -> Reply<v1::ListAppReplicasResponse> {
        authed!(self, req, invoke.list_app_replicas)
    }
    async fn get_build_log(&self, req: Request<v1::GetBuildLogRequest>) -> Reply<v1::GetBuildLogResponse> {
        authed!(self, req, builds.get_build_log)
    }
    async fn stream_compile_logs(
        &self,
        req: Request<v1::StreamCompileLogsRequest>,
    ) -> Reply<Self::StreamCompileLogsStream> {
        let caller = self.caller(&req).await?;
        let chunks =
            self.0.builds.stream_compile_logs(&caller, req.into_inner()).await.map_err(|e| status_from_error(&e))?;
        Ok(Response::new(Box::pin(chunks.map(|c| c.map_err(|e| status_from_error(&e))))))
    }
    async fn get_mcp_tool_definition(
        &self,
        req: Request<v1::GetMcpToolDefinitionRequest>,
    ) -> Reply<v1::GetMcpToolDefinitionResponse> {
        authed!(self, req, apps.get_mcp_tool_definition)
    }
    async fn list_mcp_tools(&self, req: Request<v1::ListMcpToolsRequest>) -> Reply<v1::ListMcpToolsResponse> {
        authed!(self, req, apps.list_mcp_tools)
    }
    async fn list_public_catalog(
        &self,
        req: Request<v1::ListPublicCatalogRequest>,
    ) -> Reply<v1::ListPublicCatalogResponse> {
        reply(self.0.apps.list_public_catalog(req.into_inner()).await)
    }
    async fn get_public_catalog_detail(
        &self,
        req: Request<v1::GetPublicCatalogDetailRequest>,
    ) -> Reply<v1::GetPublicCatalogDetailResponse> {
        reply(self.0.apps.get_public_catalog_detail(req.into_inner()).await)
    }
    async fn health_check(&self, _req: Request<v1::HealthCheckRequest>) -> Reply<v1::HealthCheckResponse> {
        Ok(Response::new(self.0.health_check()))
    }
}

#[tonic::async_trait]
impl SecretService for Api {
    async fn create_secret(&self, req: Request<v1::CreateSecretRequest>) -> Reply<v1::CreateSecretResponse> {
        authed!(self, req, secrets.create_secret)
    }
    async fn get_secret(&self, req: Request<v1::GetSecretRequest>) -> Reply<v1::GetSecretResponse> {
        authed!(self, req, secrets.get_secret)
    }
    async fn list_secrets(&self, req: Request<v1::ListSecretsRequest>) -> Reply<v1::ListSecretsResponse> {
        let caller = self.caller(&req).await?;
        reply(self.0.secrets.list_secrets(&caller).await)
    }
    async fn delete_secret(&self, req: Request<v1::DeleteSecretRequest>) -> Reply<v1::DeleteSecretResponse> {
        authed!(self, req, secrets.delete_secret)
    }
}
