//! `ignite mcp serve`: the organization's MCP tools over stdio, for local agents that
//! start their tools as processes. Every request is forwarded to the server's
//! Streamable HTTP endpoint (`/mcp/{org}`), so the tools, their calls and their
//! executions are the server's.

use rmcp::model::{
    CallToolRequestParams, CallToolResponse, Implementation, ListToolsResult, PaginatedRequestParams,
    ServerCapabilities, ServerConfig,
};
use rmcp::service::{RequestContext, RoleClient, RoleServer, RunningService};
use rmcp::transport::StreamableHttpClientTransport;
use rmcp::transport::streamable_http_client::StreamableHttpClientTransportConfig;
use rmcp::{ErrorData as McpError, ServerHandler, ServiceExt};

/// The stdio side; `remote` is the session with the server.
struct Proxy {
    remote: RunningService<RoleClient, ()>,
}

fn upstream(e: impl std::fmt::Display) -> McpError {
    McpError::internal_error(format!("the Ignite server: {e}"), None)
}

impl ServerHandler for Proxy {
    fn get_info(&self) -> ServerConfig {
        ServerConfig::new(ServerCapabilities::builder().enable_tools().build())
            .with_server_info(Implementation::new("ignite", env!("CARGO_PKG_VERSION")))
    }

    async fn list_tools(
        &self,
        request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> Result<ListToolsResult, McpError> {
        self.remote.list_tools(request).await.map_err(upstream)
    }

    async fn call_tool(
        &self,
        request: CallToolRequestParams,
        _context: RequestContext<RoleServer>,
    ) -> Result<CallToolResponse, McpError> {
        Ok(self.remote.call_tool(request).await.map_err(upstream)?.into())
    }
}

/// Serves until stdin closes.
pub async fn serve(server: &str, org: &str, token: &str) -> anyhow::Result<()> {
    let url = format!("{}/mcp/{org}", server.trim_end_matches('/'));
    let transport = StreamableHttpClientTransport::from_config(
        StreamableHttpClientTransportConfig::with_uri(url.clone()).auth_header(token.to_string()),
    );
    let remote = ().serve(transport).await.map_err(|e| anyhow::anyhow!("connecting to {url}: {e}"))?;
    let running = Proxy { remote }.serve(rmcp::transport::stdio()).await?;
    running.waiting().await?;
    Ok(())
}
