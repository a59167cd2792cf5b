//! Direct invocation through FunctionId hosts.

use serde_json::json;

use crate::harness::{Server, b64};

/// A wasm command guest that prints its environment (request path, query, context).
fn env_guest() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../ignite-runtime/tests/all/guests");
    let prelude = std::fs::read_to_string(format!("{dir}/prelude.wat")).unwrap();
    std::fs::read_to_string(format!("{dir}/env.wat")).unwrap().replace(";;PRELUDE", &prelude)
}

async fn publish_env_app(s: &Server, token: &str, org: &str, app: &str, ports: &[u32]) {
    let body = json!({"name": app, "ports": ports}).to_string();
    let (status, created) = s.http("POST", &format!("/v1/ignite/app/{org}"), Some(token), Some(&body)).await;
    assert_eq!(status, 200, "{created}");
    let draft =
        json!({"code": {"compile": {"runtime": {"wasm": {}}, "sourceCode": b64(env_guest().as_bytes())}}}).to_string();
    s.http("POST", &format!("/v1/ignite/app/{org}/{app}/draft"), Some(token), Some(&draft)).await;
    let (status, body) =
        s.http("POST", &format!("/v1/ignite/app/{org}/{app}/draft/publish"), Some(token), Some("{}")).await;
    assert_eq!(status, 200, "{body}");
}

async fn get(s: &Server, host: &str, path: &str, token: Option<&str>) -> (u16, reqwest::header::HeaderMap, String) {
    let mut req = reqwest::Client::new()
        .post(format!("http://{}{path}", s.addr))
        .header("host", host)
        .header("x-ignite-execution-id", "spoofed")
        .body("payload");
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    (status, headers, resp.text().await.unwrap())
}

#[tokio::test]
async fn app_hosts_reach_the_app_with_path_and_query_intact() {
    let s = Server::start();
    publish_env_app(&s, &s.token, "dev", "my-svc", &[8080]).await;

    // <app>-<org>.<base>/
    let (status, headers, body) = get(&s, "my-svc-dev.localhost", "/", Some(&s.token)).await;
    assert_eq!(status, 200, "{body}");
    assert!(body.lines().any(|l| l == "IGNITE_HTTP_PATH=/"), "{body}");
    let execution_id = headers["x-ignite-execution-id"].to_str().unwrap();
    assert_ne!(execution_id, "spoofed");
    assert!(
        body.lines().any(|l| l == format!("IGNITE_EXECUTION_ID={execution_id}")),
        "the platform's id reaches the guest"
    );
    assert!(body.lines().any(|l| l == "IGNITE_FUNCTION_ID=dev/my-svc"));

    // <app>-<org>-<port>.<base>/path?query (a declared port), Host with a port suffix.
    let host = format!("my-svc-dev-8080.localhost:{}", s.addr.port());
    let (status, _, body) = get(&s, &host, "/infer/v2?input=hello&x=1", Some(&s.token)).await;
    assert_eq!(status, 200, "{body}");
    assert!(body.lines().any(|l| l == "IGNITE_HTTP_PATH=/infer/v2"), "{body}");
    assert!(body.lines().any(|l| l == "IGNITE_HTTP_QUERY=input=hello&x=1"), "{body}");
    assert!(body.lines().any(|l| l == "IGNITE_HTTP_METHOD=POST"), "{body}");

    // On an app host every path is the app's, even one the API itself serves.
    let (status, _, body) = get(&s, "my-svc-dev.localhost", "/v1/ignite/openapi.json", Some(&s.token)).await;
    assert_eq!(status, 200, "{body}");
    assert!(body.lines().any(|l| l == "IGNITE_HTTP_PATH=/v1/ignite/openapi.json"), "{body}");

    // An undeclared port, an unknown app, a malformed label: 404.
    for host in ["my-svc-dev-9999.localhost", "nothing-here.localhost", "x.localhost"] {
        let (status, _, body) = get(&s, host, "/", Some(&s.token)).await;
        assert_eq!(status, 404, "{host}: {body}");
    }
    // No token: 401. Another organization: 403.
    assert_eq!(get(&s, "my-svc-dev.localhost", "/", None).await.0, 401);
    let other = s.new_token("other");
    let (status, _, body) = get(&s, "my-svc-dev.localhost", "/", Some(&other)).await;
    assert_eq!(status, 403, "{body}");
    // The API itself is unaffected by the host routing.
    let (status, _) = s.call("GET", "/v1/ignite/app/dev/my-svc", None).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn apps_of_the_public_org_are_callable_by_any_organization() {
    let s = Server::start();
    let public = s.new_token("public");
    publish_env_app(&s, &public, "public", "warehouse-query", &[]).await;
    let (status, _, body) = get(&s, "warehouse-query-public.localhost", "/", Some(&s.token)).await;
    assert_eq!(status, 200, "{body}");
    assert!(body.lines().any(|l| l == "IGNITE_ORGANIZATION_ID=public"), "{body}");
}
