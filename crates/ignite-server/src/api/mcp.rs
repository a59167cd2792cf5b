//! A live MCP server over published apps: Streamable HTTP at `/mcp/{org}` (the official
//! Rust SDK, rmcp). The tools are the organization's `mcpEnabled` published apps, named
//! and described as ListMcpTools describes them; calling one invokes the app's active
//! version with the arguments as its JSON body, recorded as an execution
//! (EXECUTION_KIND_MCP). Connected clients are told when the list changes (publish,
//! rollback, config update, delete).
//!
//! Authentication: the organization's bearer token on every HTTP request (401 without a
//! valid one, 403 for another organization's path). Browsers never send it on their
//! own, so the SDK's Host-header allow-list (a DNS-rebinding defence for unauthenticated
//! local servers) is not needed and is off: the server may be reached by any name.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, Weak};

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use bytes::Bytes;
use futures::Stream;
use ignite_core::app::{ExecutionKind, ExecutionStatus};
use ignite_core::function_id::FunctionId;
use ignite_proto::v1;
use rmcp::model::{
    CallToolRequestParams, CallToolResponse, CallToolResult, ContentBlock, Implementation, InitializeRequestParams,
    InitializeResult, ListToolsResult, PaginatedRequestParams, ServerCapabilities, ServerConfig, Tool,
};
use rmcp::model::{ClientJsonRpcMessage, ServerJsonRpcMessage};
use rmcp::service::{Peer, RequestContext, RoleServer};
use rmcp::transport::streamable_http_server::session::local::LocalSessionManager;
use rmcp::transport::streamable_http_server::session::{ServerSseMessage, SessionId, SessionManager};
use rmcp::transport::streamable_http_server::{StreamableHttpServerConfig, StreamableHttpService};
use rmcp::{ErrorData as McpError, ServerHandler};

use crate::api::response::error_response;
use crate::auth::Caller;
use crate::domain::Services;
use crate::domain::events::EventBus;

/// Connected MCP clients, by organization, to tell them when tools change.
#[derive(Default)]
struct McpPeers {
    peers: Mutex<HashMap<String, Vec<Peer<RoleServer>>>>,
}

impl McpPeers {
    fn add(&self, org: &str, peer: Peer<RoleServer>) {
        self.peers.lock().expect("mcp peers").entry(org.to_string()).or_default().push(peer);
    }

    /// Tells the organization's clients that the tool list changed; forgets clients
    /// that are gone.
    fn tools_changed(self: &Arc<Self>, org: &str) {
        let peers: Vec<Peer<RoleServer>> = self.peers.lock().expect("mcp peers").get(org).cloned().unwrap_or_default();
        if peers.is_empty() {
            return;
        }
        let me = Arc::downgrade(self);
        let org = org.to_string();
        tokio::spawn(async move {
            let mut gone = Vec::new();
            for (i, peer) in peers.iter().enumerate() {
                if peer.is_transport_closed() || peer.notify_tool_list_changed().await.is_err() {
                    gone.push(i);
                }
            }
            if let (Some(me), false) = (me.upgrade(), gone.is_empty()) {
                let mut all = me.peers.lock().expect("mcp peers");
                if let Some(list) = all.get_mut(&org) {
                    list.retain(|p| !p.is_transport_closed());
                }
            }
        });
    }

    /// Follows the app changes on `bus` while there are peers to tell.
    fn follow(self: &Arc<Self>, bus: &EventBus) {
        let mut changes = bus.subscribe();
        let me = Arc::downgrade(self);
        tokio::spawn(async move {
            loop {
                let orgs: Vec<String> = match changes.recv().await {
                    Ok(change) => vec![change.app.org().to_string()],
                    // Missed some: every organization may have changed.
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => match me.upgrade() {
                        Some(peers) => peers.peers.lock().expect("mcp peers").keys().cloned().collect(),
                        None => return,
                    },
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => return,
                };
                let Some(peers) = me.upgrade() else { return };
                for org in orgs {
                    peers.tools_changed(&org);
                }
            }
        });
    }
}

/// The MCP handler of one session; its organization comes from the request path.
#[derive(Clone)]
struct OrgTools {
    services: Weak<Services>,
    peers: Arc<McpPeers>,
}

