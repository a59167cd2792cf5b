//! Every control-plane RPC over gRPC with the generated tonic client (the HTTP side is
//! covered by the other modules).

use ignite_proto::v1;
use v1::compute_service_client::ComputeServiceClient;

use crate::harness::{ORG, Server, authed};

fn python(source: &str) -> v1::CodeSource {
    v1::CodeSource {
        source: Some(v1::code_source::Source::Compile(v1::CompileSource {
            runtime: Some(v1::Runtime { kind: Some(v1::runtime::Kind::Python(v1::PythonRuntime::default())) }),
            source_code: source.as_bytes().to_vec(),
        })),
    }
}

fn rust() -> v1::CodeSource {
    v1::CodeSource {
        source: Some(v1::code_source::Source::Compile(v1::CompileSource {
            runtime: Some(v1::Runtime {
                kind: Some(v1::runtime::Kind::Rust(v1::RustRuntime {
                    target: v1::RustCompilationTarget::Native as i32,
                    toolchain_version: String::new(),
                })),
            }),
            source_code: b"fn main() {}".to_vec(),
        })),
    }
}

#[tokio::test]
async fn every_control_plane_rpc_over_grpc() {
    let s = Server::start();
    let t = s.token.as_str();
    let mut c: ComputeServiceClient<_> = s.grpc().await;
    let app = || ("dev".to_string(), "tool".to_string());

    let created = c
        .create_app(authed(
            v1::CreateAppRequest {
                organization_name: ORG.into(),
                name: "tool".into(),
                description: "a tool".into(),
                mcp_enabled: true,
                public: true,
                input_schema: r#"{"type":"object"}"#.into(),
                code: Some(python("def handler(p, c):\n    return p\n")),
                ..Default::default()
            },
            t,
        ))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(created.draft.unwrap().status(), v1::VersionStatus::Draft);

    let listed = c
        .list_apps(authed(v1::ListAppsRequest { organization_name: ORG.into(), ..Default::default() }, t))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(listed.apps.len(), 1);

    let (org, name) = app();
    let state = c
        .get_app_state(authed(v1::GetAppStateRequest { organization_name: org.clone(), app_name: name.clone() }, t))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(state.deployment_state(), v1::DeploymentState::Created);
    assert_eq!(state.draft_status(), v1::VersionStatus::Draft);

    let info = c
        .get_draft_info(authed(v1::GetDraftInfoRequest { organization_name: org.clone(), app_name: name.clone() }, t))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(info.draft.unwrap().code_kind(), v1::CodeKind::Sdk);

    // Execution RPCs: auth and state rules now, UNIMPLEMENTED until the runtime engine.
    let err = c
        .invoke(authed(
            v1::InvokeRequest { organization_name: org.clone(), app_name: name.clone(), ..Default::default() },
            t,
        ))
        .await
        .unwrap_err();
    assert_eq!(err.code(), tonic::Code::FailedPrecondition, "never published: {}", err.message());
    let tested = c
        .test_draft(authed(
            v1::TestDraftRequest { organization_name: org.clone(), app_name: name.clone(), ..Default::default() },
            t,
        ))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(tested.app_id, "dev/tool");

    c.publish_draft(authed(v1::PublishDraftRequest { organization_name: org.clone(), app_name: name.clone() }, t))
        .await
        .unwrap();

    let updated = c
        .update_app_config(authed(
            v1::UpdateAppConfigRequest {
                organization_name: org.clone(),
                app_name: name.clone(),
                max_concurrency: Some(4),
                ..Default::default()
            },
            t,
        ))
        .await
        .unwrap()
        .into_inner()
        .app
        .unwrap();
    assert_eq!((updated.max_concurrency, updated.description.as_str()), (4, "a tool"));

    let version = c
        .get_app_version(authed(
            v1::GetAppVersionRequest { organization_name: org.clone(), app_name: name.clone(), version: 1 },
            t,
        ))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(version.version.unwrap().status(), v1::VersionStatus::Active);

    let catalog = c
        .list_catalog(authed(v1::ListCatalogRequest { organization_name: org.clone(), ..Default::default() }, t))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(catalog.items[0].id, "dev/tool");
    let public = c.list_public_catalog(v1::ListPublicCatalogRequest::default()).await.unwrap().into_inner();
    assert_eq!(public.items.len(), 1);
    let detail = c
        .get_public_catalog_detail(v1::GetPublicCatalogDetailRequest { name: "dev:tool".into() })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(detail.item.unwrap().description, "a tool");

    let tool = c
        .get_mcp_tool_definition(authed(
            v1::GetMcpToolDefinitionRequest { organization_name: org.clone(), app_name: name.clone() },
            t,
        ))
        .await
        .unwrap()
        .into_inner()
        .tool
        .unwrap();
    assert_eq!((tool.name.as_str(), tool.version, tool.runtime.as_str()), ("ignite_dev_tool", 1, "python"));
    let tools = c
        .list_mcp_tools(authed(v1::ListMcpToolsRequest { organization_name: org.clone() }, t))
        .await
        .unwrap()
        .into_inner()
        .tools;
    assert_eq!(tools.len(), 1);

    let err = c
        .test_app_version(authed(
            v1::TestAppVersionRequest {
                organization_name: org.clone(),
                app_name: name.clone(),
                version: 5,
                ..Default::default()
            },
            t,
        ))
        .await
        .unwrap_err();
    assert_eq!(err.code(), tonic::Code::NotFound, "{}", err.message());
    // Logs and replicas are served; unknown executions are not found.
    let logs = c
        .get_app_logs(authed(
            v1::GetAppLogsRequest { organization_name: org.clone(), app_name: name.clone(), ..Default::default() },
            t,
        ))
        .await
        .unwrap()
        .into_inner();
    assert!(!logs.truncated);
    let replicas = c
        .list_app_replicas(authed(
            v1::ListAppReplicasRequest { organization_name: org.clone(), app_name: name.clone() },
            t,
        ))
        .await
        .unwrap()
        .into_inner();
    // The TestDraft above started a replica of the draft (version 0).
    assert!(replicas.replicas.iter().all(|r| !r.replica_id.is_empty() && r.version == 0), "{replicas:?}");
    let err = c.get_execution(authed(v1::GetExecutionRequest { execution_id: "x".into() }, t)).await.unwrap_err();
    assert_eq!(err.code(), tonic::Code::NotFound, "{}", err.message());

    // A Rust draft cannot be tested or published before it compiles.
    c.save_draft(authed(
        v1::SaveDraftRequest {
            organization_name: org.clone(),
            app_name: name.clone(),
            code: Some(rust()),
            ..Default::default()
        },
        t,
    ))
    .await
    .unwrap();
    let err = c
        .publish_draft(authed(v1::PublishDraftRequest { organization_name: org.clone(), app_name: name.clone() }, t))
        .await
        .unwrap_err();
    assert_eq!(err.code(), tonic::Code::FailedPrecondition);

    let deleted = c
        .delete_app(authed(v1::DeleteAppRequest { organization_name: org.clone(), app_name: name.clone() }, t))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(deleted.versions_deleted, 1);

    let mut secrets = s.secrets().await;
    secrets
        .create_secret(authed(
            v1::CreateSecretRequest {
                name: "reg".into(),
                value: Some(v1::SecretValue {
                    kind: Some(v1::secret_value::Kind::RegistrySecret(v1::RegistrySecret {
                        username: "u".into(),
                        password: "p".into(),
                        server_address: String::new(),
                    })),
                }),
            },
            t,
        ))
        .await
        .unwrap();
    let got = secrets.get_secret(authed(v1::GetSecretRequest { name: "reg".into() }, t)).await.unwrap().into_inner();
    assert_eq!(got.secret.unwrap().r#type, "registry_secret");
    let deleted =
        secrets.delete_secret(authed(v1::DeleteSecretRequest { name: "reg".into() }, t)).await.unwrap().into_inner();
    assert!(deleted.deleted);
}
