//! Authentication and organization scoping on both transports.

use ignite_proto::v1;

use crate::harness::{Server, authed};

#[tokio::test]
async fn tokens_gate_every_call_and_scope_to_one_organization() {
    let s = Server::start();
    let other = s.new_token("other");
    let (status, _) = s.http("POST", "/v1/ignite/app/other", Some(&other), Some(r#"{"name":"secret-app"}"#)).await;
    assert_eq!(status, 200);

    // No token, a malformed header, an unknown token: 401.
    let (status, body) = s.http("GET", "/v1/ignite/app/dev", None, None).await;
    assert_eq!((status, body["status"].as_str()), (401, Some("UNAUTHENTICATED")));
    let (status, _) = s.http("GET", "/v1/ignite/app/dev", Some("not-a-token"), None).await;
    assert_eq!(status, 401);

    // Another organization's app: 403, whether or not it exists, naming nothing of it.
    for path in ["/v1/ignite/app/other/secret-app", "/v1/ignite/app/other/missing", "/v1/ignite/app/other"] {
        let (status, body) = s.call("GET", path, None).await;
        assert_eq!(status, 403, "{path}: {body}");
        assert!(!body["message"].as_str().unwrap().contains("secret-app"));
    }
    let mut c = s.grpc().await;
    let err = c
        .get_app(authed(
            v1::GetAppRequest { organization_name: "other".into(), app_name: "secret-app".into() },
            &s.token,
        ))
        .await
        .unwrap_err();
    assert_eq!(err.code(), tonic::Code::PermissionDenied);
    let err = c
        .get_app(tonic::Request::new(v1::GetAppRequest { organization_name: "dev".into(), app_name: "x".into() }))
        .await
        .unwrap_err();
    assert_eq!(err.code(), tonic::Code::Unauthenticated);

    // HealthCheck and the public catalog need no token.
    let (status, health) = s.http("GET", "/v1/ignite/health", None, None).await;
    assert_eq!((status, health["status"].as_str()), (200, Some("SERVING")));
    let (status, _) = s.http("GET", "/v1/ignite/public/catalog", None, None).await;
    assert_eq!(status, 200);
    c.health_check(v1::HealthCheckRequest {}).await.unwrap();

    // A revoked token stops working within the token cache's TTL (one second).
    let listed = s.token_cli(&["list", "--org", "other"]);
    let id = listed.split_whitespace().next().unwrap().to_string();
    assert!(listed.contains("active"), "{listed}");
    s.token_cli(&["revoke", &id]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(3);
    loop {
        let (status, _) = s.http("GET", "/v1/ignite/app/other", Some(&other), None).await;
        if status == 401 {
            break;
        }
        assert_eq!(status, 200);
        assert!(std::time::Instant::now() < deadline, "the revoked token still works");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(s.token_cli(&["list", "--org", "other"]).contains("revoked"));
}
