//! Compiled runtimes end to end: Rust (native and wasm), Go and Deno apps written to the
//! documented SDK contracts go SaveDraft → CompileDraft (log streamed) → TestDraft →
//! PublishDraft → Invoke on both transports; compile errors, time limits,
//! cancellation and log retention.

use std::time::{Duration, Instant};

use futures::StreamExt;
use ignite_proto::v1;
use serde_json::{Value, json};

use crate::harness::{ORG, Server, authed, b64, python_draft, tar_gz, unb64, wait_terminal};

const RUST_MANIFEST: &str = r#"[package]
name = "greeter"
version = "0.1.0"
edition = "2021"

[dependencies]
ignite = "0.1"
serde_json = "1"
"#;

const RUST_GREETER: &str = r#"#[ignite::main]
fn handler(req: ignite::Request, ctx: ignite::Context) -> Result<serde_json::Value, ignite::Error> {
    let name: String = req.field("name")?;
    if name == "panic" {
        panic!("asked to panic");
    }
    Ok(serde_json::json!({ "greeting": format!("Hello, {name}!"), "function": ctx.function_id() }))
}
"#;

const RUST_BROKEN: &str = r#"#[ignite::main]
fn handler(req: ignite::Request, _ctx: ignite::Context) -> Result<serde_json::Value, ignite::Error> {
    let count: u32 = "not a number";
    Ok(serde_json::json!(count))
}
"#;

const GO_GREETER: &str = r#"package main

import (
	"encoding/json"
	"errors"

	"ignite"
)

func main() {
	ignite.Start(func(payload []byte, ctx *ignite.Context) ([]byte, error) {
		var req struct {
			Name string `json:"name"`
		}
		if err := json.Unmarshal(payload, &req); err != nil || req.Name == "" {
			return nil, errors.New("name is required")
		}
		return json.Marshal(map[string]string{"greeting": "Hello, " + req.Name + "!", "function": ctx.FunctionID})
	})
}
"#;

const GO_BROKEN: &str = "package main\n\nimport \"ignite\"\n\nfunc main() {\n\tignite.Start(nope)\n}\n";

const DENO_GREETER: &str = r#"import { start } from "ignite";

start((payload, ctx) => {
  const req = JSON.parse(new TextDecoder().decode(payload) || "{}");
  if (!req.name) throw new Error("name is required");
  return JSON.stringify({ greeting: `Hello, ${req.name}!`, function: ctx.function_id });
});
"#;

const DENO_BROKEN: &str = "import { start } from \"ignite\";\nconst n: number = \"text\";\nstart(() => String(n));\n";

fn draft(runtime: Value, source: &[u8]) -> String {
    json!({"code": {"compile": {"runtime": runtime, "sourceCode": b64(source)}}}).to_string()
}