fn org_of_request(context: &RequestContext<RoleServer>) -> Result<String, McpError> {
    let parts = context
        .extensions
        .get::<axum::http::request::Parts>()
        .ok_or_else(|| McpError::internal_error("no HTTP request in context", None))?;
    org_of_path(parts.uri.path()).ok_or_else(|| McpError::invalid_request("the path is /mcp/{organization}", None))
}

fn org_of_path(path: &str) -> Option<String> {
    let org = path.strip_prefix("/mcp/")?.split('/').next()?;
    (!org.is_empty()).then(|| org.to_string())
}

fn internal(e: ignite_core::Error) -> McpError {
    McpError::internal_error(e.message().to_string(), None)
}

impl OrgTools {
    fn services(&self) -> Result<Arc<Services>, McpError> {
        self.services.upgrade().ok_or_else(|| McpError::internal_error("the server is stopping", None))
    }

    /// The organization's tools, with the app each one runs.
    async fn tools(&self, services: &Services, org: &str) -> Result<Vec<(Tool, v1::McpToolDefinition)>, McpError> {
        let caller = Caller { org: org.to_string(), token_id: String::new() };
        let listed = services
            .apps
            .list_mcp_tools(&caller, v1::ListMcpToolsRequest { organization_name: org.to_string() })
            .await
            .map_err(internal)?;
        Ok(listed
            .tools
            .into_iter()
            .map(|def| {
                let schema: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&def.input_schema)
                    .ok()
                    .filter(|s: &serde_json::Map<String, serde_json::Value>| !s.is_empty())
                    .unwrap_or_else(|| serde_json::json!({"type": "object"}).as_object().cloned().unwrap_or_default());
                let description = if def.description.is_empty() {
                    format!("Runs the Ignite app {} (version {}, {}).", def.app_id, def.version, def.runtime)
                } else {
                    def.description.clone()
                };
                (Tool::new(def.name.clone(), description, Arc::new(schema)), def)
            })
            .collect())
    }
}

impl ServerHandler for OrgTools {
    fn get_info(&self) -> ServerConfig {
        ServerConfig::new(ServerCapabilities::builder().enable_tools().enable_tool_list_changed().build())
            .with_server_info(Implementation::new("ignite", env!("CARGO_PKG_VERSION")))
            .with_instructions("Each tool runs a published Ignite app; its arguments are the app's JSON input.")
    }

    async fn initialize(
        &self,
        request: InitializeRequestParams,
        context: RequestContext<RoleServer>,
    ) -> Result<InitializeResult, McpError> {
        context.peer.set_peer_info(request.clone());
        let org = org_of_request(&context)?;
        self.peers.add(&org, context.peer.clone());
        self.negotiate_initialize(&request)
    }

    async fn list_tools(
        &self,
        _request: Option<PaginatedRequestParams>,
        context: RequestContext<RoleServer>,
    ) -> Result<ListToolsResult, McpError> {
        let org = org_of_request(&context)?;
        let services = self.services()?;
        let tools = self.tools(&services, &org).await?.into_iter().map(|(tool, _)| tool).collect();
        Ok(ListToolsResult::with_all_items(tools))
    }

    async fn call_tool(
        &self,
        request: CallToolRequestParams,
        context: RequestContext<RoleServer>,
    ) -> Result<CallToolResponse, McpError> {
        let org = org_of_request(&context)?;
        let services = self.services()?;
        let tools = self.tools(&services, &org).await?;
        let Some((_, def)) = tools.iter().find(|(t, _)| t.name == request.name) else {
            return Err(McpError::invalid_params(format!("no tool named {:?}", request.name), None));
        };
        let (app_org, app) = def.app_id.split_once('/').unwrap_or_default();
        let id = FunctionId::from_parts(app_org, app).map_err(|e| McpError::internal_error(e.to_string(), None))?;
        let arguments = serde_json::Value::Object(request.arguments.unwrap_or_default());
        let row = services
            .executions
            .execute_version(&id, def.version, ExecutionKind::Mcp, Bytes::from(arguments.to_string()), None)
            .await
            .map_err(internal)?;
        let e = &row.execution;
        let output = services.executions.execution_output(e).await.map_err(internal)?;
        let text = String::from_utf8_lossy(&output).into_owned();
        let result = if e.status == ExecutionStatus::Succeeded && e.http_status < 400 {
            CallToolResult::success(vec![ContentBlock::text(text)])
        } else {
            let why = if e.error.is_empty() { text } else { e.error.clone() };
            CallToolResult::error(vec![ContentBlock::text(why)])
        };
        Ok(result.into())
    }
}

