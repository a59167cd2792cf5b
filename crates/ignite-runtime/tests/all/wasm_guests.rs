//! The wasm runtime with guests compiled from C, Rust and Python on this machine.

use std::sync::Arc;
use std::time::{Duration, Instant};

use ignite_core::runtime::{Body, EventKind, Instance, RequestHead, Runtime, RuntimeError, RuntimeKind};
use ignite_runtime::wasm::{WasmConfig, WasmRuntime};

use crate::guests;
use crate::support::{Recorder, collect, invocation, spec, timed_chunks};

fn runtime(cache: &std::path::Path) -> WasmRuntime {
    let mut config = WasmConfig::new(cache);
    config.pool_instances = 32;
    config.max_memory_bytes = 512 << 20;
    WasmRuntime::new(config).unwrap()
}

async fn start(rt: &WasmRuntime, code: Vec<u8>) -> (Arc<dyn Instance>, Arc<Recorder>) {
    let recorder = Arc::new(Recorder::default());
    let loaded = rt.load(spec(RuntimeKind::Wasm, code, recorder.clone())).await.unwrap();
    (loaded.start_instance("hello-r1").await.unwrap(), recorder)
}

#[tokio::test]
async fn c_guests_echo_large_payloads_and_see_their_context() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let (echo, _) = start(&rt, guests::c("echo")).await;
    let payload: Vec<u8> = (0..10 * 1024 * 1024).map(|i| (i * 7 % 256) as u8).collect();
    let out = collect(echo.invoke(invocation("e1", payload.clone())).await.unwrap()).await.unwrap();
    assert!(out == payload, "10 MiB echoed byte for byte ({} bytes back)", out.len());

    let (env, rec) = start(&rt, guests::c("env")).await;
    let out = collect(env.invoke(invocation("exec-7", "")).await.unwrap()).await.unwrap();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "GREETING=hi\nIGNITE_EXECUTION_ID=exec-7\nIGNITE_FUNCTION_ID=acme/hello\nIGNITE_ORGANIZATION_ID=acme\n"
    );
    let logs = rec.logs.lock().unwrap().clone();
    assert_eq!((logs[0].line.as_str(), logs[0].execution_id.as_deref()), ("env guest done", Some("exec-7")));
}

#[tokio::test]
async fn rust_guests_transform_stream_and_panic() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let (upper, _) = start(&rt, guests::rust("upper")).await;
    let out = collect(upper.invoke(invocation("e", "grüße, world")).await.unwrap()).await.unwrap();
    assert_eq!(String::from_utf8(out).unwrap(), "GRÜSSE, WORLD");

    let (stream, _) = start(&rt, guests::rust("stream")).await;
    let started = Instant::now();
    let chunks = timed_chunks(stream.invoke(invocation("e", "")).await.unwrap(), started).await;
    assert!(chunks.len() >= 5, "{chunks:?}");
    assert!(chunks.last().unwrap().0 - chunks[0].0 >= Duration::from_millis(700), "{chunks:?}");

    let (panic, rec) = start(&rt, guests::rust("panic")).await;
    let err = panic.invoke(invocation("e-panic", "")).await.err().expect("a panic fails the call");
    assert!(matches!(err, RuntimeError::Trap(_)), "{err:?}");
    assert!(rec.logs.lock().unwrap().iter().any(|l| l.line.contains("boom: hi")), "the panic message is logged");
    assert!(rec.event_kinds().contains(&EventKind::Crashed));
    // The next call works.
    let out = collect(upper.invoke(invocation("e2", "ok")).await.unwrap()).await.unwrap();
    assert_eq!(out, b"OK");
}

#[tokio::test]
async fn wasi_http_proxy_components_get_the_request_and_stream_the_response() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let (proxy, rec) = start(&rt, guests::python_component("http_app", "wasi:http/proxy")).await;

    let mut call = invocation("exec-h", "hello");
    call.head = RequestHead {
        method: "POST".into(),
        path: "/greet".into(),
        query: "name=x".into(),
        headers: vec![("content-type".into(), "text/plain".into())],
    };
    let resp = proxy.invoke(call).await.unwrap();
    assert_eq!(resp.head.status, 201);
    assert!(resp.head.headers.iter().any(|(n, v)| n == "x-guest" && v == "python"), "{:?}", resp.head.headers);
    let out = collect(resp).await.unwrap();
    assert_eq!(String::from_utf8(out).unwrap(), "POST /greet?name=x HELLO");
    assert!(rec.logs.lock().unwrap().iter().any(|l| l.line == "handling POST /greet?name=x"));

    // A streamed request body reaches the guest too.
    let mut call = invocation("exec-b", "");
    let chunks = vec![Ok(bytes::Bytes::from_static(b"ab")), Ok(bytes::Bytes::from_static(b"cd"))];
    call.body = Body::Stream(Box::pin(futures::stream::iter(chunks)));
    let out = collect(proxy.invoke(call).await.unwrap()).await.unwrap();
    assert_eq!(String::from_utf8(out).unwrap(), "POST /greet?x=1 ABCD");

    let mut call = invocation("exec-s", "");
    call.head.path = "/stream".into();
    call.head.query = String::new();
    let started = Instant::now();
    let chunks = timed_chunks(proxy.invoke(call).await.unwrap(), started).await;
    let body: Vec<u8> = chunks.iter().flat_map(|(_, c)| c.to_vec()).collect();
    assert_eq!(body, b"chunk\n".repeat(5));
    assert!(chunks.len() >= 5, "{chunks:?}");
    assert!(chunks.last().unwrap().0 - chunks[0].0 >= Duration::from_millis(700), "{chunks:?}");
}

#[tokio::test]
async fn a_c_wasi_http_component_answers_every_call_of_many() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let (hello, _) = start(&rt, guests::c_http_component("hello")).await;
    for i in 0..50 {
        let resp = hello.invoke(invocation(&format!("exec-{i}"), "")).await.unwrap();
        assert_eq!(resp.head.status, 200);
        assert!(resp.head.headers.iter().any(|(n, v)| n == "x-guest" && v == "c"), "{:?}", resp.head.headers);
        assert_eq!(collect(resp).await.unwrap(), b"hello, world\n");
    }
}

#[tokio::test]
async fn wasi_cli_command_components_use_stdin_and_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let (cli, _) = start(&rt, guests::python_component("cli_app", "wasi:cli/command")).await;
    let out = collect(cli.invoke(invocation("e", "stressed")).await.unwrap()).await.unwrap();
    assert_eq!(out, b"desserts");
}