/// Polls GetDraftInfo until the draft is no longer COMPILING.
async fn wait_compiled(s: &Server, app: &str) -> Value {
    for _ in 0..3000 {
        let (status, body) = s.call("GET", &format!("/v1/ignite/app/dev/{app}/draft"), None).await;
        assert_eq!(status, 200, "{body}");
        if body["draft"]["status"] != "VERSION_STATUS_COMPILING" {
            return body["draft"].clone();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the compile of {app} never ended");
}

/// CompileDraft over HTTP; returns the deploy id.
async fn compile(s: &Server, app: &str) -> String {
    let (status, body) = s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft/compile"), Some("{}")).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["draft"]["status"], "VERSION_STATUS_COMPILING", "{body}");
    body["deployId"].as_str().unwrap().to_string()
}

/// StreamCompileLogs over gRPC from the start, to its end.
async fn grpc_compile_log(s: &Server, deploy_id: &str) -> String {
    let mut c = s.grpc().await;
    let mut stream = c
        .stream_compile_logs(authed(
            v1::StreamCompileLogsRequest { deploy_id: deploy_id.into(), from_start: true },
            &s.token,
        ))
        .await
        .unwrap()
        .into_inner();
    let mut text = Vec::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.unwrap();
        assert!(chunk.timestamp_ms > 0);
        text.extend_from_slice(&chunk.data);
    }
    String::from_utf8_lossy(&text).into_owned()
}

/// StreamCompileLogs over HTTP (NDJSON), to its end.
async fn http_compile_log(s: &Server, deploy_id: &str) -> String {
    let resp = reqwest::Client::new()
        .get(format!("http://{}/v1/ignite/compile/{deploy_id}/logs?fromStart=true", s.addr))
        .bearer_auth(&s.token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let text = resp.text().await.unwrap();
    text.lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .flat_map(|v| unb64(v["data"].as_str().unwrap_or_default()))
        .map(char::from)
        .collect()
}

async fn build_log(s: &Server, app: &str, id: &str) -> (bool, String) {
    let (status, body) = s.call("GET", &format!("/v1/ignite/app/dev/{app}/builds/{id}/log"), None).await;
    assert_eq!(status, 200, "{body}");
    let log = String::from_utf8_lossy(&unb64(body["log"].as_str().unwrap_or_default())).into_owned();
    (body["found"] == true, log)
}

/// Invoke over HTTP and gRPC with `payload`; both must agree. Returns (status, body).
async fn invoke_both(s: &Server, app: &str, payload: &str) -> (u32, Value) {
    let resp = reqwest::Client::new()
        .post(format!("http://{}/v1/ignite/app/dev/{app}/invoke", s.addr))
        .bearer_auth(&s.token)
        .body(json!({"body": b64(payload.as_bytes())}).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let frames: Vec<Value> = resp.text().await.unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let http_status = frames[0]["head"]["statusCode"].as_u64().unwrap() as u32;
    let http_body: Vec<u8> = frames.iter().filter_map(|f| f["chunk"].as_str()).flat_map(unb64).collect();

    let mut c = s.grpc().await;
    let mut stream = c
        .invoke(authed(
            v1::InvokeRequest {
                organization_name: ORG.into(),
                app_name: app.into(),
                body: payload.as_bytes().to_vec(),
                ..Default::default()
            },
            &s.token,
        ))
        .await
        .unwrap()
        .into_inner();
    let (mut grpc_status, mut grpc_body) = (0, Vec::new());
    while let Some(frame) = stream.next().await {
        match frame.unwrap().frame {
            Some(v1::invoke_response::Frame::Head(h)) => grpc_status = h.status_code,
            Some(v1::invoke_response::Frame::Chunk(b)) => grpc_body.extend_from_slice(&b),
            _ => {}
        }
    }
    assert_eq!(grpc_status, http_status);
    assert_eq!(grpc_body, http_body);
    let body = serde_json::from_slice(&http_body)
        .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&http_body)));
    (http_status, body)
}

struct Case {
    app: &'static str,
    runtime: Value,
    good: Vec<u8>,
    broken: Vec<u8>,
    /// Where the compiler's message shows it is this app's error.
    compiler_says: &'static str,
    /// Rust must be compiled explicitly; Go and Deno compile at test / publish.
    explicit: bool,
}

