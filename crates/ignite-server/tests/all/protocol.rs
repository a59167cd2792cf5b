//! Transport-level behaviour: reflection, health, unknown routes.

use tokio_stream::StreamExt;
use tonic_reflection::pb::v1::ServerReflectionRequest;
use tonic_reflection::pb::v1::server_reflection_client::ServerReflectionClient;
use tonic_reflection::pb::v1::server_reflection_request::MessageRequest;
use tonic_reflection::pb::v1::server_reflection_response::MessageResponse;

use crate::harness::Server;

/// What `grpcurl -plaintext localhost:PORT list` does.
#[tokio::test]
async fn reflection_lists_the_services() {
    let s = Server::start();
    let channel =
        tonic::transport::Channel::from_shared(format!("http://{}", s.addr)).unwrap().connect().await.unwrap();
    let mut client = ServerReflectionClient::new(channel);
    let request = ServerReflectionRequest {
        host: String::new(),
        message_request: Some(MessageRequest::ListServices(String::new())),
    };
    let mut responses = client.server_reflection_info(tokio_stream::once(request)).await.unwrap().into_inner();
    let Some(MessageResponse::ListServicesResponse(list)) = responses.next().await.unwrap().unwrap().message_response
    else {
        panic!("expected a service list");
    };
    let names: Vec<_> = list.service.iter().map(|s| s.name.as_str()).collect();
    for expected in ["dodil.ignite.v1.ComputeService", "dodil.ignite.v1.SecretService", "grpc.health.v1.Health"] {
        assert!(names.contains(&expected), "{names:?}");
    }
}

#[tokio::test]
async fn grpc_health_reports_serving() {
    let s = Server::start();
    let channel =
        tonic::transport::Channel::from_shared(format!("http://{}", s.addr)).unwrap().connect().await.unwrap();
    let mut health = tonic_health::pb::health_client::HealthClient::new(channel);
    let resp = health
        .check(tonic_health::pb::HealthCheckRequest { service: "dodil.ignite.v1.ComputeService".into() })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(resp.status(), tonic_health::pb::health_check_response::ServingStatus::Serving);
}

#[tokio::test]
async fn unknown_routes_and_methods_answer_json() {
    let s = Server::start();
    let (status, body) = s.call("GET", "/v1/ignite/nothing/here", None).await;
    assert_eq!((status, body["status"].as_str()), (404, Some("NOT_FOUND")));
    let (status, body) = s.call("PUT", "/v1/ignite/app/dev/x", None).await;
    assert_eq!(status, 405, "{body}");
    let (status, body) = s.call("GET", "/", None).await;
    assert_eq!(status, 404, "{body}");
}

#[tokio::test]
async fn the_openapi_document_is_served_without_a_token() {
    let s = Server::start();
    let (status, doc) = s.http("GET", "/v1/ignite/openapi.json", None, None).await;
    assert_eq!(status, 200);
    assert_eq!(doc["openapi"], "3.0.3");
    assert_eq!(doc, ignite_server::api::openapi::document(&ignite_proto::http::routes()));
    assert!(doc["paths"]["/v1/ignite/app/{organization_name}/{app_name}/draft/publish"]["post"].is_object());
}

#[tokio::test]
async fn config_file_settings_apply_and_sigterm_stops_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("ignite.toml");
    std::fs::write(&config, "dev_org = \"acme\"\nmax_body_bytes = 1024\n").unwrap();
    let data = dir.path().join("data");
    let mut s = Server::start_in(&data, &["--config", config.to_str().unwrap()]);
    // The first-start token belongs to the configured organization...
    let (status, _) = s.call("POST", "/v1/ignite/app/acme", Some(r#"{"name":"x"}"#)).await;
    assert_eq!(status, 200);
    // ...and the configured body limit applies.
    let big = format!(r#"{{"name":"y","description":"{}"}}"#, "d".repeat(2000));
    let (status, body) = s.call("POST", "/v1/ignite/app/acme", Some(&big)).await;
    assert_eq!(status, 400);
    assert!(body["message"].as_str().unwrap().contains("1024 bytes"), "{body}");
    assert!(s.terminate().success(), "SIGTERM is a clean shutdown");
    // A flag wins over the file.
    let s = Server::start_in(&data, &["--config", config.to_str().unwrap(), "--max-body-bytes", "100000"]);
    let (status, _) = s.call("POST", "/v1/ignite/app/acme", Some(&big)).await;
    assert_eq!(status, 200);
}

/// The web console comes from the binary itself: the page, its hashed assets (cached
/// for good, revalidated by ETag), a strict policy on every response, and nothing
/// beside the embedded files.
#[tokio::test]
async fn the_console_is_served_from_the_binary_under_a_strict_policy() {
    let s = Server::start();
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let url = |path: &str| format!("http://{}{path}", s.addr);
    let moved = client.get(url("/console")).send().await.unwrap();
    assert_eq!((moved.status().as_u16(), moved.headers()["location"].to_str().unwrap()), (308, "/console/"));

    let page = client.get(url("/console/")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let policy = page.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert!(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'"), "{policy}");
    assert_eq!(page.headers()["cache-control"], "no-cache");
    let html = page.text().await.unwrap();
    let script = span_between(&html, "/console/assets/", ".js").expect("the page names its script");

    let asset = client.get(url(&script)).send().await.unwrap();
    assert_eq!(asset.status(), 200);
    assert!(asset.headers()["content-type"].to_str().unwrap().contains("javascript"));
    assert!(asset.headers()["cache-control"].to_str().unwrap().contains("immutable"));
    let etag = asset.headers()["etag"].clone();
    let again = client.get(url(&script)).header("if-none-match", etag).send().await.unwrap();
    assert_eq!(again.status(), 304);

    for path in ["/console/%2e%2e/%2e%2e/Cargo.toml", "/console/assets/nope.js", "/console/../Cargo.toml"] {
        let missing = client.get(url(path)).send().await.unwrap();
        assert_eq!(missing.status(), 404, "{path}");
    }
}

/// The first `start…end` span of `text` (the asset names are content hashes).
fn span_between(text: &str, start: &str, end: &str) -> Option<String> {
    let from = text.find(start)?;
    let to = text[from..].find(end)? + from + end.len();
    Some(text[from..to].to_string())
}
