//! The JSON contract of the generated messages (pbjson), checked against the
//! documented examples, and the HTTP routes carried by the descriptor set.

use ignite_proto::v1;
use prost_reflect::{DescriptorPool, DynamicMessage};
use serde_json::{Value, json};

fn to_json<T: serde::Serialize>(msg: &T) -> Value {
    serde_json::to_value(msg).unwrap()
}

#[test]
fn save_draft_response_renders_as_documented() {
    let resp = v1::SaveDraftResponse {
        draft: Some(v1::DraftInfo {
            status: v1::VersionStatus::Draft as i32,
            code_hash: "9f1c2a7e".into(),
            created_at_ms: 1_716_900_000_000,
            code_kind: v1::CodeKind::Sdk as i32,
            ..Default::default()
        }),
    };
    assert_eq!(
        to_json(&resp),
        json!({"draft": {"status": "VERSION_STATUS_DRAFT", "codeHash": "9f1c2a7e",
                         "createdAtMs": "1716900000000", "codeKind": "CODE_KIND_SDK"}})
    );
}

#[test]
fn publish_draft_response_uses_numbers_for_uint32() {
    let resp = v1::PublishDraftResponse {
        app: Some(v1::AppMeta {
            id: "acme-corp/my-data-processor".into(),
            name: "my-data-processor".into(),
            active_version: 4,
            ..Default::default()
        }),
        published_version: 4,
    };
    assert_eq!(
        to_json(&resp),
        json!({"app": {"id": "acme-corp/my-data-processor", "name": "my-data-processor", "activeVersion": 4},
               "publishedVersion": 4})
    );
}

#[test]
fn snake_case_and_camel_case_input_are_both_accepted() {
    let snake: v1::CreateAppRequest = serde_json::from_value(json!({
        "organization_name": "myorg", "name": "hello", "resource_tier": "RESOURCE_TIER_SMALL"
    }))
    .unwrap();
    let camel: v1::CreateAppRequest = serde_json::from_value(json!({
        "organizationName": "myorg", "name": "hello", "resourceTier": "RESOURCE_TIER_SMALL"
    }))
    .unwrap();
    assert_eq!(snake, camel);
    assert_eq!(snake.organization_name, "myorg");
    assert_eq!(snake.resource_tier(), v1::ResourceTier::Small);
    // Output is always camelCase.
    assert_eq!(
        to_json(&snake),
        json!({"organizationName": "myorg", "name": "hello", "resourceTier": "RESOURCE_TIER_SMALL"})
    );
}

#[test]
fn the_documented_rust_save_draft_body_parses() {
    let req: v1::SaveDraftRequest = serde_json::from_value(json!({
        "code": {"compile": {
            "runtime": {"rust": {"target": "RUST_COMPILATION_TARGET_NATIVE", "toolchainVersion": "1.82"}},
            "sourceCode": "dXNlIGlnbml0ZTo6cHJlbHVkZTo6Kjsg"
        }}
    }))
    .unwrap();
    let Some(v1::code_source::Source::Compile(c)) = req.code.unwrap().source else { panic!("compile source") };
    assert_eq!(c.source_code, b"use ignite::prelude::*; ");
    let Some(v1::runtime::Kind::Rust(r)) = c.runtime.unwrap().kind else { panic!("rust runtime") };
    assert_eq!(r.target(), v1::RustCompilationTarget::Native);
    assert_eq!(r.toolchain_version, "1.82");
}

