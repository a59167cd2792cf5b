//! Names: no two apps, in any organizations, can share a host.

use serde_json::json;

use crate::harness::{Server, deploy, invoke_text, python_draft};

#[tokio::test]
async fn an_app_whose_host_another_organizations_app_has_is_refused() {
    let s = Server::start();
    let acme = s.new_token("acme");
    let team = s.new_token("team-acme");
    let draft = python_draft("def handler(payload, ctx):\n    return ctx['function_id']\n");
    let (status, body) = deploy(&s, &acme, "acme", "api-team", json!({}), &draft).await;
    assert_eq!(status, 200, "{body}");

    // `api` of `team-acme` would be api-team-acme.<base> too.
    let (status, body) = s.http("POST", "/v1/ignite/app/team-acme", Some(&team), Some(r#"{"name":"api"}"#)).await;
    assert_eq!(status, 409, "{body}");
    let message = body.to_string();
    assert!(message.contains("api-team-acme") && message.contains("acme/api-team"), "names the clash: {body}");

    // So is an app whose default host is another's host at a port.
    let port_org = s.new_token("acme-9090");
    let (status, body) =
        s.http("POST", "/v1/ignite/app/acme-9090", Some(&port_org), Some(r#"{"name":"api-team"}"#)).await;
    assert_eq!(status, 409, "{body}");

    // The host still reaches the first app, and only it.
    let resp = reqwest::Client::new()
        .post(format!("http://{}/", s.addr))
        .header("host", "api-team-acme.localhost")
        .bearer_auth(&acme)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.text().await.unwrap(), "acme/api-team");
    let (status, out, _) = invoke_text(&s, &acme, "acme", "api-team", b"").await;
    assert_eq!((status, out.as_str()), (200, "acme/api-team"));
}