/// Refuses requests without a valid token for the organization in the path (and past
/// the token's rate limit, like every authenticated request).
async fn authorize(State(services): State<Arc<Services>>, request: Request, next: Next) -> Response {
    let org = org_of_path(request.uri().path()).unwrap_or_default();
    let (parts, body) = request.into_parts();
    let checked = async {
        let caller = services.auth.caller_of(&parts.headers).await?;
        caller.authorize(&org)
    };
    match checked.await {
        Ok(()) => next.run(Request::from_parts(parts, body)).await,
        Err(e) => error_response(&e),
    }
}

/// The `/mcp/{org}` routes.
pub fn router(services: Arc<Services>) -> axum::Router {
    let weak = Arc::downgrade(&services);
    let peers = Arc::new(McpPeers::default());
    peers.follow(&services.events);
    let config = StreamableHttpServerConfig::default().disable_allowed_hosts();
    let service = StreamableHttpService::new(
        move || Ok(OrgTools { services: weak.clone(), peers: peers.clone() }),
        BoundedSessions::default().into(),
        config,
    );
    axum::Router::new()
        .route("/mcp/{org}", axum::routing::any_service(service))
        .route_layer(axum::middleware::from_fn_with_state(services, authorize))
}

/// Sessions held at once; past it, the oldest session is closed for a new one (an
/// initialize costs a session, and a client may send any number of them).
pub const MAX_SESSIONS: usize = 1024;

/// rmcp's in-memory sessions, at most [`MAX_SESSIONS`] of them.
#[derive(Default)]
struct BoundedSessions {
    inner: LocalSessionManager,
    /// Session ids, oldest first.
    order: tokio::sync::Mutex<VecDeque<SessionId>>,
}

impl SessionManager for BoundedSessions {
    type Error = <LocalSessionManager as SessionManager>::Error;
    type Transport = <LocalSessionManager as SessionManager>::Transport;

    async fn create_session(&self) -> Result<(SessionId, Self::Transport), Self::Error> {
        let mut order = self.order.lock().await;
        while order.len() >= MAX_SESSIONS {
            let Some(oldest) = order.pop_front() else { break };
            // Gone already (closed by its client or idle) is fine.
            let _ = self.inner.close_session(&oldest).await;
        }
        let (id, transport) = self.inner.create_session().await?;
        order.push_back(id.clone());
        Ok((id, transport))
    }

    async fn initialize_session(
        &self,
        id: &SessionId,
        message: ClientJsonRpcMessage,
    ) -> Result<ServerJsonRpcMessage, Self::Error> {
        self.inner.initialize_session(id, message).await
    }

    async fn has_session(&self, id: &SessionId) -> Result<bool, Self::Error> {
        self.inner.has_session(id).await
    }

    async fn close_session(&self, id: &SessionId) -> Result<(), Self::Error> {
        self.order.lock().await.retain(|s| s != id);
        self.inner.close_session(id).await
    }

    async fn create_stream(
        &self,
        id: &SessionId,
        message: ClientJsonRpcMessage,
    ) -> Result<impl Stream<Item = ServerSseMessage> + Send + Sync + 'static, Self::Error> {
        self.inner.create_stream(id, message).await
    }

    async fn accept_message(&self, id: &SessionId, message: ClientJsonRpcMessage) -> Result<(), Self::Error> {
        self.inner.accept_message(id, message).await
    }

    async fn create_standalone_stream(
        &self,
        id: &SessionId,
    ) -> Result<impl Stream<Item = ServerSseMessage> + Send + Sync + 'static, Self::Error> {
        self.inner.create_standalone_stream(id).await
    }

    async fn resume(
        &self,
        id: &SessionId,
        last_event_id: String,
    ) -> Result<impl Stream<Item = ServerSseMessage> + Send + Sync + 'static, Self::Error> {
        self.inner.resume(id, last_event_id).await
    }
}