#[test]
fn bytes_are_base64_both_ways() {
    let req: v1::TestDraftRequest = serde_json::from_value(json!({"payload": "eyJuYW1lIjoid29ybGQifQ=="})).unwrap();
    assert_eq!(req.payload, br#"{"name":"world"}"#);
    let invoke: v1::InvokeRequest = serde_json::from_value(json!({
        "http": {"method": "POST", "path": "/"}, "body": "eyJuYW1lIjoid29ybGQifQ=="
    }))
    .unwrap();
    assert_eq!(invoke.http.as_ref().unwrap().method, "POST");
    assert_eq!(invoke.body, br#"{"name":"world"}"#);
    let chunk = v1::CompileLogChunk { data: b"Step 1/8: FROM python:3.12-slim\n".to_vec(), timestamp_ms: 5 };
    assert_eq!(to_json(&chunk), json!({"data": "U3RlcCAxLzg6IEZST00gcHl0aG9uOjMuMTItc2xpbQo=", "timestampMs": "5"}));
}

#[test]
fn observability_examples_round_trip() {
    let logs = json!({"lines": [{"timestampMs": "1716894000123", "replicaId": "my-data-processor-7c9d8-abcde",
                                 "stream": "LOG_STREAM_STDOUT", "line": "processed batch 42 in 18ms"}]});
    let parsed: v1::GetAppLogsResponse = serde_json::from_value(logs.clone()).unwrap();
    assert_eq!(parsed.lines[0].timestamp_ms, 1_716_894_000_123);
    assert_eq!(to_json(&parsed), logs);

    let events = json!({"events": [{"timestampMs": "1716894001000", "kind": "APP_EVENT_KIND_OOM_KILLED",
        "reason": "OOMKilling", "message": "Memory cgroup out of memory: Killed process 1",
        "replicaId": "my-data-processor-7c9d8-abcde", "count": 1, "severity": "Warning"}]});
    let parsed: v1::GetAppEventsResponse = serde_json::from_value(events.clone()).unwrap();
    assert_eq!(to_json(&parsed), events);

    let replicas = json!({"replicas": [{"replicaId": "my-data-processor-7c9d8-abcde", "clusterId": "worker-eu-1",
        "nodeName": "ip-10-0-3-17", "status": "STATUS_RUNNING", "ready": true,
        "startedMs": "1716893900000", "conditionsSummary": "PodScheduled=True, Initialized=True, ContainersReady=True",
        "cpuMillicoresUsed": "120", "memoryMbUsed": "210"}]});
    let parsed: v1::ListAppReplicasResponse = serde_json::from_value(replicas.clone()).unwrap();
    assert_eq!(parsed.replicas[0].memory_mb_used, 210);
    assert_eq!(to_json(&parsed), replicas);

    let build_log = json!({"log": "U3RlcCAxLzg6IEZST00gcHl0aG9uOjMuMTItc2xpbQo=", "found": true});
    let parsed: v1::GetBuildLogResponse = serde_json::from_value(build_log.clone()).unwrap();
    assert_eq!(to_json(&parsed), build_log);
}

#[test]
fn int64_accepts_numbers_and_strings() {
    let a: v1::LogLine = serde_json::from_value(json!({"timestampMs": "42"})).unwrap();
    let b: v1::LogLine = serde_json::from_value(json!({"timestamp_ms": 42})).unwrap();
    assert_eq!(a, b);
}

#[test]
fn invoke_frames_are_a_oneof() {
    let head = v1::InvokeResponse {
        frame: Some(v1::invoke_response::Frame::Head(v1::InvokeHead {
            status_code: 200,
            execution_id: "exec-1".into(),
            ..Default::default()
        })),
    };
    assert_eq!(to_json(&head), json!({"head": {"statusCode": 200, "executionId": "exec-1"}}));
    let chunk = v1::InvokeResponse { frame: Some(v1::invoke_response::Frame::Chunk(b"hi".to_vec())) };
    assert_eq!(to_json(&chunk), json!({"chunk": "aGk="}));
    let trailer = v1::InvokeResponse {
        frame: Some(v1::invoke_response::Frame::Trailer(v1::InvokeTrailer {
            duration_ms: 3,
            status: v1::ExecutionStatus::Succeeded as i32,
            ..Default::default()
        })),
    };
    assert_eq!(to_json(&trailer), json!({"trailer": {"durationMs": "3", "status": "EXECUTION_STATUS_SUCCEEDED"}}));
}

#[test]
fn bad_input_errors_name_the_problem() {
    let cases = [
        (json!({"resourceTier": "RESOURCE_TIER_HUGE"}), "RESOURCE_TIER_HUGE"),
        (json!({"name": 5}), "invalid type: integer `5`, expected a string"),
        (json!({"nmae": "x"}), "unknown field `nmae`"),
        (json!({"ttlSecs": "abc"}), "invalid"),
        (json!({"ports": "80"}), "invalid type"),
    ];
    for (body, expected) in cases {
        let err = serde_json::from_value::<v1::CreateAppRequest>(body.clone()).unwrap_err().to_string();
        assert!(err.contains(expected), "{body}: {err}");
    }
    let err = serde_json::from_value::<v1::TestDraftRequest>(json!({"payload": "not base64!"})).unwrap_err();
    assert!(err.to_string().to_lowercase().contains("invalid"), "{err}");
}

#[test]
fn update_mask_and_optional_fields() {
    let req: v1::UpdateAppConfigRequest =
        serde_json::from_value(json!({"mcpEnabled": false, "updateMask": ["env", "mcpEnabled"]})).unwrap();
    assert_eq!(req.mcp_enabled, Some(false));
    assert_eq!(req.description, None);
    assert_eq!(req.update_mask, ["env", "mcpEnabled"]);
}

/// Every RPC of the API exists, with its documented route (docs/api.md).
#[test]
fn every_rpc_carries_its_documented_route() {
    let pool = DescriptorPool::decode(ignite_proto::FILE_DESCRIPTOR_SET).unwrap();
    let http = pool.get_extension_by_name("google.api.http").unwrap();
    let mut routes = String::new();
    for service in [ignite_proto::COMPUTE_SERVICE, ignite_proto::SECRET_SERVICE] {
        let service = pool.get_service_by_name(service).unwrap();
        for method in service.methods() {
            let options: DynamicMessage = method.options();
            let stream = match (method.is_client_streaming(), method.is_server_streaming()) {
                (true, false) => "client-stream ",
                (false, true) => "server-stream ",
                (true, true) => "bidi ",
                (false, false) => "",
            };
            if !options.has_extension(&http) {
                routes.push_str(&format!("{} {stream}(gRPC only)\n", method.name()));
                continue;
            }
            let rule: ignite_proto::google::api::HttpRule =
                options.get_extension(&http).as_message().unwrap().transcode_to().unwrap();
            let mut bindings = vec![rule.clone()];
            bindings.extend(rule.additional_bindings.clone());
            for b in bindings {
                use ignite_proto::google::api::http_rule::Pattern;
                let (verb, path) = match b.pattern.unwrap() {
                    Pattern::Get(p) => ("GET", p),
                    Pattern::Post(p) => ("POST", p),
                    Pattern::Put(p) => ("PUT", p),
                    Pattern::Delete(p) => ("DELETE", p),
                    Pattern::Patch(p) => ("PATCH", p),
                    Pattern::Custom(c) => ("CUSTOM", c.path),
                };
                routes.push_str(&format!("{} {stream}{verb} {path}\n", method.name()));
            }
        }
    }
    expect_test::expect_file!["routes.txt"].assert_eq(&routes);
}

/// The gateway fuzz target decodes each route's request with its concrete type, listed by
/// hand; a route added without its type there makes the fuzzer panic in CI, so the list is
/// checked here where it fails in seconds.
#[test]
fn the_gateway_fuzz_target_decodes_every_routed_request_type() {
    let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/fuzz_targets/gateway_request.rs");
    let text = std::fs::read_to_string(&target).unwrap();
    let listed = &text[text.find("decode_as!(route.input.full_name()").expect("the decode_as! call")..];
    let missing: std::collections::BTreeSet<String> = ignite_proto::http::routes()
        .iter()
        .map(|r| r.input.name().to_string())
        .filter(|name| !listed.split(|c: char| !c.is_alphanumeric()).any(|word| word == name))
        .collect();
    assert!(missing.is_empty(), "add these to fuzz/fuzz_targets/gateway_request.rs: {missing:?}");
}
