//! The MCP server with a real MCP client (rmcp over Streamable HTTP): initialize, list
//! the organization's tools, call one, see a newly published app appear.

use rmcp::model::CallToolRequestParams;
use rmcp::service::{NotificationContext, RoleClient};
use rmcp::transport::StreamableHttpClientTransport;
use rmcp::transport::streamable_http_client::StreamableHttpClientTransportConfig;
use rmcp::{ClientHandler, ServiceExt};
use serde_json::json;

use crate::harness::{Server, python_draft};

const GREETER: &str = "import json\n\ndef handler(payload, ctx):\n    return {'hello': json.loads(payload)['name']}\n";

async fn publish(s: &Server, name: &str, mcp: bool) {
    let body = json!({
        "name": name,
        "mcpEnabled": mcp,
        "description": format!("Greets by name ({name})"),
        "inputSchema": r#"{"type":"object","properties":{"name":{"type":"string"}},"required":["name"]}"#,
    });
    let (status, body) = s.call("POST", "/v1/ignite/app/dev", Some(&body.to_string())).await;
    assert_eq!(status, 200, "{body}");
    s.call("POST", &format!("/v1/ignite/app/dev/{name}/draft"), Some(&python_draft(GREETER))).await;
    let (status, body) = s.call("POST", &format!("/v1/ignite/app/dev/{name}/draft/publish"), Some("{}")).await;
    assert_eq!(status, 200, "{body}");
}

/// A client that reports `notifications/tools/list_changed`.
struct Watcher(tokio::sync::mpsc::UnboundedSender<()>);

impl ClientHandler for Watcher {
    async fn on_tool_list_changed(&self, _context: NotificationContext<RoleClient>) {
        let _ = self.0.send(());
    }
}

#[tokio::test]
async fn an_mcp_client_lists_and_calls_the_organizations_published_apps() {
    let s = Server::start();
    publish(&s, "greeter", true).await;
    publish(&s, "hidden", false).await;
    let url = format!("http://{}/mcp/dev", s.addr);

    // Without the token: refused before any MCP exchange.
    let resp = reqwest::Client::new()
        .post(&url)
        .header("content-type", "application/json")
        .header("accept", "application/json, text/event-stream")
        .body(r#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);

    let transport = StreamableHttpClientTransport::from_config(
        StreamableHttpClientTransportConfig::with_uri(url.clone()).auth_header(s.token.clone()),
    );
    let (changed_tx, mut changed) = tokio::sync::mpsc::unbounded_channel();
    let client = Watcher(changed_tx).serve(transport).await.expect("initialize");
    let info = client.peer_info().expect("server info");
    assert_eq!(info.server_info.as_ref().map(|i| i.name.as_str()), Some("ignite"));
    assert!(info.capabilities.tools.is_some());

    let tools = client.list_tools(None).await.unwrap().tools;
    let names: Vec<&str> = tools.iter().map(|t| t.name.as_ref()).collect();
    assert_eq!(names, ["ignite_dev_greeter"]);
    assert_eq!(tools[0].description.as_deref(), Some("Greets by name (greeter)"));
    assert_eq!(tools[0].input_schema["required"], json!(["name"]));

    let args = json!({"name": "agent"}).as_object().cloned().unwrap();
    let result = client.call_tool(CallToolRequestParams::new("ignite_dev_greeter").with_arguments(args)).await.unwrap();
    assert_ne!(result.is_error, Some(true), "{result:?}");
    let text = result.content[0].as_text().expect("text content").text.clone();
    assert_eq!(serde_json::from_str::<serde_json::Value>(&text).unwrap(), json!({"hello": "agent"}));

    // A tool call that fails is a tool error, not a protocol error.
    let bad = client.call_tool(CallToolRequestParams::new("ignite_dev_greeter")).await.unwrap();
    assert_eq!(bad.is_error, Some(true), "{bad:?}");
    assert!(client.call_tool(CallToolRequestParams::new("ignite_dev_nope")).await.is_err());

    // Publishing another mcp-enabled app is announced, and it appears in the next list.
    publish(&s, "second", true).await;
    tokio::time::timeout(std::time::Duration::from_secs(10), changed.recv())
        .await
        .expect("notifications/tools/list_changed")
        .unwrap();
    let tools = client.list_tools(None).await.unwrap().tools;
    let names: Vec<&str> = tools.iter().map(|t| t.name.as_ref()).collect();
    assert_eq!(names, ["ignite_dev_greeter", "ignite_dev_second"]);

    // Each call is an execution of its app.
    let (_, body) = s.call("GET", "/v1/ignite/app/dev/greeter/stats/executions", None).await;
    assert_eq!(body["total"]["successCount"], "1", "{body}");
    client.cancel().await.unwrap();

    // Another organization's path is refused with this token.
    let resp = reqwest::Client::new()
        .post(format!("http://{}/mcp/other", s.addr))
        .bearer_auth(&s.token)
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 403);
}
