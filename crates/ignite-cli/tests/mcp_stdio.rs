//! `ignite mcp serve` with a real MCP client that starts it as a process (as local
//! agents do), against a real server.

use rmcp::ServiceExt;
use rmcp::model::CallToolRequestParams;
use rmcp::transport::TokioChildProcess;
use serde_json::json;

async fn server() -> (String, String, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let local = ignite_server::server::spawn_local(&dir.path().join("data"), "dev").await.expect("server");
    (local.url, local.token, dir)
}

#[tokio::test(flavor = "multi_thread")]
async fn mcp_serve_offers_the_organizations_tools_over_stdio() {
    let (base, token, _dir) = server().await;
    let http = reqwest::Client::new();
    let post = |path: &str, body: serde_json::Value| {
        http.post(format!("{base}/v1/ignite/app/dev{path}")).bearer_auth(&token).body(body.to_string()).send()
    };
    post("", json!({"name": "echo", "mcpEnabled": true, "description": "Echoes its input"})).await.unwrap();
    let source = "def handler(payload, ctx):\n    return payload\n";
    let code = json!({"code": {"compile": {"runtime": {"python": {}}, "sourceCode": base64(source)}}});
    assert!(post("/echo/draft", code).await.unwrap().status().is_success());
    assert!(post("/echo/draft/publish", json!({})).await.unwrap().status().is_success());

    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_ignite"));
    command.args(["mcp", "serve", "--server", &base, "--org", "dev"]).env("IGNITE_TOKEN", &token);
    let client = ().serve(TokioChildProcess::new(command).unwrap()).await.expect("initialize over stdio");
    let tools = client.list_tools(None).await.unwrap().tools;
    assert_eq!(tools.len(), 1);
    assert_eq!(tools[0].name, "ignite_dev_echo");
    let args = json!({"say": "hi"}).as_object().cloned().unwrap();
    let result = client.call_tool(CallToolRequestParams::new("ignite_dev_echo").with_arguments(args)).await.unwrap();
    let text = &result.content[0].as_text().unwrap().text;
    assert_eq!(serde_json::from_str::<serde_json::Value>(text).unwrap(), json!({"say": "hi"}));
    client.cancel().await.unwrap();
}

#[test]
fn mcp_serve_without_a_reachable_server_exits_unavailable() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ignite"))
        .args(["mcp", "serve", "--server", "http://127.0.0.1:9", "--org", "dev", "--token", "x"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(9), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("error: connecting to http://127.0.0.1:9/mcp/dev"));
}

fn base64(text: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(text)
}
