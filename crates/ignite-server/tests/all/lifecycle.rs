//! App, draft and version lifecycle over both transports, with the documented examples.

use ignite_proto::v1;
use serde_json::json;

use crate::harness::{ORG, Server, authed, b64, python_draft, unb64};

#[tokio::test]
async fn documented_http_examples() {
    let s = Server::start();
    // The snake_case CreateApp body of the docs, org repeated in path and body.
    let (status, body) = s
        .call(
            "POST",
            "/v1/ignite/app/dev",
            Some(r#"{"organization_name":"dev","name":"hello","resource_tier":"RESOURCE_TIER_SMALL"}"#),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["appId"], "dev/hello");
    assert_eq!(body["deploymentState"], "DEPLOYMENT_STATE_CREATED");
    assert_eq!(body["appliedTier"], "RESOURCE_TIER_SMALL");
    assert_eq!(body["appliedLimits"], json!({"memoryMb": 256, "cpuMillicores": 250, "timeoutSecs": 30}));

    // The Rust SaveDraft body of the docs.
    let rust = json!({"code": {"compile": {
        "runtime": {"rust": {"target": "RUST_COMPILATION_TARGET_NATIVE", "toolchainVersion": "1.82"}},
        "sourceCode": "dXNlIGlnbml0ZTo6cHJlbHVkZTo6Kjsg"
    }}});
    let (status, body) = s.call("POST", "/v1/ignite/app/dev/hello/draft", Some(&rust.to_string())).await;
    assert_eq!(status, 200, "{body}");
    let draft = &body["draft"];
    assert_eq!(draft["status"], "VERSION_STATUS_DRAFT");
    assert_eq!(draft["codeKind"], "CODE_KIND_SDK");
    assert_eq!(draft["codeHash"].as_str().unwrap().len(), 64);
    assert!(draft["createdAtMs"].as_str().unwrap().parse::<i64>().unwrap() > 1_700_000_000_000);
    assert_eq!(draft["runtime"]["rust"]["toolchainVersion"], "1.82");

    // GetDraftInfo shows the same draft.
    let (status, info) = s.call("GET", "/v1/ignite/app/dev/hello/draft", None).await;
    assert_eq!(status, 200);
    assert_eq!(info["draft"]["codeHash"], draft["codeHash"]);

    // A Rust draft must compile before publish or test.
    let (status, body) = s.call("POST", "/v1/ignite/app/dev/hello/draft/publish", Some("{}")).await;
    assert_eq!((status, body["status"].as_str()), (400, Some("FAILED_PRECONDITION")), "{body}");
    assert!(body["message"].as_str().unwrap().contains("CompileDraft"));
    let (status, body) =
        s.call("POST", "/v1/ignite/app/dev/hello/draft/test", Some(r#"{"payload":"eyJuYW1lIjoid29ybGQifQ=="}"#)).await;
    assert_eq!((status, body["status"].as_str()), (400, Some("FAILED_PRECONDITION")), "{body}");

    // A Python draft publishes at once; numbers are numbers.
    let (status, _) = s
        .call("POST", "/v1/ignite/app/dev/hello/draft", Some(&python_draft("def handler(p, c):\n    return p\n")))
        .await;
    assert_eq!(status, 200);
    let (status, body) = s.call("POST", "/v1/ignite/app/dev/hello/draft/publish", Some("{}")).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["publishedVersion"], 1);
    assert_eq!(body["app"]["activeVersion"], 1);
    assert_eq!(body["app"]["id"], "dev/hello");
    assert_eq!(body["app"]["name"], "hello");

    // Publishing closes the draft slot.
    let (status, body) = s.call("GET", "/v1/ignite/app/dev/hello/draft", None).await;
    assert_eq!(status, 404, "{body}");
    assert!(body["message"].as_str().unwrap().contains("no draft"));
    let (status, _) = s.call("POST", "/v1/ignite/app/dev/hello/draft/publish", Some("{}")).await;
    assert_eq!(status, 400);
}

async fn publish_python(s: &Server, app: &str, source: &str) -> u32 {
    let (status, body) = s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft"), Some(&python_draft(source))).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft/publish"), Some("{}")).await;
    assert_eq!(status, 200, "{body}");
    body["publishedVersion"].as_u64().unwrap() as u32
}

fn source(n: u32) -> String {
    format!("def handler(payload, ctx):\n    return 'version {n}'\n")
}

#[tokio::test]
async fn versions_rollback_and_code_over_http() {
    let s = Server::start();
    s.call("POST", "/v1/ignite/app/dev", Some(r#"{"name":"svc"}"#)).await;
    for n in 1..=3 {
        assert_eq!(publish_python(&s, "svc", &source(n)).await, n);
    }
    let (status, body) = s.call("POST", "/v1/ignite/app/dev/svc/rollback", Some(r#"{"version":1}"#)).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!((body["activeVersion"].as_u64(), body["previousVersion"].as_u64()), (Some(1), Some(3)));

    let (_, app) = s.call("GET", "/v1/ignite/app/dev/svc", None).await;
    assert_eq!(app["app"]["activeVersion"], 1);

    let (_, versions) = s.call("GET", "/v1/ignite/app/dev/svc/versions", None).await;
    let listed: Vec<(u64, &str)> = versions["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["version"].as_u64().unwrap(), v["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        listed,
        [(3, "VERSION_STATUS_SUPERSEDED"), (2, "VERSION_STATUS_SUPERSEDED"), (1, "VERSION_STATUS_ACTIVE")]
    );

    for n in 1..=3u32 {
        let (status, code) = s.call("GET", &format!("/v1/ignite/app/dev/svc/code/versions/{n}"), None).await;
        assert_eq!(status, 200, "{code}");
        assert_eq!(unb64(code["sourceCode"].as_str().unwrap()), source(n).as_bytes());
        assert_eq!(code["version"], n);
    }
    // `/code` is the active version.
    let (_, code) = s.call("GET", "/v1/ignite/app/dev/svc/code", None).await;
    assert_eq!(unb64(code["sourceCode"].as_str().unwrap()), source(1).as_bytes());

    let (status, v2) = s.call("GET", "/v1/ignite/app/dev/svc/versions/2", None).await;
    assert_eq!(status, 200);
    assert_eq!(v2["version"]["status"], "VERSION_STATUS_SUPERSEDED");
    assert_eq!(v2["app"]["version"], 2);
    let (status, _) = s.call("GET", "/v1/ignite/app/dev/svc/versions/9", None).await;
    assert_eq!(status, 404);
    let (status, _) = s.call("POST", "/v1/ignite/app/dev/svc/rollback", Some(r#"{"version":9}"#)).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn versions_rollback_and_code_over_grpc() {
    let s = Server::start();
    let mut c = s.grpc().await;
    let t = &s.token;
    let created = c
        .create_app(authed(
            v1::CreateAppRequest { organization_name: ORG.into(), name: "svc".into(), ..Default::default() },
            t,
        ))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(created.app_id, "dev/svc");
    assert_eq!(created.applied_tier(), v1::ResourceTier::Medium);
    for n in 1..=3 {
        let code = v1::CodeSource {
            source: Some(v1::code_source::Source::Compile(v1::CompileSource {
                runtime: Some(v1::Runtime { kind: Some(v1::runtime::Kind::Python(v1::PythonRuntime::default())) }),
                source_code: source(n).into_bytes(),
            })),
        };
        let draft = c
            .save_draft(authed(
                v1::SaveDraftRequest {
                    organization_name: ORG.into(),
                    app_name: "svc".into(),
                    code: Some(code),
                    ..Default::default()
                },
                t,
            ))
            .await
            .unwrap()
            .into_inner()
            .draft
            .unwrap();
        assert_eq!(draft.status(), v1::VersionStatus::Draft);
        let published = c
            .publish_draft(authed(v1::PublishDraftRequest { organization_name: ORG.into(), app_name: "svc".into() }, t))
            .await
            .unwrap()
            .into_inner();
        assert_eq!(published.published_version, n);
    }
    let rolled = c
        .rollback_app(authed(
            v1::RollbackAppRequest { organization_name: ORG.into(), app_name: "svc".into(), version: 1 },
            t,
        ))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(rolled.active_version, 1);
    let app = c
        .get_app(authed(v1::GetAppRequest { organization_name: ORG.into(), app_name: "svc".into() }, t))
        .await
        .unwrap()
        .into_inner()
        .app
        .unwrap();
    assert_eq!(app.active_version, 1);
    let versions = c
        .list_app_versions(authed(
            v1::ListAppVersionsRequest { organization_name: ORG.into(), app_name: "svc".into() },
            t,
        ))
        .await
        .unwrap()
        .into_inner()
        .versions;
    let statuses: Vec<_> = versions.iter().map(|v| (v.version, v.status())).collect();
    assert_eq!(
        statuses,
        [(3, v1::VersionStatus::Superseded), (2, v1::VersionStatus::Superseded), (1, v1::VersionStatus::Active)]
    );
    for n in 1..=3 {
        let code = c
            .get_app_code(authed(
                v1::GetAppCodeRequest { organization_name: ORG.into(), app_name: "svc".into(), version: n },
                t,
            ))
            .await
            .unwrap()
            .into_inner();
        assert_eq!(code.source_code, source(n).as_bytes());
    }
    let err = c
        .rollback_app(authed(
            v1::RollbackAppRequest { organization_name: ORG.into(), app_name: "svc".into(), version: 7 },
            t,
        ))
        .await
        .unwrap_err();
    assert_eq!(err.code(), tonic::Code::NotFound);
}

#[tokio::test]
async fn create_with_code_update_config_state_and_delete() {
    let s = Server::start();
    let body = json!({"name": "fn", "description": "greets", "env": {"LOG_LEVEL": "info"},
        "code": {"compile": {"runtime": {"python": {}}, "sourceCode": b64(b"def handler(p, c):\n    return p\n")}}});
    let (status, created) = s.call("POST", "/v1/ignite/app/dev", Some(&body.to_string())).await;
    assert_eq!(status, 200, "{created}");
    assert_eq!(created["draft"]["status"], "VERSION_STATUS_DRAFT");
    assert_eq!(created["app"]["env"]["LOG_LEVEL"], "info");

    let (_, state) = s.call("GET", "/v1/ignite/app/dev/fn/state", None).await;
    assert_eq!(state["deploymentState"], "DEPLOYMENT_STATE_CREATED");
    assert_eq!(state["draftStatus"], "VERSION_STATUS_DRAFT");

    // Only the fields present change.
    let (status, updated) =
        s.call("PATCH", "/v1/ignite/app/dev/fn/config", Some(r#"{"resourceTier":"RESOURCE_TIER_LARGE"}"#)).await;
    assert_eq!(status, 200, "{updated}");
    assert_eq!(updated["app"]["resourceTier"], "RESOURCE_TIER_LARGE");
    assert_eq!(updated["app"]["description"], "greets");
    assert_eq!(updated["app"]["env"]["LOG_LEVEL"], "info");
    assert_eq!(updated["app"]["appliedLimits"]["memoryMb"], 1024);
    // false is a value; an update mask clears a map.
    let (_, updated) =
        s.call("PATCH", "/v1/ignite/app/dev/fn/config", Some(r#"{"mcpEnabled":true,"description":""}"#)).await;
    assert_eq!(updated["app"]["mcpEnabled"], true);
    assert!(updated["app"].get("description").is_none());
    let (_, updated) =
        s.call("PATCH", "/v1/ignite/app/dev/fn/config", Some(r#"{"mcpEnabled":false,"updateMask":["env"]}"#)).await;
    assert!(updated["app"].get("env").is_none(), "{updated}");
    assert_eq!(updated["app"]["mcpEnabled"], true, "fields outside the mask stay");

    let (status, _) = s.call("POST", "/v1/ignite/app/dev/fn/draft/publish", Some("{}")).await;
    assert_eq!(status, 200);
    let blobs_before = count_blobs(&s);
    assert!(blobs_before >= 1);
    let (status, deleted) = s.call("DELETE", "/v1/ignite/app/dev/fn", None).await;
    assert_eq!(status, 200, "{deleted}");
    assert_eq!(deleted["versionsDeleted"], 1);
    assert_eq!(count_blobs(&s), blobs_before - 1, "the version's code blob is removed");
    let (status, _) = s.call("GET", "/v1/ignite/app/dev/fn", None).await;
    assert_eq!(status, 404);
    let (status, _) = s.call("DELETE", "/v1/ignite/app/dev/fn", None).await;
    assert_eq!(status, 404, "deleting again says NOT_FOUND");
}

fn count_blobs(s: &Server) -> usize {
    s.stored_blobs().len()
}

#[tokio::test]
async fn list_apps_paginates() {
    let s = Server::start();
    for i in 0..7 {
        let (status, _) = s.call("POST", "/v1/ignite/app/dev", Some(&format!(r#"{{"name":"app{i}"}}"#))).await;
        assert_eq!(status, 200);
    }
    let mut names = Vec::new();
    let mut cursor = String::new();
    loop {
        let (status, page) = s.call("GET", &format!("/v1/ignite/app/dev?limit=3&cursor={cursor}"), None).await;
        assert_eq!(status, 200, "{page}");
        for a in page["apps"].as_array().unwrap() {
            names.push(a["name"].as_str().unwrap().to_string());
        }
        match page["nextCursor"].as_str() {
            Some(c) if !c.is_empty() => cursor = c.to_string(),
            _ => break,
        }
    }
    assert_eq!(names, (0..7).map(|i| format!("app{i}")).collect::<Vec<_>>());
}
