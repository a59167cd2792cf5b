//! Tenant and public catalogs, and MCP tool descriptors.

use serde_json::json;

use crate::harness::{Server, python_draft};

async fn publish(s: &Server, app: &str, config: serde_json::Value) {
    let mut body = config;
    body["name"] = json!(app);
    let (status, created) = s.call("POST", "/v1/ignite/app/dev", Some(&body.to_string())).await;
    assert_eq!(status, 200, "{created}");
    s.call(
        "POST",
        &format!("/v1/ignite/app/dev/{app}/draft"),
        Some(&python_draft("def handler(p, c):\n    return p\n")),
    )
    .await;
    let (status, _) = s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft/publish"), Some("{}")).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn catalogs_list_published_apps_and_public_ones_without_a_token() {
    let s = Server::start();
    publish(&s, "open", json!({"public": true, "description": "for everyone", "tags": ["demo"]})).await;
    publish(&s, "closed", json!({})).await;
    s.call("POST", "/v1/ignite/app/dev", Some(r#"{"name":"unpublished","public":true}"#)).await;

    let (_, tenant) = s.call("GET", "/v1/ignite/catalog/dev", None).await;
    let ids: Vec<_> = tenant["items"].as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["dev/closed", "dev/open"]);

    let (status, public) = s.http("GET", "/v1/ignite/public/catalog", None, None).await;
    assert_eq!(status, 200);
    let items = public["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["id"], "dev/open");
    assert_eq!(items[0]["sourceType"], "CATALOG_SOURCE_FUNCTION");
    assert_eq!(items[0]["app"]["runtime"], "python");
    assert_eq!(items[0]["tags"], json!(["demo"]));

    let (status, detail) = s.http("GET", "/v1/ignite/public/catalog/dev:open", None, None).await;
    assert_eq!(status, 200, "{detail}");
    assert_eq!(detail["item"]["description"], "for everyone");
    let (status, _) = s.http("GET", "/v1/ignite/public/catalog/dev%2Fopen", None, None).await;
    assert_eq!(status, 200);
    for hidden in ["dev:closed", "dev:unpublished", "dev:missing"] {
        let (status, _) = s.http("GET", &format!("/v1/ignite/public/catalog/{hidden}"), None, None).await;
        assert_eq!(status, 404, "{hidden}");
    }
}

#[tokio::test]
async fn mcp_tools_are_enabled_published_apps() {
    let s = Server::start();
    let schema = r#"{"type":"object","properties":{"name":{"type":"string"}},"required":["name"]}"#;
    publish(&s, "greeter", json!({"mcpEnabled": true, "description": "Greets", "inputSchema": schema})).await;
    publish(&s, "plain", json!({})).await;
    s.call("POST", "/v1/ignite/app/dev", Some(r#"{"name":"later","mcpEnabled":true}"#)).await;

    let (status, tools) = s.call("GET", "/v1/ignite/app/dev/mcp/tools", None).await;
    assert_eq!(status, 200, "{tools}");
    assert_eq!(
        tools,
        json!({"tools": [{"name": "ignite_dev_greeter", "description": "Greets", "inputSchema": schema,
                          "appId": "dev/greeter", "version": 1, "runtime": "python"}]})
    );
    let (status, tool) = s.call("GET", "/v1/ignite/app/dev/greeter/mcp", None).await;
    assert_eq!(status, 200);
    assert_eq!(tool["tool"]["name"], "ignite_dev_greeter");
    for app in ["plain", "later"] {
        let (status, body) = s.call("GET", &format!("/v1/ignite/app/dev/{app}/mcp"), None).await;
        assert_eq!(status, 400, "{app}: {body}");
    }

    // Input schemas are validated as JSON Schema on write.
    let (status, body) =
        s.call("PATCH", "/v1/ignite/app/dev/plain/config", Some(r#"{"inputSchema":"{\"type\":\"nonsense\"}"}"#)).await;
    assert_eq!(status, 400);
    assert_eq!(body["details"][0]["fieldViolations"][0]["field"], "input_schema");
}
