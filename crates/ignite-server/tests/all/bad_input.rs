//! Malformed requests get the right status and a message naming the problem, and the
//! server keeps serving.

use ignite_proto::v1;
use serde_json::Value;

use crate::harness::{ORG, Server, authed, python_draft};

struct Case {
    method: &'static str,
    path: &'static str,
    body: Option<String>,
    status: u16,
    /// Must appear in the message.
    says: &'static str,
}

fn case(method: &'static str, path: &'static str, body: &str, status: u16, says: &'static str) -> Case {
    Case { method, path, body: (!body.is_empty()).then(|| body.to_string()), status, says }
}

#[tokio::test]
async fn malformed_requests_are_rejected_precisely() {
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start_in(dir.path(), &["--max-body-bytes", "65536"]);
    s.call("POST", "/v1/ignite/app/dev", Some(r#"{"name":"ok"}"#)).await;
    s.call("POST", "/v1/ignite/app/dev/ok/draft", Some(&python_draft("def handler(p, c):\n    return p\n"))).await;
    let (status, _) = s.call("POST", "/v1/ignite/app/dev/ok/draft/publish", Some("{}")).await;
    assert_eq!(status, 200);

    let create = "/v1/ignite/app/dev";
    let draft = "/v1/ignite/app/dev/ok/draft";
    let huge = format!(r#"{{"name":"x","description":"{}"}}"#, "a".repeat(70_000));
    let cases = vec![
        case("POST", create, r#"{"name":"Bad"}"#, 400, "uppercase letter 'B'"),
        case("POST", create, r#"{"name":""}"#, 400, "must not be empty"),
        case("POST", create, r#"{"name":"a_b"}"#, 400, "character '_' at position 2"),
        case("POST", create, r#"{"name":"mcp"}"#, 400, "is reserved"),
        case("POST", create, r#"{"name":"-x"}"#, 400, "must start with a letter"),
        case("POST", create, &format!(r#"{{"name":"{}"}}"#, "x".repeat(60)), 400, "60 characters long"),
        case("POST", "/v1/ignite/app/Bad-Org", r#"{"name":"x"}"#, 400, "organization_name"),
        case("POST", create, r#"{"name":"x","resourceTier":"RESOURCE_TIER_HUGE"}"#, 400, "RESOURCE_TIER_HUGE"),
        case("POST", create, r#"{"name":"x","resourceTier":42}"#, 400, "resource"),
        case("POST", create, r#"{"name":5}"#, 400, "name: invalid type: integer `5`"),
        case("POST", create, r#"{"name":"x","ttlSecs":"abc"}"#, 400, "ttlSecs"),
        case("POST", create, r#"{"name":"x","ports":"80"}"#, 400, "ports"),
        case("POST", create, r#"{"name":"x","ports":[0]}"#, 400, "0 is not a port"),
        case("POST", create, r#"{"name":"x","ports":[8080,8080]}"#, 400, "listed twice"),
        case("POST", create, r#"{"name":"x","env":{"1BAD":"v"}}"#, 400, "not a valid variable name"),
        case("POST", create, r#"{"name":"x","env":{"IGNITE_X":"v"}}"#, 400, "reserved"),
        case("POST", create, r#"{"name":"x","inputSchema":"not json"}"#, 400, "input_schema: not a JSON document"),
        case("POST", create, r#"{"name":"x","healthPath":"healthz"}"#, 400, "health_path: must start with '/'"),
        case(
            "POST",
            create,
            r#"{"name":"x","scaling":{"minReplicas":5,"maxReplicas":2}}"#,
            400,
            "scaling.min_replicas",
        ),
        case("POST", create, r#"{"name":"x","limits":{"memoryMb":999999}}"#, 400, "limits.memory_mb"),
        case("POST", create, r#"{"name":"x","storageMode":"STORAGE_MODE_TTL"}"#, 400, "ttl_secs: required"),
        case("POST", create, r#"{"name":"x","bogusField":1}"#, 400, "unknown field `bogusField`"),
        case("POST", create, r#"{"name":"#, 400, "malformed JSON"),
        case("POST", create, "[1,2]", 400, "must be a JSON object"),
        case("POST", create, &huge, 400, "larger than the limit of 65536 bytes"),
        case("POST", create, r#"{"organizationName":"other","name":"x"}"#, 400, "the path says"),
        case("POST", create, r#"{"name":"ok"}"#, 409, "already exists"),
        case("POST", draft, r#"{"code":{"compile":{"runtime":{"python":{}},"sourceCode":"!!!"}}}"#, 400, "sourceCode"),
        case("POST", draft, "{}", 400, "code: is required"),
        case("POST", draft, r#"{"code":{}}"#, 400, "one of `compile` or `image`"),
        case("POST", draft, r#"{"code":{"compile":{"sourceCode":"aGk="}}}"#, 400, "code.compile.runtime"),
        case(
            "POST",
            draft,
            r#"{"code":{"compile":{"runtime":{"python":{}}}}}"#,
            400,
            "code.compile.source_code: is empty",
        ),
        case(
            "POST",
            draft,
            r#"{"code":{"compile":{"runtime":{"rust":{"target":"WASM64"}},"sourceCode":"aGk="}}}"#,
            400,
            "WASM64",
        ),
        case("POST", draft, r#"{"code":{"image":{}}}"#, 400, "code.image"),
        case("POST", "/v1/ignite/app/dev/nope/draft", &python_draft("x"), 404, "app \"dev/nope\" not found"),
        case("GET", "/v1/ignite/app/dev/nope", "", 404, "app \"dev/nope\" not found"),
        case("GET", "/v1/ignite/app/dev/ok/versions/abc", "", 400, "version"),
        case("GET", "/v1/ignite/app/dev/ok/versions/0", "", 400, "version: must be 1 or more"),
        case("GET", "/v1/ignite/app/dev/ok/versions/99", "", 404, "dev/ok@99"),
        case("POST", "/v1/ignite/app/dev/ok/rollback", r#"{"version":0}"#, 400, "version: is required"),
        case("POST", "/v1/ignite/app/dev/ok/rollback", r#"{"version":-1}"#, 400, "version"),
        case("GET", "/v1/ignite/app/dev?limit=100000", "", 400, "limit: at most 500"),
        case("GET", "/v1/ignite/app/dev?cursor=@@@", "", 400, "cursor"),
        case("GET", "/v1/ignite/app/dev?color=blue", "", 400, "unknown query parameter \"color\""),
        case("GET", "/v1/ignite/app/dev/ok/logs?limit=-1", "", 400, "limit"),
        case("PATCH", "/v1/ignite/app/dev/ok/config", r#"{"updateMask":["nonsense"]}"#, 400, "update_mask"),
        case("POST", "/v1/ignite/secrets", r#"{"name":"bad name","value":{"gitSecret":{"token":"t"}}}"#, 400, "name"),
        case("POST", "/v1/ignite/secrets", r#"{"name":"s"}"#, 400, "value: is required"),
        case("GET", "/v1/ignite/public/catalog/justaname", "", 400, "name"),
        case("GET", "/v1/ignite/app/dev/ok/code/versions/7", "", 404, "dev/ok@7"),
    ];
    assert!(cases.len() >= 30);
    for c in &cases {
        let (status, body): (u16, Value) = s.call(c.method, c.path, c.body.as_deref()).await;
        let message = body["message"].as_str().unwrap_or_default();
        assert_eq!(status, c.status, "{} {} {:?}: {body}", c.method, c.path, c.body);
        assert!(message.contains(c.says), "{} {}: {message:?} should say {:?}", c.method, c.path, c.says);
        assert!(body["code"].is_number() && body["status"].is_string(), "{body}");
    }
    // Still serving, and nothing changed.
    let (status, app) = s.call("GET", "/v1/ignite/app/dev/ok", None).await;
    assert_eq!((status, app["app"]["activeVersion"].as_u64()), (200, Some(1)));
    let (_, list) = s.call("GET", "/v1/ignite/app/dev", None).await;
    assert_eq!(list["apps"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn grpc_errors_carry_the_code_and_the_field() {
    let s = Server::start();
    let mut c = s.grpc().await;
    let err = c
        .create_app(authed(
            v1::CreateAppRequest { organization_name: ORG.into(), name: "Bad".into(), ..Default::default() },
            &s.token,
        ))
        .await
        .unwrap_err();
    assert_eq!(err.code(), tonic::Code::InvalidArgument);
    assert_eq!(err.metadata().get("ignite-field").unwrap(), "name");
    let err = c
        .create_app(authed(
            v1::CreateAppRequest {
                organization_name: ORG.into(),
                name: "x".into(),
                resource_tier: 42,
                ..Default::default()
            },
            &s.token,
        ))
        .await
        .unwrap_err();
    assert_eq!(err.code(), tonic::Code::InvalidArgument);
    assert!(err.message().contains("resource_tier: unknown enum value 42"), "{}", err.message());
    let err = c
        .get_draft_info(authed(
            v1::GetDraftInfoRequest { organization_name: ORG.into(), app_name: "none".into() },
            &s.token,
        ))
        .await
        .unwrap_err();
    assert_eq!(err.code(), tonic::Code::NotFound);
}
