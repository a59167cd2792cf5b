//! Invoke end to end: real server, real runtimes, both transports.

use std::time::{Duration, Instant};

use futures::StreamExt;
use ignite_proto::v1;
use serde_json::{Value, json};

use crate::harness::{ORG, Server, authed, b64, python_draft, unb64};

const GREETER: &str = r#"import json, time

def handler(payload, ctx):
    req = json.loads(payload or b"{}")
    if req.get("stream"):
        def chunks():
            for i in range(5):
                yield f"chunk {i}\n"
                time.sleep(0.2)
        return chunks()
    print("greeting", req.get("name"), "in", ctx["execution_id"])
    return {"hello": req.get("name"), "ctx": ctx}
"#;

async fn publish(s: &Server, app: &str, draft: &str) {
    s.call("POST", "/v1/ignite/app/dev", Some(&format!(r#"{{"name":"{app}"}}"#))).await;
    let (status, body) = s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft"), Some(draft)).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft/publish"), Some("{}")).await;
    assert_eq!(status, 200, "{body}");
}

/// Invoke over HTTP: the NDJSON frames.
async fn http_invoke(s: &Server, app: &str, body: &str) -> Vec<Value> {
    let resp = reqwest::Client::new()
        .post(format!("http://{}/v1/ignite/app/dev/{app}/invoke", s.addr))
        .bearer_auth(&s.token)
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.headers()["content-type"], "application/x-ndjson");
    resp.text().await.unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn body_of(frames: &[Value]) -> Vec<u8> {
    frames.iter().filter_map(|f| f["chunk"].as_str()).flat_map(unb64).collect()
}

#[tokio::test]
async fn python_app_invoked_over_both_transports_with_the_documented_body() {
    let s = Server::start();
    publish(&s, "hello", &python_draft(GREETER)).await;

    // The docs' example, verbatim: {"name":"world"} reaches the handler.
    let frames =
        http_invoke(&s, "hello", r#"{"http":{"method":"POST","path":"/"},"body":"eyJuYW1lIjoid29ybGQifQ=="}"#).await;
    let head = &frames[0]["head"];
    assert_eq!(head["statusCode"], 200);
    let execution_id = head["executionId"].as_str().unwrap().to_string();
    assert!(execution_id.starts_with("exec-"));
    let out: Value = serde_json::from_slice(&body_of(&frames)).unwrap();
    assert_eq!(out["hello"], "world");
    assert_eq!(out["ctx"], json!({"execution_id": execution_id, "function_id": "dev/hello", "organization_id": "dev"}));
    let trailer = &frames.last().unwrap()["trailer"];
    assert_eq!(trailer["status"], "EXECUTION_STATUS_SUCCEEDED");

    // gRPC: head, chunks, trailer.
    let mut c = s.grpc().await;
    let mut stream = c
        .invoke(authed(
            v1::InvokeRequest {
                organization_name: ORG.into(),
                app_name: "hello".into(),
                body: br#"{"name":"grpc"}"#.to_vec(),
                ..Default::default()
            },
            &s.token,
        ))
        .await
        .unwrap()
        .into_inner();
    let mut body = Vec::new();
    let mut saw_head = false;
    let mut trailer = None;
    while let Some(frame) = stream.next().await {
        match frame.unwrap().frame.unwrap() {
            v1::invoke_response::Frame::Head(h) => {
                saw_head = true;
                assert_eq!(h.status_code, 200);
                assert_eq!(h.version, 1);
                assert!(!h.replica_id.is_empty());
            }
            v1::invoke_response::Frame::Chunk(c) => body.extend(c),
            v1::invoke_response::Frame::Trailer(t) => trailer = Some(t),
        }
    }
    assert!(saw_head);
    assert_eq!(trailer.unwrap().status(), v1::ExecutionStatus::Succeeded);
    assert_eq!(serde_json::from_slice::<Value>(&body).unwrap()["hello"], "grpc");

    // The handler's print is a log line with the execution id.
    let (_, logs) = s.call("GET", "/v1/ignite/app/dev/hello/logs", None).await;
    let line = logs["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["line"].as_str().unwrap().contains("greeting world"))
        .cloned()
        .expect("the handler's print is in the logs");
    assert_eq!(line["executionId"], execution_id.as_str());
    assert_eq!(line["stream"], "LOG_STREAM_STDOUT");

    // The replica that served is listed with measured memory; events say it started.
    let (_, replicas) = s.call("GET", "/v1/ignite/app/dev/hello/replicas", None).await;
    let replica = &replicas["replicas"][0];
    assert_eq!(replica["status"], "STATUS_RUNNING");
    assert!(replica["memoryMbUsed"].as_str().unwrap().parse::<u64>().unwrap() > 0, "{replicas}");
    let (_, events) = s.call("GET", "/v1/ignite/app/dev/hello/events", None).await;
    let kinds: Vec<&str> = events["events"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"APP_EVENT_KIND_READY"), "{kinds:?}");
}

#[tokio::test]
async fn wasm_app_and_rollback_change_what_runs() {
    let s = Server::start();
    let draft = |word: &str| wasm_printing(word, 0);
    publish(&s, "wasm", &draft("one")).await;
    let (status, _) = s.call("POST", "/v1/ignite/app/dev/wasm/draft", Some(&draft("two"))).await;
    assert_eq!(status, 200);
    s.call("POST", "/v1/ignite/app/dev/wasm/draft/publish", Some("{}")).await;
    assert_eq!(body_of(&http_invoke(&s, "wasm", "{}").await), b"two");
    // An explicit version runs that version.
    assert_eq!(body_of(&http_invoke(&s, "wasm", r#"{"version":1}"#).await), b"one");
    s.call("POST", "/v1/ignite/app/dev/wasm/rollback", Some(r#"{"version":1}"#)).await;
    assert_eq!(body_of(&http_invoke(&s, "wasm", "{}").await), b"one");
    let (status, body) = s.call("POST", "/v1/ignite/app/dev/wasm/invoke", Some(r#"{"version":9}"#)).await;
    assert_eq!(status, 404, "{body}");
}

/// A WASI command module printing `word` (and, with `filler` functions, slow to compile).
fn wasm_printing(word: &str, filler: usize) -> String {
    let mut wat = format!(
        r#"(module
  (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "{word}")
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 64))
    (i32.store (i32.const 4) (i32.const {len}))
    (drop (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 16))))"#,
        len = word.len()
    );
    for i in 0..filler {
        // Exported, so none is dropped as dead code; each a chain of arithmetic.
        wat.push_str(&format!("\n  (func (export \"f{i}\") (param i64) (result i64) local.get 0"));
        for k in 0..40 {
            wat.push_str(&format!(" i64.const {} i64.mul i64.const {k} i64.xor", i * 31 + k + 3));
        }
        wat.push(')');
    }
    wat.push(')');
    json!({"code": {"compile": {"runtime": {"wasm": {}}, "sourceCode": b64(wat.as_bytes())}}}).to_string()
}

#[tokio::test]
async fn a_slow_cold_load_of_one_app_does_not_hold_up_another_apps_calls() {
    let s = Server::start();
    publish(&s, "warm", &wasm_printing("warm", 0)).await;
    publish(&s, "heavy", &wasm_printing("heavy", 8_000)).await;
    assert_eq!(body_of(&http_invoke(&s, "warm", "{}").await), b"warm");
    // The heavy app's first call compiles 8 000 functions.
    let heavy = {
        let s = &s;
        async move { body_of(&http_invoke(s, "heavy", "{}").await) }
    };
    let warm_calls = async {
        // Let the heavy call reach its load first.
        tokio::time::sleep(Duration::from_millis(300)).await;
        for _ in 0..200 {
            assert_eq!(body_of(&http_invoke(&s, "warm", "{}").await), b"warm");
        }
    };
    tokio::pin!(heavy);
    tokio::select! {
        biased;
        () = warm_calls => {}
        _ = &mut heavy => panic!("the heavy app loaded before 200 calls of the warm one were served"),
    }
    assert_eq!(heavy.await, b"heavy");
}

#[tokio::test]
async fn responses_stream_over_grpc_and_http() {
    let s = Server::start();
    publish(&s, "streamer", &python_draft(GREETER)).await;
    let body = json!({"body": b64(br#"{"stream":true}"#)}).to_string();

    // HTTP: NDJSON lines arrive as the guest writes.
    let started = Instant::now();
    let resp = reqwest::Client::new()
        .post(format!("http://{}/v1/ignite/app/dev/streamer/invoke", s.addr))
        .bearer_auth(&s.token)
        .body(body)
        .send()
        .await
        .unwrap();
    let mut arrivals = Vec::new();
    let mut bytes = resp.bytes_stream();
    let mut text = String::new();
    while let Some(chunk) = bytes.next().await {
        text.push_str(std::str::from_utf8(&chunk.unwrap()).unwrap());
        arrivals.push(started.elapsed());
    }
    let chunks = text.lines().filter(|l| l.contains("\"chunk\"")).count();
    assert!(chunks >= 5, "{text}");
    assert!(
        arrivals.len() >= 5 && *arrivals.last().unwrap() - arrivals[0] >= Duration::from_millis(800),
        "{arrivals:?}"
    );

    // gRPC: at least five chunk frames spread over the guest's sleeps.
    let mut c = s.grpc().await;
    let started = Instant::now();
    let mut stream = c
        .invoke(authed(
            v1::InvokeRequest {
                organization_name: ORG.into(),
                app_name: "streamer".into(),
                body: br#"{"stream":true}"#.to_vec(),
                ..Default::default()
            },
            &s.token,
        ))
        .await
        .unwrap()
        .into_inner();
    let mut times = Vec::new();
    while let Some(frame) = stream.next().await {
        if let Some(v1::invoke_response::Frame::Chunk(_)) = frame.unwrap().frame {
            times.push(started.elapsed());
        }
    }
    // Five frames over at least 800 ms of the call, arriving as written (not at once).
    assert!(times.len() >= 5, "{times:?}");
    assert!(*times.last().unwrap() >= Duration::from_millis(800), "{times:?}");
    assert!(*times.last().unwrap() - times[0] >= Duration::from_millis(600), "{times:?}");
}

#[tokio::test]
async fn a_log_tail_receives_lines_printed_after_it_opened() {
    let s = Server::start();
    publish(&s, "talker", &python_draft(GREETER)).await;
    let mut c = s.grpc().await;
    let mut tail = c
        .stream_app_logs(authed(
            v1::StreamAppLogsRequest { organization_name: ORG.into(), app_name: "talker".into(), ..Default::default() },
            &s.token,
        ))
        .await
        .unwrap()
        .into_inner();
    let frames = http_invoke(&s, "talker", &json!({"body": b64(br#"{"name":"tail"}"#)}).to_string()).await;
    let execution_id = frames[0]["head"]["executionId"].as_str().unwrap().to_string();
    let line = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            let line = tail.next().await.unwrap().unwrap();
            if line.line.contains("greeting tail") {
                return line;
            }
        }
    })
    .await
    .expect("the new line arrives on the tail");
    assert_eq!(line.execution_id, execution_id);
}