/// The whole lifecycle of a compiled app, as the acceptance of the compiled runtimes
/// states it.
async fn lifecycle(s: &Server, case: Case) {
    let app = case.app;
    let (status, body) = s.call("POST", "/v1/ignite/app/dev", Some(&json!({"name": app}).to_string())).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = s
        .call("POST", &format!("/v1/ignite/app/dev/{app}/draft"), Some(&draft(case.runtime.clone(), &case.good)))
        .await;
    assert_eq!(status, 200, "{body}");
    if case.explicit {
        let (status, body) = s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft/test"), Some("{}")).await;
        assert_eq!((status, body["status"].as_str()), (400, Some("FAILED_PRECONDITION")), "{body}");
    }

    // CompileDraft returns at once; the log streams live on both transports.
    let started = Instant::now();
    let deploy_id = compile(s, app).await;
    let (grpc_log, http_log) = tokio::join!(grpc_compile_log(s, &deploy_id), http_compile_log(s, &deploy_id));
    eprintln!("{app}: first compile took {:.1} s", started.elapsed().as_secs_f64());
    assert!(grpc_log.contains("compile succeeded"), "{grpc_log}");
    assert_eq!(grpc_log, http_log);
    let info = wait_compiled(s, app).await;
    assert_eq!(info["status"], "VERSION_STATUS_DRAFT", "{info}");
    assert_eq!(info["compiled"], true);
    assert_eq!(info["deployId"], deploy_id.as_str());
    let (found, stored) = build_log(s, app, &deploy_id).await;
    assert!(found);
    assert_eq!(stored, grpc_log);

    // TestDraft runs the build.
    let (status, started) = s
        .call(
            "POST",
            &format!("/v1/ignite/app/dev/{app}/draft/test"),
            Some(&json!({"payload": b64(br#"{"name":"draft"}"#)}).to_string()),
        )
        .await;
    assert_eq!(status, 200, "{started}");
    let e = wait_terminal(s, started["executionId"].as_str().unwrap()).await;
    assert_eq!(e["status"], "EXECUTION_STATUS_SUCCEEDED", "{e}");
    let out: Value = serde_json::from_slice(&unb64(e["output"].as_str().unwrap())).unwrap();
    assert_eq!(out["greeting"], "Hello, draft!");

    // Published, it answers on both transports.
    let (status, body) = s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft/publish"), Some("{}")).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = invoke_both(s, app, r#"{"name":"world"}"#).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["greeting"], "Hello, world!");
    assert_eq!(body["function"], format!("{ORG}/{app}"));
    // GetAppCode gives back exactly the uploaded source, not the build.
    let (status, code) = s.call("GET", &format!("/v1/ignite/app/dev/{app}/code/versions/1"), None).await;
    assert_eq!(status, 200, "{code}");
    assert_eq!(unb64(code["sourceCode"].as_str().unwrap()), case.good);

    // A handler error is a 500 with {"error"}.
    let (status, body) = invoke_both(s, app, "{}").await;
    assert_eq!(status, 500, "{body}");
    assert!(body["error"].as_str().is_some_and(|e| !e.is_empty()), "{body}");

    // A compile error: FAILED, with the compiler's message on the draft and in the log.
    s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft"), Some(&draft(case.runtime.clone(), &case.broken))).await;
    let deploy_id = compile(s, app).await;
    let info = wait_compiled(s, app).await;
    assert_eq!(info["status"], "VERSION_STATUS_FAILED", "{info}");
    let error = info["error"].as_str().unwrap();
    assert!(error.contains(case.compiler_says), "{error}");
    let (found, log) = build_log(s, app, &deploy_id).await;
    assert!(found && log.contains(case.compiler_says), "{log}");

    if !case.explicit {
        // A FAILED draft is not published; it must be saved again.
        let (status, body) = s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft/publish"), Some("{}")).await;
        assert_eq!((status, body["status"].as_str()), (400, Some("FAILED_PRECONDITION")), "{body}");
        assert!(body["message"].as_str().unwrap().contains("SaveDraft again"), "{body}");
        // Go and Deno compile on demand: publishing a fresh broken draft fails with the
        // compiler's message, a good one publishes without CompileDraft.
        s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft"), Some(&draft(case.runtime.clone(), &case.broken)))
            .await;
        let (status, body) = s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft/publish"), Some("{}")).await;
        assert_eq!((status, body["status"].as_str()), (400, Some("FAILED_PRECONDITION")), "{body}");
        assert!(body["message"].as_str().unwrap().contains(case.compiler_says), "{body}");
        s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft"), Some(&draft(case.runtime, &case.good))).await;
        let (status, body) = s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft/publish"), Some("{}")).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["publishedVersion"], 2);
        let (status, body) = invoke_both(s, app, r#"{"name":"again"}"#).await;
        assert_eq!((status, body["greeting"].as_str()), (200, Some("Hello, again!")));
    }
}

fn rust_project(main: &str) -> Vec<u8> {
    tar_gz(&[("Cargo.toml", RUST_MANIFEST), ("src/main.rs", main)])
}

#[tokio::test]
async fn rust_native_app_compiles_with_a_streamed_log_and_serves_both_transports() {
    let s = Server::start();
    lifecycle(
        &s,
        Case {
            app: "greeter",
            runtime: json!({"rust": {"target": "RUST_COMPILATION_TARGET_NATIVE"}}),
            good: rust_project(RUST_GREETER),
            broken: rust_project(RUST_BROKEN),
            compiler_says: "error[E0308]: mismatched types",
            explicit: true,
        },
    )
    .await;

    // A panic is a 500 too, and the worker keeps serving.
    let (status, body) = invoke_both(&s, "greeter", r#"{"name":"panic"}"#).await;
    assert_eq!(status, 500);
    assert!(body["error"].as_str().unwrap().contains("asked to panic"), "{body}");

    // A second compile of the project with one more line reuses the dependency cache.
    let changed = RUST_GREETER.replace("let name", "let _unused = 1;\n    let name");
    s.call("POST", "/v1/ignite/app/dev/greeter/draft", Some(&draft(json!({"rust": {}}), &rust_project(&changed))))
        .await;
    let started = Instant::now();
    compile(&s, "greeter").await;
    assert_eq!(wait_compiled(&s, "greeter").await["status"], "VERSION_STATUS_DRAFT");
    eprintln!("greeter: compile after a one-line change took {:.1} s", started.elapsed().as_secs_f64());

    // A toolchain this server does not have is refused with the installed one named.
    let pinned = draft(json!({"rust": {"toolchainVersion": "1.10.0"}}), &rust_project(RUST_GREETER));
    s.call("POST", "/v1/ignite/app/dev/greeter/draft", Some(&pinned)).await;
    compile(&s, "greeter").await;
    let info = wait_compiled(&s, "greeter").await;
    assert_eq!(info["status"], "VERSION_STATUS_FAILED");
    assert!(info["error"].as_str().unwrap().contains("\"1.10.0\" is not installed"), "{info}");
}

#[tokio::test]
async fn rust_wasm_app_compiles_to_a_component_and_serves_both_transports() {
    let s = Server::start();
    lifecycle(
        &s,
        Case {
            app: "wasmgreeter",
            runtime: json!({"rust": {"target": "RUST_COMPILATION_TARGET_WASM"}}),
            good: rust_project(RUST_GREETER),
            broken: rust_project(RUST_BROKEN),
            compiler_says: "error[E0308]: mismatched types",
            explicit: true,
        },
    )
    .await;
}

#[tokio::test]
async fn go_app_compiles_on_demand_and_serves_both_transports() {
    let s = Server::start();
    lifecycle(
        &s,
        Case {
            app: "gogreeter",
            runtime: json!({"go": {}}),
            good: GO_GREETER.as_bytes().to_vec(),
            broken: GO_BROKEN.as_bytes().to_vec(),
            compiler_says: "undefined: nope",
            explicit: false,
        },
    )
    .await;
}

#[tokio::test]
async fn deno_app_is_checked_and_serves_both_transports() {
    let s = Server::start();
    lifecycle(
        &s,
        Case {
            app: "denogreeter",
            runtime: json!({"deno": {}}),
            good: tar_gz(&[("main.ts", DENO_GREETER)]),
            broken: DENO_BROKEN.as_bytes().to_vec(),
            compiler_says: "TS2322",
            explicit: false,
        },
    )
    .await;
}

/// A build script that never ends.
const FOREVER_BUILD: &str = "fn main() { loop { std::thread::sleep(std::time::Duration::from_secs(1)); } }\n";

#[tokio::test]
async fn a_build_past_its_time_limit_is_killed_and_a_new_draft_cancels_a_running_compile() {
    let s = Server::start_with(&["--build-timeout-secs", "4"]);
    s.call("POST", "/v1/ignite/app/dev", Some(r#"{"name":"forever"}"#)).await;
    let forever = tar_gz(&[("Cargo.toml", RUST_MANIFEST), ("build.rs", FOREVER_BUILD), ("src/main.rs", RUST_GREETER)]);
    let forever = draft(json!({"rust": {}}), &forever);
    s.call("POST", "/v1/ignite/app/dev/forever/draft", Some(&forever)).await;
    compile(&s, "forever").await;
    let info = wait_compiled(&s, "forever").await;
    assert_eq!(info["status"], "VERSION_STATUS_FAILED");
    assert!(info["error"].as_str().unwrap().contains("ran past its 4 s limit"), "{info}");

    // SaveDraft during a compile cancels it; the new draft is untouched by it.
    s.call("POST", "/v1/ignite/app/dev/forever/draft", Some(&forever)).await;
    let deploy_id = compile(&s, "forever").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (status, body) = s
        .call("POST", "/v1/ignite/app/dev/forever/draft", Some(&python_draft("def handler(p, c):\n    return p\n")))
        .await;
    assert_eq!(status, 200, "{body}");
    let log = grpc_compile_log(&s, &deploy_id).await;
    assert!(log.contains("cancelled: a newer draft was saved"), "{log}");
    let (_, info) = s.call("GET", "/v1/ignite/app/dev/forever/draft", None).await;
    assert_eq!(info["draft"]["status"], "VERSION_STATUS_DRAFT", "{info}");
    assert_eq!(info["draft"]["runtime"]["python"], json!({}));
}

#[tokio::test]
async fn build_logs_are_kept_for_the_retention_window_then_found_false() {
    let s = Server::start_with(&["--build-log-retention-secs", "2"]);
    s.call("POST", "/v1/ignite/app/dev", Some(r#"{"name":"brief"}"#)).await;
    s.call("POST", "/v1/ignite/app/dev/brief/draft", Some(&python_draft("def handler(p, c):\n    return p\n"))).await;
    // A Python compile is optional; it checks the handler and prepares dependencies.
    let deploy_id = compile(&s, "brief").await;
    assert_eq!(wait_compiled(&s, "brief").await["status"], "VERSION_STATUS_DRAFT");
    let (found, log) = build_log(&s, "brief", &deploy_id).await;
    assert!(found && log.contains("compile succeeded"), "{log}");
    tokio::time::sleep(Duration::from_secs(3)).await;
    let (found, log) = build_log(&s, "brief", &deploy_id).await;
    assert!(!found && log.is_empty());
    // An unknown id is not an error either.
    assert!(!build_log(&s, "brief", "no-such-build").await.0);
    // The log stream of an expired compile is gone.
    let (status, body) = s.call("GET", &format!("/v1/ignite/compile/{deploy_id}/logs"), None).await;
    assert_eq!(status, 404, "{body}");
}

#[tokio::test]
async fn a_compile_interrupted_by_a_server_kill_is_failed_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Server::start_in(dir.path(), &[]);
    s.call("POST", "/v1/ignite/app/dev", Some(r#"{"name":"interrupted"}"#)).await;
    let forever = tar_gz(&[("Cargo.toml", RUST_MANIFEST), ("build.rs", FOREVER_BUILD), ("src/main.rs", RUST_GREETER)]);
    s.call("POST", "/v1/ignite/app/dev/interrupted/draft", Some(&draft(json!({"rust": {}}), &forever))).await;
    let deploy_id = compile(&s, "interrupted").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    s.kill();
    let s = Server::start_in(dir.path(), &["--build-timeout-secs", "3"]);
    let info = wait_compiled(&s, "interrupted").await;
    assert_eq!(info["status"], "VERSION_STATUS_FAILED");
    let (found, log) = build_log(&s, "interrupted", &deploy_id).await;
    // One server alone fails it at its next start; servers sharing a store claim it
    // again once the dead one's lease lapses (and this build then runs past its limit).
    let said =
        if crate::harness::shared_database() { "ran past its 3 s limit" } else { "server stopped during the compile" };
    assert!(info["error"].as_str().unwrap().contains(said), "{info}");
    assert!(found && log.contains(said), "{log}");
}
